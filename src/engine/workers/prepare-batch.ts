/**
 * What a quote worker does with a batch (`extract-worker.ts`), apart from the thread: the quotes of
 * each article (speakers resolved within it) and, with `fields`, each paragraph's text field as the
 * SQLite index stores it (`FieldAnalyser`, the same as `indexedField`), which paragraphs hold a
 * quote with a speaker, and the terms `analyser` had not seen before, so the main thread only
 * writes rows; an article whose extraction threw is listed in `failures` (its position in the batch
 * and the error), for the main thread to warn with its id. A module of its own so that a script can time it in one thread
 * (`scripts/profile-worker-batches.ts`).
 */
import type { Quote } from '../../quotes/quote.ts';
import type { FieldAnalyser } from '../../search/terms.ts';
import { PARAGRAPH_SEPARATOR, quotedParagraphs, quotesOfText } from '../build.ts';
import { describeError } from '../extraction-failures.ts';
import type { ExtractionFailure, PreparedBatch } from './extract-pool.ts';

export function prepareBatch(
  articles: readonly string[][],
  fields: boolean,
  analyser: FieldAnalyser,
): { quotes: Quote[][]; prepared?: PreparedBatch; failures?: ExtractionFailure[] } {
  let failures: ExtractionFailure[] | undefined;
  const quotes = articles.map((paragraphs, article) =>
    quotesOfText(paragraphs.join(PARAGRAPH_SEPARATOR), (error) => (failures ??= []).push({ article, error: describeError(error) })),
  );
  if (!fields) return failures ? { quotes, failures } : { quotes };
  let count = 0;
  for (const paragraphs of articles) count += paragraphs.length;
  // Counts written in place (no list of numbers grown, then copied into a typed array); the texts
  // pushed, so that the list stays packed (a holey one is posted as a sparse array).
  const texts: string[] = [];
  const distinct = new Int32Array(count);
  const quoted = new Uint8Array(count);
  let at = 0;
  for (let a = 0; a < articles.length; a++) {
    const paragraphs = articles[a]!;
    // Only a quote with a speaker makes a paragraph wait for unification: without one, its
    // speakers field is empty whatever the speakers are unified to.
    const inQuote = quotedParagraphs(
      paragraphs,
      (quotes[a] ?? []).filter((q) => q.speaker),
    );
    for (let p = 0; p < paragraphs.length; p++, at++) {
      const field = analyser.field(paragraphs[p]!);
      texts.push(field.text);
      distinct[at] = field.distinct;
      quoted[at] = inQuote[p] ?? 0;
    }
  }
  const prepared: PreparedBatch = { texts, distinct, quoted, vocabulary: analyser.takeNew() };
  return failures ? { quotes, prepared, failures } : { quotes, prepared };
}
