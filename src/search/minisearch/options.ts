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
import { processTerm, tokenize } from '../terms.ts';

export interface MiniSearchIndexOptions {
  /** Weight of a match in the quoted speakers' names against one in the text. */
  speakerBoost?: number;
  /** Words at least this long also match as prefixes of longer words. */
  prefixFrom?: number;
  /** Words at least this long also match with typos (fraction `fuzziness` of their length). */
  fuzzyFrom?: number;
  /** Typos allowed, as a fraction of the word's length (MiniSearch's `fuzzy`). */
  fuzziness?: number;
  /** Typos allowed at most, however long the word. */
  maxFuzzy?: number;
  /** Exact matches enough to answer without also trying prefixes and typos. */
  exactEnough?: number;
}

export const MINISEARCH_DEFAULTS: Required<MiniSearchIndexOptions> = {
  // A speaker match is a stronger signal of relevance than a passing mention.
  speakerBoost: 2,
  // Prefix only from five letters: `talks` → `talkshow` is fine, `cat` → `catastrophe` is not.
  prefixFrom: 5,
  // One typo from six letters, two from eleven (`Gutteres` still finds Guterres); short words stay
  // exact, or `cats` would find `cuts` and `hats`.
  fuzzyFrom: 6,
  fuzziness: 0.2,
  maxFuzzy: 2,
  // A common word (`president`) then costs one pass over its own postings instead of over every
  // word it is a prefix of or one letter away from, and the answer loses nothing a reader would miss.
  exactEnough: 50,
};

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
