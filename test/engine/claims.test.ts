/**
 * Every claim an answer makes is true (issue 12): one test per problem a fact-checker found, on
 * sentences of our own (`test/support/harbour-corpus.ts`) and on the seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompareAnswer, ResultsAnswer } from '../../src/answer.ts';
import { dispatch } from '../../src/dispatch.ts';
import { Engine } from '../../src/engine/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { harbourCorpus } from '../support/harbour-corpus.ts';
import { seedEngine } from '../support/seed-engine.ts';

let harbour: Engine;
let seeds: Engine;
beforeAll(async () => {
  harbour = new Engine(harbourCorpus());
  seeds = await seedEngine();
});

const outletsOf = (a: ResultsAnswer) => a.results.map((r) => r.outlet);
const statementOutlets = (a: CompareAnswer | ResultsAnswer) =>
  ('statements' in a ? (a.statements ?? []) : []).flatMap((s) => s.variants.flatMap((v) => v.citations.map((c) => c.outlet)));

describe('1. /who finds every direct quotation with the words, whoever the speaker', () => {
  it('finds a quote by an unnamed adviser carried by one outlet, and says how many outlets carry it', () => {
    const a = harbour.who('"costly mistake"');
    expect(a.statements).toHaveLength(1);
    expect(a.statements[0]?.speaker).toMatch(/adviser to the minister/);
    expect(a.statements[0]?.outlets).toEqual(['River Ledger']);
    expect(a.outletsCarrying).toBe(1);
    expect(a.notes.join(' ')).not.toMatch(/No direct quotation/);
  });

  it("finds the seeds' unnamed adviser quote that /quote shows", () => {
    const a = seeds.who('"not a good idea"');
    expect(a.statements.flatMap((s) => s.outlets)).toContain('Axios');
  });
});

describe('2. first report is decided on instants', () => {
  it('converts offsets to UTC: 22:00+05:00 (17:00 UTC) is before 18:00 UTC', () => {
    const [st] = harbour.compare({ query: 'Marrow harbour' }).statements;
    expect(st?.firstReported?.outlet).toBe('Harbour Daily');
  });

  it('never ranks a date without a time against a timed report of that day, and never names an undated outlet first', () => {
    const [st] = harbour.compare({ query: 'Marrow harbour' }).statements;
    expect(st?.firstReported?.sameDay).toEqual(['River Ledger']);
    expect(st?.firstReported?.certainty).toBe('same-day');
    expect(st?.firstReported?.undatedOutlets).toEqual(['Weekly Anchor']);
  });

  it('on the seeds, Axios (date only) is no longer first ahead of a timed report the same day', () => {
    const st = seeds.compare({ query: 'Bucha' }).statements[0];
    expect(st?.firstReported?.outlet).not.toBe('Axios');
    expect(st?.firstReported?.sameDay).toContain('Axios');
  });
});

describe('3. "nothing from" only when nothing of an outlet matches', () => {
  it('shows an outlet whose words are in different paragraphs, its best passage marked partial', () => {
    const a = harbour.search({ command: 'search', query: 'vigil riot' });
    expect(a.noMatch).not.toContain('Harbour Daily');
    const partial = a.results.find((r) => r.outlet === 'Harbour Daily')?.excerpts[0];
    expect(partial?.partial).toBe(true);
    expect(a.results.find((r) => r.outlet === 'Tide Times')?.excerpts.every((e) => e.partial)).toBe(true);
  });

  it('says an outlet has quotes by the speaker, none about the topic, instead of "nothing from"', () => {
    const a = harbour.search({ command: 'quote', query: 'Marrow taxes' });
    expect(a.noMatch).not.toContain('Harbour Daily');
    expect(a.offTopic).toContainEqual({ outlet: 'Harbour Daily', quotes: 2 });
  });
});

describe('4. the topic match is said: match "quote" or "context", quote matches first', () => {
  it('marks a quote that only shares a paragraph with the topic as context, after those that contain it', () => {
    const a = harbour.search({ command: 'quote', query: 'Marrow fishermen' });
    const hd = a.results.find((r) => r.outlet === 'Harbour Daily')!;
    expect(hd.excerpts[0]?.match).toBe('quote');
    expect(hd.excerpts[0]?.text).toContain('fishermen');
    expect(a.matches).toEqual({ quote: 1, context: 0, partial: 0 });
  });

  it('on the seeds, counts quotes about Bucha apart from quotes from paragraphs about it', () => {
    const a = seeds.search({ command: 'quote', query: 'Putin Bucha' });
    expect(a.matches?.quote).toBe(3);
    expect(a.matches?.context).toBe(9);
    // The National's own "We know who prepared this provocation" (¶7, after its Bucha ¶6) is shown, not only UrduPoint's.
    const national = a.results.find((r) => r.outlet === 'The National')!;
    expect(
      national.excerpts.concat().some((e) => e.text.startsWith('We know who prepared this provocation') && e.match === 'context'),
    ).toBe(true);
    for (const r of a.results) {
      const ranks = r.excerpts.map((e) => (e.match === 'quote' ? 0 : 1));
      expect(ranks).toEqual([...ranks].sort());
    }
  });
});

describe('5. names: titles belong to the speaker, typos and first names resolve', () => {
  it('/quote Mr Putin is Putin, with no topic "Mr" and no false "nothing from"', () => {
    const a = seeds.search({ command: 'quote', query: 'Mr Putin' });
    expect(a.parsed.speaker).toBe('Vladimir Putin');
    expect(a.parsed.terms).toEqual([]);
    expect(a.noMatch).not.toContain('Axios');
  });

  it('/quote Prime Minister Marrow, a misspelt surname and a first name all find Ilse Marrow', () => {
    for (const q of ['Prime Minister Marrow harbour', 'Marow harbour', 'Ilse harbour']) {
      const a = harbour.search({ command: 'quote', query: q });
      expect(a.parsed.speaker).toBe('Ilse Marrow');
      expect(a.parsed.terms).toEqual(['harbour']);
    }
    expect(harbour.search({ command: 'quote', query: 'Marow harbour' }).notes.join(' ')).toMatch(/Read "Marow" as Ilse Marrow/);
  });

  it('resolves a misspelt outlet and a misspelt command, saying how it read them', async () => {
    const a = harbour.search({ command: 'search', query: 'harbour outlet:"Harbor Daily"' });
    expect(outletsOf(a)).toEqual(['Harbour Daily']);
    const b = await dispatch(harbour, { command: 'qoute', options: { query: 'Marrow harbour' } }, silentLogger());
    expect(b.kind).toBe('results');
    expect(b.kind === 'results' && b.notes.join(' ')).toMatch(/Read "\/qoute" as \/quote/);
  });
});

describe('6. compare: one rendering per article, fragments never full, editorial brackets not identical', () => {
  it("joins an outlet's statement split over two quotations into one rendering, never diffed against itself", () => {
    const [st] = harbour.compare({ query: 'Marrow harbour' }).statements;
    const tide = st!.variants.filter((v) => v.outlets.includes('Tide Times'));
    expect(tide).toHaveLength(1);
    expect(tide[0]?.citations.filter((c) => c.outlet === 'Tide Times')).toHaveLength(1);
  });

  it('lists an editorial insertion instead of calling the wordings identical', () => {
    const [st] = harbour.compare({ query: 'Marrow harbour' }).statements;
    const ledger = st!.variants.find((v) => v.outlets.includes('River Ledger'))!;
    expect(ledger.outlets).toEqual(['River Ledger']);
    expect(ledger.editorial).toEqual(['[northern]']);
  });

  it('never calls a fragment from reported speech the first full wording', () => {
    const [st] = harbour.compare({ query: 'Marrow harbour' }).statements;
    const base = st!.variants.find((v) => v.isBase)!;
    expect(base.isPartial).toBe(false);
    expect(base.outlets).toContain('Harbour Daily');
    const fragment = st!.variants.find((v) => v.outlets.includes('Quay Post'));
    expect(fragment?.isPartial).toBe(true);
  });
});

describe('7. filters and access rules apply to every part of an answer, statements included', () => {
  it('outlet: keeps the statements block to that outlet', () => {
    const a = seeds.search({ command: 'quote', query: 'outlet:axios Putin' });
    expect(new Set(statementOutlets(a))).toEqual(new Set(a.statements?.length ? ['Axios'] : []));
    expect(statementOutlets(harbour.compare({ query: 'Marrow harbour outlet:"Tide Times"' }))).not.toContain('Harbour Daily');
  });

  it('since: leaves earlier and undated renderings out of the statements', () => {
    const a = seeds.search({ command: 'quote', query: 'Putin since:2022-04-27' });
    for (const st of a.statements ?? [])
      for (const v of st.variants) for (const c of v.citations) expect(c.published! >= '2022-04-27').toBe(true);
    const b = harbour.compare({ query: 'Marrow harbour since:2024-03-13' });
    expect(statementOutlets(b)).not.toContain('Weekly Anchor');
  });

  it('hidden outlets are left out of statements and paraphrases', () => {
    const a = harbour.compare({ query: 'Marrow harbour', hiddenOutlets: new Set(['River Ledger']) });
    expect(JSON.stringify(a)).not.toContain('River Ledger');
  });
});

describe('8. a file with no metadata is its own source', () => {
  it('names each from its file, or from a site named in its text, never one merged "Unknown"', () => {
    const outlets = harbour.sources().outlets.map((o) => o.outlet);
    expect(outlets).toContain('dock-notes.txt');
    expect(outlets).toContain('ferrywatch.example');
    expect(outlets).not.toContain('Unknown');
  });
});
