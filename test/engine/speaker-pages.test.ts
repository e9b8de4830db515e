/**
 * `/quote <speaker>` with no topic, over a store: each outlet's page is taken from where the
 * speaker's quotes are (`speaker-pages.ts`) instead of a scan of every quote. The answer must be
 * the scan's, exactly: the same excerpts in the same order, the same "more" and totals, the same
 * outlets with nothing, the same statements, whatever the filters and the page size.
 */
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { Engine, IndexedCorpus, type FileContent } from '../../src/engine/index.ts';
import { collationOrder } from '../../src/engine/speaker-pages.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../../src/store/sqlite-store.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'speaker-pages-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const article = (file: string, id: string, outlet: string, published: string | undefined, paragraphs: string[]): Article => ({
  id,
  file,
  outlet,
  outletKnown: true,
  headline: `Harbour report ${id}`,
  ...(published ? { published } : {}),
  paragraphs,
  removedParagraphs: 0,
});

const file = (name: string, articles: Article[]): FileContent => ({
  file: name,
  hash: JSON.stringify(articles.map((a) => a.paragraphs)),
  load: { articles, skipped: [], warnings: [] },
});

const WALL = 'The harbour wall will be rebuilt before the autumn storms arrive';
const TOLLS = 'Nobody will pay a toll to moor a rowing boat here';

/** Many articles in one outlet (more than a page orders at first), repeats, shared dates and ids, undated ones. */
function corpus(): FileContent[] {
  const weekly: Article[] = [];
  for (let i = 0; i < 14; i++) {
    const day = String(1 + (i % 9)).padStart(2, '0');
    weekly.push(
      article('weekly.md', `weekly-${String(i % 11).padStart(2, '0')}`, 'Quay Weekly', `2031-04-${day}`, [
        `"${i % 3 ? WALL : TOLLS}," said Mara Odell, the port director.`,
        'The council met on the quay for an hour.',
        `"We counted ${i} boats this morning," Odell said. "${WALL}."`,
        // The same words twice in one article (a standfirst repeated): shown once.
        ...(i % 4 === 0 ? [`"We counted ${i} boats this morning," Odell said again.`] : []),
      ]),
    );
  }
  return [
    file('weekly.md', weekly),
    file('courier-a.md', [
      article('courier-a.md', 'courier-same', 'Harbour Courier', '2031-04-02', [
        'The tide came in early.',
        `"${WALL}," Mara Odell said on Tuesday.`,
      ]),
    ]),
    // Another file's article of the same outlet, date and id: its quotes interleave by paragraph.
    file('courier-b.md', [
      article('courier-b.md', 'courier-same', 'Harbour Courier', '2031-04-02', [
        `"${TOLLS}," said Mara Odell.`,
        'The ferry was late.',
        `"The boats are safe," Odell said.`,
      ]),
    ]),
    file('fen.md', [
      article('fen.md', 'fen-1', 'Fen Gazette', undefined, [`"${TOLLS}," said Mara Odell, who runs the port.`]),
      article('fen.md', 'fen-2', 'Fen Gazette', '2031-03-30', [
        // A quotation running over two paragraphs.
        `"The storms will come," said Mara Odell, "and the wall will hold`,
        `because we built it well," she added.`,
      ]),
      article('fen.md', 'fen-3', 'Fen Gazette', '2031-04-05', ['"The ferry timetable stays as it is," said Teo Brandt, a councillor.']),
      // A quotation over three paragraphs, each opening with a mark: three excerpts, one quotation counted.
      article('fen.md', 'fen-4', 'Fen Gazette', '2031-04-06', [
        'Mara Odell said: "The gates open at dawn.',
        '"The gates close at dusk.',
        '"Nobody sleeps on the quay."',
      ]),
    ]),
    file('olmsby.md', [article('olmsby.md', 'olmsby-1', 'Olmsby Post', '2031-04-03', ['"Tolls are fair," said Teo Brandt.'])]),
  ];
}

const QUERIES = [
  'Odell',
  'Mara Odell',
  'Odell limit:1',
  'Odell limit:7',
  'Odell outlet:"Quay Weekly"',
  'Odell since:2031-04-04',
  'Odell until:2031-04-02',
  'Teo Brandt',
  // With a topic: the speaker's passages and the outlets quoting them only on other topics, from the same store answer.
  'Odell storms',
  'Odell ferry',
  'Teo Brandt tolls',
];

/** Statement ids are per process and read order: compared without them. */
const withoutIds = (answer: ReturnType<Engine['search']>) => ({
  ...answer,
  statements: answer.statements?.map(({ id: _id, ...s }) => s),
});

describe('/quote <speaker> pages read from a store', () => {
  it('gives the answer the scan of every quote gives, for every filter and page size', () => {
    const path = join(dir, 'pages.sqlite');
    const first = new SqliteIndex({ path });
    new IndexedCorpus({ index: () => first, store: openStore(first, 'test').store }).applyNow(corpus(), []);
    first.close();

    const open = () => {
      const index = new SqliteIndex({ path });
      const opened = openStore(index, 'test');
      const corpusOf = new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored);
      return { index, corpus: corpusOf, engine: new Engine(corpusOf) };
    };
    const fast = open();
    const scan = open();
    // The scan: no store answer for where a speaker's quotes are.
    vi.spyOn(scan.corpus.read, 'refsOf').mockReturnValue(undefined);
    const scanned = vi.spyOn(fast.index, 'scanSpeakers');
    for (const query of QUERIES) {
      const expected = scan.engine.search({ command: 'quote', query });
      expect(expected.total + (expected.offTopic?.length ?? 0), query).toBeGreaterThan(0);
      expect(withoutIds(fast.engine.search({ command: 'quote', query })), query).toEqual(withoutIds(expected));
    }
    for (const perOutlet of [1, 2, 5]) {
      const expected = scan.engine.search({ command: 'quote', query: 'Odell', perOutlet });
      expect(withoutIds(fast.engine.search({ command: 'quote', query: 'Odell', perOutlet }))).toEqual(withoutIds(expected));
    }
    // Neither the pages nor the speaker's passages were found by scanning their quotes.
    expect(scanned).not.toHaveBeenCalled();
    fast.index.close();
    scan.index.close();
  });

  it('counts the quotes of a speaker again after a file is added or removed while serving', () => {
    const path = join(dir, 'live.sqlite');
    const index = new SqliteIndex({ path });
    const live = new IndexedCorpus({ index: () => index, store: openStore(index, 'test').store });
    live.applyNow(corpus(), []);
    const engine = new Engine(live);
    const outlets = () => {
      const answer = engine.search({ command: 'quote', query: 'Teo Brandt' });
      return { total: answer.total, outlets: answer.results.map((r) => r.outlet).sort() };
    };
    expect(outlets()).toEqual({ total: 2, outlets: ['Fen Gazette', 'Olmsby Post'] });
    live.applyNow(
      [file('dune.md', [article('dune.md', 'dune-1', 'Dune Herald', '2031-04-06', ['"The ferry must run on Sundays," said Teo Brandt.'])])],
      [],
    );
    expect(outlets()).toEqual({ total: 3, outlets: ['Dune Herald', 'Fen Gazette', 'Olmsby Post'] });
    live.applyNow([], ['olmsby.md']);
    expect(outlets()).toEqual({ total: 2, outlets: ['Dune Herald', 'Fen Gazette'] });
    index.close();
  });
});

describe('/quote <speaker> pages while an embargo lifts', () => {
  it('counts the embargoed article once its embargo has lifted, the same speaker asked for before and after', () => {
    const path = join(dir, 'embargo.sqlite');
    const index = new SqliteIndex({ path });
    const store = new IndexedCorpus({ index: () => index, store: openStore(index, 'test').store });
    const held = { ...article('dune.md', 'dune-1', 'Dune Herald', '2031-04-06', ['"The ferry must run on Sundays," said Teo Brandt.']) };
    store.applyNow([...corpus(), file('dune.md', [{ ...held, embargo: '2031-04-06T12:00:00.000Z' }])], []);
    let now = Date.parse('2031-04-06T11:00:00.000Z');
    const engine = new Engine(store, { clock: () => now });
    const asked = () => {
      const answer = engine.search({ command: 'quote', query: 'Teo Brandt' });
      return { total: answer.total, outlets: answer.results.map((r) => r.outlet).sort() };
    };
    expect(asked()).toEqual({ total: 2, outlets: ['Fen Gazette', 'Olmsby Post'] });
    expect(asked()).toEqual({ total: 2, outlets: ['Fen Gazette', 'Olmsby Post'] });
    now = Date.parse('2031-04-06T12:00:01.000Z');
    expect(asked()).toEqual({ total: 3, outlets: ['Dune Herald', 'Fen Gazette', 'Olmsby Post'] });
    index.close();
  });
});

describe('dates in collation order', () => {
  const collator = new Intl.Collator();
  const date = fc.oneof(
    fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
    fc.constantFrom(
      '9999',
      '2022-04-26T22:55:00+04:00',
      '2022-04-26T22:55:00-04:00',
      '2022-04-26',
      'March 3, 2022',
      'é 2022',
      'e 2022',
      'E 2022',
    ),
    fc.string({ maxLength: 6 }),
  );
  it('sorts any texts as the collator does, and says which collate equal to the one before', () => {
    fc.assert(
      fc.property(fc.uniqueArray(date, { maxLength: 40 }), (texts) => {
        const expected = [...texts].sort((a, b) => collator.compare(a, b));
        const { sorted, same } = collationOrder([...texts]);
        expect(sorted.map((t) => expected.findIndex((e) => collator.compare(e, t) === 0))).toEqual(
          expected.map((t) => expected.findIndex((e) => collator.compare(e, t) === 0)),
        );
        expect(same).toEqual(sorted.map((t, i) => i > 0 && collator.compare(sorted[i - 1]!, t) === 0));
      }),
      { seed: 8 },
    );
  });
});
