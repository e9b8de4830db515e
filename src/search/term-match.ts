/**
 * How a query word matches index terms, the same for every index engine so that both answer alike:
 * speaker weighting, prefixes, typos, and when to try them. Each engine's options extend these.
 *
 * @example
 * new MiniSearchIndex({ prefixFrom: 4 })            // `talk` also finds `talks`, `talking`
 * new SqliteIndex({ fuzzyFrom: 8, maxFuzzy: 1 })     // fewer typo matches, faster common words
 */
export interface TermMatchOptions {
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

export const TERM_MATCH_DEFAULTS: Required<TermMatchOptions> = {
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
