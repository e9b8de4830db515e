/**
 * `npx tsx scripts/profile-worker-batches.ts <corpus folder> <file> [--articles n] [--passes p]`: what
 * one quote worker of a build does (`prepareBatch`: each article's quotes, then each paragraph's
 * index field), in this thread, over `n` articles (default 6,000) taken evenly from one corpus file,
 * in batches of 200 as the pool sends them. Prints each pass's CPU seconds, this thread's and V8's
 * helper threads' (concurrent TurboFan compilation and GC marking), and the GC pause time. The first
 * pass is what each worker isolate pays cold in a build (interpreted code, compilations, deopts and
 * recompilations); later passes are warm. For the sites, run it under
 * `node --import tsx --trace-opt --trace-deopt scripts/profile-worker-batches.ts …` and summarise
 * the log with `npx tsx scripts/profile-compiles.ts <log>`.
 */
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { loadFile } from '../src/corpus/load.ts';
import { prepareBatch } from '../src/engine/workers/prepare-batch.ts';
import { FieldAnalyser } from '../src/search/terms.ts';
import { PASSES_START } from './profile-compiles.ts';

const args = process.argv.slice(2);
const [dir, file] = args;
if (!dir || !file) throw new Error('usage: profile-worker-batches <corpus folder> <file> [--articles n] [--passes p]');
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const passes = option('--passes', 1);
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
for (let pass = 0; pass < passes; pass++) {
  const c0 = process.cpuUsage();
  const t0 = threadCpu();
  const gc0 = gcMs;
  for (let b = 0; b < articles.length; b += 200) prepareBatch(articles.slice(b, b + 200), true, analyser);
  const c = process.cpuUsage(c0);
  const own = threadCpu() - t0;
  const all = (c.user + c.system) / 1e6;
  // GC entries arrive asynchronously.
  await new Promise((resolve) => setTimeout(resolve, 100));
  console.log(
    `pass ${pass + 1}: ${articles.length} articles, ${(chars / 1e6).toFixed(1)} M characters; CPU ${all.toFixed(2)} s ` +
      `(this thread ${own.toFixed(2)}, helper threads ${(all - own).toFixed(2)}), GC pauses ${((gcMs - gc0) / 1000).toFixed(2)} s`,
  );
}
