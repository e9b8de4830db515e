/**
 * `npx tsx scripts/profile-worker-batches.ts <corpus folder> <file> [--articles n] [--passes p] [--parts k] [--clone]`:
 * what one quote worker of a build does (`prepareBatch`: each article's quotes, then each
 * paragraph's index field), in this thread, over `n` articles (default 6,000) taken evenly from one
 * corpus file, in batches of 200 as the pool sends them. Prints each pass's CPU seconds, this
 * thread's and V8's helper threads' (concurrent TurboFan compilation and GC marking), and the GC
 * pause time. The first pass is what each worker isolate pays cold in a build (interpreted code,
 * compilations, deopts and recompilations); later passes are warm. With `--parts k` each pass is
 * also timed in k runs of consecutive articles: the first pass's parts show how far into new
 * articles the isolate stays cold, and the same part in a later pass (the same articles again)
 * how much the caches the first pass filled save. With `--clone` each batch's answer is also
 * serialised and read back as `postMessage` does (`v8.serialize`, `v8.deserialize`), outside the
 * pass's CPU: what the worker and the main thread pay to send it. For the sites, run it under
 * `node --import tsx --trace-opt --trace-deopt scripts/profile-worker-batches.ts …` and summarise
 * the log with `npx tsx scripts/profile-compiles.ts <log>`.
 */
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { deserialize, serialize } from 'node:v8';
import { loadFile } from '../src/corpus/load.ts';
import { prepareBatch } from '../src/engine/workers/prepare-batch.ts';
import { FieldAnalyser } from '../src/search/terms.ts';
import { PASSES_START } from './profile-compiles.ts';

const args = process.argv.slice(2);
const [dir, file] = args;
if (!dir || !file)
  throw new Error('usage: profile-worker-batches <corpus folder> <file> [--articles n] [--passes p] [--parts k] [--clone]');
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const passes = option('--passes', 1);
const parts = Math.max(1, option('--parts', 1));
const clone = args.includes('--clone');
const load = await loadFile(dir, file, { followLinks: true });
const step = Math.max(1, Math.floor(load.articles.length / option('--articles', 6000)));
const articles = load.articles.filter((_, i) => i % step === 0).map((a) => [...a.paragraphs]);
const chars = articles.reduce((n, a) => n + a.reduce((m, p) => m + p.length, 0), 0);

/** This thread's CPU seconds (Linux: `/proc/thread-self/stat`, clock ticks of 10 ms). */
const threadCpu = (): number => {
  const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });
const analyser = new FieldAnalyser();
// `profile-compiles.ts` counts from here (what loading the file compiled is left out).
console.log(PASSES_START);
/** CPU seconds (this thread's, every thread's) and GC pause seconds of `work`, with what the GC observer reported after it. */
async function timed(work: () => void): Promise<{ own: number; all: number; gc: number }> {
  const c0 = process.cpuUsage();
  const t0 = threadCpu();
  const gc0 = gcMs;
  work();
  const c = process.cpuUsage(c0);
  const own = threadCpu() - t0;
  // GC entries arrive asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { own, all: (c.user + c.system) / 1e6, gc: (gcMs - gc0) / 1000 };
}
const describe = (t: { own: number; all: number; gc: number }) =>
  `CPU ${t.all.toFixed(2)} s (this thread ${t.own.toFixed(2)}, helper threads ${(t.all - t.own).toFixed(2)}), GC pauses ${t.gc.toFixed(2)} s`;
const megabytes = (from: number, to: number) => articles.slice(from, to).reduce((n, a) => n + a.reduce((m, p) => m + p.length, 0), 0) / 1e6;
/** Batches per part, so that each part is whole batches. */
const partBatches = Math.ceil(articles.length / 200 / parts);
const sent = { serialize: 0, deserialize: 0, bytes: 0 };
/** What posting a batch's answer costs: serialised in the worker, read back on the main thread. */
const postCost = (answer: unknown) => {
  const s0 = process.cpuUsage();
  const bytes = serialize(answer);
  const s1 = process.cpuUsage(s0);
  deserialize(bytes);
  const d1 = process.cpuUsage(s0);
  sent.serialize += (s1.user + s1.system) / 1e6;
  sent.deserialize += (d1.user + d1.system - s1.user - s1.system) / 1e6;
  sent.bytes += bytes.length;
};
for (let pass = 0; pass < passes; pass++) {
  const total = { own: 0, all: 0, gc: 0 };
  for (let part = 0; part < parts; part++) {
    const from = Math.min(articles.length, part * partBatches * 200);
    const to = Math.min(articles.length, (part + 1) * partBatches * 200);
    let answers: unknown[] = [];
    const t = await timed(() => {
      for (let b = from; b < to; b += 200) {
        const answer = prepareBatch(articles.slice(b, Math.min(to, b + 200)), true, analyser);
        // Kept only to clone them after the part (holding them changes the part's GC a little).
        if (clone) answers.push(answer);
      }
    });
    if (clone) answers.forEach(postCost);
    answers = [];
    total.own += t.own;
    total.all += t.all;
    total.gc += t.gc;
    if (parts > 1)
      console.log(
        `  pass ${pass + 1} part ${part + 1}: ${to - from} articles, ${megabytes(from, to).toFixed(1)} M characters; ${describe(t)}`,
      );
  }
  console.log(`pass ${pass + 1}: ${articles.length} articles, ${(chars / 1e6).toFixed(1)} M characters; ${describe(total)}`);
}
if (clone)
  console.log(
    `answers posted (every pass): ${(sent.bytes / 1e6).toFixed(0)} MB serialised; serialize ${sent.serialize.toFixed(2)} s CPU, deserialize ${sent.deserialize.toFixed(2)} s CPU`,
  );
