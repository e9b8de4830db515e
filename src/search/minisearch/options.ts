/**
 * The knobs of the MiniSearch index, with their defaults. Scores depend on them: a snapshot is
 * written with the code that built it, so changing a default rebuilds the index at the next start.
 *
 * @example
 * new MiniSearchIndex({ prefixFrom: 4 })           // `talk` also finds `talks`, `talking`
 * new MiniSearchIndex({ fuzzyFrom: 8, maxFuzzy: 1 }) // fewer typo matches, faster common words
 */
import type { Options } from 'minisearch';
import type { Passage } from '../passage.ts';
import { TERM_MATCH_DEFAULTS, type TermMatchOptions } from '../term-match.ts';
import { processTerm, tokenize } from '../terms.ts';

/** MiniSearch's knobs are the shared term-matching ones (see `../term-match.ts`). */
export type MiniSearchIndexOptions = TermMatchOptions;

export const MINISEARCH_DEFAULTS: Required<MiniSearchIndexOptions> = TERM_MATCH_DEFAULTS;

/**
 * The MiniSearch options of the passage index; a serialized index must be loaded with the same.
 * One document per paragraph, two fields: `text` (the paragraph as published) and `speakers` (the
 * resolved names of everyone quoted in it, so `Putin` finds a paragraph whose quote is attributed
 * through `he said` or `the Russian leader`).
 */
export function miniSearchOptions(knobs: Required<MiniSearchIndexOptions>): Options<Passage> {
  return {
    idField: 'id',
    fields: ['text', 'speakers'],
    storeFields: [],
    extractField: (passage, field) => {
      if (field === 'id') return passage.id;
      if (field === 'speakers') return passage.quotes.map((q) => q.quote.speaker?.name ?? '').join(' ');
      return passage.text;
    },
    tokenize,
    processTerm,
    searchOptions: {
      boost: { speakers: knobs.speakerBoost },
      prefix: (term) => term.length >= knobs.prefixFrom,
      fuzzy: (term) => (term.length >= knobs.fuzzyFrom ? knobs.fuzziness : false),
      maxFuzzy: knobs.maxFuzzy,
    },
  };
}
