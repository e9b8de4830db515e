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

/** A letter, digit or mark outside ASCII: folding may change it, so the text is analysed whole. */
const LETTER = /^[\p{L}\p{N}\p{M}]$/u;
const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * Whether `text` has a letter, digit or mark outside ASCII. News texts have few characters outside
 * ASCII (curly quotes, dashes): only those are tested, not every position of the text.
 */
function hasOtherLetter(text: string): boolean {
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
    const c = String.fromCodePoint(text.codePointAt(m.index)!);
    if (LETTER.test(c)) return true;
    NON_ASCII.lastIndex = m.index + c.length;
  }
  return false;
}
const ALNUM = /[A-Za-z0-9]/;

const isAlnum = (c: string | undefined): boolean => c !== undefined && ALNUM.test(c);
const isJoiner = (c: string | undefined): boolean => c !== undefined && c !== '' && WORD_JOINERS.includes(c);

/** The words of `text` whose index terms include one of `wanted`, in text order. */
export function termSpans(text: string, wanted: ReadonlySet<string>): TermSpan[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length || hasOtherLetter(text)) return fromWholeText(text, wanted);
  const pattern = patternOf(wanted);
  if (!pattern) return [];
  // One scan for every wanted term (a search's prefixes and typos give dozens): the leftmost
  // occurrence of any, then on from the end of its word, which is analysed whole.
  const found: TermSpan[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m; m = pattern.exec(lower)) {
    const at = m.index;
    const [start, end] = tokenAround(text, at, at + m[0].length);
    // An occurrence across a word's edge (no term of the index has one): each term's own scan.
    if (end <= start) return byEachTerm(text, lower, wanted);
    const terms = processTerm(text.slice(start, end)) ?? [];
    if (terms.some((t) => wanted.has(t))) found.push({ start, end, terms });
    pattern.lastIndex = end;
  }
  return found;
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

/** `termSpans` term by term: every occurrence of each term, the word around it analysed. */
function byEachTerm(text: string, lower: string, wanted: ReadonlySet<string>): TermSpan[] {
  const found = new Map<number, TermSpan>();
  for (const term of wanted) {
    if (!term) continue;
    for (let at = lower.indexOf(term); at !== -1;) {
      const [start, end] = tokenAround(text, at, at + term.length);
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
 */
function tokenAround(text: string, from: number, to: number): [number, number] {
  if (!isAlnum(text[from]) || !isAlnum(text[to - 1])) return [from, from];
  for (let i = from + 1; i < to - 1; i++) {
    const c = text[i];
    // Inside a token only letters and digits, and joiners between two of them.
    if (!isAlnum(c) && !(isJoiner(c) && isAlnum(text[i - 1]) && isAlnum(text[i + 1]))) return [from, from];
  }
  let start = from;
  for (;;) {
    if (isAlnum(text[start - 1])) start--;
    else if (isJoiner(text[start - 1]) && isAlnum(text[start - 2])) start -= 2;
    else break;
  }
  let end = to;
  for (;;) {
    if (isAlnum(text[end])) end++;
    else if (isJoiner(text[end]) && isAlnum(text[end + 1])) end += 2;
    else break;
  }
  return [start, end];
}
