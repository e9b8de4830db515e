/**
 * Letter classes tested by code unit, without a regular expression or a string per test: the same
 * answers as `/\p{L}/u` and `/\p{Ll}/u`, learnt on first sight for each code unit past ASCII.
 * Characters outside the Basic Multilingual Plane (surrogate pairs) are tested by code point.
 */
import { isUpperStart } from '../tokens.ts';
import { isJsSpaceCode } from '../../text/space.ts';

const LETTER = /^\p{L}$/u;
const LOWER = /^\p{Ll}$/u;
/** Answers for code units past ASCII: 0 unknown, 1 yes, 2 no. */
const LETTER_CODES = new Uint8Array(0x10000);
const LOWER_CODES = new Uint8Array(0x10000);

/** A code unit of a surrogate pair (half of a character past the Basic Multilingual Plane). */
export const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** `test` on one code unit, answered from `table` (0 unknown, 1 yes, 2 no) once learnt. */
export function learnt(table: Uint8Array, test: RegExp, code: number): boolean {
  let known = table[code] as number;
  if (known === 0) {
    known = test.test(String.fromCharCode(code)) ? 1 : 2;
    table[code] = known;
  }
  return known === 1;
}

/** `/\p{L}/u` for one code unit outside the surrogates. */
export function isLetterCode(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return learnt(LETTER_CODES, LETTER, code);
}

/** `/\p{Ll}/u` for one code unit outside the surrogates. */
export function isLowerCode(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return learnt(LOWER_CODES, LOWER, code);
}

/**
 * What `text.slice(from, to).matchAll(/\p{L}{3,}/gu)` finds, counted: the runs of three letters or
 * more (`minLength` or more when given), and how many of them start with a capital (`isUpperStart`
 * of the run).
 */
export function letterRuns(text: string, from: number, to: number, minLength = 3): { words: number; caps: number } {
  let words = 0;
  let caps = 0;
  let i = from;
  while (i < to) {
    let runStart = -1;
    let length = 0;
    for (;;) {
      if (i >= to) break;
      const code = text.charCodeAt(i);
      let width = 1;
      let letter: boolean;
      if (isSurrogate(code)) {
        const cp = code <= 0xdbff && i + 1 < to ? (text.codePointAt(i) as number) : code;
        width = cp > 0xffff ? 2 : 1;
        letter = cp > 0xffff && LETTER.test(String.fromCodePoint(cp));
      } else letter = isLetterCode(code);
      if (!letter) break;
      if (runStart < 0) runStart = i;
      length++;
      i += width;
    }
    if (length >= minLength) {
      words++;
      if (isUpperStart(text[runStart] as string)) caps++;
    }
    if (length === 0) i++;
  }
  return { words, caps };
}

/**
 * The lower-case word right after one space at `pos`, within `text.slice(pos, pos + 24)`: what
 * `/^ (\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(pos, pos + 24))?.[1]` gives.
 */
export function lowerWordAfterSpace(text: string, pos: number): string | undefined {
  if (text.charCodeAt(pos) !== 32) return undefined;
  const end = Math.min(text.length, pos + 24);
  let j = pos + 1;
  for (; j < end; j++) {
    const code = text.charCodeAt(j);
    if (isSurrogate(code)) return /^ (\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(pos, end))?.[1];
    if (!(isLowerCode(code) || (code === 45 && j > pos + 1))) break;
  }
  return j > pos + 1 ? text.slice(pos + 1, j) : undefined;
}

/** `text.split(/\s+/).length`, without the array: one more than the runs of white space. */
export function splitCount(text: string): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isJsSpaceCode(text.charCodeAt(i));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}

/** `word === word.toUpperCase()`, without the upper-cased copy for a word of ASCII characters. */
export function isUpperCased(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return word === word.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

const LETTER_RUN_ENDS = { '.': /([\p{L}.]+)$/u, '-': /([\p{L}-]+)$/u } as const;

/**
 * The letters and `joiner`s (full stops or hyphens) ending at `to`, not before `from`, as written: what
 * `/([\p{L}<joiner>]+)$/u.exec(text.slice(from, to))?.[1]` gives, read back by code unit (a surrogate met
 * on the way leaves it to the expression); undefined if none.
 */
export function letterRunEndingAt(text: string, from: number, to: number, joiner: '.' | '-'): string | undefined {
  const joinerCode = joiner.charCodeAt(0);
  let s = to;
  while (s > from) {
    const c = text.charCodeAt(s - 1);
    if (c === joinerCode || isLetterCode(c)) s--;
    else if (isSurrogate(c)) return LETTER_RUN_ENDS[joiner].exec(text.slice(from, to))?.[1];
    else break;
  }
  return s === to ? undefined : text.slice(s, to);
}
