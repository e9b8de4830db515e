/** Speakers to settle in chunks (a build's final statement grouping, a start finding speakers left stale). */
import type { Speaker } from '../quotes/quote.ts';
import { surnameOf } from './dirty-speakers.ts';
import { push } from './multimap.ts';

/**
 * Speakers to settle in chunks: the speakers of one surname together (a shared surname is
 * regrouped as one unit), in the order first met; a chunk ends before it would pass `size.speakers`
 * speakers or `size.quotes` quotes (counting every speaker of a surname, since all are regrouped).
 */
export function settleChunks(
  touched: readonly string[],
  size: { speakers: number; quotes: number },
  totals: readonly { speaker: Speaker; quotes: number }[],
): string[][] {
  const bySurname = new Map<string, string[]>();
  for (const key of touched) push(bySurname, surnameOf(key), key);
  const quotesOfSurname = new Map<string, number>();
  for (const { speaker, quotes } of totals) {
    const surname = surnameOf(speaker.key);
    if (speaker.kind === 'person') quotesOfSurname.set(surname, (quotesOfSurname.get(surname) ?? 0) + quotes);
  }
  const chunks: string[][] = [];
  let chunk: string[] = [];
  let quotes = 0;
  for (const [surname, keys] of bySurname) {
    const weight = quotesOfSurname.get(surname) ?? 0;
    if (chunk.length && (chunk.length + keys.length > size.speakers || quotes + weight > size.quotes)) {
      chunks.push(chunk);
      chunk = [];
      quotes = 0;
    }
    for (const key of keys) chunk.push(key);
    quotes += weight;
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}
