/**
 * A `/quote` with an exact phrase: the phrase is checked before the passage's quotes are read, so a
 * phrase of common words (ten thousand passages read, a few dozen holding it) decodes the quotes of
 * those few only, and the passages found are the same as with the quotes checked first.
 */
import { describe, expect, it } from 'vitest';
import { findHits, type Scope } from '../../src/engine/find.ts';
import type { Article } from '../../src/corpus/article.ts';
import type { Quote } from '../../src/quotes/quote.ts';
import type { Passage, PassageQuote } from '../../src/search/passage.ts';
import { foundHits, type PassageFinder } from '../../src/search/search-index.ts';

const article = { id: 'a1', outlet: 'Anchor Gazette' } as unknown as Article;
const speaker = { name: 'Ada Quill', key: 'ada quill', kind: 'person' } as const;

/** A passage whose quotes are counted when read: `named` gives its one quote a speaker. */
function passage(id: number, text: string, named: boolean, reads: number[]): Passage {
  const quote = { start: 0, end: 20, paragraph: 0, kind: 'fragment', ...(named ? { speaker } : {}) } as unknown as Quote;
  const quotes: PassageQuote[] = [{ quote, start: 0, end: 20 }];
  return {
    id,
    article,
    paragraph: 0,
    text,
    get quotes() {
      reads.push(id);
      return quotes;
    },
  } as Passage;
}

/** A finder testing each passage as an index does: its filter, then its exact-text check. */
function finderOver(passages: Passage[]): PassageFinder {
  return {
    find: (_words, options) =>
      foundHits(
        passages
          .filter((p) => (!options.filter || options.filter(p)) && (!options.verify || options.verify(p)))
          .map((p) => ({ passage: p, score: 1, terms: ['rise'] })),
        true,
        true,
      ),
    scan: () => [],
    scanSpeakers: () => [],
  };
}

describe('a /quote with an exact phrase', () => {
  it('reads the quotes only of the passages holding the phrase, and finds those with a quote it shows', () => {
    const reads: number[] = [];
    const passages = [
      passage(1, 'The tolls will not rise this year, the council said.', true, reads),
      passage(2, 'Tolls rise again in spring, the council said.', true, reads),
      passage(3, 'The fares will not rise either, a notice read.', false, reads),
      passage(4, 'Fares rise, a notice read.', false, reads),
    ];
    const scope: Scope = { command: 'quote', phrases: ['will not rise'] };
    const found = findHits(finderOver(passages), [], scope);
    expect(found.candidates.map((c) => c.passage.id)).toEqual([1]);
    expect(new Set(reads)).toEqual(new Set([1, 3]));
  });
});
