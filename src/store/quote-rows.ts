/** Quotes in the store's rows: numbers and a speaker id in `articles.quotes`, words apart (`quote_texts`). */
import type { SpannedQuote } from '../engine/build.ts';
import type { Speaker } from '../quotes/quote.ts';
import { StoredQuote, type QuoteHome } from './stored-article.ts';

/**
 * A quote in its row: start, end, paragraph, full (1/0), speaker id (-1: none), cue (0: none),
 * mention start and end (-1: none), paragraph spans, and for a part of a quotation running over
 * paragraphs its whole's start and its index (`Quote.partOf`; absent otherwise). The words (quote,
 * mention) are in `quote_texts`.
 */
export type QuoteRow = [number, number, number, number, number, string | 0, number, number, number[], ([number, number] | undefined)?];
/** The words of an article's quotes and of their mentions (`''`: none), in quote order. */
export type QuoteTexts = { t: string[]; m: string[] };

export function encodeQuote(q: SpannedQuote, speaker: number): QuoteRow {
  const [mStart, mEnd] = q.mention ? [q.mention.start, q.mention.end] : [-1, -1];
  const row: QuoteRow = [q.start, q.end, q.paragraph, q.kind === 'full' ? 1 : 0, speaker, q.cue ?? 0, mStart, mEnd, q.paragraphSpans ?? []];
  if (q.partOf) row.push([q.partOf.start, q.partOf.index]);
  return row;
}

/** Cues are a few hundred words: one string each. */
const CUES = new Map<string, string>();

export function decodeQuote(row: QuoteRow, speakers: readonly Speaker[], index: number, home: QuoteHome): StoredQuote {
  const [start, end, paragraph, full, speaker, cue, mStart, mEnd, spans, part] = row;
  const mention = mStart >= 0 ? ([mStart, mEnd] as const) : undefined;
  const q = new StoredQuote(start, end, paragraph, full ? 'full' : 'partial', spans, { home, index, mention, speakerId: speaker });
  if (cue && !CUES.has(cue)) CUES.set(cue, cue);
  // Every field set, in one order (undefined where the quote has none): decoded quotes share one
  // object shape, so the query path's reads of them stay monomorphic (fields added to some only
  // gave them several shapes, and the code reading them was deoptimised and compiled again).
  q.cue = cue ? CUES.get(cue) : undefined;
  q.speaker = speakers[speaker];
  q.partOf = part ? { start: part[0], index: part[1] } : undefined;
  return q;
}

/** A stored quote's row again, from what it holds (no read). */
export function rowOfStored(q: StoredQuote): QuoteRow {
  const [mStart, mEnd] = q.mentionSpan ?? [-1, -1];
  const row: QuoteRow = [q.start, q.end, q.paragraph, q.kind === 'full' ? 1 : 0, q.speakerId, q.cue ?? 0, mStart, mEnd, q.paragraphSpans];
  if (q.partOf) row.push([q.partOf.start, q.partOf.index]);
  return row;
}
