/**
 * Where a few index terms occur in a text, without analysing the whole text: ranking needs the
 * counts of the query's terms only (the number of distinct terms was stored when the passage was
 * indexed), and the excerpt marker the words that gave them. Tokenizing a thousand candidates'
 * texts per search was half of `/search`'s time at 37k articles.
 *
 * Exact: the words found are those `wordSpans` + `processTerm` give. A term comes from a token
 * whose lower-cased form contains it (`processTerm` lower-cases, drops a possessive `'s` and splits
 * hyphenated words), so in a text whose letters and digits are all ASCII only the tokens around an
 * occurrence of the term in the lower-cased text need analysing. A text with other letters (accents
 * fold to ASCII, so `Kyïv` gives `kyiv`) is analysed whole.
 */
import { WORD_JOINERS } from '../text/marks.ts';
import { processTerm } from './terms.ts';
import { wordSpans } from './text.ts';

/** A word of the text and its index terms (at least one of them wanted). */
export interface TermSpan {
  start: number;
  end: number;
  terms: readonly string[];
}

/** A letter or digit outside ASCII: a word holding one is analysed whole (`Kyïv` gives `kyiv`). */
const OTHER_WORD = /^[\p{L}\p{N}]$/u;
const NON_ASCII = /[^\x00-\x7f]/g;

/** Where `text` has letters or digits outside ASCII (each code point's first unit). News texts have few. */
function otherWordChars(text: string): number[] {
  const at: number[] = [];
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
    const c = String.fromCodePoint(text.codePointAt(m.index)!);
    if (OTHER_WORD.test(c)) at.push(m.index);
    NON_ASCII.lastIndex = m.index + c.length;
  }
  return at;
}

/** The words of `text` whose index terms include one of `wanted`, in text order. */
export function termSpans(text: string, wanted: ReadonlySet<string>): TermSpan[] {
  const lower = text.toLowerCase();
  // A lower-case form of another length (`İ`) leaves the offsets of `lower` off: the whole text.
  if (lower.length !== text.length) return fromWholeText(text, wanted);
  const others = otherWordChars(text);
  const around = others.length ? tokenAroundAny : tokenAround;
  const pattern = patternOf(wanted);
  const found: TermSpan[] = [];
  if (pattern) {
    // One scan for every wanted term (a search's prefixes and typos give dozens): the leftmost
    // occurrence of any, then on from the end of its word, which is analysed whole.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
      const at = m.index;
      const [start, end] = around(text, at, at + m[0].length);
      // An occurrence across a word's edge (no term of the index has one): each term's own scan.
      if (end <= start) return byEachTerm(text, lower, wanted, around);
      const terms = processTerm(text.slice(start, end)) ?? [];
      if (terms.some((t) => wanted.has(t))) found.push({ start, end, terms });
      pattern.lastIndex = end;
    }
  }
  if (!others.length) return found;
  // Words with letters outside ASCII fold (`ï` to `i`): each is analysed, found or not above.
  const seen = new Set(found.map((s) => s.start));
  let last = -1;
  for (const at of others) {
    if (at < last) continue;
    const [start, end] = tokenAroundAny(text, at, at + 1);
    last = end;
    if (seen.has(start)) continue;
    seen.add(start);
    const terms = processTerm(text.slice(start, end)) ?? [];
    if (terms.some((t) => wanted.has(t))) found.push({ start, end, terms });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** One pattern per set of wanted terms (a search's, an excerpt's), matching any of them. */
const PATTERNS = new WeakMap<ReadonlySet<string>, RegExp | null>();

function patternOf(wanted: ReadonlySet<string>): RegExp | null {
  let pattern = PATTERNS.get(wanted);
  if (pattern === undefined) {
    const terms = [...wanted].filter((t) => t).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    pattern = terms.length ? new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : null;
    PATTERNS.set(wanted, pattern);
  }
  return pattern;
}

type Around = (text: string, from: number, to: number) => [number, number];

/** `termSpans` term by term: every occurrence of each term, the word around it analysed. */
function byEachTerm(text: string, lower: string, wanted: ReadonlySet<string>, around: Around): TermSpan[] {
  const found = new Map<number, TermSpan>();
  for (const term of wanted) {
    if (!term) continue;
    for (let at = lower.indexOf(term); at !== -1;) {
      const [start, end] = around(text, at, at + term.length);
      if (end > start && !found.has(start)) {
        const terms = processTerm(text.slice(start, end)) ?? [];
        if (terms.some((t) => wanted.has(t))) found.set(start, { start, end, terms });
      }
      at = lower.indexOf(term, Math.max(end, at + 1));
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** How often each wanted term occurs in `text` (absent: never), as the whole-text analysis counts. */
export function countTerms(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const span of termSpans(text, wanted)) for (const t of span.terms) if (wanted.has(t)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

function fromWholeText(text: string, wanted: ReadonlySet<string>): TermSpan[] {
  const out: TermSpan[] = [];
  for (const span of wordSpans(text)) {
    const terms = processTerm(span.word);
    if (terms?.some((t) => wanted.has(t))) out.push({ start: span.start, end: span.end, terms });
  }
  return out;
}

/**
 * The token (as `wordSpans` cuts it: runs of letters and digits joined by single hyphens or
 * apostrophes) that holds [from, to), or an empty span when that range is not inside one token.
 * `tokenAround` knows ASCII letters and digits only (a text with no others); `tokenAroundAny` every
 * letter and digit, a code point outside the basic plane by either of its two units.
 */
const tokenAround: Around = (text, from, to) => tokenWith(text, from, to, isAlnumAt);
const tokenAroundAny: Around = (text, from, to) => tokenWith(text, from, to, isWordAt);

/** An ASCII letter or digit at `i` (false past either end). */
function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

const isJoiner = (c: string | undefined): boolean => c !== undefined && c !== '' && WORD_JOINERS.includes(c);

function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80 || Number.isNaN(c)) return isAlnumAt(text, i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
    const high = text.charCodeAt(i - 1);
    if (high >= 0xd800 && high <= 0xdbff) return OTHER_WORD.test(String.fromCodePoint(text.codePointAt(i - 1)!));
  }
  return OTHER_WORD.test(String.fromCodePoint(text.codePointAt(i)!));
}

function tokenWith(text: string, from: number, to: number, word: (text: string, i: number) => boolean): [number, number] {
  if (!word(text, from) || !word(text, to - 1)) return [from, from];
  for (let i = from + 1; i < to - 1; i++) {
    // Inside a token only letters and digits, and joiners between two of them.
    if (!word(text, i) && !(isJoiner(text[i]) && word(text, i - 1) && word(text, i + 1))) return [from, from];
  }
  let start = from;
  for (;;) {
    if (start > 0 && word(text, start - 1)) start--;
    else if (start > 1 && isJoiner(text[start - 1]) && word(text, start - 2)) start -= 2;
    else break;
  }
  let end = to;
  for (;;) {
    if (end < text.length && word(text, end)) end++;
    else if (isJoiner(text[end]) && end + 1 < text.length && word(text, end + 1)) end += 2;
    else break;
  }
  return [start, end];
}
