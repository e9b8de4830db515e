/**
 * The final statement grouping of a build, alone: opens a COPY of a bench SQLite database, marks
 * every person speaker stale and settles them all (`IndexedCorpus.settleStatements`, as start-up
 * does after the last batch of a build), then prints the peak heap (sampled every 100 ms), the
 * peak RSS, the time and the CPU (every thread's, and the main thread's: what a build's final
 * grouping waits on). Run it with Node's default heap to see whether a first start would fit:
 *
 *   cp -a /work/main/.cache/bench/snapshot-500k-sqlite .cache/bench/snapshot-500k-sqlite-copy
 *   npx tsx scripts/settle-statements.ts --db .cache/bench/snapshot-500k-sqlite-copy
 *
 * It rewrites the copy's statements (and marks the copy as built by code `settle-statements`, so the
 * bot would rebuild it): never point it at a database you want to keep.
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import { IndexedCorpus } from '../src/engine/index.ts';
import { SqliteIndex } from '../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../src/store/sqlite-store.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '.cache/bench/snapshot-500k-sqlite-copy' },
    chunk: { type: 'string' },
    only: { type: 'string' },
  },
});
const CODE = 'settle-statements';
const given = values.db;
const file = existsSync(given) && statSync(given).isDirectory() ? path.join(given, 'index.sqlite') : given;
if (!existsSync(file)) throw new Error(`no database at ${file}`);
if (realpathSync(file).startsWith('/work/main/')) throw new Error('refusing to rewrite a database under /work/main: copy it first');

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const raw = new Database(file);
raw.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('code', ?)").run(CODE);
const keys = raw
  .prepare<[], string>("SELECT DISTINCT key FROM speakers WHERE kind = 'person' AND quotes > 0")
  .pluck()
  .all()
  .filter((k) => !values.only || k.endsWith(values.only));
raw.close();

const started = performance.now();
const index = new SqliteIndex({ path: file });
const opened = openStore(index, CODE);
if (!opened.restored) throw new Error(`the database was not reused: ${opened.reason ?? 'empty'}`);
const corpus = new IndexedCorpus({ index: () => index, store: opened.store }, { ...opened.restored, stale: [] });
const openS = (performance.now() - started) / 1000;
global.gc?.();
const heapBefore = mb(process.memoryUsage().heapUsed);
console.log(
  `opened in ${openS.toFixed(1)} s; ${keys.length} person speakers to settle; heap ${heapBefore} MB, limit ${mb(v8.getHeapStatistics().heap_size_limit)} MB; load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);

let peakHeap = 0;
const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
const timer = setInterval(sample, 100);
/** This thread's CPU seconds (Linux's per-thread counters, clock ticks of 10 ms): the main thread's share, the grouping workers' being the rest. */
const threadCpu = () => {
  const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};
const mainCpu = threadCpu();
const cpu = process.cpuUsage();
const t = performance.now();
corpus.deferStatementsOf(keys);
await corpus.settleStatements({
  ...(values.chunk ? { chunk: Number(values.chunk) } : {}),
  onProgress: (p) => {
    sample();
    console.log(
      `  ${p.done}/${p.total} speakers, ${((performance.now() - t) / 1000).toFixed(1)} s, heap ${mb(process.memoryUsage().heapUsed)} MB (peak ${mb(peakHeap)})`,
    );
  },
});
clearInterval(timer);
sample();
const usage = process.cpuUsage(cpu);
const statements = index.database.prepare('SELECT count(*) FROM statements').pluck().get();
console.log(
  `settled in ${((performance.now() - t) / 1000).toFixed(1)} s wall, ${((usage.user + usage.system) / 1e6).toFixed(1)} s CPU, main thread ${(threadCpu() - mainCpu).toFixed(2)} s; ` +
    `peak heap used ${mb(peakHeap)} MB (sampled), peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB; ${String(statements)} statement rows; ` +
    `load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
);
index.database.close();
