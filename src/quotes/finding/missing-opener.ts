/**
 * A paragraph that opens with someone's words whose opening mark is missing (`Today’s ruling is a
 * win for families,” said Ada Lind.`) or is a single mark closed by a double one (`‘Nevertheless, we
 * go on,” said Lind.`): a closing mark after sentence punctuation, with no mark before it in the
 * paragraph and an attribution right after it (`” said …`, `” Lind says`, `” he added`), closes a
 * quotation that runs from the paragraph's start. Not when the words before the mark hold a verb of
 * saying with its own subject (`Lind said there are other ways …,” he said`): there the missing mark
 * stood mid-paragraph, after the narration.
 */
import type { Paragraph } from './paragraphs.ts';
import type { QuoteSpan } from './marks.ts';
import { SAYING_VERBS } from '../lexicon/speech-verbs.ts';
import { OWN_WORDS_BEFORE, narrates } from './inner-opener.ts';

/** Subjects before a verb of saying inside someone's own words, and `they` (`they told us`: quoted words at a paragraph start). */
const OWN_OR_THEIR_WORDS_BEFORE = new Set([...OWN_WORDS_BEFORE, 'they']);
/** Double marks: none may stand before the closing mark in the paragraph. */
const DOUBLE_MARKS = /["“”„«»]/;
/** The words right after the closing mark: a verb of saying first, or after a pronoun or up to four capitalised words. */
const AFTER = /^\s+(?:(?:he|she|they|(?:\p{Lu}[\p{L}’'.-]*\s+){1,4})\s*)?(\p{Ll}+)/u;

/** Does an attribution follow the closing mark at `mark`? */
function attributionAfter(text: string, mark: number, end: number): boolean {
  const m = AFTER.exec(text.slice(mark + 1, Math.min(end, mark + 80)));
  return m !== null && SAYING_VERBS.has(m[1] as string);
}

/** The quotations of paragraphs whose opening mark is missing, given the spans found (in text order). */
export function missingOpeners(text: string, paragraphs: Paragraph[], spans: QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let next = text.indexOf('”');
  let s = 0;
  for (const para of paragraphs) {
    if (next < 0) break;
    if (next < para.start) next = text.indexOf('”', para.start);
    if (next < 0 || next >= para.end) continue;
    const mark = next;
    if (!/[,.!?]/.test(text[mark - 1] ?? '') || !attributionAfter(text, mark, para.end)) continue;
    const from = "‘'".includes(text[para.start] as string) ? para.start + 1 : para.start;
    const words = text.slice(from, mark);
    if (DOUBLE_MARKS.test(words) || !/\p{L}+\s+\p{L}+/u.test(words) || narrates(words, OWN_OR_THEIR_WORDS_BEFORE)) continue;
    while (s < spans.length && (spans[s] as QuoteSpan).end <= para.start) s++;
    if (s < spans.length && (spans[s] as QuoteSpan).start <= mark) continue;
    out.push({ start: para.start, end: mark + 1, parts: [[from, mark]], paragraph: para.index, closed: true });
  }
  return out;
}
