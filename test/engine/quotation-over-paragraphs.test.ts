/**
 * A quotation one outlet prints in one paragraph and another runs over three (each opening with a
 * mark, only the last closing), in memory and through the SQLite store reopened (the parts' whole,
 * `Quote.partOf`, is written in the quote rows): `/compare` says the outlets printed the same words,
 * and every count a reader sees (`/sources`, a speaker's total, the most quoted) counts it once.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/corpus/article.ts';
import { loadDocument } from '../../src/corpus/load-document.ts';
import { contentsOf, Engine, IndexedCorpus } from '../../src/engine/index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { resultsSummary } from '../../src/present/words.ts';
import { openStore } from '../../src/store/sqlite-store.ts';

const LEAD = 'Lena Orsk, who leads the ferry crews, spoke at the port on Tuesday.';
const DOCS: Array<[string, string]> = [
  [
    'harbour-daily.md',
    `---\noutlet: Harbour Daily\ntitle: Crews want ramps\npublished: 2026-03-04\n---\n${LEAD}\n\nOrsk said: "We have asked the port for new ramps since the spring floods. The crews cannot load a truck safely, and the port knows it. Never."`,
  ],
  [
    'bay-post.md',
    `---\noutlet: Bay Post\ntitle: Ferry crews and the ramps\npublished: 2026-03-05\n---\n${LEAD}\n\nOrsk said: "We have asked the port for new ramps since the spring floods.\n\n"The crews cannot load a truck safely, and the port knows it.\n\n"Never."`,
  ],
  [
    'quay-herald.md',
    `---\noutlet: Quay Herald\ntitle: Harbour master answers\npublished: 2026-03-06\n---\nTomas Vell, the harbour master, answered the crews on Wednesday.\n\n"The ramps are on order," Vell said.\n\n"They arrive before the summer timetable," Vell said.\n\n"Until then the old ramps stay in service," Vell said.`,
  ],
];

function load(): LoadResult {
  const out: LoadResult = { articles: [], skipped: [], warnings: [] };
  for (const [file, text] of DOCS) out.articles.push(...loadDocument(file, Buffer.from(text), { markdown: true }).articles);
  return out;
}

function stored(): Engine {
  const path = join(mkdtempSync(join(tmpdir(), 'over-paragraphs-')), 'index.sqlite');
  const first = new SqliteIndex({ path });
  const written = new IndexedCorpus({ index: () => first, store: openStore(first, 'test').store });
  written.applyNow(contentsOf(load()).contents, []);
  first.close();
  const index = new SqliteIndex({ path });
  const opened = openStore(index, 'test');
  if (!opened.restored) throw new Error(`the store was not reused: ${opened.reason ?? 'empty'}`);
  return new Engine(new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored));
}

describe.each([
  ['in memory', () => new Engine(load())],
  ['on the SQLite store, reopened', stored],
])('/compare of a quotation one outlet runs over paragraphs (%s)', (_name, make) => {
  it('says the two outlets printed it identically, the whole words in one wording', () => {
    const statements = make().compare({ query: 'Orsk ramps' }).statements;
    expect(statements).toHaveLength(1);
    expect(statements[0]!.variants.map((v) => [v.text, [...v.outlets].sort()])).toEqual([
      [
        'We have asked the port for new ramps since the spring floods. The crews cannot load a truck safely, and the port knows it. Never.',
        ['Bay Post', 'Harbour Daily'],
      ],
    ]);
  });
});

describe.each([
  ['in memory', () => new Engine(load())],
  ['on the SQLite store, reopened', stored],
])('counts of a quotation one outlet runs over paragraphs (%s)', (_name, make) => {
  it('/sources counts it as one quote in each outlet', () => {
    const sources = make().sources();
    expect(sources.outlets.map((o) => [o.outlet, o.quotes]).sort()).toEqual([
      ['Bay Post', 1],
      ['Harbour Daily', 1],
      ['Quay Herald', 3],
    ]);
    expect(sources.quotes).toBe(5);
  });

  it("the speaker's total counts each printing once, and the most quoted ranks by quotations", () => {
    expect(make().speakerList()).toEqual([
      { name: 'Tomas Vell', quotes: 3 },
      { name: 'Lena Orsk', quotes: 2 },
    ]);
  });

  it('an audience that may not see one outlet counts the other printing once', () => {
    const engine = make();
    const orsk = (hidden: string) => engine.speakerList(new Set([hidden])).find((s) => s.name === 'Lena Orsk')?.quotes;
    expect(orsk('Harbour Daily')).toBe(1);
    expect(orsk('Bay Post')).toBe(1);
  });

  it('speaker suggestions give the same counts', () => {
    expect(make().speakerSuggestions('orsk')).toEqual([{ name: 'Lena Orsk', quotes: 2 }]);
  });

  it("/quote on words of one part counts each outlet's quotation once, its other parts not as statements beside it", () => {
    const answer = make().search({ command: 'quote', query: 'Orsk truck' });
    expect(answer.matches).toEqual({ quote: 2, context: 0, partial: 0 });
    expect(resultsSummary(answer).text).toBe('2 quotes by Lena Orsk about truck from 2 outlets');
  });

  it("/quote of the speaker shows every part and counts each outlet's quotation once", () => {
    const answer = make().search({ command: 'quote', query: 'Orsk' });
    expect(answer.results.map((r) => [r.outlet, r.excerpts.length]).sort()).toEqual([
      ['Bay Post', 3],
      ['Harbour Daily', 1],
    ]);
    expect(resultsSummary(answer).text).toBe('2 quotes by Lena Orsk from 2 outlets');
  });

  it('/quote of the speaker on another topic counts one quote per outlet', () => {
    const answer = make().search({ command: 'quote', query: 'Orsk timetable' });
    expect(answer.offTopic).toEqual([
      { outlet: 'Bay Post', quotes: 1 },
      { outlet: 'Harbour Daily', quotes: 1 },
    ]);
  });
});

describe.each([
  ['in memory', () => new IndexedCorpus()],
  [
    'on the SQLite store',
    () => {
      const index = new SqliteIndex({ path: join(mkdtempSync(join(tmpdir(), 'over-paragraphs-')), 'index.sqlite') });
      return new IndexedCorpus({ index: () => index, store: openStore(index, 'test').store });
    },
  ],
])('counts after outlets printing the quotation are removed (%s)', (_name, make) => {
  it("the speaker's total loses one quotation for each printing removed, down to none", () => {
    const corpus = make();
    corpus.applyNow(contentsOf(load()).contents, []);
    corpus.applyNow([], ['harbour-daily.md']);
    expect(new Engine(corpus).speakerList()).toEqual([
      { name: 'Tomas Vell', quotes: 3 },
      { name: 'Lena Orsk', quotes: 1 },
    ]);
    corpus.applyNow([], ['bay-post.md']);
    expect(new Engine(corpus).speakerList()).toEqual([{ name: 'Tomas Vell', quotes: 3 }]);
  });
});
