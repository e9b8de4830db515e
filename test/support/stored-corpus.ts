/**
 * Set-up shared by the tests of the SQLite store: a temporary folder for a test file's databases,
 * a corpus file of one article, and a corpus opened over a database as start-up opens it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { IndexedCorpus, type FileContent } from '../../src/engine/index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../../src/store/sqlite-store.ts';

/**
 * A temporary folder made before the test file's tests and removed after them; returns the path of
 * a file in it (`const inTemp = tempFolder('x'); inTemp('a.sqlite')`).
 */
export function tempFolder(prefix: string): (name: string) => string {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  return (name) => join(dir, name);
}

/** An article of the Harbour Gazette (or `outlet`) dated 2024-05-01, its id its file's name. */
export function harbourArticle(file: string, paragraphs: string[], outlet = 'Harbour Gazette'): Article {
  return {
    id: file,
    file,
    outlet,
    outletKnown: true,
    headline: `About ${file}`,
    published: '2024-05-01',
    paragraphs,
    removedParagraphs: 0,
  };
}

/** A corpus file holding the one article `harbourArticle` makes, its hash its text. */
export function oneArticleFile(file: string, paragraphs: string[], outlet?: string): FileContent {
  return { file, hash: paragraphs.join('|'), load: { articles: [harbourArticle(file, paragraphs, outlet)], skipped: [], warnings: [] } };
}

/** A corpus over the database at `path`, opened as start-up opens it (what it restored, or why it could not). */
export function openStoredCorpus(path: string) {
  const index = new SqliteIndex({ path });
  const opened = openStore(index, 'test');
  const corpus = new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored);
  return { index, store: opened.store, corpus, restored: opened.restored, reason: opened.reason };
}
