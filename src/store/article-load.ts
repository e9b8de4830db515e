/**
 * Start-up's read of the store's articles, file by file: from the file's columns
 * (`article-columns.ts`) when they are there and current, else from its `articles` rows (one JSON
 * parse per row), whose columns are then written for the next start.
 */
import type Database from 'better-sqlite3';
import { decodeColumns, encodeColumns, type ArticleRow, type FileKey } from './article-columns.ts';
import type { SkippedFile } from '../corpus/article.ts';
import type { IndexedFile } from '../engine/corpus.ts';
import { quoteCountAt } from '../engine/file-quotes.ts';
import { StoredArticle, type ArticleMeta } from './stored-article.ts';
import { StoredQuoteLists } from './quote-shelf.ts';
import { joinQuoted } from './quoted-paragraphs.ts';

/** A file's row as start-up reads it. */
export interface FileColumnsRow {
  file: string;
  first_id: number;
  passages: number;
  hash: string | null;
  articles: string | null;
}

/** A file as start-up restores it: its articles' rows and quote counts are added by `loadArticles`. */
export type RestoringFile = IndexedFile & { seqs: number[]; counts: number[] };

/** The files' rows: each file as the corpus shows it (no article yet), and the rows `loadArticles` reads. */
export function readFiles(db: Database.Database): { files: Map<string, RestoringFile>; rows: FileColumnsRow[] } {
  type Texts = Record<'skipped' | 'warnings', string>;
  const rows = db.prepare<[], Texts & FileColumnsRow & { stamp: string | null }>('SELECT * FROM files').all();
  const files = new Map<string, RestoringFile>();
  for (const r of rows) {
    files.set(r.file, {
      file: r.file,
      ...(r.hash !== null ? { hash: r.hash } : {}),
      ...(r.stamp !== null ? { stamp: r.stamp } : {}),
      load: { articles: [], skipped: JSON.parse(r.skipped) as SkippedFile[], warnings: JSON.parse(r.warnings) as SkippedFile[] },
      quotes: [],
      firstId: r.first_id,
      passageCount: r.passages,
      seqs: [],
      counts: [],
    });
  }
  return { files, rows };
}

const keyOf = (r: FileColumnsRow): FileKey => ({ firstId: r.first_id, passages: r.passages, hash: r.hash });

/**
 * Gives every article of `files` to `each`, file by file (in the order given), each file's in row
 * order. Files read from their rows get their columns written (a write that fails, a read-only or
 * full disk, is left for the next start). Returns which of each file's paragraphs hold a quote
 * (`quoted-paragraphs.ts`), by file.
 */
export function loadArticles(
  db: Database.Database,
  files: readonly FileColumnsRow[],
  each: (file: string, row: ArticleRow) => void,
): Map<string, string> {
  const quoted = new Map<string, string>();
  const written: Array<[string, string]> = [];
  let rowsOf: Database.Statement<[string], RawRow> | undefined;
  const outlets = new Map<string, string>();
  for (const f of files) {
    const give = (row: ArticleRow) => {
      // One string per outlet, not one per article.
      const outlet = row.meta.outlet;
      if (outlet !== undefined) row.meta.outlet = outlets.get(outlet) ?? (outlets.set(outlet, outlet), outlet);
      each(f.file, row);
    };
    if (f.articles !== null && decodeColumns(f.file, keyOf(f), f.articles, give, (digits) => quoted.set(f.file, digits))) continue;
    rowsOf ??= db.prepare<[string], RawRow>(
      'SELECT seq, first_id, paragraphs, quote_count, meta, quoted FROM articles WHERE file = ? ORDER BY seq',
    );
    const rows: ArticleRow[] = [];
    for (const r of rowsOf.iterate(f.file)) {
      const meta = JSON.parse(r.meta) as Partial<ArticleMeta>;
      meta.file = f.file;
      const row = { seq: r.seq, firstId: r.first_id, paragraphs: r.paragraphs, quotes: r.quote_count, meta, quoted: r.quoted };
      rows.push(row);
      give(row);
    }
    const digits = joinQuoted(rows.map((row) => ({ quoted: row.quoted ?? '', paragraphs: row.paragraphs })));
    quoted.set(f.file, digits);
    written.push([f.file, encodeColumns(f.file, keyOf(f), rows, digits)]);
  }
  // A failed write is tried again by start-up (`saveArticleColumns`), which says so when it fails.
  if (written.length) saveColumns(db, written);
  return quoted;
}

type RawRow = { seq: number; first_id: number; paragraphs: number; quote_count: number; meta: string; quoted: string };

/**
 * Writes files' columns (`[file, value]`) in one transaction; a failed write (a full disk) writes
 * none and is returned, not thrown: the files are read from their rows again next time.
 */
export function saveColumns(db: Database.Database, columns: ReadonlyArray<[string, string]>): unknown {
  try {
    const set = db.prepare('UPDATE files SET articles = ? WHERE file = ?');
    db.transaction(() => {
      for (const [file, value] of columns) set.run(value, file);
    })();
    return undefined;
  } catch (error) {
    return error ?? new Error('the write failed');
  }
}

/** The files whose columns are not written (after a change: their rows were written again). */
export function filesWithoutColumns(db: Database.Database): FileColumnsRow[] {
  return db.prepare<[], FileColumnsRow>('SELECT file, first_id, passages, hash, articles FROM files WHERE articles IS NULL').all();
}

/** The fields of a stored article that are not its metadata (`StoredArticle`'s own). */
const NOT_META = new Set(['seq', 'firstId', 'paragraphCount']);

/**
 * Writes the columns of every file of `files` whose columns are not written (a change wrote its
 * rows again), from the articles the corpus holds: no row is read. Files not held as stored
 * articles are left to the next start. Throws the error of a failed write (a full disk: nothing
 * is written, the next start reads those files' rows).
 */
export function saveArticleColumns(db: Database.Database, files: readonly IndexedFile[]): number {
  const missing = filesWithoutColumns(db);
  if (!missing.length) return 0;
  const held = new Map(files.map((f) => [f.file, f]));
  const columns: Array<[string, string]> = [];
  for (const r of missing) {
    const f = held.get(r.file);
    if (!f || !(f.quotes instanceof StoredQuoteLists) || !f.load.articles.every((a) => a instanceof StoredArticle)) continue;
    const rows = (f.load.articles as StoredArticle[]).map((a, i): ArticleRow => {
      const meta: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(a)) if (!NOT_META.has(k) && v !== undefined) meta[k] = v;
      return { seq: a.seq, firstId: a.firstId, paragraphs: a.paragraphCount, quotes: quoteCountAt(f.quotes, i), meta };
    });
    columns.push([r.file, encodeColumns(r.file, keyOf(r), rows, f.quotes.quotedDigits)]);
  }
  const failed = columns.length ? saveColumns(db, columns) : undefined;
  if (failed !== undefined) throw failed;
  return columns.length;
}
