/**
 * `/quote`'s same statement beside the topic (`same-statement.ts`): an outlet carrying the
 * statement in a paragraph without the topic word, beside one with it, is shown as a context
 * match; two paragraphs away it is not. The same over a store (paragraphs read one by one, the
 * neighbours only when needed) as in memory.
 */
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { ResultsAnswer } from '../../src/answer.ts';
import type { Article } from '../../src/corpus/article.ts';
import { Engine, IndexedCorpus, type FileContent } from '../../src/engine/index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../../src/store/sqlite-store.ts';
import { tempFolder } from '../support/stored-corpus.ts';

const inTemp = tempFolder('same-statement-test');

const SAID = 'We will rebuild the northern pier before the winter storms arrive';

const article = (outlet: string, day: number, paragraphs: string[]): Article => ({
  id: `${outlet}#1`,
  file: `${outlet}.md`,
  outlet,
  outletKnown: true,
  headline: `Harbour news from ${outlet}`,
  published: `2031-05-0${day}T10:00:00Z`,
  paragraphs,
  removedParagraphs: 0,
});

/** The corpus (new objects each time: a store swaps the articles it is given for its own). */
const files = (): FileContent[] =>
  [
    // The topic word in the quote's own paragraph (outside the quotation): found by the search.
    article('Quay Weekly', 1, [`"${SAID}," said Mara Odell about the Lisket flooding.`, 'The council met for an hour.']),
    // The topic word in the paragraph after the quote's.
    article('Fen Gazette', 2, [`"${SAID}," said Mara Odell.`, 'She spoke after the Lisket flooding on Monday.']),
    // The topic word in the paragraph before it.
    article('Olmsby Post', 2, ['The Lisket flooding closed the quay.', `"${SAID}," Mara Odell said.`, 'Boats stayed in.']),
    // Two paragraphs away: not beside it.
    article('Harbour Courier', 3, [`"${SAID}," Mara Odell said.`, 'The ferry was late.', 'The Lisket flooding was the worst in years.']),
  ].map((a) => ({ file: a.file, hash: a.outlet, load: { articles: [a], skipped: [], warnings: [] } }));
const FILES = files();

const context = (answer: ResultsAnswer) =>
  answer.results
    .map((r) => [r.outlet, r.excerpts.map((e) => `${e.match}:${e.text.slice(0, 12)}`)])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])));

/**
 * A SQLite store holding the files above and `count` articles of the Fen Gazette carrying the same
 * statement, built by one index and reopened by another (as a restart does): the reopened index and
 * an engine over it.
 */
function reopenedWithFenGazette(path: string, count: number): { index: SqliteIndex; engine: Engine } {
  const carried = (n: number): Article => ({
    ...article('Fen Gazette', n, [`"${SAID}," said Mara Odell.`, 'She spoke after the Lisket flooding on Monday.']),
    id: `Fen Gazette#${n}`,
  });
  const fen = Array.from({ length: count }, (_, i) => carried(i + 1));
  const corpusFiles: FileContent[] = [
    files()[0]!,
    { file: 'Fen Gazette.md', hash: 'fen', load: { articles: fen, skipped: [], warnings: [] } },
  ];
  const first = new SqliteIndex({ path });
  new IndexedCorpus({ index: () => first, store: openStore(first, 'test').store }).applyNow(corpusFiles, []);
  first.close();
  const index = new SqliteIndex({ path });
  const opened = openStore(index, 'test');
  return { index, engine: new Engine(new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored)) };
}

/** A SQLite store holding one Tarn Letter article of three paragraphs: one word spelt plain, accented, and absent. */
function storeWithTarnLetter(name: string): { index: SqliteIndex; corpus: IndexedCorpus } {
  const index = new SqliteIndex({ path: inTemp(name) });
  const corpus = new IndexedCorpus({ index: () => index, store: openStore(index, 'test').store });
  const piece = article('Tarn Letter', 4, [
    'The LISKET flooding closed the pier.',
    'The Lískét flooding closed it too.',
    'A dry week followed.',
  ]);
  corpus.applyNow([{ file: piece.file, hash: 'tarn', load: { articles: [piece], skipped: [], warnings: [] } }], []);
  return { index, corpus };
}

describe("/quote's same statement beside the topic", () => {
  it('shows the outlets whose paragraph before or after the quote has the words, over a store as in memory', () => {
    const inMemory = new Engine({ articles: FILES.flatMap((f) => f.load.articles), skipped: [], warnings: [] });
    const path = inTemp('same.sqlite');
    const first = new SqliteIndex({ path });
    new IndexedCorpus({ index: () => first, store: openStore(first, 'test').store }).applyNow(FILES, []);
    first.close();
    const index = new SqliteIndex({ path });
    const opened = openStore(index, 'test');
    const stored = new Engine(new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored));

    for (const engine of [inMemory, stored]) {
      const answer = engine.search({ command: 'quote', query: 'Odell Lisket' });
      expect(context(answer)).toEqual([
        ['Fen Gazette', ['context:We will rebu']],
        ['Olmsby Post', ['context:We will rebu']],
        ['Quay Weekly', ['context:We will rebu']],
      ]);
      expect(answer.matches?.beside).toBe(2);
    }
    index.close();
  });

  it('keeps to the outlets asked for: members elsewhere are neither shown, counted nor grouped, over a store as in memory', () => {
    const inMemory = new Engine({ articles: files().flatMap((f) => f.load.articles), skipped: [], warnings: [] });
    const path = inTemp('same-outlets.sqlite');
    const first = new SqliteIndex({ path });
    new IndexedCorpus({ index: () => first, store: openStore(first, 'test').store }).applyNow(files(), []);
    first.close();
    const index = new SqliteIndex({ path });
    const opened = openStore(index, 'test');
    const stored = new Engine(new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored));
    for (const engine of [inMemory, stored]) {
      const two = engine.search({ command: 'quote', query: 'Odell Lisket outlet:"Quay Weekly" outlet:"Fen Gazette"' });
      expect(context(two)).toEqual([
        ['Fen Gazette', ['context:We will rebu']],
        ['Quay Weekly', ['context:We will rebu']],
      ]);
      expect(two.matches?.beside).toBe(1);
      // The statement as these two outlets carry it; with one outlet asked for, none carried by two.
      expect(two.statements?.map((st) => st.outlets)).toEqual([['Fen Gazette', 'Quay Weekly']]);
      const one = engine.search({ command: 'quote', query: 'Odell Lisket outlet:"Quay Weekly"' });
      expect(context(one)).toEqual([['Quay Weekly', ['context:We will rebu']]]);
      expect(one.matches?.beside ?? 0).toBe(0);
      expect(one.statements).toBeUndefined();
    }
    index.close();
  });

  it("builds a same-statement match's passage over a store only when the answer shows it: the matches only counted are never built", () => {
    const path = inTemp('same-lazy.sqlite');
    const { index, engine } = reopenedWithFenGazette(path, 4);
    // The passages built from the index during the query, by article and paragraph.
    const built: string[] = [];
    const get = index.get.bind(index);
    index.get = (id: number) => {
      const passage = get(id);
      if (passage) built.push(`${passage.article.id} ${passage.paragraph}`);
      return passage;
    };
    const answer = engine.search({ command: 'quote', query: 'Odell Lisket', perOutlet: 1 });
    const gazette = answer.results.find((r) => r.outlet === 'Fen Gazette');
    expect(gazette?.excerpts.map((e) => [e.article, e.match, e.text.slice(0, 12)])).toEqual([['Fen Gazette#1', 'context', 'We will rebu']]);
    expect(gazette?.more).toBe(3);
    expect(answer.matches?.beside).toBe(4);
    // Of the quotes' paragraphs (the search reads the topic's), the one shown is built; the three only counted are not.
    expect(built.filter((b) => b.startsWith('Fen Gazette') && b.endsWith(' 0'))).toEqual(['Fen Gazette#1 0']);
    index.close();
  });

  it('shows a same-statement match whose file was removed before its passage was built: the paragraph as the check read it, the quote spanning it', () => {
    const path = inTemp('same-gone.sqlite');
    const { index, engine } = reopenedWithFenGazette(path, 2);
    // When the shown match's passage is first built, the file's paragraphs are gone (as `forget` leaves them).
    const other = new Database(path);
    const get = index.get.bind(index);
    let removed = false;
    index.get = (id: number) => {
      const passage = get(id);
      if (passage?.article.outlet !== 'Fen Gazette' || passage.paragraph !== 0) return passage;
      other.prepare('DELETE FROM paragraphs WHERE text LIKE ? OR text LIKE ?').run('%said Mara Odell.', 'She spoke after%');
      removed = true;
      return undefined;
    };
    try {
      const answer = engine.search({ command: 'quote', query: 'Odell Lisket', perOutlet: 1 });
      const gazette = answer.results.find((r) => r.outlet === 'Fen Gazette');
      expect(removed).toBe(true);
      expect(gazette?.excerpts.map((e) => [e.article, e.match, e.isQuote, e.text.slice(0, 13)])).toEqual([
        ['Fen Gazette#1', 'context', true, '"We will rebu'],
      ]);
    } finally {
      other.close();
      index.close();
    }
  });

  it('has the store tell which paragraphs hold the words (ASCII, any case) without handing their texts over, and hand over any it cannot tell', () => {
    const { index, corpus } = storeWithTarnLetter('same-holding.sqlite');
    const ids = Array.from({ length: 50 }, (_, i) => i);
    const byText = (read: ReadonlyMap<number, string | null> | undefined) =>
      [...(read ?? [])].map(([, text]) => text ?? '(holds every word)').sort();
    // The accented spelling folds to the word, but only `fold` can tell: its text comes back.
    expect(byText(corpus.read.paragraphTexts(ids, ['lisket', 'flooding']))).toEqual([
      '(holds every word)',
      'A dry week followed.',
      'The Lískét flooding closed it too.',
    ]);
    expect(byText(corpus.read.paragraphTexts(ids))).toEqual([
      'A dry week followed.',
      'The LISKET flooding closed the pier.',
      'The Lískét flooding closed it too.',
    ]);
    index.close();
  });

  it('takes the words the store looks for literally, wildcard characters and all', () => {
    const { index, corpus } = storeWithTarnLetter('same-literal.sqlite');
    const ids = Array.from({ length: 50 }, (_, i) => i);
    const held = (words: string[]) => [...(corpus.read.paragraphTexts(ids, words) ?? [])].filter(([, text]) => text === null).length;
    // As patterns, `d%y` would match "A dry week" and `l_sket` "LISKET": as words, none is in any paragraph.
    expect(held(['d%y'])).toBe(0);
    expect(held(['l_sket'])).toBe(0);
    expect(held(['dry'])).toBe(1);
    expect(held(['lisket'])).toBe(1);
    index.close();
  });

  it('reads again, for the same words, only the paragraphs the store did not find them all in, and answers as before', () => {
    const { index, corpus } = storeWithTarnLetter('same-held.sqlite');
    // The ids each read of the paragraphs' texts was asked for.
    const asked: number[][] = [];
    const prepare = Database.prototype.prepare;
    const spy = vi.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, sql: string) {
      const statement = prepare.call(this, sql);
      if (!/FROM paragraphs WHERE id IN/.test(sql)) return statement;
      const all = statement.all.bind(statement) as (...args: unknown[]) => unknown[];
      (statement as unknown as Record<string, unknown>).all = (params: { ids: string }) => (
        asked.push(JSON.parse(params.ids)),
        all(params)
      );
      return statement;
    });
    try {
      const ids = [0, 1, 2];
      const answer = (words?: string[]) => [...(corpus.read.paragraphTexts(ids, words) ?? [])].sort(([a], [b]) => a - b);
      const first = answer(['lisket', 'flooding']);
      expect(first).toEqual([
        [0, null],
        [1, 'The Lískét flooding closed it too.'],
        [2, 'A dry week followed.'],
      ]);
      expect(answer(['lisket', 'flooding'])).toEqual(first);
      // Other words, or none: read whole again.
      expect(answer(['pier']).map(([, text]) => text)).toEqual([null, 'The Lískét flooding closed it too.', 'A dry week followed.']);
      expect(answer()).toHaveLength(3);
      expect(asked).toEqual([ids, [1, 2], ids, ids]);
    } finally {
      spy.mockRestore();
      index.close();
    }
  });
});
