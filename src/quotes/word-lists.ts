/**
 * Small closed word lists that several attribution steps share, so each list is written once.
 * All lower-case; the sets built from them live beside the code that uses them.
 */

/** Abbreviated titles and name parts with a full stop that ends no sentence (`Mr.`, `Gen.`, `St.`). */
export const TITLE_ABBREVIATIONS = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'rev',
  'prof',
  'jr',
  'sr',
  'st',
  'mt',
] as const;

/** Articles: `the`, `a`, `an`. */
export const ARTICLES = ['the', 'a', 'an'] as const;

/** Possessive determiners: `his`, `her`, `their`, … */
export const POSSESSIVES = ['his', 'her', 'their', 'its', 'our', 'my', 'your'] as const;

/** Quantifiers that open a noun phrase of people (`several officials`, `both leaders`). */
export const QUANTIFIERS = ['another', 'one', 'two', 'three', 'some', 'several', 'many', 'most', 'both'] as const;
