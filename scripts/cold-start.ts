/**
 * `npx tsx scripts/cold-start.ts [size] [--restamp] [--answer=<query>]`: the bench's cold start alone (as
 * `scripts/bench.ts --load` measures it: start-up over the size's bench database, `/sources`, a first
 * `/quote Ukraine talks`), printing wall and CPU seconds of each step and the memory after start-up's
 * garbage collection. `--restamp` takes the database's rows as built by this code (see
 * `scripts/time-search.ts`): for read-path changes only. Run with `node --cpu-prof --import tsx` to profile.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Logger } from '../src/logger.ts';
import { buildEngine } from '../src/startup/engine.ts';
import { collectGarbage } from '../src/startup/memory.ts';
import { pipelineCodeHash } from '../src/store/fingerprint.ts';
import { cpuSeconds, startupOptions } from './support/bench-startup.ts';

const ROOT = process.env.BENCH_ROOT ?? path.resolve(import.meta.dirname, '..');
const size = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '37k';
const snapDir = path.join(ROOT, `.cache/bench/snapshot-${size}-sqlite`);
const query = process.argv.find((a) => a.startsWith('--answer='))?.slice(9) ?? 'Ukraine talks';
if (process.argv.includes('--restamp')) {
  const db = new Database(path.join(snapDir, 'index.sqlite'));
  db.prepare("UPDATE meta SET value = ? WHERE key = 'code'").run(await pipelineCodeHash());
  db.close();
}
const lines: string[] = [];
const started = performance.now();
const cpu = process.cpuUsage();
const at = () => `${((performance.now() - started) / 1000).toFixed(2)} s wall, ${cpuSeconds(process.cpuUsage(cpu)).toFixed(2)} s CPU`;
const log = (level: string) => (first: unknown, second?: unknown) =>
  lines.push(`  [${at()}] ${level}: ${typeof first === 'string' ? first : typeof second === 'string' ? second : JSON.stringify(first)}`);
const logger = { info: log('info'), warn: log('warn'), error: log('error'), debug: () => undefined } as unknown as Logger;
(logger as unknown as { child: () => Logger }).child = () => logger;
const engine = await buildEngine(path.join(ROOT, `.cache/bench/corpus-${size}`), logger, startupOptions(snapDir));
lines.push(`  [${at()}] engine ready`);
engine.sources();
lines.push(`  [${at()}] /sources`);
const total = engine.search({ command: 'quote', query }).total;
lines.push(`  [${at()}] first answer: /quote ${query} → ${total}`);
const coldS = (performance.now() - started) / 1000;
const coldCpuS = cpuSeconds(process.cpuUsage(cpu));
if (process.argv.includes('--exit')) {
  console.log(lines.join('\n'));
  console.log(`cold start ${coldS.toFixed(2)} s wall, ${coldCpuS.toFixed(2)} s CPU`);
  process.exit(0);
}
collectGarbage();
const m = process.memoryUsage();
console.log(lines.join('\n'));
console.log(
  `cold start ${coldS.toFixed(2)} s wall, ${coldCpuS.toFixed(2)} s CPU; after GC RSS ${Math.round(m.rss / 2 ** 20)} MB, heap ${Math.round(m.heapUsed / 2 ** 20)} MB`,
);
