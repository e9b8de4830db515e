/**
 * `npx tsx scripts/time-search.ts [size] [queries.json] [--no-quote] [--restamp] [--dump=file]`: starts up over a bench
 * database (as the bench's cold start does), runs the bench's `/quote` mix then its `/search` mix
 * (as the bench does), and prints p50/p95/p99 wall and CPU of `/search` and the slowest queries.
 * `REPEAT=n` runs the `/search` mix n times and also prints each query's least CPU over the runs:
 * a figure that other work on a shared machine (and a garbage collection landing on a query) moves
 * far less than one run's, for comparing two versions of the code (warm: texts read before are cached).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../src/logger.ts';
import { buildEngine } from '../src/startup/engine.ts';
import { pipelineCodeHash } from '../src/store/fingerprint.ts';
import { startupOptions } from './support/bench-startup.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const size = args[0] ?? '37k';
const snapDir = path.join(ROOT, `.cache/bench/snapshot-${size}-sqlite`);
const queries = JSON.parse(readFileSync(args[1] ?? path.join(ROOT, `.cache/bench/queries-${size}.json`), 'utf8')) as string[];
const skipQuote = process.argv.includes('--no-quote');
const repeat = Number(process.env.REPEAT ?? 1);

// --restamp: the database's rows are taken as built by this code (only for changes to the read
// path, which leave the rows as they are): start-up then reopens it instead of rebuilding.
if (process.argv.includes('--restamp')) {
  const db = new Database(path.join(snapDir, 'index.sqlite'));
  db.prepare("UPDATE meta SET value = ? WHERE key = 'code'").run(await pipelineCodeHash());
  db.close();
}
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined } as unknown as Logger;
(quiet as unknown as { child: () => Logger }).child = () => quiet;
const engine = await buildEngine(path.join(ROOT, `.cache/bench/corpus-${size}`), quiet, startupOptions(snapDir));
engine.sources();
engine.search({ command: 'quote', query: 'Ukraine talks' });

const answers: unknown[] = [];
const dump = process.argv.find((a) => a.startsWith('--dump='))?.slice(7);
const run = (command: 'quote' | 'search') =>
  queries.map((query) => {
    const t = performance.now();
    const c = process.cpuUsage();
    let total: number | string;
    try {
      const answer = engine.search({ command, query });
      total = answer.total;
      answers.push({ command, query, answer });
    } catch (e) {
      total = `error ${(e as Error).message.slice(0, 40)}`;
    }
    const u = process.cpuUsage(c);
    return { query, ms: performance.now() - t, cpu: (u.user + u.system) / 1000, total };
  });
const pct = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
  return [50, 95, 99].map((p) => at(p).toFixed(1)).join(' / ') + ` (max ${s.at(-1)!.toFixed(1)})`;
};
console.log(
  'load',
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' '),
);
const report = (command: string, times: ReturnType<typeof run>) => {
  console.log(`/${command} wall p50/p95/p99 ${pct(times.map((t) => t.ms))}; CPU ${pct(times.map((t) => t.cpu))}`);
  const slow = [...times].sort((a, b) => b.cpu - a.cpu || b.ms - a.ms).slice(0, 12);
  for (const t of slow) console.log(`  ${t.ms.toFixed(1).padStart(7)} ms  cpu ${t.cpu.toFixed(0).padStart(4)}  ${t.query}  (${t.total})`);
};
if (!skipQuote) report('quote', run('quote'));
const runs: ReturnType<typeof run>[] = [];
for (let r = 0; r < repeat; r++) {
  runs.push(run('search'));
  report('search', runs.at(-1)!);
}
if (repeat > 1) {
  const least = runs[0]!.map((t, i) => ({
    ...t,
    ms: Math.min(...runs.map((r) => r[i]!.ms)),
    cpu: Math.min(...runs.map((r) => r[i]!.cpu)),
  }));
  report(`search, least of ${repeat} runs per query,`, least);
}
console.log(
  'load',
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' '),
);
if (dump) writeFileSync(dump, answers.map((a) => JSON.stringify(a)).join('\n'));
