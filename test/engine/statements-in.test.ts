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

describe('statements for an audience that may not see everything, read from a store', () => {
  const embargoed = (c: FileContent, until: string): FileContent => ({
    ...c,
    load: { ...c.load, articles: c.load.articles.map((a) => ({ ...a, embargo: until })) },
  });
  const open = (name: string, files: FileContent[]) => {
    const path = join(dir, name);
    const first = new SqliteIndex({ path });
    new IndexedCorpus({ index: () => first, store: openStore(first, 'test').store }).applyNow(files, []);
    first.close();
    const index = new SqliteIndex({ path });
    const opened = openStore(index, 'test');
    return { index, engine: new Engine(new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored)) };
  };

  it('gives a family it sees whole the statements an audience without the embargo gets, while another article is embargoed', () => {
    // Odell is a family (a bare surname beside the full name): read in rank order, statement by statement.
    const files = [
      ...FILES(),
      content('f.md', 'Tide Herald', 4, [`"${WALL}," Odell told reporters.`]),
      embargoed(content('e.md', 'Fen Gazette', 4, ['"The tolls stay," said Teo Brandt again.']), '2999-01-01T00:00:00Z'),
    ];
    const { index, engine } = open('embargo-elsewhere.sqlite', files);
    const answer = engine.search({ command: 'quote', query: 'Odell harbour' });
    expect(answer.statements?.map((s) => [s.speaker, s.outlets])).toEqual([
      ['Mara Odell', ['Harbour Courier', 'Quay Weekly', 'Tide Herald']],
    ]);
    // Hiding one of the family's outlets: that family is regrouped for the audience, without it.
    const hiding = engine.search({ command: 'quote', query: 'Odell harbour', hiddenOutlets: new Set(['Tide Herald']) });
    expect(hiding.statements?.map((s) => [s.speaker, s.outlets])).toEqual([['Mara Odell', ['Harbour Courier', 'Quay Weekly']]]);
    index.close();
  });

  it('takes an embargoed report out of the statement it belongs to, and shows none carried by one outlet', () => {
    const files = FILES().map((c) => (c.file === 'c.md' ? embargoed(c, '2999-01-01T00:00:00Z') : c));
    const { index, engine } = open('embargo-member.sqlite', files);
    const answer = engine.search({ command: 'quote', query: 'Odell harbour' });
    expect(answer.statements ?? []).toEqual([]);
    expect(answer.results.map((r) => r.outlet)).toEqual(['Quay Weekly']);
    index.close();
  });
});
