/**
 * A quote-extraction worker: article texts (as paragraphs) in, their quotes out (speakers resolved
 * within each article). With `fields`, also each paragraph's text field as the SQLite index stores
 * it (`indexedField`), which paragraphs hold a quote, and the batch's distinct terms, so the main
 * thread only writes rows.
 */
import { parentPort } from 'node:worker_threads';
import { indexedField } from '../../search/terms.ts';
import { PARAGRAPH_SEPARATOR, quotedParagraphs, quotesOfText } from '../build.ts';
import type { PreparedBatch, WorkerRequest } from './extract-pool.ts';

parentPort?.on('message', ({ batch, articles, fields }: WorkerRequest) => {
  const quotes = articles.map((paragraphs) => quotesOfText(paragraphs.join(PARAGRAPH_SEPARATOR)));
  if (!fields) return parentPort?.postMessage({ batch, quotes });
  const vocabulary = new Set<string>();
  const texts: string[] = [];
  const distinct: number[] = [];
  const quoted: number[] = [];
  articles.forEach((paragraphs, a) => {
    const inQuote = quotedParagraphs(paragraphs, quotes[a] ?? []);
    paragraphs.forEach((paragraph, p) => {
      const field = indexedField(paragraph, vocabulary);
      texts.push(field.text);
      distinct.push(field.distinct);
      quoted.push(inQuote[p] ?? 0);
    });
  });
  const prepared: PreparedBatch = {
    texts,
    distinct: Int32Array.from(distinct),
    quoted: Uint8Array.from(quoted),
    vocabulary: [...vocabulary],
  };
  parentPort?.postMessage({ batch, quotes, prepared });
});
