/**
 * Whole words found by `indexOf` within a range of a text, without a regular expression or a copy of
 * the text per question: a word counts when no letter (`\p{L}`) touches it inside the range.
 */
import { isLetterCode, isSurrogate } from './letters.ts';

/** Is the character at `k` (a code unit, or the surrogate pair it belongs to) a letter? */
function isLetterAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  if (!isSurrogate(code)) return isLetterCode(code);
  const point = code >= 0xdc00 ? text.codePointAt(k - 1) : text.codePointAt(k);
  return point !== undefined && /^\p{L}$/u.test(String.fromCodePoint(point));
}

/** Where `word` first stands as a whole word in `text` within [from, to) (the range's edges bound it as a space would), or -1. */
export function wordIndexIn(text: string, word: string, from: number, to: number): number {
  if (word.length === 0) return -1;
  for (let k = text.indexOf(word, from); k >= 0 && k + word.length <= to; k = text.indexOf(word, k + 1)) {
    const end = k + word.length;
    if ((k === from || !isLetterAt(text, k - 1)) && (end === to || !isLetterAt(text, end))) return k;
  }
  return -1;
}

/** Does the lower-case `word` stand as a whole word before `to`, written in lower case, capitalised or in capitals (`ceo`, `Ceo`, `CEO`)? */
export function hasWordBefore(text: string, word: string, to: number): boolean {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  const capitals = word.toUpperCase();
  return (
    wordIndexIn(text, word, 0, to) >= 0 ||
    (capitalised !== word && wordIndexIn(text, capitalised, 0, to) >= 0) ||
    (capitals !== capitalised && wordIndexIn(text, capitals, 0, to) >= 0)
  );
}
