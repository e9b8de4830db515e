/**
 * Times each `/quote` query of the bench's mix on a bench SQLite database, in one fresh process, as
 * the bench's cold-start child does (`npm run bench`): wall, CPU and the main thread's CPU per
 * query, the slowest listed, percentiles. `--profile <dir>` writes a CPU profile of each query slower than `--over` ms (CPU),
 * and lists for each where its profiled time went among the engine's steps (`PHASES`).
 *
 *   npx tsx scripts/quote-times.ts [--db .cache/bench/snapshot-37k-sqlite] [--queries .cache/bench/queries-37k.json] [--restamp] [--passes n] [--warm]
 *
 * `--warm` runs the bot's start-up warm-up (`src/startup/warm-up.ts`) to its end before the mix, as
 * the bench's "after the start-up warm-up" process does, instead of the first answer's `Ukraine talks`.
 *
 * `--passes n` runs the mix n times in the process and lists, for the slowest of the first pass, the
 * CPU of the same query (same position in the mix) in the later passes: what a first pass pays for
 * cold code, caches and pages, against the work a warm process still does.
 *
 * Run it as the bench runs its children, with `node --max-semi-space-size=64 --import tsx
 * scripts/quote-times.ts …` (through `npx tsx` the young generation is V8's default, about four
 * times as many scavenges).
 *
 * A database built by other code is refused, never wiped (opening it as the bot does would wipe it
 * and start an empty store); `--restamp` takes its rows as built by this code (right only for
 * changes to the read path), as `scripts/time-search.ts --restamp` does.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Engine } from '../src/engine/index.ts';
import { collectGarbage } from '../src/startup/memory.ts';
import { warmUp } from '../src/startup/warm-up.ts';
import { openBenchCorpus } from './support/bench-database.ts';
import { percentiles } from './support/bench-measure.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '.cache/bench/snapshot-37k-sqlite' },
    queries: { type: 'string', default: '.cache/bench/queries-37k.json' },
    command: { type: 'string', default: 'quote' },
    profile: { type: 'string' },
    over: { type: 'string', default: '100' },
    only: { type: 'string' },
    restamp: { type: 'boolean', default: false },
    passes: { type: 'string', default: '1' },
    warm: { type: 'boolean', default: false },
  },
});

/**
 * The engine's steps of a `/quote` or `/search`, by function name: the whole request, its searches
 * of the index, the check of the outlets a cut search did not reach, the same statements elsewhere,
 * the answer's statements, the shaping of results, and the garbage collector's pauses. A step's
 * time holds its callees' (the reach check's own search counts under both `reachOutlets` and
 * `findHits`). Times are the profiler's samples of the main thread (wall clock while it runs), so
 * they do not add up to the CPU time, which counts the collector's helper threads too.
 */
const PHASES = [
  'search',
  'findHits',
  'reachOutlets',
  'sameStatementElsewhere',
  'statementsIn',
  'shapeResults',
  '(garbage collector)',
] as const;

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** The sampled time (ms) of the stacks that pass through each phase's function. */
function phaseTimes(profile: CpuProfile): number[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  const out = PHASES.map(() => 0);
  profile.samples.forEach((id, i) => {
    const through = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) through.add(name.get(at)!);
    PHASES.forEach((phase, k) => {
      if (through.has(phase)) out[k]! += (profile.timeDeltas[i] ?? 0) / 1000;
    });
  });
  return out;
}

const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
/**
 * The main thread's own CPU (ms; Linux's `schedstat`, in nanoseconds; 0 elsewhere): the process's
 * CPU also counts V8's compiler and collector helper threads, which an idle machine runs beside the
 * main thread, and a loaded one's wall time counts waiting for a core. What a query costs the
 * thread that answers is this figure.
 */
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;
const threadMs = existsSync(SCHEDSTAT) ? () => Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6 : () => 0;
const loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
const started = performance.now();
const engine = new Engine(await openBenchCorpus(values.db, values.restamp));
if (values.warm) {
  // As the bench's second process: the bot's start-up warm-up to its end, then the mix.
  const warm = await warmUp(engine).done;
  console.log(`warm-up: ${warm.queries} queries, ${warm.cpuMs.toFixed(0)} ms CPU, longest ${warm.longestCpuMs.toFixed(0)} ms`);
} else {
  engine.sources();
  engine.search({ command: 'quote', query: 'Ukraine talks' });
  // As the bench's cold-start child does before the mix (`scripts/bench.ts` coldStart).
  collectGarbage();
}
console.log(`ready in ${((performance.now() - started) / 1000).toFixed(2)} s`);

const command = values.command as 'quote' | 'search';
let queries = JSON.parse(readFileSync(values.queries, 'utf8')) as string[];
if (values.only) queries = queries.filter((q) => q === values.only);
const over = Number(values.over);
if (values.profile) {
  mkdirSync(values.profile, { recursive: true });
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
}
const rows: Array<{ query: string; wall: number; cpu: number; thread: number; total: number; at: number; gc: number }> = [];
/** The collector's pauses (start, duration, kind), given to each query whose wall time holds their start. */
const pauses: Array<{ at: number; ms: number; major: boolean }> = [];
const gcs = new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    pauses.push({
      at: e.startTime,
      ms: e.duration,
      major: (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR,
    });
});
gcs.observe({ entryTypes: ['gc'] });
const phased: Array<{ query: string; cpu: number; phases: number[] }> = [];
for (const query of queries) {
  if (values.profile) await post('Profiler.start');
  const t = performance.now();
  const c = process.cpuUsage();
  const th = threadMs();
  let total = -1;
  try {
    total = engine.search({ command, query }).total;
  } catch {
    // An unknown outlet or speaker is an answer too (a message).
  }
  const cpu = cpuMs(process.cpuUsage(c));
  const thread = threadMs() - th;
  const wall = performance.now() - t;
  if (values.profile) {
    const { profile } = (await post('Profiler.stop')) as { profile: CpuProfile };
    if (cpu > over) {
      writeFileSync(path.join(values.profile, `${rows.length}-${query.replace(/[^\w]+/g, '_')}.cpuprofile`), JSON.stringify(profile));
      phased.push({ query: `${rows.length}-${query}`, cpu, phases: phaseTimes(profile) });
    }
  }
  rows.push({ query, wall, cpu, thread, total, at: t, gc: 0 });
}
// The observer's entries arrive on a later turn of the event loop.
await new Promise((resolve) => setTimeout(resolve, 50));
gcs.disconnect();
let majors = 0;
for (const p of pauses) {
  const r = rows.find((r) => p.at >= r.at && p.at < r.at + r.wall);
  if (r) r.gc += p.ms;
  if (r && p.major) majors++;
}
const later: number[][] = [];
const laterThreads: number[][] = [];
for (let pass = 1; pass < Number(values.passes); pass++) {
  const cpus: number[] = [];
  const threads: number[] = [];
  for (const query of queries) {
    const c = process.cpuUsage();
    const th = threadMs();
    try {
      engine.search({ command, query });
    } catch {
      // As above.
    }
    cpus.push(cpuMs(process.cpuUsage(c)));
    threads.push(threadMs() - th);
  }
  later.push(cpus);
  laterThreads.push(threads);
}
const fmt = (p: ReturnType<typeof percentiles>) => `${p.p50} / ${p.p95} / ${p.p99} / ${p.max}`;
console.log(
  `/${command}: ${rows.length} queries; load average at start ${loadAverage.join(', ')}, after ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
console.log(`wall ms p50/p95/p99/max ${fmt(percentiles(rows.map((r) => r.wall)))}`);
console.log(`CPU  ms p50/p95/p99/max ${fmt(percentiles(rows.map((r) => r.cpu)))}`);
console.log(`main thread CPU ms p50/p95/p99/max ${fmt(percentiles(rows.map((r) => r.thread)))}`);
const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0).toFixed(0);
console.log(
  `whole mix: wall ${sum(rows.map((r) => r.wall))} ms, CPU ${sum(rows.map((r) => r.cpu))} ms, main thread ${sum(rows.map((r) => r.thread))} ms`,
);
console.log(`RSS after the queries ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
console.log(
  `GC pauses during the queries: ${rows.reduce((n, r) => n + r.gc, 0).toFixed(1)} ms in ${pauses.length} pauses, longest ${Math.max(0, ...pauses.map((p) => p.ms)).toFixed(1)} ms (${majors} mark-compact); heap used after ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MB`,
);
console.log('slowest (CPU ms, wall ms, main thread ms, GC pause ms, total, query):');
for (const r of [...rows].sort((a, b) => b.cpu - a.cpu).slice(0, 15)) {
  const i = rows.indexOf(r);
  const again = later.map((cpus, pass) => `${cpus[i]!.toFixed(1)} (${laterThreads[pass]![i]!.toFixed(1)})`).join(' / ');
  console.log(
    `  ${r.cpu.toFixed(1).padStart(8)} ${r.wall.toFixed(1).padStart(8)} ${r.thread.toFixed(1).padStart(8)} ${r.gc.toFixed(1).padStart(6)} ${String(r.total).padStart(6)}  ${r.query}${again ? `  (later passes, CPU (main thread): ${again})` : ''}`,
  );
}
for (const [i, cpus] of later.entries()) console.log(`pass ${i + 2}: CPU ms p50/p95/p99/max ${fmt(percentiles(cpus))}`);
if (phased.length) {
  console.log(`profiled (CPU ms, then sampled ms in: ${PHASES.join(', ')}):`);
  for (const r of phased)
    console.log(`  ${r.cpu.toFixed(1).padStart(8)} ${r.phases.map((t) => t.toFixed(1).padStart(7)).join(' ')}  ${r.query}`);
}
