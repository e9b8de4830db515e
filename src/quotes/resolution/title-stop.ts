/**
 * The full stop of a title's abbreviation (`named Sen. Harry Vane`, `drafted by Mr. Burke`) ends no
 * sentence (round 23): read back from it, a name after it in mid-sentence is no sentence's subject.
 */
import { TITLE_ABBREVIATIONS } from '../lexicon/word-lists.ts';

/** Title abbreviations but `Jr.`, `Sr.`, `St.`, `Mt.` (they close a name or a place, and maybe a sentence). */
const TITLE_STOPS = new Set<string>(TITLE_ABBREVIATIONS.filter((w) => !['jr', 'sr', 'st', 'mt'].includes(w)));

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Is the full stop at `k` the end of a title's abbreviation (`Sen.`, `Mr.`, `Gov.`), not of a sentence? */
export function titleStop(text: string, k: number): boolean {
  if (text.charCodeAt(k) !== 46) return false;
  let s = k;
  while (s > 0 && k - s <= 4 && isAsciiLetter(text.charCodeAt(s - 1))) s--;
  // (`U.S.`: a letter after another full stop is no title's.)
  if (s > 0 && text.charCodeAt(s - 1) === 46) return false;
  return TITLE_STOPS.has(text.slice(s, k).toLowerCase());
}
