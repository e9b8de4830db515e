/**
 * Straight double marks the scanner paired wrongly, `"A "B` (the "closing" mark has a space before it
 * and a word after it, so it opens a quotation), told apart by what comes after:
 *
 * - nested: `"We were going to be named "Person of the Year," like last year," Lee said.` (two closing
 *   marks follow): one quotation with another inside it, up to the second closing mark;
 * - never closed: `"Well, we also have fewer ships. "We have carriers," he said.` (the first quotation
 *   ends a sentence, then a new one opens): two quotations;
 * - stray: `"Council Member Ruiz lamented that a "peaceful vigil…` (narration runs up to the mark): the
 *   second mark opens the quotation, to the next mark or its paragraph end; the first is dropped.
 */
import type { QuoteSpan } from './marks.ts';
import { hasDoubleMark } from '../../text/marks.ts';

/** A straight mark shaped to close: after a non-space, before a space, punctuation or the paragraph end. */
const closerAt = (text: string, i: number, end: number): boolean =>
  text[i] === '"' && !/\s/.test(text[i - 1] ?? ' ') && (i + 1 >= end || /[\s.,;:!?)—–-]/.test(text[i + 1] as string));

/** Where the sentence of `at` starts: the paragraph start or after `. `, `: `, `, ` (quotations open sentences there). */
const opensSentence = (text: string, at: number, paraStart: number): boolean =>
  at === paraStart || /[.!?:,—–]\s*$/.test(text.slice(paraStart, at));

/**
 * The repaired spans for `s` (`"A "` closed by a mark with a space before it and a word after it),
 * whose paragraph ends at `paraEnd`; undefined when the real quotation would leave the paragraph.
 */
export function repairStraightPair(text: string, s: QuoteSpan, paraStart: number, paraEnd: number): QuoteSpan[] | undefined {
  const close = s.end - 1;
  const m1 = text.indexOf('"', s.end);
  const first = m1 >= 0 && m1 < paraEnd ? m1 : -1;
  const m2 = first >= 0 ? text.indexOf('"', first + 1) : -1;
  const second = m2 >= 0 && m2 < paraEnd ? m2 : -1;
  if (first >= 0 && second >= 0 && closerAt(text, first, paraEnd) && closerAt(text, second, paraEnd))
    return [{ start: s.start, end: second + 1, parts: [[s.start + 1, second]], paragraph: s.paragraph, closed: true }];
  const end = first >= 0 ? first + 1 : paraEnd;
  if (end <= s.end) return undefined;
  const real: QuoteSpan = {
    start: close,
    end,
    parts: [[s.end, first >= 0 ? first : paraEnd]],
    paragraph: s.paragraph,
    closed: first >= 0,
  };
  let stop = close;
  while (stop > s.start + 1 && /\s/.test(text[stop - 1] as string)) stop--;
  const words = text.slice(s.start + 1, stop);
  // (Not with a double mark inside: `"A, “b,\" he continued. "C` pairs its marks some other way.)
  if (/[.!?]$/.test(words) && !hasDoubleMark(words) && /\p{L}+\s+\p{L}+\s+\p{L}+/u.test(words) && opensSentence(text, s.start, paraStart))
    return [{ start: s.start, end: stop, parts: [[s.start + 1, stop]], paragraph: s.paragraph, closed: false }, real];
  return [real];
}
