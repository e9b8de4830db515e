/**
 * Times each `/quote` query of the bench's mix on a bench SQLite database, in one fresh process, as
 * the bench's cold-start child does (`npm run bench`): wall and CPU per query, the slowest listed,
 * percentiles. `--profile <dir>` writes a CPU profile of each query slower than `--over` ms (CPU).
 *
 *   npx tsx scripts/quote-times.ts [--db .cache/bench/snapshot-37k-sqlite] [--queries .cache/bench/queries-37k.json] [--restamp]
 *
 * A database built by other code is refused, never wiped (opening it as the bot does would wipe it
 * and start an empty store); `--restamp` takes its rows as built by this code (right only for
 * changes to the read path), as `scripts/time-search.ts --restamp` does.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Engine } from '../src/engine/index.ts';
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
  },
});

const session = new Session();
session.connect();
const post = (method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) => session.post(method, params, (err, res) => (err ? reject(err) : resolve(res))));

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
const started = performance.now();
const engine = new Engine(await openBenchCorpus(values.db, values.restamp));
engine.sources();
engine.search({ command: 'quote', query: 'Ukraine talks' });
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
const rows: Array<{ query: string; wall: number; cpu: number; total: number }> = [];
for (const query of queries) {
  if (values.profile) await post('Profiler.start');
  const t = performance.now();
  const c = process.cpuUsage();
  let total = -1;
  try {
    total = engine.search({ command, query }).total;
  } catch {
    // An unknown outlet or speaker is an answer too (a message).
  }
  const cpu = cpuMs(process.cpuUsage(c));
  const wall = performance.now() - t;
  if (values.profile) {
    const { profile } = (await post('Profiler.stop')) as { profile: unknown };
    if (cpu > over)
      writeFileSync(path.join(values.profile, `${rows.length}-${query.replace(/[^\w]+/g, '_')}.cpuprofile`), JSON.stringify(profile));
  }
  rows.push({ query, wall, cpu, total });
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
console.log(`RSS after the queries ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
console.log('slowest (CPU ms, wall ms, total, query):');
for (const r of [...rows].sort((a, b) => b.cpu - a.cpu).slice(0, 15))
  console.log(`  ${r.cpu.toFixed(1).padStart(8)} ${r.wall.toFixed(1).padStart(8)} ${String(r.total).padStart(6)}  ${r.query}`);
