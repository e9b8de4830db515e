import {
  APOSTROPHES,
  CLOSING_SHAPED_MARKS,
  doubledMark,
  markFamily,
  OPENING_SHAPED_MARKS,
  PAIRED_MARKS,
  STRAIGHT_MARKS,
  type MarkFamily,
} from '../../text/marks.ts';
import { splitAtInnerOpener } from './inner-opener.ts';
import type { QuoteSpan } from './quote-span.ts';
import type { Paragraph } from './paragraphs.ts';
import { isUpperStart, isWordChar } from '../tokens.ts';

export type { QuoteSpan } from './quote-span.ts';

type Family = MarkFamily;

interface Open {
  family: Family;
  mark: string;
  pos: number;
  /** Closed quotations nested directly inside this one; promoted if this opener turns out to be spurious. */
  children: QuoteSpan[];
  /** Content ranges of earlier paragraphs, for a multi-paragraph quote. */
  parts: Array<[number, number]>;
  paragraph: number;
  /** Where this quotation's content starts in the current paragraph. */
  contentFrom: number;
}

const SPACE = new Set([
  ' ',
  '\t',
  '\n',
  '\r',
  '\u00a0',
  '\u2009',
  '\u3000',
  '\u200b',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
]);
/** Characters after which a quote mark still counts as being "at the start of a word". */
const OPENING_CONTEXT = new Set(['(', '[', '{', '—', '–', '―', '‒', '-', '/', ':', '•', ...STRAIGHT_MARKS, ...OPENING_SHAPED_MARKS]);
const CLOSING_PUNCT = new Set([
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  ')',
  ']',
  '}',
  '—',
  '―',
  '‒',
  '–',
  '…',
  '-',
  ...STRAIGHT_MARKS,
  ...CLOSING_SHAPED_MARKS,
]);
/** Elisions that start with an apostrophe: 'em, 'til, 'cause, 'n' ... */
const ELISIONS = new Set(['em', 'til', 'cause', 'tis', 'twas', 'bout', 'round', 'n', 'ol', 'nuff', 'sup', 'kay', 'cuz']);
const MARKS = new Set(PAIRED_MARKS);
/** Any paired mark (none is special inside a class): the expression engine finds the next one faster than a loop over code units. */
const ANY_MARK = new RegExp(`[${PAIRED_MARKS}]`, 'g');
/** How far to look ahead for a better closing mark when a single quote could be a possessive (`Guterres' trip`). */
const POSSESSIVE_LOOKAHEAD = 300;

const familyOf = markFamily;
const isApostrophe = (c: string | undefined): boolean => c !== undefined && APOSTROPHES.includes(c);

/** True for an apostrophe starting a known elision or a decade (`'90s`, `’em`, `'n'`), given the index of the mark. */
function isLeadingElision(text: string, i: number, end: number): boolean {
  let j = i + 1;
  while (j < end && isWordChar(text[j])) j++;
  const word = text.slice(i + 1, j).toLowerCase();
  if (/^\d\d$/.test(word) || /^\d0s$/.test(word)) return true;
  return ELISIONS.has(word);
}

/** Is a single-quote candidate closer at `i` more likely a plural possessive (`Guterres' trip`), given a later closer exists? */
function looksPossessive(text: string, i: number, end: number): boolean {
  const prev = text[i - 1];
  if (prev !== 's' && prev !== 'S' && prev !== 'z') return false;
  if (text[i + 1] !== ' ') return false;
  const after = text[i + 2];
  if (after === undefined || !isWordChar(after) || after !== after.toLowerCase()) return false;
  const limit = Math.min(end, i + POSSESSIVE_LOOKAHEAD);
  for (let j = i + 2; j < limit; j++) {
    const c = text[j];
    if (isApostrophe(c) && !isWordChar(text[j + 1]) && isWordChar(text[j - 1])) return true;
  }
  return false;
}

/**
 * Find quotations delimited by quote marks, paragraph by paragraph, in one pass.
 *
 * A stack of open marks handles nesting (only outermost quotations are returned). Marks are told
 * apart from apostrophes by their neighbours. A quotation still open at the end of a paragraph
 * continues into the next one only if that paragraph opens with a mark of the same family (the
 * multi-paragraph convention); otherwise a double/guillemet quotation is capped at the paragraph
 * end and a single-quote opener is dropped as a stray apostrophe.
 */
export function findQuoteSpans(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const marks: MarkCursor = { positions: [], at: 0, skipTo: 0 };
  ANY_MARK.lastIndex = 0;
  // `test` builds no match: each mark is one code unit, right before `lastIndex`.
  while (ANY_MARK.test(text)) marks.positions.push(ANY_MARK.lastIndex - 1);
  let carried: Open | undefined;
  let wrapped = false;
  for (const para of paragraphs) {
    if (!carried) {
      while (marks.at < marks.positions.length && (marks.positions[marks.at] as number) < para.start) marks.at++;
      const nextMark = marks.positions[marks.at];
      if (nextMark === undefined || nextMark >= para.end) continue;
    }
    const stack: Open[] = [];
    let from = para.start;
    if (carried) {
      const width = wrapped ? 0 : doubledMark(text, para.start) ? 2 : 1;
      wrapped = false;
      carried.contentFrom = para.start + width;
      stack.push(carried);
      from = para.start + width;
      carried = undefined;
    }
    scanParagraph(text, para, from, stack, out, marks);
    if (stack.length === 0) continue;
    const next = paragraphs[para.index + 1];
    const bottom = stack[0] as Open;
    const nextMark = next ? (doubledMark(text, next.start) ?? text[next.start]) : undefined;
    const continues =
      next !== undefined &&
      nextMark !== undefined &&
      bottom.family !== 'single' &&
      opensSentence(text, bottom, paragraphs) &&
      MARKS.has(nextMark) &&
      familyOf(nextMark) === bottom.family &&
      !CLOSING_SHAPED_MARKS.includes(nextMark);
    if (continues) {
      bottom.parts.push([bottom.contentFrom, para.end]);
      carried = bottom;
      continue;
    }
    if (next && stack.length === 1 && bottom.family === 'double' && hardWrapped(text, para, next)) {
      // A line break in the middle of a sentence (`… all\nrejected hate …`): the same paragraph, wrapped.
      bottom.parts.push([bottom.contentFrom, para.end]);
      bottom.contentFrom = next.start;
      carried = bottom;
      wrapped = true;
      continue;
    }
    settleUnclosed(text, stack, para, out);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A paragraph that stops mid-sentence (a word, no punctuation) before one that opens in lower case: one paragraph, hard-wrapped. */
function hardWrapped(text: string, para: Paragraph, next: Paragraph): boolean {
  const last = text[para.end - 1];
  const first = text[next.start] as string;
  return isWordChar(last) && isWordChar(first) && first !== first.toUpperCase();
}

/**
 * Could the quotation opened by `open` run on over paragraphs? A multi-paragraph quotation opens its
 * sentence (a paragraph start, after `:`, `,`, `.`, a dash or a bracket: `Borges said: "…`); one
 * opened inside the writer's sentence after a word (`would be "a great combination of …`) is a
 * partial quotation never closed, capped at its paragraph, and the next paragraph's mark opens a new one.
 */
function opensSentence(text: string, open: Open, paragraphs: Paragraph[]): boolean {
  const start = (paragraphs[open.paragraph] as Paragraph).start;
  let b = open.pos - 1;
  while (b >= start && SPACE.has(text[b] as string)) b--;
  return b < start || !isWordChar(text[b]);
}

/** Verbs of saying after which a straight mark stuck to the comma opens a quotation: `saying," Monday's …`. */
const SAYING_BEFORE_MARK =
  /(?:^|\s)(?:said|says|saying|say|added|adds|stated|states|wrote|writes|told|tells|asked|asks|declared|explained|reads|read)[,:]$/i;

/**
 * A straight double mark with nothing open, written after a verb of saying and its comma or colon,
 * then a space and a capital (`issued a statement saying," Monday's case is …`): an opener set one
 * character too early, not a closer.
 */
function detachedOpener(text: string, i: number, width: number, from: number): boolean {
  const prev = text[i - 1];
  if ((prev !== ',' && prev !== ':') || text[i + width] !== ' ' || !isUpperStart(text[i + width + 1] ?? '')) return false;
  return SAYING_BEFORE_MARK.test(text.slice(Math.max(from, i - 12), i));
}

/** Resolve the marks still open at a paragraph end: cap a real quotation, drop stray openers and keep what they wrapped. */
function settleUnclosed(text: string, stack: Open[], para: Paragraph, out: QuoteSpan[]): void {
  for (const open of stack) {
    if (open.family !== 'single' && open.paragraph === para.index && para.end - open.pos > 2) {
      const split = open.children.length > 0 ? splitAtInnerOpener(text, open.pos, open.contentFrom, para.end, open.children) : undefined;
      if (split) out.push(...split);
      else out.push({ start: open.pos, end: para.end, parts: [[open.pos + 1, para.end]], paragraph: open.paragraph, closed: false });
      return;
    }
    if (open.parts.length > 0) {
      const parts: Array<[number, number]> = [...open.parts, [open.contentFrom, para.end]];
      out.push({ start: open.pos, end: para.end, parts, paragraph: open.paragraph, closed: false });
      return;
    }
    out.push(...open.children);
  }
}

/** Offsets of every quote-mark character in the text, walked once by all paragraphs; `skipTo` jumps over consumed marks. */
interface MarkCursor {
  positions: number[];
  at: number;
  skipTo: number;
}

/** Open a quotation of `family` at `pos` (its mark `width` code units wide) inside `para`. */
function openQuote(stack: Open[], para: Paragraph, family: Family, mark: string, pos: number, width = 1): void {
  stack.push({ family, mark, pos, children: [], parts: [], paragraph: para.index, contentFrom: pos + width });
}

/** Index in `stack` of the innermost open quotation of `family`, or -1. */
function innermost(stack: Open[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if ((stack[k] as Open).family === family) return k;
  return -1;
}

/** An opening mark right after a sentence's end (`in.“I`, `in. “We`) and before a capital. */
function opensQuotedSentence(text: string, i: number, from: number): boolean {
  let b = i - 1;
  while (b > from && SPACE.has(text[b] as string)) b--;
  return b > from && SENTENCE_STOPS.has(text[b] as string) && isUpperStart(text[i + 1] ?? '');
}
const SENTENCE_STOPS = new Set(['.', '!', '?', '…']);

/**
 * Is the mark after the first English closing mark `”` past `i` (before `end`) another `”`, no `“`
 * opening between them: a quotation nested inside the open one, then the open one, both closed?
 */
function closedTwiceAfter(text: string, i: number, end: number): boolean {
  const first = text.indexOf('”', i + 1);
  if (first < 0 || first >= end) return false;
  for (let j = first + 1; j < end; j++) {
    if (text[j] === '”') return true;
    if (text[j] === '“') return false;
  }
  return false;
}

/** End the open quotation `stack[k]` (and those inside it), never closed, just before `pos`: a span of its parent, or of `out`. */
function capQuote(text: string, stack: Open[], out: QuoteSpan[], k: number, pos: number): void {
  const entry = stack[k] as Open;
  stack.length = k;
  let end = pos;
  while (end > entry.contentFrom && SPACE.has(text[end - 1] as string)) end--;
  const span: QuoteSpan = {
    start: entry.pos,
    end,
    parts: [...entry.parts, [entry.contentFrom, end]],
    paragraph: entry.paragraph,
    closed: false,
  };
  const parent = stack[stack.length - 1];
  if (parent) parent.children.push(span);
  else out.push(span);
}

/** Close the open quotation `stack[k]` (and those inside it) with a mark at `pos`: a span of its parent, or of `out`. */
function closeQuote(stack: Open[], out: QuoteSpan[], k: number, pos: number, width = 1): void {
  const entry = stack[k] as Open;
  stack.length = k;
  const span: QuoteSpan = {
    start: entry.pos,
    end: pos + width,
    parts: [...entry.parts, [entry.contentFrom, pos]],
    paragraph: entry.paragraph,
    closed: true,
  };
  const parent = stack[stack.length - 1];
  if (parent) parent.children.push(span);
  else out.push(span);
}

function scanParagraph(text: string, para: Paragraph, from: number, stack: Open[], out: QuoteSpan[], marks: MarkCursor): void {
  const end = para.end;
  while (marks.at < marks.positions.length && (marks.positions[marks.at] as number) < from) marks.at++;
  for (; marks.at < marks.positions.length; marks.at++) {
    const i = marks.positions[marks.at] as number;
    if (i >= end) break;
    if (i < marks.skipTo) continue;
    // Two apostrophes stand for a double quote in some feeds: ''Like this,'' he said (also `‘‘…’’`).
    const doubled = doubledMark(text, i);
    const c = doubled ?? (text[i] as string);
    const width = doubled ? 2 : 1;
    const prev = i > para.start ? (text[i - 1] as string) : '';
    const next = i + width < end ? (text[i + width] as string) : '';
    const leftOpen = prev === '' || SPACE.has(prev) || OPENING_CONTEXT.has(prev);
    const rightSpace = next === '' || SPACE.has(next);
    const rightClosing = rightSpace || CLOSING_PUNCT.has(next);
    const family = familyOf(c);

    if (family === 'double') {
      if (prev === '=' && stack.length === 0) {
        // A markup attribute value (`<tweet author="@x">`), not a quotation: skip to its closing mark.
        const closer = c === '“' ? '”' : c;
        for (let n = marks.at + 1; n < marks.positions.length && (marks.positions[n] as number) < end; n++) {
          const at = marks.positions[n] as number;
          if (text[at] === closer) {
            marks.skipTo = at + 1;
            break;
          }
        }
        continue;
      }
      const k = innermost(stack, 'double');
      const top = stack[k];
      if (c === '„') openQuote(stack, para, 'double', c, i);
      else if (c === '“') {
        if (top && (top.mark === '„' || (!leftOpen && rightClosing))) closeQuote(stack, out, k, i);
        else {
          // `…we bring in.“I hope …`, `…in the country. “We train them …`: a new sentence's opener while an
          // English quotation is open ends that one, never closed, there (a quotation inside a quotation takes `‘`),
          // unless two closing marks follow in the paragraph, none opening between them: one for each (`“I asked. “Not here,” he said. I left,” Lind said.`).
          if (top?.mark === '“' && opensQuotedSentence(text, i, para.start) && !closedTwiceAfter(text, i, end))
            capQuote(text, stack, out, k, i);
          openQuote(stack, para, 'double', c, i);
        }
      } else if (c === '”') {
        if (top && !(leftOpen && !rightClosing && top.mark === '”')) closeQuote(stack, out, k, i);
        else if (leftOpen && !rightSpace) openQuote(stack, para, 'double', c, i);
      } else if (top) {
        if (top.mark !== '"' && leftOpen && !rightClosing) openQuote(stack, para, 'double', c, i, width);
        else closeQuote(stack, out, k, i, width);
      } else if (
        (!(rightSpace && !leftOpen) && !(isWordChar(prev) && /\d/.test(prev))) ||
        (c === '"' && detachedOpener(text, i, width, para.start))
      )
        openQuote(stack, para, 'double', c, i, width);
      marks.skipTo = i + width;
      continue;
    }

    if (family === 'guillemet' || family === 'angle') {
      const opener = c === '«' || c === '‹';
      const k = innermost(stack, family);
      if (opener) openQuote(stack, para, family, c, i);
      else if (k >= 0) closeQuote(stack, out, k, i);
      continue;
    }

    // Single quotes and apostrophes.
    if (isWordChar(prev) && isWordChar(next)) continue; // don't, Russia's
    if (leftOpen && isWordChar(next) && c !== '‘' && isLeadingElision(text, i, end)) {
      if (next === 'n' && isApostrophe(text[i + 2])) marks.skipTo = i + 3; // rock 'n' roll
      continue;
    }
    const k = innermost(stack, 'single');
    if (k >= 0 && !leftOpen && !isWordChar(next) && c !== '‘') {
      if (!looksPossessive(text, i, end)) closeQuote(stack, out, k, i);
      continue;
    }
    if (leftOpen && !rightSpace && !CLOSING_PUNCT.has(next) && c !== '’') openQuote(stack, para, 'single', c, i);
    else if (leftOpen && c === '’' && isWordChar(next) && k < 0) openQuote(stack, para, 'single', c, i);
  }
}
