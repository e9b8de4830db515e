/**
 * A file's article rows as one value per column (`files.articles`): what start-up reads instead of
 * one `articles` row, and one JSON parse, per article. Reading 488k article rows cost about 2 s of
 * a 500k-article start (SQLite's row reads, then a parse and an object per row); one parse per
 * file of arrays costs a fraction of it.
 *
 * The column is a cache of the `articles` rows, never the only copy. It is NULL when the file's
 * row is written again (`INSERT OR REPLACE` of a change) and checked against the file's row when
 * read (`at`: first passage id, passages, hash, articles), so a stale one is never used: the
 * articles' rows are read instead, and the column written again (`SqliteStore.load`). A build
 * writes them from the articles it holds (`SqliteStore.saveArticleColumns`, called by start-up).
 */
import type { ArticleMeta } from './stored-article.ts';

/** Bump when the encoding changes: a column of another version is ignored (and rewritten). */
const VERSION = 3;

/** An article row: the row number, first passage id, paragraph and quote counts, metadata. */
export interface ArticleRow {
  seq: number;
  firstId: number;
  paragraphs: number;
  quotes: number;
  meta: Partial<ArticleMeta>;
  /** `meta` holds the fixed fields only (decoded from columns with nothing else). */
  fixedOnly?: boolean;
  /** Which of its paragraphs hold a quote (`quoted-paragraphs.ts`; read from its row: columns hold the file's at once). */
  quoted?: string;
}

/** The file's row the column was written for: first passage id, passages, hash. */
export interface FileKey {
  firstId: number;
  passages: number;
  hash: string | null;
}

/** The fields every row has, stored as columns; anything else an article holds goes to `x`. */
const FIXED = new Set(['id', 'file', 'outlet', 'outletKnown', 'published', 'embargo', 'removedParagraphs']);

interface Columns {
  v: number;
  /** [first passage id, passages, hash, number of articles] of the file's row. */
  at: [number, number, string | null, number];
  /** Row numbers and first passage ids: the first, then each one's difference from the one before. */
  s: number[];
  f: number[];
  n: number[];
  q: number[];
  /** Ids: '' for the file's path, '#…' for the path then '#…', '!' then any other id. */
  i: string[];
  /** Outlet names, and each article's outlet as a position in them. */
  os: string[];
  o: number[];
  /** outletKnown as 1/0. */
  k: number[];
  /** Dates published (one string per date: copies share it), each article's as a position in them (-1: not given). */
  ps: string[];
  p: number[];
  /** Removed paragraphs, embargoes by position (few). */
  r: number[];
  e?: Record<number, string>;
  /** Other metadata by position (none in today's loaders; kept for fields added later). */
  x?: Record<number, Record<string, unknown>>;
  /** Which of the file's paragraphs hold a quote (`quoted-paragraphs.ts`). */
  qp: string;
}

/** `rows` (in row order) as the file's column value; `quoted`: which of the file's paragraphs hold a quote. */
export function encodeColumns(file: string, key: FileKey, rows: readonly ArticleRow[], quoted: string): string {
  const c: Columns = {
    v: VERSION,
    at: [key.firstId, key.passages, key.hash, rows.length],
    s: [],
    f: [],
    n: [],
    q: [],
    i: [],
    os: [],
    o: [],
    k: [],
    ps: [],
    p: [],
    r: [],
    qp: quoted,
  };
  const outlets = new Map<string, number>();
  const dates = new Map<string, number>();
  rows.forEach((row, j) => {
    const m = row.meta;
    c.s.push(j ? row.seq - rows[j - 1]!.seq : row.seq);
    c.f.push(j ? row.firstId - rows[j - 1]!.firstId : row.firstId);
    c.n.push(row.paragraphs);
    c.q.push(row.quotes);
    const id = m.id ?? '';
    c.i.push(id === file ? '' : id.startsWith(`${file}#`) ? id.slice(file.length) : `!${id}`);
    const outlet = m.outlet ?? '';
    let o = outlets.get(outlet);
    if (o === undefined) {
      outlets.set(outlet, (o = c.os.length));
      c.os.push(outlet);
    }
    c.o.push(o);
    c.k.push(m.outletKnown ? 1 : 0);
    if (m.published === undefined) c.p.push(-1);
    else {
      let d = dates.get(m.published);
      if (d === undefined) {
        dates.set(m.published, (d = c.ps.length));
        c.ps.push(m.published);
      }
      c.p.push(d);
    }
    c.r.push(m.removedParagraphs ?? 0);
    if (m.embargo !== undefined) (c.e ??= {})[j] = m.embargo;
    const extra = Object.entries(m).filter(([k, v]) => !FIXED.has(k) && v !== undefined);
    if (extra.length) (c.x ??= {})[j] = Object.fromEntries(extra);
  });
  return JSON.stringify(c);
}

/**
 * The article rows in a file's column value, each given to `each` in row order (`file` the path
 * given); false, with nothing given, when the value is not of this version or not for this file's
 * row (`key`). The row and its metadata are the same objects for every article, refilled: copy
 * what is kept. `quoted` is given which of the file's paragraphs hold a quote, before the rows.
 */
export function decodeColumns(
  file: string,
  key: FileKey,
  json: string,
  each: (row: ArticleRow) => void,
  quoted: (digits: string) => void,
): boolean {
  let c: Columns;
  try {
    c = JSON.parse(json) as Columns;
  } catch {
    return false;
  }
  const [firstId, passages, hash, count] = c.at ?? [];
  if (c.v !== VERSION || firstId !== key.firstId || passages !== key.passages || hash !== key.hash || c.s?.length !== count) return false;
  quoted(c.qp ?? '');
  let seq = 0;
  let first = 0;
  // One row and one metadata object for the whole file, refilled for each article (half a million
  // of each at 500k articles were garbage the moment they were read).
  const meta: Partial<ArticleMeta> = {
    id: '',
    file,
    outlet: '',
    outletKnown: false,
    published: undefined,
    embargo: undefined,
    removedParagraphs: 0,
  };
  const row: ArticleRow = { seq: 0, firstId: 0, paragraphs: 0, quotes: 0, meta, fixedOnly: true };
  for (let j = 0; j < count; j++) {
    seq += c.s[j]!;
    first += c.f[j]!;
    const i = c.i[j]!;
    const extra = c.x?.[j];
    const m = extra ? { ...meta } : meta;
    m.id = i === '' ? file : i.charCodeAt(0) === 35 /* # */ ? file + i : i.slice(1);
    m.outlet = c.os[c.o[j]!]!;
    m.outletKnown = c.k[j] === 1;
    const date = c.p[j]!;
    m.published = date < 0 ? undefined : c.ps[date];
    m.embargo = c.e?.[j];
    m.removedParagraphs = c.r[j]!;
    if (extra) Object.assign(m, extra);
    row.seq = seq;
    row.firstId = first;
    row.paragraphs = c.n[j]!;
    row.quotes = c.q[j]!;
    row.meta = m;
    row.fixedOnly = !extra;
    each(row);
  }
  return true;
}
