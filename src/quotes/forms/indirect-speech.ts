/**
 * Indirect speech as the speaker of the quotation after it: a paragraph or sentence that reports
 * someone's words without quoting them (`McDonald said midterms were a referendum.`), followed by a
 * quotation that goes on with them.
 */
import { sentenceStart, windowTokens, WINDOW, type ArticleContext } from '../mentions/context.ts';
import type { Paragraph } from '../finding/paragraphs.ts';
import type { Quote } from '../quote.ts';
import { reportedSpeech } from './reported.ts';
import { attributionAtSentenceEnd } from '../cues/sentence-end.ts';
import type { Found } from '../cues/source-phrase.ts';
import { MASK } from '../tokens.ts';

/**
 * A paragraph that is a full quotation alone, right after a paragraph of indirect speech with no
 * quotation (`McDonald said midterms were a referendum.` / `"Trump is part of the story."`), goes on
 * with that paragraph's speaker.
 */
export function afterIndirectSpeech(ctx: ArticleContext, q: Quote): Found | undefined {
  const para = ctx.paragraphs[q.paragraph] as Paragraph;
  if (q.kind !== 'full') return undefined;
  if (q.start !== para.start) return afterIndirectSentence(ctx, q, para);
  // `‘All the stuff’` alone on its line, no sentence end inside: a section heading, not words that go on.
  if (ctx.text.slice(q.end, para.end).trim() === '' && !/[.!?…,;:]/.test(q.text) && q.text.split(' ').length <= 6) return undefined;
  const prev = ctx.paragraphs[q.paragraph - 1];
  if (!prev || ctx.text.slice(q.end, para.end).trim() !== '') return undefined;
  if (ctx.masked.slice(prev.start, prev.end).includes(MASK)) return undefined;
  const from = sentenceStart(ctx, prev.end, Math.max(prev.start, prev.end - WINDOW));
  // `…, she said.` closing that paragraph is its speaker as much as `She said that …` opening it.
  return attributionAtSentenceEnd(windowTokens(ctx, from, prev.end)) ?? indirectSpeechOf(ctx, from, prev.end);
}

/**
 * A full quotation opening a sentence inside its paragraph, right after a sentence of indirect speech
 * with no quotation in it (`…, the engineer said. "We have made the first batch."`), goes on with that
 * sentence's speaker.
 */
function afterIndirectSentence(ctx: ArticleContext, q: Quote, para: Paragraph): Found | undefined {
  let k = q.start - 1;
  while (k > para.start && (ctx.text[k] === ' ' || ctx.text[k] === '\t')) k--;
  const c = ctx.text[k];
  if (k <= para.start || !(c === '.' || c === '!' || c === '?') || ctx.masked[k] === MASK) return undefined;
  const from = sentenceStart(ctx, k, Math.max(para.start, k - WINDOW));
  if (ctx.masked.slice(from, k).includes(MASK)) return undefined;
  const tokens = windowTokens(ctx, from, k + 1);
  return attributionAtSentenceEnd(tokens) ?? indirectSpeechOf(ctx, from, k + 1);
}

/** The speaker of the sentence of indirect speech in [from, to): its subject and verb of saying. */
export function indirectSpeechOf(ctx: ArticleContext, from: number, to: number): Found | undefined {
  let tokens = windowTokens(ctx, from, to);
  // `Noting that turnout rose, Lopez said …`: a participial lead-in before the subject.
  const comma = /^\p{Lu}\p{Ll}+ing$/u.test(tokens[0]?.text ?? '') ? tokens.findIndex((t, k) => k < 16 && t.text === ',') : -1;
  if (comma > 0) tokens = tokens.slice(comma + 1);
  const found = reportedSpeech(tokens);
  if (found || !LEAD_INS.has(tokens[0]?.lower ?? '')) return found;
  // `In an interview with Fox's Jo Roe last week, Kline revealed that …`: a phrase of time or place before the subject.
  const lead = tokens.findIndex((t, k) => k < 20 && t.text === ',');
  return lead > 0 ? reportedSpeech(tokens.slice(lead + 1)) : undefined;
}

/** Words that open a phrase before a sentence's subject: `In an interview …,`, `During a hearing …,`. */
const LEAD_INS = new Set(['in', 'during', 'at', 'on', 'after', 'before', 'speaking', 'asked', 'writing']);
