/**
 * The searches of a request hand the index their options, and the index's loop over its matches
 * reads them for every id: each request's options (and the scope its tests read) have the same
 * fields in the same order whatever the query, so that loop, compiled for one request, is not
 * thrown away and compiled again for the next (`fixedScope`, `src/engine/find.ts`).
 */
import { describe, expect, it } from 'vitest';
import { findHits, type Scope } from '../../src/engine/find.ts';
import { reachOutlets } from '../../src/engine/reach.ts';
import type { Article } from '../../src/corpus/article.ts';
import type { Quote } from '../../src/quotes/quote.ts';
import type { Passage } from '../../src/search/passage.ts';
import { foundHits, type PassageFinder } from '../../src/search/search-index.ts';

/** A finder that finds nothing (cut short when `cut`), recording the field names of each search's options. */
function recordingFinder(cut = false): { finder: PassageFinder; asked: string[][] } {
  const asked: string[][] = [];
  const finder: PassageFinder = {
    find: (_words, options) => {
      asked.push(Object.keys(options));
      return foundHits([], !cut, true, cut ? 100 : undefined);
    },
    scan: () => [],
    scanSpeakers: () => [],
  };
  return { finder, asked };
}

const base: Scope = { command: 'quote', phrases: [] };

describe('the options a request hands the index', () => {
  it('have the same fields in the same order for a plain search, a phrase, a speaker, a date filter and the check of unreached outlets', () => {
    const { finder, asked } = recordingFinder(true);
    findHits(finder, ['ferry', 'tolls'], base);
    findHits(finder, [], { ...base, phrases: ['will not rise'] });
    findHits(finder, ['ferry'], { ...base, speakerKeys: new Set(['ada quill']), outletCount: 3 });
    findHits(finder, ['ferry'], { ...base, since: '2031-05-01', keep: () => true, wholeLens: true });
    reachOutlets(
      finder,
      ['ferry'],
      base,
      { candidates: [], relaxed: false, complete: false, cut: { allWords: true, allWordsFrom: 100 } },
      ['Anchor Gazette'],
      () => 'Anchor Gazette',
    );
    expect(asked.length).toBeGreaterThan(4);
    for (const keys of asked) expect(keys).toEqual(asked[0]);
  });

  it('give candidates with the same fields in the same order for /search and for /quote', () => {
    const text = 'The ferry tolls will not rise, the harbour council said.';
    const quote = { start: 0, end: 29, paragraph: 0, kind: 'full', speaker: { name: 'Ada Quill', key: 'ada quill', kind: 'person' } };
    const passage = {
      id: 1,
      article: { id: 'a1', outlet: 'Anchor Gazette' } as unknown as Article,
      paragraph: 0,
      text,
      quotes: [{ quote: quote as unknown as Quote, start: 0, end: 29 }],
    } as Passage;
    const finder: PassageFinder = {
      find: () => foundHits([{ passage, score: 1, terms: ['ferry'] }], true, true),
      scan: () => [],
      scanSpeakers: () => [],
    };
    const [searched] = findHits(finder, ['ferry'], { ...base, command: 'search' }).candidates;
    const [quoted] = findHits(finder, ['ferry'], base).candidates;
    expect(quoted?.quote?.quote).toBe(quote);
    expect(Object.keys(searched!)).toEqual(Object.keys(quoted!));
  });
});
