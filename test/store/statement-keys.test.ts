/** The keys statements are stored under, read from the index of their first rows: every key, after changes too. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { IndexedCorpus, type FileContent } from '../../src/engine/index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../../src/store/sqlite-store.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'statement-keys-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const content = (file: string, paragraphs: string[]): FileContent => {
  const article: Article = {
    id: file,
    file,
    outlet: file.startsWith('a') ? 'Harbour Gazette' : 'Quay Courier',
    outletKnown: true,
    headline: `About ${file}`,
    published: '2024-05-01',
    paragraphs,
    removedParagraphs: 0,
  };
  return { file, hash: paragraphs.join('|'), load: { articles: [article], skipped: [], warnings: [] } };
};

const open = (path: string) => {
  const index = new SqliteIndex({ path });
  const opened = openStore(index, 'test');
  const corpus = new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored);
  const everyKey = () => index.database.prepare<[], string>('SELECT DISTINCT speaker FROM statements ORDER BY speaker').pluck().all();
  return { index, corpus, store: opened.store, everyKey };
};

describe('stored statement keys', () => {
  it('are every key statements are stored under, after a change and in a database made before the index', () => {
    const path = join(dir, 'keys.sqlite');
    const first = open(path);
    first.corpus.applyNow(
      [
        content('a-pier.md', [
          '"We will keep the pier open all winter," said Mara Quill.',
          '"The ferry runs twice a day," said Ivo Brent.',
        ]),
        content('b-pier.md', ['"We will keep the pier open all winter long," said Mara Quill.', '"Nobody asked us," said Quill.']),
      ],
      [],
    );
    first.corpus.statements.list();
    const keys = first.everyKey();
    expect(keys.length).toBeGreaterThan(1);
    expect(first.store.storedStatements().keys()).toEqual(keys);

    // A change regroups one speaker: its rows are written again.
    first.corpus.applyNow([content('b-pier.md', ['"The quay opens in June," said Ivo Brent.'])], []);
    first.corpus.statements.list();
    expect(first.store.storedStatements().keys()).toEqual(first.everyKey());
    // An older database, without the index: it is made when the database is opened.
    first.index.database.exec('DROP INDEX statements_first');
    first.index.close();

    const again = open(path);
    expect(again.store.storedStatements().keys()).toEqual(again.everyKey());
    expect(again.everyKey().length).toBeGreaterThan(1);
    again.index.close();
  });
});
