/**
 * Quotation marks and apostrophes: the one definition of which characters are which, for the quote
 * finder, attribution, passage building, the query parser and phrase matching.
 *
 * News copy mixes conventions, so a mark's shape alone rarely says whether it opens or closes:
 *
 *   "straight"      typewriter marks: the same character opens and closes; `'` is also the apostrophe
 *   “English”       ‘and single’; `’` is also the typographic apostrophe (don’t, Russia’s, ’90s)
 *   „German“        ‚and single‘: the low mark opens and the English *opening* shape closes
 *   ”Swedish”       the English *closing* shape on both sides
 *   «guillemets»    ‹and single›: French, Russian, Swiss copy (and »Danish« the other way round)
 *   ‟  ‛            reversed-9 openers: rare, seen in some typefaces' headline copy
 *
 * Primes are not quotation marks: `′` (feet, minutes: 5′) and `″` (inches, seconds: 12″). The quote
 * finder never pairs them; phrase matching folds them like `'` and `"` because copy pasted from
 * typesetting systems, and queries typed on some keyboards, use them in place of quotes.
 */

/** Every character this module knows, by name. */
export const MARK = {
  straightDouble: '"',
  straightSingle: "'",
  leftDouble: '“',
  rightDouble: '”',
  lowDouble: '„',
  reversedDouble: '‟',
  leftSingle: '‘',
  rightSingle: '’',
  lowSingle: '‚',
  reversedSingle: '‛',
  leftGuillemet: '«',
  rightGuillemet: '»',
  leftAngle: '‹',
  rightAngle: '›',
  prime: '′',
  doublePrime: '″',
} as const;

/** Every character used as a quotation mark (not the primes): `"'“”„‟‘’‚‛«»‹›`. */
export const QUOTE_MARKS = '"\'“”„‟‘’‚‛«»‹›';

/**
 * The marks the quote finder pairs into quotations: every quotation mark but `‟`, `‚` and `‛`. The
 * low single `‚` is the comma's twin in most fonts and the reversed-9 marks hardly occur in news copy,
 * so pairing them would find more commas and stray glyphs than quotations.
 */
export const PAIRED_MARKS = '"“”„‘’\'«»‹›';

/**
 * The paired marks of the double and guillemet families, `"“”„«»`: a quotation of its own inside
 * someone's words (one speaker's nested words take single marks).
 */
export const DOUBLE_PAIRED_MARKS = '"“”„«»';

/** Does `text` hold a mark of `DOUBLE_PAIRED_MARKS`? */
export const hasDoubleMark = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) if (DOUBLE_PAIRED_MARKS.includes(text[i] as string)) return true;
  return false;
};

/**
 * Two single marks standing for one double mark in some feeds and typefaces: `''Like this,''`,
 * `‘‘like this’’`. Returns the double mark the two at `i` stand for, or undefined.
 */
export function doubledMark(text: string, i: number): string | undefined {
  const c = text[i];
  if (c !== "'" && c !== '‘' && c !== '’') return undefined;
  if (text[i + 1] !== c) return undefined;
  return c === "'" ? '"' : c === '‘' ? '“' : '”';
}

/** Apostrophes: straight and typographic (`don't`, `don’t`). Both are also single quotation marks. */
export const APOSTROPHES = "'’";

/** The straight marks: each opens and closes (`"…"`, `'…'`). */
export const STRAIGHT_MARKS = '"\'';

/** Marks shaped to open in English or German copy (`“ „ ‘ « ‹`): a quotation seldom ends with one right after a word. */
export const OPENING_SHAPED_MARKS = '“„‘«‹';

/** Marks shaped to close in English copy (`” ’ » ›`). */
export const CLOSING_SHAPED_MARKS = '”’»›';

/**
 * Opening mark → its closing mark, in each convention the quote finder pairs: English `“…”` and
 * `‘…’`, German `„…“` (and `‚…‘`), Swedish `”…”`, guillemets `«…»` and `‹…›`, straight `"…"` and `'…'`.
 * Danish `»…«` is left out: taking `»` as an opener would mistake the far more common French closer.
 */
export const CLOSING_MARK_FOR: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '“': '”',
  '„': '“',
  '”': '”',
  '‘': '’',
  '‚': '‘',
  '«': '»',
  '‹': '›',
};

/** Paired marks that can open a quotation in some convention: `" ' “ „ ” ‘ « ‹`. */
export const OPENING_MARKS = [...PAIRED_MARKS].filter((m) => m in CLOSING_MARK_FOR).join('');

/** Paired marks that can close a quotation opened by a paired mark: `" ' ” “ ’ » ›`. */
export const CLOSING_MARKS = [...new Set(OPENING_MARKS.split('').map((m) => CLOSING_MARK_FOR[m] as string))].join('');

/** Marks that open a quoted phrase in a query (`"…"`, `“…”`, `„…“`, `”…”`, `«…»`); single marks there are apostrophes. */
export const PHRASE_OPENING_MARKS = [...OPENING_MARKS].filter((m) => markFamily(m) === 'double' || markFamily(m) === 'guillemet').join('');

/** Single-quote-like characters phrase matching treats as `'`: `‘ ’ ‛` and the prime `′`. */
export const SINGLE_QUOTE_LIKE = '‘’‛′';

/** Double-quote-like characters phrase matching treats as `"`: `“ ” „ ‟ « »` and the double prime `″`. */
export const DOUBLE_QUOTE_LIKE = '“”„‟″«»';

/** The nesting families: a quotation closes only with a mark of the family that opened it. */
export type MarkFamily = 'double' | 'single' | 'guillemet' | 'angle';

/**
 * The family of a quotation mark: `«»` guillemet, `‹›` angle, `‘’‚‛'` single, any other double.
 *
 * @example markFamily('„') // → 'double'
 */
export function markFamily(mark: string): MarkFamily {
  if (mark === '«' || mark === '»') return 'guillemet';
  if (mark === '‹' || mark === '›') return 'angle';
  if (mark === '‘' || mark === '’' || mark === '‚' || mark === '‛' || mark === "'") return 'single';
  return 'double';
}

/** `isQuoteMark('„')` → true; `isQuoteMark('′')` → false (a prime). */
export const isQuoteMark = (c: string | undefined): boolean => c !== undefined && c.length === 1 && QUOTE_MARKS.includes(c);

/** `isApostrophe('’')` → true. */
export const isApostrophe = (c: string | undefined): boolean => c !== undefined && c.length === 1 && APOSTROPHES.includes(c);

/** True for a word ending in a possessive `'s` or `’s` (`Russia’s`). */
export const hasPossessiveS = (word: string): boolean => {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const c = word.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
};

/** The word without a possessive `'s`/`’s`: `Putin’s` → `Putin`. */
export const withoutPossessiveS = (word: string): string => (hasPossessiveS(word) ? word.slice(0, -2) : word);

/** The characters that join a word's parts: the hyphen and the apostrophes (`covid-19`, `don’t`). */
export const WORD_JOINERS = `-${APOSTROPHES}`;

/**
 * A word with its inner hyphens and apostrophes, as the index and the comparison tokenise:
 * `covid-19`, `don’t`, `Russia's` are one word each; a quote mark at a word's edge is not part of it.
 * A new global pattern on each call, since a global RegExp carries `lastIndex` from use to use.
 */
export const wordPattern = (): RegExp => new RegExp(`[\\p{L}\\p{N}]+(?:[${WORD_JOINERS}][\\p{L}\\p{N}]+)*`, 'gu');

/** The word without a trailing apostrophe (a plural possessive, `the ministers’`). */
export const withoutTrailingApostrophe = (word: string): string => word.replace(/['’]$/, '');

const SINGLE_LIKE = new RegExp(`[${SINGLE_QUOTE_LIKE}]`, 'g');
const DOUBLE_LIKE = new RegExp(`[${DOUBLE_QUOTE_LIKE}]`, 'g');

/** Every quote-like character as its straight mark: `„Nein“, he said’` → `"Nein", he said'`. */
export function straightenQuoteMarks(text: string): string {
  return text.replace(SINGLE_LIKE, "'").replace(DOUBLE_LIKE, '"');
}
