/** Speakers to settle in chunks (a build's final statement grouping, a start finding speakers left stale). */
import type { Speaker } from '../quotes/quote.ts';
import { surnameOf } from './dirty-speakers.ts';
import { push } from './multimap.ts';

/**
 * Speakers regrouped, saved and forgotten together when a build in batches settles its statements:
 * at most this many speakers, and at most `SETTLE_QUOTES` quotes (a surname family with more is a
 * chunk of its own). Counting speakers alone put the archive's largest speakers, the first ones
 * met, in one chunk: the 500k build's first chunk held most of the archive's quotes at once.
 */
export const SETTLE_CHUNK = 5000;
export const SETTLE_QUOTES = 100_000;
/** Quotes to regroup from which settling groups them in worker threads (starting them costs about a second). */
export const GROUP_IN_WORKERS_FROM = 50_000;

export type SettleSize = { speakers: number; quotes: number };

/**
 * The store's write-ahead log moved into its file once all chunks are saved, not after each: every
 * chunk updates `quote_speakers` rows all over its index, whose pages each checkpoint wrote again.
 * A failure leaves the committed writes in the log (SQLite checkpoints it later).
 */
export function checkpointStore(store: { checkpoint?(): void } | undefined): void {
  try {
    store?.checkpoint?.();
  } catch {
    // Committed already: only the move into the file waits.
  }
}

/**
 * Runs `settle` (saving chunk after chunk, `quotes` quotes regrouped) inside one write of the store (`CorpusStore.beginSettle`),
 * committed once every chunk is saved, then checkpoints. When nothing could be saved (the commit
 * refused, e.g. a full disk, or `settle` failed) the store keeps the speakers stale and `unsaved`
 * is called (the statements forgotten once saved must be regrouped); a refused commit is a save
 * that failed, as with a transaction per chunk, so only `settle`'s own failure rejects.
 */
export async function settleInOneWrite(
  store: { beginSettle?(quotes: number): { commit(): void; rollback(): void }; checkpoint?(): void } | undefined,
  quotes: number,
  settle: () => Promise<void>,
  unsaved: () => void,
): Promise<void> {
  const write = store?.beginSettle?.(quotes);
  let settled = false;
  try {
    await settle();
    settled = true;
    write?.commit();
  } catch (error) {
    write?.rollback();
    if (write) unsaved();
    if (!settled) throw error;
  } finally {
    checkpointStore(store);
  }
}

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
