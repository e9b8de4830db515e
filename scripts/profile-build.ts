/**
 * `npx tsx scripts/profile-build.ts <corpus folder> [database path]`: builds a corpus folder into a fresh
 * SQLite store as start-up does for a build in batches (load, `apply` with the statements deferred,
 * quote extraction in workers, then `settleStatements`), and prints the build's wall and CPU time
 * by phase, MB/s of text and the load average. CPU is given twice: every thread's, and the main
 * thread's alone (`/proc/thread-self/stat`): on a busy machine wall times stretch, but the main
 * thread's CPU is the build's critical path wherever the workers keep up. Run it under
 * `node --cpu-prof` (after bundling with esbuild) for a profile of each thread.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../src/corpus/load.ts';
import { contentsOf, IndexedCorpus } from '../src/engine/index.ts';
import { SqliteIndex } from '../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../src/store/sqlite-store.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: profile-build <corpus folder> [database path]');
const file = process.argv[3] ?? path.join(dir, '..', 'profile.sqlite');
/** This thread's CPU seconds (user + system), from Linux's per-thread counters (clock ticks of 10 ms); 0 elsewhere. */
const threadCpu = (): number => {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
};
const marks: Array<[string, number, number, number]> = [];
const mark = (name: string) => {
  const cpu = process.cpuUsage();
  marks.push([name, performance.now(), (cpu.user + cpu.system) / 1000, threadCpu() * 1000]);
};
const loadAverage = os.loadavg().map((l) => l.toFixed(2));
mark('start');
const load = await loadCorpus(dir, { followLinks: true });
mark('loaded');
const chars = load.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.length, 0), 0);
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
mkdirSync(path.dirname(file), { recursive: true });
const index = new SqliteIndex({ path: file });
const opened = openStore(index, 'profile');
const corpus = new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored);
const { contents } = contentsOf(load);
let phase = '';
const onProgress = (p: { phase: string }) => {
  if (p.phase !== phase) {
    phase = p.phase;
    mark(p.phase);
  }
};
await corpus.apply(contents, [], { pause: () => Promise.resolve(), onProgress, deferStatements: true, groupEarly: true });
mark('indexed');
await corpus.settleStatements({ pause: () => Promise.resolve() });
mark('end');
corpus.statements.list();
mark('statements listed');
const [, t0, c0, m0] = marks[0]!;
const [, t1, c1, m1] = marks.at(-2)!;
for (let i = 1; i < marks.length; i++) {
  const [name, t, c, m] = marks[i]!;
  const [prev, pt, pc, pm] = marks[i - 1]!;
  console.log(
    `${prev.padEnd(12)} → ${name.padEnd(18)} wall ${((t - pt) / 1000).toFixed(2)} s, CPU (all threads) ${((c - pc) / 1000).toFixed(2)} s, main thread ${((m - pm) / 1000).toFixed(2)} s`,
  );
}
const wall = (t1 - t0) / 1000;
const cpu = (c1 - c0) / 1000;
console.log(
  `${load.articles.length} articles, ${(chars / 1e6).toFixed(1)} MB of text, ${corpus.index.size} passages: ` +
    `build wall ${wall.toFixed(2)} s (${(chars / 1e6 / wall).toFixed(1)} MB/s), CPU ${cpu.toFixed(2)} s (${(chars / 1e6 / cpu).toFixed(1)} MB/s of CPU), ` +
    `main thread ${((m1 - m0) / 1000).toFixed(2)} s; ` +
    `load average before ${loadAverage.join(' ')}, after ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);
index.close();
