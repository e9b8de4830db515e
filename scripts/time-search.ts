/**
 * `npx tsx scripts/time-search.ts [database] [queries.json] [--top 10] [--quote]`: opens a bench
 * database (as the bench's cold start does), runs the bench's `/quote` mix then its `/search` mix
 * (as the bench does), and prints p50/p95/p99 wall and CPU of `/search` and the slowest queries.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Engine, IndexedCorpus } from '../src/engine/index.ts';
import { SqliteIndex } from '../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../src/store/sqlite-store.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const file = args[0] ?? path.join(ROOT, '.cache/bench/snapshot-37k-sqlite/index.sqlite');
const queries = JSON.parse(readFileSync(args[1] ?? path.join(ROOT, '.cache/bench/queries-37k.json'), 'utf8')) as string[];
const skipQuote = process.argv.includes('--no-quote');
const repeat = Number(process.env.REPEAT ?? 1);

const index = new SqliteIndex({ path: file });
const opened = openStore(index, 'bench');
if (!opened.restored) throw new Error(`the database was not reused: ${opened.reason ?? 'empty'}`);
const engine = new Engine(new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored));
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
if (!skipQuote) run('quote');
for (let r = 0; r < repeat; r++) {
  const times = run('search');
  console.log(`/search wall p50/p95/p99 ${pct(times.map((t) => t.ms))}; CPU ${pct(times.map((t) => t.cpu))}`);
  const slow = [...times].sort((a, b) => b.ms - a.ms).slice(0, 12);
  for (const t of slow) console.log(`  ${t.ms.toFixed(1).padStart(7)} ms  cpu ${t.cpu.toFixed(0).padStart(4)}  ${t.query}  (${t.total})`);
}
console.log(
  'load',
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' '),
);
if (dump) writeFileSync(dump, answers.map((a) => JSON.stringify(a)).join('\n'));
