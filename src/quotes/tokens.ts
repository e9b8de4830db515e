/** A word, punctuation mark or masked quotation inside a short window of article text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'quote';
  /** A slot for what `matchCue` learns of this word (the cue forms it may start), filled on first use. */
  cues?: readonly object[] | null;
}

/** A copy of a token with another text, by one object literal (a spread `{ ...token, text }` makes another hidden class). */
export function tokenWith(token: Token, text: string, lower: string): Token {
  return { text, lower, start: token.start, end: token.end, kind: token.kind, cues: token.cues };
}

/** The character used to blank out quotations in the masked copy of an article (see `maskQuotes`). */
export const MASK = '\u0000';

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Letter or digit (any script), by UTF-16 code unit. */
export function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x2000 && code <= 0x206f) return false;
  if (code === 0xa0) return false;
  let known = WORD_CODES[code] as number;
  if (known === 0) {
    known = NON_ASCII_WORD.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_CODES[code] = known;
  }
  return known === 1;
}
/** `isWordCode`'s answers for code units past Latin Extended, learnt on first sight (0 unknown, 1 word, 2 not): no string per test. */
const WORD_CODES = new Uint8Array(0x10000);

/** Letter or digit, any script. */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined || c === '') return false;
  return isWordCode(c.charCodeAt(0));
}

export function isUpperStart(word: string): boolean {
  if (word.length === 0) return false;
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  let known = UPPER_CODES[code] as number;
  if (known === 0) {
    const c = word[0] as string;
    known = c !== c.toLowerCase() && c === c.toUpperCase() ? 1 : 2;
    UPPER_CODES[code] = known;
  }
  return known === 1;
}
/** `isUpperStart`'s answers for code units past ASCII, learnt on first sight (0 unknown, 1 upper, 2 not): no string per test. */
const UPPER_CODES = new Uint8Array(0x10000);

/** Spaces, the non-breaking and thin ones, and the invisible zero-width space and byte-order mark (`\u200bRoe said\u200b`). */
export const isSpaceCode = (code: number): boolean =>
  code <= 32
    ? code === 32 || code === 9 || code === 10 || code === 13
    : code >= 0xa0 && (code === 0xa0 || code === 0x3000 || code === 0x2009 || code === 0x200b || code === 0xfeff);

/** Endings of a web address written as a name (`MoveOn.org`, `Salon.com`): the one list of them. */
export const WEB_ENDINGS = ['com', 'org', 'net', 'gov', 'edu'] as const;
/** `WEB_ENDINGS` as three char codes packed in one number. */
const pack = (w: string): number => (w.charCodeAt(0) << 16) | (w.charCodeAt(1) << 8) | w.charCodeAt(2);
const DOMAIN_ENDS = new Set(WEB_ENDINGS.map(pack));

/** Is a web address's ending at `at` (`org` in `MoveOn.org said`): three lower-case letters, then no word character? By char code, no string. */
function domainEnd(text: string, at: number, to: number): boolean {
  if (at + 3 > to || (at + 3 < to && isWordCode(text.charCodeAt(at + 3)))) return false;
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  // ASCII letters only: a code unit past 255 would spill into its neighbour's byte of the packed number.
  if (a < 99 || a > 111 || b > 127 || c > 127) return false;
  return DOMAIN_ENDS.has((a << 16) | (b << 8) | c);
}

/**
 * Tokenize `text.slice(from, to)`: words keep internal apostrophes and hyphens (`Russia's`,
 * `Secretary-General`) and a web address's ending (`MoveOn.org`), each run of masked characters becomes one `quote` token, anything else
 * is a one-character `punct` token.
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    if (code === 0) {
      let j = i + 1;
      while (j < to && text.charCodeAt(j) === 0) j++;
      out.push({ text: '', lower: '', start: i, end: j, kind: 'quote', cues: undefined });
      i = j;
      continue;
    }
    if (isWordCode(code)) {
      let j = i + 1;
      // Whether the word may change when lower-cased (an ASCII capital or any non-ASCII letter): if not, it is its own lower case.
      let cased = (code >= 65 && code <= 90) || code >= 128;
      while (j < to) {
        const d = text.charCodeAt(j);
        if (isWordCode(d)) {
          if ((d >= 65 && d <= 90) || d >= 128) cased = true;
          j++;
        } else if ((d === 39 || d === 0x2019 || d === 45 || d === 0x2011) && j + 1 < to && isWordCode(text.charCodeAt(j + 1))) j += 2;
        else if (d === 46 && j + 1 < to && domainEnd(text, j + 1, to)) j += 4;
        else break;
      }
      const word = text.slice(i, j);
      out.push({ text: word, lower: cased ? word.toLowerCase() : word, start: i, end: j, kind: 'word', cues: undefined });
      i = j;
      continue;
    }
    const c = text[i] as string;
    out.push({ text: c, lower: c, start: i, end: i + 1, kind: 'punct', cues: undefined });
    i++;
  }
  return out;
}

/** Does a word character stand right before `pos` (spaces skipped, not before `floor`)? */
export function wordBefore(text: string, pos: number, floor: number): boolean {
  let k = pos - 1;
  while (k >= floor && isSpaceCode(text.charCodeAt(k))) k--;
  return k >= floor && isWordCode(text.charCodeAt(k));
}

/** Can the token after the spaces at `pos` be `the`, `a` or `an` (it starts with a `t` or an `a`)? */
export function mayOpenAppositive(text: string, pos: number): boolean {
  while (isSpaceCode(text.charCodeAt(pos))) pos++;
  const c = text.charCodeAt(pos) | 32;
  return c === 116 || c === 97;
}

/** The lower-cased word just before `pos` on its line (empty if none), found without tokenizing. */
export function previousWord(text: string, pos: number, floor: number): string {
  let e = pos;
  while (e > floor && text.charCodeAt(e - 1) === 32) e--;
  let s = e;
  while (s > floor && s > e - 30 && isWordCode(text.charCodeAt(s - 1))) s--;
  return text.slice(s, e).toLowerCase();
}
