/**
 * `In a statement late Sunday, Acme Pipelines said it would go on. "…," the statement read.`: a definite
 * document (`the statement`) whose issuer nobody quoted before stands for the subject of the sentence of
 * indirect speech just before it that names such a document, when that subject is named (a body or a person).
 * (Bodies, `the company said`, are `described-organisation.ts`'s: `the agency` or `the paper` is a body of its own kind.)
 */
import { paragraphAt, sentenceStart, windowTokens, type ArticleContext } from '../mentions/context.ts';
import type { Found } from '../cues/source-phrase.ts';
import type { Paragraph } from '../finding/paragraphs.ts';
import type { Speaker } from '../quote.ts';
import type { Token } from '../tokens.ts';

/** Verbs of saying whose subject issued what the sentence reports (`Acme said in a statement it would stop`). */
const SAYING = new Set([
  'said',
  'says',
  'announced',
  'stated',
  'added',
  'wrote',
  'declared',
  'confirmed',
  'acknowledged',
  'claimed',
  'warned',
  'insisted',
  'argued',
  'maintained',
  'reiterated',
]);
/** Words that open a phrase before a sentence's subject: `In a statement late Sunday,`. */
const LEAD_INS = new Set(['in', 'during', 'on', 'at', 'after', 'later', 'earlier']);

/** The subject and verb of saying of the sentence `tokens`: `[In a statement Sunday,] Acme Pipelines said …`. */
function sayingSubject(tokens: Token[]): Found | undefined {
  let s = 0;
  if (LEAD_INS.has(tokens[0]?.lower ?? '')) {
    const comma = tokens.findIndex((t, k) => k < 20 && t.text === ',');
    if (comma < 0) return undefined;
    s = comma + 1;
  }
  for (let k = s + 1; k < Math.min(tokens.length, s + 10); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return undefined;
    if (!SAYING.has(t.lower)) continue;
    const cue = { index: k, length: 1, text: t.text, sourceAfter: false, start: t.start, end: t.end };
    return { np: [s, k], cue, tokens };
  }
  return undefined;
}

/** How many sentences back (quotations skipped) the issuing sentence may be, and how many characters. */
const SENTENCES = 3;
const REACH = 700;

/**
 * The speaker of the nearest sentence of indirect speech before `at` (this paragraph or the one
 * before) that names the document `noun`, resolved by `resolve`, when named (no `officials`).
 */
export function issuerBefore(
  ctx: ArticleContext,
  at: number,
  noun: string,
  resolve: (found: Found) => Speaker | undefined,
): Speaker | undefined {
  const para = paragraphAt(ctx.paragraphs, at) as Paragraph;
  const named = new RegExp(`\\b${noun}\\b`, 'i');
  let seen = 0;
  // This paragraph before the source, then the one before it (a sentence never runs across paragraphs).
  for (const p of [para, ctx.paragraphs[para.index - 1]]) {
    if (!p) break;
    const floor = Math.max(p.start, at - REACH) - 1;
    let end = p === para ? sentenceStart(ctx, at, floor) : p.end;
    while (seen < SENTENCES && end > floor + 1) {
      const from = Math.max(sentenceStart(ctx, end - 1, floor), 0);
      const span = ctx.masked.slice(from, end);
      const to = end;
      end = from;
      if (span.trim() === '') continue;
      seen++;
      // (A quotation before the verb of saying makes no subject: `sayingSubject` reads words only.)
      if (!named.test(span)) continue;
      const found = sayingSubject(windowTokens(ctx, from, to));
      const speaker = found ? resolve(found) : undefined;
      if (!speaker) continue;
      return speaker.kind === 'unnamed' ? undefined : speaker;
    }
  }
  return undefined;
}
