/**
 * A quotation that runs over paragraphs (`Roe said: "A.` / `"B.` / `"C."`: each paragraph opens with a
 * mark, only the last closes) is one utterance: it is attributed once, as a whole. It is then
 * reported paragraph by paragraph, each paragraph one Quote with the whole quotation's speaker, as
 * news copy and its annotations read it (each paragraph's opening mark starts a quotation; the
 * paragraph is where a reader finds it). Each part carries the identity of its whole (`Quote.partOf`),
 * so that comparison and counts take the parts as the one utterance they are. A sentence only hard-wrapped over a line break (no mark
 * opens the second line) stays one quotation, and so does a passage that quotes others in double
 * marks itself (an excerpt of another text, quoted whole: one passage, not one claim a paragraph).
 */
import { doubledMark, hasDoubleMark, PAIRED_MARKS } from '../../text/marks.ts';
import type { QuoteSpan } from './marks.ts';
import type { Paragraph } from './paragraphs.ts';
import type { Quote } from '../quote.ts';

/** Does the content range starting at `from` start right after a quotation mark (`"B.`, `''B.`)? */
const afterMark = (text: string, from: number): boolean => PAIRED_MARKS.includes(text[from - 1] ?? '');

/** The index of the paragraph holding offset `at` (paragraphs in text order). */
function paragraphAt(paragraphs: Paragraph[], at: number, from: number): number {
  let k = from;
  while (k + 1 < paragraphs.length && (paragraphs[k + 1] as Paragraph).start <= at) k++;
  return k;
}

/**
 * The quotes of `quotes` (each built from the span of `spans` at the same index) with every
 * multi-paragraph quotation reported as one Quote per paragraph that opens with a mark; `kindOf`
 * classifies a later paragraph's part (its first part keeps the whole quotation's kind).
 */
export function splitParagraphParts(
  text: string,
  paragraphs: Paragraph[],
  quotes: Quote[],
  spans: QuoteSpan[],
  kindOf: (start: number, paragraph: number, quoteText: string) => Quote['kind'],
): Quote[] {
  if (!spans.some((s) => s.parts.length > 1)) return quotes;
  const out: Quote[] = [];
  quotes.forEach((q, k) => {
    const span = spans[k] as QuoteSpan;
    // A passage that quotes others in double marks itself (`"The crew slept. “Wake up,” a deckhand shouted.`) is an
    // excerpt of another text, quoted whole: one passage, not one claim of one speaker a paragraph.
    if (span.parts.length < 2 || hasDoubleMark(q.text)) {
      out.push(q);
      return;
    }
    // Parts grouped by paragraph opening mark: a hard-wrapped line goes on with the part before it.
    const groups: Array<Array<[number, number]>> = [];
    for (const part of span.parts) {
      const last = groups[groups.length - 1];
      if (last && !afterMark(text, part[0])) last.push(part);
      else groups.push([part]);
    }
    let para = q.paragraph;
    const parts: Quote[] = [];
    groups.forEach((group, g) => {
      const quoteText = group
        .map(([s, e]) => text.slice(s, e).trim())
        .filter(Boolean)
        .join(' ');
      if (!/[\p{L}\p{N}]/u.test(quoteText)) return;
      const first = group[0] as [number, number];
      const start = g === 0 ? q.start : first[0] - (doubledMark(text, first[0] - 2) ? 2 : 1);
      const end = g === groups.length - 1 ? q.end : (group[group.length - 1] as [number, number])[1];
      para = paragraphAt(paragraphs, start, para);
      const kind = g === 0 ? q.kind : kindOf(start, para, quoteText);
      // (Every field in `newQuote`'s order: a spread `{ ...q, text }` makes another hidden class, and the code reading quotes is compiled again.)
      parts.push({
        text: quoteText,
        start,
        end,
        paragraph: para,
        kind,
        mention: q.mention,
        cue: q.cue,
        speaker: q.speaker,
        partOf: q.partOf,
      });
    });
    // Each part knows its whole quotation (one utterance: compared and counted once).
    if (parts.length > 1) parts.forEach((part, index) => (part.partOf = { start: q.start, index }));
    out.push(...parts);
  });
  return out;
}
