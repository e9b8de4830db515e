/**
 * `npx tsx scripts/time-build.ts <corpus folder> <snapshot folder>`: builds the corpus folder from
 * scratch exactly as the bench's SQLite row does (`buildAsStartup`: the bot's start-up, about 64 MB
 * of files a batch, quote workers, statements grouped once after the last batch) and prints one line
 * of figures: wall, CPU of every thread, CPU of the main thread alone (`/proc/thread-self/stat`), the
 * rest being the worker threads', per batch phase and for the final grouping, the peak heap, and the
 * load average before and after. Run main's code and a branch's alternately in the same minutes
 * (the machine is shared): a checkout of main under /tmp with this file copied into it. To build as
 * the bench and `npm start` do, run it as `node --max-semi-space-size=64 --import tsx
 * scripts/time-build.ts …` (their young generation, which every worker isolate takes too); through
 * `npx tsx` V8's default (half as large) applies to every thread.
 *
 * Every thread's CPU is sampled each second (`/proc/<pid>/task`, from a thread of its own, so that a
 * long synchronous step of the main thread is sampled too), and printed to stderr after the build:
 * per thread, when it was first and last seen and its CPU seconds (the main thread is the process
 * id; threads present before the build are V8's and libuv's helpers; threads born during it are
 * worker threads, or libuv's pool when first used), then a timeline in 2 s steps of the main
 * thread's CPU and every other thread's, to see where a core sits idle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildAsStartup, databaseFigures } from './support/bench-startup.ts';

/** CPU seconds of each live thread of process `pid`, by thread id (also the body of the sampling thread below). */
function threadCpu(pid: number | 'self' = 'self'): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

const threads = new Map<number, { born: number; seen: number; cpu: number }>();
const steps: Array<{ s: number; cpu: Map<number, number> }> = [];
const started = performance.now();
const before = new Set(threadCpu().keys());
const record = (s: number, cpu: Map<number, number>) => {
  for (const [tid, c] of cpu) {
    const t = threads.get(tid) ?? { born: s, seen: s, cpu: 0 };
    t.seen = s;
    t.cpu = c;
    threads.set(tid, t);
  }
  steps.push({ s, cpu: new Map([...threads].map(([tid, t]) => [tid, t.cpu])) });
};
const sampleThreads = () => record((performance.now() - started) / 1000, threadCpu());
sampleThreads();
/**
 * Sampled every second from a thread of its own: a timer of this thread would not fire while the
 * main thread is in a long synchronous step (a commit, speaker unification), and the CPU of such a
 * step was then put in the phase of the next sample. The samples are posted with the second they
 * were taken at; the sampling thread leaves itself out.
 */
const sampler = new Worker(
  `const { parentPort, workerData } = require('node:worker_threads');
   const { readdirSync, readFileSync, readlinkSync } = require('node:fs');
   const self = Number(readlinkSync('/proc/thread-self').split('/').pop());
   const threadCpu = ${threadCpu.toString()};
   setInterval(() => {
     const s = (performance.timeOrigin + performance.now() - workerData.startedAt) / 1000;
     const cpu = threadCpu(workerData.pid);
     cpu.delete(self);
     parentPort.postMessage({ s, cpu: [...cpu] });
   }, 1000);`,
  { eval: true, workerData: { pid: process.pid, startedAt: performance.timeOrigin + started } },
);
sampler.on('message', ({ s, cpu }: { s: number; cpu: Array<[number, number]> }) => record(s, new Map(cpu)));

const [corpusDir, snapDir] = process.argv.slice(2);
if (!corpusDir || !snapDir) throw new Error('usage: time-build <corpus folder> <snapshot folder>');

const { figures } = await buildAsStartup(path.resolve(corpusDir), path.resolve(snapDir), true);
await sampler.terminate();
sampleThreads();
const f = figures as Record<string, number> & {
  buildS: number;
  buildCpuS: number;
  buildMainThreadCpuS: number;
  batches: Array<Record<string, number>>;
  loadAverageAtBuild: number[];
  loadAverageAfterBuild: number[];
};
printThreads(f);
const db = databaseFigures(path.resolve(snapDir));
const mbps = db.textChars! / 1e6 / f.buildS;
console.log(
  JSON.stringify({
    buildS: Math.round(f.buildS * 100) / 100,
    MBps: Math.round(mbps * 100) / 100,
    cpuS: f.buildCpuS,
    mainThreadCpuS: f.buildMainThreadCpuS,
    workerCpuS: Math.round((f.buildCpuS - f.buildMainThreadCpuS) * 100) / 100,
    quotesS: f.quotesS,
    finalGroupingS: f.finalStatementGroupingS,
    finalGroupingCpuS: f.finalStatementGroupingCpuS,
    finalGroupingMainCpuS: f.finalStatementGroupingMainCpuS,
    peakHeapMB: f.peakHeapDuringBuildMB,
    peakRssMB: f.peakRssDuringBuildMB,
    load: [f.loadAverageAtBuild, f.loadAverageAfterBuild],
    batches: f.batches,
    db,
  }),
);
process.exit(0);

/**
 * Per-thread CPU (threads with at least 0.1 s), the CPU of the main thread, of the helpers (threads
 * present before the build) and of the threads born during it in each phase of the largest batch
 * (loading until it starts, its quotes, its index and commit, then the rest: the final grouping),
 * and a timeline in 2 s steps.
 */
function printThreads(f: { batches: Array<Record<string, number>> }): void {
  const main = process.pid;
  const round = (n: number) => Math.round(n * 10) / 10;
  const lines = [...threads]
    .filter(([, t]) => t.cpu >= 0.1)
    .map(([tid, t]) => {
      const kind = tid === main ? 'main' : before.has(tid) ? 'helper' : 'born';
      return `  thread ${tid} (${kind}): ${round(t.born)}–${round(t.seen)} s, CPU ${round(t.cpu)} s`;
    });
  process.stderr.write(`threads:\n${lines.join('\n')}\n`);
  const at = (i: number, tid?: number) => {
    const cpu = steps[Math.min(i, steps.length - 1)]!.cpu;
    if (tid !== undefined) return cpu.get(tid) ?? 0;
    let n = 0;
    for (const c of cpu.values()) n += c;
    return n;
  };
  /** CPU of the main thread, the helpers and the threads born, between two seconds since the start (the samples nearest). */
  const between = (from: number, to: number) => {
    const step = (s: number) => steps.reduce((best, x, i) => (Math.abs(x.s - s) < Math.abs(steps[best]!.s - s) ? i : best), 0);
    const [i, j] = [step(from), step(to)];
    const sum = (k: number, kind: string) =>
      [...steps[k]!.cpu].reduce((n, [tid, c]) => n + ((tid === main ? 'main' : before.has(tid) ? 'helper' : 'born') === kind ? c : 0), 0);
    return ['main', 'helper', 'born'].map((kind) => `${kind} ${round(sum(j, kind) - sum(i, kind))}`).join(', ');
  };
  const largest = [...f.batches].sort((a, b) => b.articles! - a.articles!)[0];
  if (largest) {
    const start = largest.startS!;
    const quotes = start + largest.quotesS!;
    const indexed = quotes + largest.indexAndCommitS!;
    const end = steps.at(-1)!.s;
    process.stderr.write(
      `CPU by phase of the largest batch (s):\n  loading 0–${round(start)}: ${between(0, start)}\n  quotes ${round(start)}–${round(quotes)}: ${between(start, quotes)}\n` +
        `  index + commit –${round(indexed)}: ${between(quotes, indexed)}\n  the rest (final grouping) –${round(end)}: ${between(indexed, end)}\n`,
    );
  }
  const rows: string[] = [];
  for (let i = 0; i + 1 < steps.length; i += 2) {
    const j = Math.min(i + 2, steps.length - 1);
    const all = at(j) - at(i);
    const m = at(j, main) - at(i, main);
    rows.push(`${Math.round(steps[i]!.s)}:${round(m)}/${round(all - m)}`);
  }
  process.stderr.write(`timeline (s: main CPU/other threads' CPU per 2 s):\n  ${rows.join(' ')}\n`);
}
