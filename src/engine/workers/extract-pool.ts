/**
 * Quote extraction in worker threads, one per core, for builds: extraction is most of a build's
 * time and each article is independent, so N cores extract N articles at once. Only the article
 * texts go to the workers and only the quotes come back (structured clone); speakers are unified
 * across articles afterwards, on the main thread, exactly as after extraction in-thread.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../../corpus/article.ts';
import type { Quote } from '../../quotes/quote.ts';
import { PARAGRAPH_SEPARATOR } from '../build.ts';

/** Below this many articles, starting workers costs more than it saves. */
export const WORKERS_FROM_ARTICLES = 2000;
const BATCH = 200;
/**
 * The worker is TypeScript: it registers tsx (found from this file) and then imports the worker
 * module, whether or not this process runs under tsx (a worker's `--import` hooks do not apply to
 * its own entry module on Node 20).
 */
const BOOT = `import(${JSON.stringify(
  pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href,
)})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href)}); })`;

/** Quotes of each article, in article order; `onDone` after each batch (articles done so far). */
export async function extractInWorkers(
  articles: readonly Article[],
  onDone?: (done: number) => void,
  threads = Math.max(1, availableParallelism()),
): Promise<Quote[][]> {
  const out: Quote[][] = new Array<Quote[]>(articles.length);
  let next = 0;
  let done = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= articles.length) return resolve();
        const batch = next;
        next += BATCH;
        const texts = articles.slice(batch, batch + BATCH).map((a) => a.paragraphs.join(PARAGRAPH_SEPARATOR));
        worker.postMessage({ batch, texts });
      };
      worker.on('message', (message: { batch: number; quotes: Quote[][] }) => {
        message.quotes.forEach((quotes, i) => (out[message.batch + i] = quotes));
        done += message.quotes.length;
        onDone?.(done);
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) =>
        code === 0 || next >= articles.length ? resolve() : reject(new Error(`quote worker exited with ${code}`)),
      );
      send();
    });
  const workers = Array.from({ length: Math.min(threads, Math.ceil(articles.length / BATCH)) }, () => new Worker(BOOT, { eval: true }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
