/**
 * Quote extraction in worker threads, one per core, for builds: extraction is most of a build's
 * time and each article is independent, so N cores extract N articles at once. Only the article
 * texts go to the workers and only the quotes come back (structured clone), with, for the SQLite
 * index, each paragraph's terms; speakers are unified across articles afterwards, on the main
 * thread, exactly as after extraction in-thread.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Article } from '../../corpus/article.ts';
import type { Quote } from '../../quotes/quote.ts';
import { startTsWorker } from '../../corpus/ts-worker.ts';
import { warnExtractionFailed } from '../extraction-failures.ts';

/** Below this many articles, starting workers costs more than it saves. */
export const WORKERS_FROM_ARTICLES = 2000;
const BATCH = 200;
/** A batch of articles for a worker, as paragraphs; `fields`: analyse them for the SQLite index too. */
export interface WorkerRequest {
  batch: number;
  articles: string[][];
  fields: boolean;
}

/**
 * A batch's paragraphs analysed for the SQLite index (one entry per paragraph of its articles, in
 * order): the text field (`indexedField`), its distinct terms, whether a quote with a speaker runs
 * in it (`quotedParagraphs`: 1; its speakers field waits for unification), and the terms its worker had not seen in earlier batches (written with
 * this batch's rows, so every term of a batch is written by the time its transaction commits).
 */
export interface PreparedBatch {
  texts: string[];
  distinct: Int32Array;
  quoted: Uint8Array;
  vocabulary: string[];
}

/** An article of a batch whose extraction threw (indexed without quotes): its position in the batch, the error as text. */
export interface ExtractionFailure {
  article: number;
  error: string;
}

/**
 * Batches each worker holds at once: it starts its next batch as soon as it posts an answer, instead
 * of waiting until this thread, busy writing another batch's rows, reads the answer and sends it
 * one (measured under load: each worker waited 3-4 s of a 37k build that way).
 */
const IN_FLIGHT = 2;

/** What the pool needs of a worker thread (a test gives one of its own). */
export type QuoteWorker = Pick<Worker, 'postMessage' | 'on' | 'terminate'>;

/**
 * Quotes of each article, in article order; `onDone` after each batch (articles done so far). With
 * `prepared`, the workers analyse the paragraphs for the SQLite index too and `prepared` receives
 * each batch (its first article's position) as it arrives, after its worker has its next batch; an
 * error it throws stops the extraction and rejects. Each worker holds `IN_FLIGHT` batches at a time.
 */
export async function extractInWorkers(
  articles: readonly Article[],
  onDone?: (done: number) => void,
  threads = Math.max(1, availableParallelism()),
  prepared?: (first: number, batch: PreparedBatch, quotes: readonly Quote[][]) => void,
  start: () => QuoteWorker = () => startTsWorker(new URL('./extract-worker.ts', import.meta.url)),
): Promise<Quote[][]> {
  const out: Quote[][] = new Array<Quote[]>(articles.length);
  let next = 0;
  let done = 0;
  let failed = false;
  const run = (worker: QuoteWorker) =>
    new Promise<void>((resolve, reject) => {
      /** Batches sent to this worker and not answered yet. */
      let held = 0;
      /** Gives the worker its next batch; false when there is none left. */
      const send = (): boolean => {
        if (next >= articles.length || failed) return false;
        const batch = next;
        next += BATCH;
        const request: WorkerRequest = {
          batch,
          articles: articles.slice(batch, batch + BATCH).map((a) => a.paragraphs),
          fields: !!prepared,
        };
        worker.postMessage(request);
        held++;
        return true;
      };
      worker.on('message', (message: { batch: number; quotes: Quote[][]; prepared?: PreparedBatch; failures?: ExtractionFailure[] }) => {
        held--;
        if (failed) return resolve(); // Another batch's write failed: nothing more is written.
        for (const f of message.failures ?? []) warnExtractionFailed(articles[message.batch + f.article]?.id ?? '?', f.error);
        message.quotes.forEach((quotes, i) => (out[message.batch + i] = quotes));
        send();
        try {
          if (prepared && message.prepared) prepared(message.batch, message.prepared, message.quotes);
        } catch (error) {
          failed = true;
          return reject(error as Error);
        }
        done += message.quotes.length;
        onDone?.(done);
        if (!held) resolve();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (held === 0 ? resolve() : reject(new Error(`quote worker exited with ${code}`))));
      for (let i = 0; i < IN_FLIGHT; i++) send();
      if (!held) resolve();
    });
  const workers = Array.from({ length: Math.min(threads, Math.ceil(articles.length / BATCH)) }, start);
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
