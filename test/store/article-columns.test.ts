/** A file's article rows as columns: what start-up reads instead of one row per article, never out of date. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { IndexedCorpus, type FileContent } from '../../src/engine/index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { decodeColumns, encodeColumns, type ArticleRow } from '../../src/store/article-columns.ts';
import { openStore } from '../../src/store/sqlite-store.ts';
import { tempFolder } from '../support/stored-corpus.ts';

const inTemp = tempFolder('article-columns-test');

const file = 'wire/harbour.jsonl';
const key = { firstId: 40, passages: 9, hash: 'abc' };
const rows: ArticleRow[] = [
  {
    seq: 7,
    firstId: 40,
    paragraphs: 3,
    quotes: 2,
    meta: { id: file, file, outlet: 'Harbour Gazette', outletKnown: true, published: '2024-05-01', removedParagraphs: 1 },
  },
  {
    seq: 8,
    firstId: 43,
    paragraphs: 4,
    quotes: 0,
    meta: { id: `${file}#r2`, file, outlet: 'Unknown', outletKnown: false, removedParagraphs: 0, embargo: '2030-01-01T00:00:00Z' },
  },
  {
    seq: 12,
    firstId: 47,
    paragraphs: 2,
    quotes: 5,
    meta: { id: 'elsewhere-17', file, outlet: 'Harbour Gazette', outletKnown: true, published: '', removedParagraphs: 4 },
  },
];

const decoded = (json: string, at = key) => {
  const out: ArticleRow[] = [];
  let quoted: string | undefined;
  const ok = decodeColumns(
    file,
    at,
    json,
    (r) => out.push({ ...r, meta: { ...r.meta } }),
    (digits) => (quoted = digits),
  );
  return { ok, out, quoted };
};
/** Metadata without the keys whose value is undefined (the rows' JSON has none). */
const defined = (r: ArticleRow) => ({
  ...r,
  fixedOnly: undefined,
  meta: Object.fromEntries(Object.entries(r.meta).filter(([, v]) => v !== undefined)),
});

describe('article columns', () => {
  it('give back every row as written: ids of each form, missing and empty dates, embargoes, counts', () => {
    const { ok, out } = decoded(encodeColumns(file, key, rows, ''));
    expect(ok).toBe(true);
    expect(out.map(defined)).toEqual(rows.map(defined));
  });

  it('keep metadata fields other than the usual ones', () => {
    const extra: ArticleRow = { ...rows[0]!, meta: { ...rows[0]!.meta, ...({ section: 'Ports' } as object) } };
    const { out } = decoded(encodeColumns(file, key, [extra], ''));
    expect(out[0]?.meta).toMatchObject({ section: 'Ports', outlet: 'Harbour Gazette' });
    expect(out[0]?.fixedOnly).toBe(false);
  });

  it("give back which of the file's paragraphs hold a quote, before its rows", () => {
    const { ok, quoted } = decoded(encodeColumns(file, key, rows, '0030201'));
    expect(ok).toBe(true);
    expect(quoted).toBe('0030201');
  });

  it('are refused when written for another version of the file (first id, passages, hash) or are not readable', () => {
    const json = encodeColumns(file, key, rows, '');
    expect(decoded(json, { ...key, firstId: 41 }).ok).toBe(false);
    expect(decoded(json, { ...key, passages: 10 }).ok).toBe(false);
    expect(decoded(json, { ...key, hash: 'abd' }).ok).toBe(false);
    expect(decoded(json.slice(0, 20), key).ok).toBe(false);
    expect(decoded(json.slice(0, 20), key).out).toEqual([]);
  });
});

const article = (id: string, f: string, paragraphs: string[], extra: Partial<Article> = {}): Article => ({
  id,
  file: f,
  outlet: 'Harbour Gazette',
  outletKnown: true,
  headline: `About ${id}`,
  published: '2024-05-01',
  paragraphs,
  removedParagraphs: 0,
  ...extra,
});
const content = (f: string, articles: Article[]): FileContent => ({
  file: f,
  hash: articles.map((a) => a.paragraphs.join('|')).join('/'),
  load: { articles, skipped: [], warnings: [] },
});

function open(path: string) {
  const index = new SqliteIndex({ path });
  const opened = openStore(index, 'test');
  return { index, store: opened.store, corpus: new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored) };
}

/** What start-up shows of every article (its own fields, without the store's reader). */
const shown = (corpus: IndexedCorpus) =>
  corpus.indexedFiles().flatMap((f) => f.load.articles.map((a) => ({ ...a, quotes: f.quotes.length })));
const columnsOf = (index: SqliteIndex) =>
  index.database.prepare<[], { file: string; articles: string | null }>('SELECT file, articles FROM files ORDER BY file').all();

describe('the store with article columns', () => {
  const pier = ['The pier of Brindlecombe was repaired in spring.', '"We will keep it open all winter," said Mara Quill.'];
  const ferry = ['The ferry to Saltmarrow runs twice a day.', '"It is always full," said Odo Lindqvist.'];

  it('read back at start the same articles as the rows, and write the columns of files read from rows', () => {
    const path = inTemp('same.sqlite');
    const first = open(path);
    first.corpus.applyNow(
      [
        content('pier.md', [article('pier.md', 'pier.md', pier)]),
        content('wire.jsonl', [
          article('wire.jsonl#1', 'wire.jsonl', ferry, { embargo: '2031-01-01T00:00:00Z' }),
          article('wire.jsonl#2', 'wire.jsonl', pier, { published: undefined, outlet: 'Unknown', outletKnown: false }),
        ]),
      ],
      [],
    );
    const built = shown(first.corpus);
    expect(columnsOf(first.index).every((r) => r.articles === null)).toBe(true);
    first.index.close();

    const fromRows = open(path);
    expect(shown(fromRows.corpus)).toEqual(built);
    expect(columnsOf(fromRows.index).every((r) => r.articles !== null)).toBe(true);
    fromRows.index.close();

    const fromColumns = open(path);
    expect(shown(fromColumns.corpus)).toEqual(built);
    fromColumns.index.close();
  });

  it('are written after a change from the articles held, and a file written again is never read from its old columns', () => {
    const path = inTemp('changed.sqlite');
    const first = open(path);
    first.corpus.applyNow([content('pier.md', [article('pier.md', 'pier.md', pier)])], []);
    expect(first.store.saveArticleColumns(first.corpus.indexedFiles())).toBe(1);
    const written = columnsOf(first.index)[0]?.articles;
    first.index.close();

    const second = open(path);
    expect(shown(second.corpus)[0]).toMatchObject({ id: 'pier.md', paragraphCount: 2 });
    // The same file again, with other articles: its row is written again and its columns are gone.
    second.corpus.applyNow([content('pier.md', [article('pier.md#a', 'pier.md', ferry), article('pier.md#b', 'pier.md', pier)])], []);
    expect(columnsOf(second.index)[0]?.articles).toBeNull();
    const changed = shown(second.corpus);
    second.index.close();

    const third = open(path);
    expect(shown(third.corpus)).toEqual(changed);
    third.index.close();

    // Old columns left by mistake beside the new rows are refused (another first passage id).
    const fourth = open(path);
    fourth.index.database.prepare('UPDATE files SET articles = ?').run(written);
    fourth.index.close();
    const fifth = open(path);
    expect(shown(fifth.corpus)).toEqual(changed);
    fifth.index.close();
  });
});
