/**
 * The article as attribution walks it: its text, the masked text (quotations blanked out), paragraphs
 * and their tokens (made on first use), and the sentence bounds around a quotation.
 */
import { TITLE_ABBREVIATIONS } from '../lexicon/word-lists.ts';
import { CLOSING_MARKS, OPENING_MARKS } from '../../text/marks.ts';
import type { Paragraph } from '../finding/paragraphs.ts';
import type { ArticlePeople } from './speakers.ts';
import type { Speaker } from '../quote.ts';
import { MASK, isUpperStart, tokenize, type Token } from '../tokens.ts';
import { isLetterCode, isSurrogate, letterRunEndingAt } from '../finding/letters.ts';
import { isNotLoneWord } from './names.ts';
import { GENERATIONS } from '../lexicon/generations.ts';
import { firstAtOrAfter } from './mention-order.ts';

/** Everything attribution needs to know about one article. */
export interface ArticleContext {
  text: string;
  /** The text with every quotation (marks included) replaced by `MASK`, same offsets. */
  masked: string;
  paragraphs: Paragraph[];
  /** Tokens of each paragraph of the masked text, filled in as needed. */
  tokens: Array<Token[] | undefined>;
  people: ArticlePeople;
  /** Speakers of the quotations attributed so far, in text order (salience features read them). */
  spoken: Speaker[];
  /** Where the mentions of those speakers start (`X told` makes X the clause's subject). */
  spokenAt?: Set<number>;
  /** The speaker of the last attributed quotation and where its mention starts (`the president`, `Mr Putin`). */
  lastSpoken?: { speaker: Speaker; at: number };
  /**
   * `sentenceStart`'s last question and answer: one quotation's attribution asks the same again (its
   * clause, what it sends, its reported speech). Kept on the article, so nothing outlives its extraction.
   */
  lastSentenceStart?: { text: string; masked: string; pos: number; floor: number; start: number };
  /** Rank pronoun candidates with the trained model (default); `false`: nearest person of the right gender (training uses this). */
  model?: boolean;
}

/** Index of the first token at or after `lo` ending after `pos` (ends grow with the index: a binary search). */
function firstTokenEndingAfter(tokens: Token[], pos: number, lo: number): number {
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The whole tokens lying inside [from, to), taken from the per-paragraph token lists. */
export function windowTokens(ctx: ArticleContext, from: number, to: number): Token[] {
  let out: Token[] | undefined;
  let aside = false;
  for (let p = paragraphAt(ctx.paragraphs, from).index; p < ctx.paragraphs.length; p++) {
    const para = ctx.paragraphs[p] as Paragraph;
    if (para.start >= to) break;
    let tokens = ctx.tokens[p];
    if (!tokens) {
      tokens = tokenize(ctx.masked, para.start, para.end);
      ctx.tokens[p] = tokens;
    }
    const lo = firstAtOrAfter(tokens, from);
    const hi = firstTokenEndingAfter(tokens, to, lo);
    for (let k = lo; k < hi && !aside; k++) if ((tokens[k] as Token).text === '(' || generationDot(tokens, k)) aside = true;
    if (out === undefined) out = tokens.slice(lo, hi);
    else for (let k = lo; k < hi; k++) out.push(tokens[k] as Token);
  }
  // (Not `[]`: an empty literal is a list of small integers to V8, and code compiled for lists of tokens is thrown away on meeting one.)
  out ??= NO_TOKENS.slice();
  return aside ? withoutAsides(out) : out;
}

/** An empty list of V8's object kind (sliced from a list that held an object): its copies are token lists of one hidden class. */
const NO_TOKENS: Token[] = ([{}] as Token[]).slice(1);

/** The full stop of `Jr.`/`Sr.` inside a sentence (`William Roe Jr., a professor, said`): it ends no phrase. */
function generationDot(tokens: Token[], k: number): boolean {
  if ((tokens[k] as Token).text !== '.' || !GENERATIONS.has(tokens[k - 1]?.lower ?? '')) return false;
  const next = tokens[k + 1];
  return next !== undefined && (next.text === ',' || (next.kind === 'word' && !isUpperStart(next.text)));
}

/**
 * Drop short parenthetical asides (`Sen. Chuck Schumer (D-N.Y.) said`, `(AP)`) and a generation's full
 * stop inside a sentence, so that they do not break a source phrase.
 */
export function withoutAsides(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (generationDot(tokens, k)) continue;
    if (t.text === '(') {
      let j = k + 1;
      while (j < tokens.length && j < k + 8 && tokens[j]?.text !== ')' && tokens[j]?.kind !== 'quote') j++;
      if (tokens[j]?.text === ')') {
        k = j;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** Abbreviations whose full stop ends no sentence (`Mr.`, `Sept.`, `U.S.`). */
export const ABBREVIATIONS = new Set<string>([
  ...TITLE_ABBREVIATIONS,
  ...['u.s', 'no', 'vs', 'inc', 'corp', 'co', 'sept', 'oct', 'nov', 'dec', 'jan', 'feb', 'aug'],
]);
const OPENING = new Set(OPENING_MARKS);
const CLOSING = new Set(CLOSING_MARKS);

/**
 * The letters and full stops ending at `to` (not before `from`), lower-cased: what
 * `/([\p{L}.]+)$/u.exec(text.slice(from, to))?.[1]?.toLowerCase() ?? ''` gives, read back by code unit
 * without a slice per full stop (a surrogate met on the way leaves it to the expression).
 */
export function wordEndingAt(text: string, from: number, to: number): string {
  return letterRunEndingAt(text, from, to, '.')?.toLowerCase() ?? '';
}

/** `/^\p{L}$/u.test(word)`: one letter (an astral one is two code units). */
export function isOneLetter(word: string): boolean {
  if (word.length === 1) return isLetterCode(word.charCodeAt(0));
  return word.length === 2 && isSurrogate(word.charCodeAt(0)) && /^\p{L}$/u.test(word);
}

/**
 * Does the full stop at `dot`, after `word`, close initials written without spaces before a name
 * (`H.A. Goodman`), not a sentence (`in Washington, D.C. The mayor`)? The next word must be one that
 * may be a name's (not `The`, `He`, a title).
 */
function initialsBeforeName(text: string, word: string, dot: number): boolean {
  if (word.length < 3 || word.charCodeAt(1) !== 46 || !isInitials(word)) return false;
  const next = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(text.slice(dot + 1, dot + 40))?.[1];
  return next !== undefined && !isNotLoneWord(next);
}

/** Does the full stop at `dot` close initials (`U.N.`, `D.C.`) that a lower-case word follows (`at the U.N. for years`)? */
function initialsGoOn(text: string, word: string, dot: number): boolean {
  if (word.length < 3 || word.charCodeAt(1) !== 46 || !isInitials(word)) return false;
  const next = text.charCodeAt(dot + 2);
  return text[dot + 1] === ' ' && next >= 97 && next <= 122;
}

/** Letters each followed by a full stop but the last: `h.a`, `r.j.k`. */
function isInitials(word: string): boolean {
  if (word.length % 2 === 0) return false;
  for (let k = 0; k < word.length; k += 2) {
    if (!isLetterCode(word.charCodeAt(k))) return false;
    if (k + 1 < word.length && word.charCodeAt(k + 1) !== 46) return false;
  }
  return true;
}

/** Offset where the sentence containing `pos` starts (not before `floor`); boundaries inside quotations only count at a closing mark. */
export function sentenceStart(ctx: ArticleContext, pos: number, floor: number): number {
  const m = ctx.lastSentenceStart;
  if (m && m.pos === pos && m.floor === floor && m.text === ctx.text && m.masked === ctx.masked) return m.start;
  const start = findSentenceStart(ctx, pos, floor);
  if (m) {
    m.text = ctx.text;
    m.masked = ctx.masked;
    m.pos = pos;
    m.floor = floor;
    m.start = start;
  } else ctx.lastSentenceStart = { text: ctx.text, masked: ctx.masked, pos, floor, start };
  return start;
}

function findSentenceStart(ctx: ArticleContext, pos: number, floor: number): number {
  const { text, masked } = ctx;
  for (let j = pos - 1; j > floor; j--) {
    const c = text.charCodeAt(j);
    if (c !== 32 && c !== 10) continue;
    let k = j - 1;
    // (By char code: read for every space, most of them after a letter.)
    if (k >= floor && masked.charCodeAt(k) === 0 && CLOSING.has(text[k] as string)) k--;
    // `(The data come out later.) The database …`: a closed parenthetical sentence.
    else if (k > floor && text.charCodeAt(k) === 41 && /[.!?]/.test(text[k - 1] as string)) k--;
    const p = text.charCodeAt(k);
    if (p !== 46 && p !== 33 && p !== 63) continue;
    if (masked[k] === MASK && masked[j - 1] !== MASK) continue;
    const next = text[j + 1] as string | undefined;
    const after = next !== undefined && OPENING.has(next) ? text[j + 2] : next;
    // A sentence may open with a capital or a figure (`… said. 17-year-old Jo Bloggs …`).
    if (after === undefined || !(isUpperStart(after) || (after >= '0' && after <= '9'))) continue;
    const word = wordEndingAt(text, Math.max(floor, k - 6), k);
    if (ABBREVIATIONS.has(word) || isOneLetter(word) || initialsBeforeName(text, word, k)) continue;
    return j + 1;
  }
  return floor;
}

/** End of the sentence starting at `pos` (not past `ceiling`). */
export function sentenceEnd(text: string, pos: number, ceiling: number): number {
  for (let j = pos; j < ceiling; j++) {
    const c = text.charCodeAt(j);
    if ((c === 46 || c === 33 || c === 63) && (j + 1 >= ceiling || text[j + 1] === ' ' || text[j + 1] === '\n')) {
      const word = wordEndingAt(text, Math.max(pos, j - 6), j);
      if (!ABBREVIATIONS.has(word) && !isOneLetter(word) && !initialsBeforeName(text, word, j) && !initialsGoOn(text, word, j)) return j;
    }
  }
  return ceiling;
}

export function paragraphAt(paragraphs: Paragraph[], pos: number): Paragraph {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((paragraphs[mid] as Paragraph).start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return paragraphs[lo] as Paragraph;
}

/** How far attribution looks before or after a quotation, in characters. */
export const WINDOW = 600;
