/**
 * A quote-extraction worker: article texts (as paragraphs) in, their quotes out (speakers resolved
 * within each article). With `fields`, also each paragraph's text field as the SQLite index stores
 * it (`FieldAnalyser`, the same as `indexedField`), which paragraphs hold a quote with a speaker,
 * and the terms this worker had not seen before, so the main thread only writes rows.
 */
import { parentPort } from 'node:worker_threads';
import { FieldAnalyser } from '../../search/terms.ts';
import { PARAGRAPH_SEPARATOR, quotedParagraphs, quotesOfText } from '../build.ts';
import type { PreparedBatch, WorkerRequest } from './extract-pool.ts';

/** One per worker: its term entries carry over from batch to batch. */
const analyser = new FieldAnalyser();

parentPort?.on('message', ({ batch, articles, fields }: WorkerRequest) => {
  const quotes = articles.map((paragraphs) => quotesOfText(paragraphs.join(PARAGRAPH_SEPARATOR)));
  if (!fields) return parentPort?.postMessage({ batch, quotes });
  const texts: string[] = [];
  const distinct: number[] = [];
  const quoted: number[] = [];
  articles.forEach((paragraphs, a) => {
    // Only a quote with a speaker makes a paragraph wait for unification: without one, its
    // speakers field is empty whatever the speakers are unified to.
    const inQuote = quotedParagraphs(
      paragraphs,
      (quotes[a] ?? []).filter((q) => q.speaker),
    );
    paragraphs.forEach((paragraph, p) => {
      const field = analyser.field(paragraph);
      texts.push(field.text);
      distinct.push(field.distinct);
      quoted.push(inQuote[p] ?? 0);
    });
  });
  const prepared: PreparedBatch = {
    texts,
    distinct: Int32Array.from(distinct),
    quoted: Uint8Array.from(quoted),
    vocabulary: analyser.takeNew(),
  };
  parentPort?.postMessage({ batch, quotes, prepared });
});
