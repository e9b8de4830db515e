/**
 * A quotation never closed whose paragraph ends with a quotation opened inside it and closed
 * (`charged that “the talks are a sham, adding: “we will not return.”`, `the “board chair asserted
 * members are “free to speak.”`): one closing mark for two openers. When the words between the two
 * openers are narration with a verb of saying, they are the writer's words, not the first speaker's:
 * the first quotation ends at the comma before a few such words (`the talks are a sham`), or, with no
 * comma in one clause, its mark was stray and only the inner quotation is one. Otherwise (`asked, “Do you regret
 * the “Pence remark?”`) the outer quotation stands, capped at its paragraph end.
 */
import type { QuoteSpan } from './quote-span.ts';
import { SAYING_VERBS } from '../lexicon/speech-verbs.ts';

/** Subjects before a verb of saying inside someone's own words (`I said`, `we told`, `to say`). */
export const OWN_WORDS_BEFORE: ReadonlySet<string> = new Set(['i', 'we', 'you', 'to']);
/** Words of narration between a comma and the inner opener (`, adding:`, `, Lee added,`, `, he said,`). */
const LEAD_IN_WORDS = 3;

/** Does `words` hold a verb of saying with a subject of its own (not `I said`, nor a word of `own`)? */
export function narrates(words: string, own: ReadonlySet<string> = OWN_WORDS_BEFORE): boolean {
  const list = words.toLowerCase().match(/[\p{L}’']+/gu) ?? [];
  return list.some((w, k) => SAYING_VERBS.has(w) && !own.has(list[k - 1] ?? ''));
}

/**
 * The spans for an unclosed opener at `pos` (content from `from`) whose paragraph ends at `end`, with
 * the closed quotations `children` inside it; undefined when the outer quotation stands as it is.
 */
export function splitAtInnerOpener(text: string, pos: number, from: number, end: number, children: QuoteSpan[]): QuoteSpan[] | undefined {
  const inner = children[children.length - 1];
  if (!inner || !'"“”„«'.includes(text[inner.start] as string) || /[\p{L}\p{N}]/u.test(text.slice(inner.end, end))) return undefined;
  const lead = text.slice(from, inner.start);
  const comma = lead.lastIndexOf(',');
  // `that “the talks are a sham, adding: “we …”`: the narration after the comma is a few words with a verb of saying.
  if (comma >= 0) {
    const after = lead.slice(comma + 1);
    if ((after.match(/[\p{L}’']+/gu) ?? []).length > LEAD_IN_WORDS || !narrates(after) || !/[\p{L}\p{N}]/u.test(lead.slice(0, comma)))
      return undefined;
    const stop = from + comma;
    return [
      { start: pos, end: stop, parts: [[from, stop]], paragraph: inner.paragraph, closed: false },
      ...children.filter((c) => c.start > stop),
    ];
  }
  // `the “board chair asserted members are “free …”`: one clause of narration, the first mark stray.
  return /[.!?…]\s/.test(lead) || !narrates(lead) ? undefined : children;
}
