/**
 * A quotation never closed whose paragraph ends with a quotation opened inside it and closed
 * (`charged that “the talks are a sham, adding: “we will not return.”`, `the “board chair asserted
 * members are “free to speak.”`): one closing mark for two openers. When the words between the two
 * openers hold a verb of saying, they are the writer's narration, not the first speaker's words: the
 * first quotation ends at the comma before that narration (`the talks are a sham`), or, with no
 * comma, its mark was stray and only the inner quotation is one. Otherwise (`asked, “Do you regret
 * the “Pence remark?”`) the outer quotation stands, capped at its paragraph end.
 */
import type { QuoteSpan } from './marks.ts';
import { SAYING_VERBS } from './speech-verbs.ts';

/** Subjects before a verb of saying inside someone's own words (`I said`, `we told`, `to say`). */
const OWN_WORDS_BEFORE = new Set(['i', 'we', 'you', 'to']);

/**
 * The spans for an unclosed opener at `pos` (content from `from`) whose paragraph ends at `end`, with
 * the closed quotations `children` inside it; undefined when the outer quotation stands as it is.
 */
export function splitAtInnerOpener(text: string, pos: number, from: number, end: number, children: QuoteSpan[]): QuoteSpan[] | undefined {
  const first = children[0];
  const last = children[children.length - 1];
  if (!first || !last || /[\p{L}\p{N}]/u.test(text.slice(last.end, end))) return undefined;
  const lead = text.slice(from, first.start);
  const words = [...lead.matchAll(/[\p{L}’']+/gu)];
  const verb = words.findIndex(
    (w, k) => SAYING_VERBS.has(w[0].toLowerCase()) && !OWN_WORDS_BEFORE.has((words[k - 1]?.[0] ?? '').toLowerCase()),
  );
  if (verb < 0) return undefined;
  const comma = lead.lastIndexOf(',', (words[verb] as RegExpMatchArray).index);
  if (comma < 0 || !/[\p{L}\p{N}]/u.test(lead.slice(0, comma))) return children;
  const stop = from + comma;
  return [{ start: pos, end: stop, parts: [[from, stop]], paragraph: first.paragraph, closed: false }, ...children];
}
