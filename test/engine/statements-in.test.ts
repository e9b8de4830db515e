/**
 * The statements a `/quote` answer shows, read from a store: each statement once, whichever way
 * it was read (alone, or with every statement of its speaker), for an audience that sees
 * everything and for one that may not see an outlet.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { Engine, IndexedCorpus, type FileContent } from '../../src/engine/index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../../src/store/sqlite-store.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'statements-in-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const content = (file: string, outlet: string, day: number, paragraphs: string[]): FileContent => {
  const article: Article = {
    id: `${file}#0`,
    file,
    outlet,
    outletKnown: true,
    headline: `Harbour report from ${outlet}`,
    published: `2031-04-0${day}`,
    paragraphs,
    removedParagraphs: 0,
  };
  return { file, hash: JSON.stringify(paragraphs), load: { articles: [article], skipped: [], warnings: [] } };
};

const WALL = 'The harbour wall will be rebuilt before the autumn storms arrive';
const FILES = () => [
  content('a.md', 'Quay Weekly', 1, [`"${WALL}," said Mara Odell, the port director.`]),
  // A quote grouping leaves out (no word to compare), between the two reports in corpus order.
  content('b.md', 'Olmsby Post', 2, ['"Yes," said Mara Odell when asked about the tolls.']),
  content('c.md', 'Harbour Courier', 3, [`"${WALL}," Mara Odell said on Tuesday.`]),
  content('d.md', 'Fen Gazette', 3, ['"The ferry timetable stays as it is," said Teo Brandt, a councillor.']),
];

describe('statements in a /quote answer read from a store', () => {
  it('lists a statement once when a quote without one sits between its reports, for every audience', () => {
    const path = join(dir, 'once.sqlite');
    const first = new SqliteIndex({ path });
    new IndexedCorpus({ index: () => first, store: openStore(first, 'test').store }).applyNow(FILES(), []);
    first.close();

    for (const hiddenOutlets of [undefined, new Set(['Fen Gazette'])]) {
      // Reopened for each audience: the statements are still only in the store.
      const index = new SqliteIndex({ path });
      const opened = openStore(index, 'test');
      const engine = new Engine(new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored));
      const answer = engine.search({ command: 'quote', query: 'Odell', hiddenOutlets });
      expect(answer.statements?.map((s) => s.outlets)).toEqual([['Harbour Courier', 'Quay Weekly']]);
      index.close();
    }
  });
});
