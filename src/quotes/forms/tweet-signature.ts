/**
 * Embedded tweets as the text of an article carries them: the tweet's words, then a signature
 * `— Jane Roe (@janeroe) May 4, 2019` closing the paragraph. Every quotation in such a paragraph is
 * the tweet author's, whatever cue the tweet itself writes (`"…," @someone continued`).
 */
import { windowTokens, type ArticleContext } from '../mentions/context.ts';
import type { Paragraph } from '../finding/paragraphs.ts';
import type { Quote } from '../quote.ts';
import type { Found } from '../cues/source-phrase.ts';

const SIGNATURE = /[—–―]\s*([^()\n—–―@]{2,60}?)\s*\(@\w{1,30}\)\s*\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}\s*$/u;

/** The tweet signature closing the paragraph of `q`, as a found source (the name after the dash), or undefined. */
export function tweetSignature(ctx: ArticleContext, q: Quote): Found | undefined {
  const para = ctx.paragraphs[q.paragraph] as Paragraph;
  if (para.end - q.end > 400 || ctx.text[para.end - 1] === '.') return undefined;
  // (Looked for in the paragraph's tail only, where the signature must stand: not in the rest of the article, once per quotation.)
  const tail = ctx.text.slice(q.end, para.end);
  if (!tail.includes('(@')) return undefined;
  const m = SIGNATURE.exec(tail);
  if (!m || m.index === undefined) return undefined;
  const dashAt = q.end + m.index;
  const nameEnd = dashAt + m[0].indexOf('(@');
  const tokens = windowTokens(ctx, dashAt, nameEnd);
  const dash = tokens[0];
  if (!dash || tokens.length < 2) return undefined;
  return {
    np: [1, tokens.length],
    cue: { index: 0, length: 1, text: dash.text, sourceAfter: true, start: dash.start, end: dash.end },
    tokens,
  };
}
