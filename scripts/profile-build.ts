/**
 * `npx tsx scripts/profile-build.ts <corpus folder> [database path]`: builds a corpus folder into a fresh
 * SQLite store exactly as the bench does (`apply`, quote extraction in workers), and prints the
 * build's wall and CPU time by phase, MB/s of text and the load average. Run it under
 * `node --cpu-prof` (after bundling with esbuild) for a profile of each thread.
 */
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCorpus } from '../src/corpus/load.ts';
import { contentsOf, IndexedCorpus } from '../src/engine/index.ts';
import { SqliteIndex } from '../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../src/store/sqlite-store.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: profile-build <corpus folder> [database path]');
const file = process.argv[3] ?? path.join(dir, '..', 'profile.sqlite');
const load = await loadCorpus(dir, { followLinks: true });
const chars = load.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.length, 0), 0);
for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
mkdirSync(path.dirname(file), { recursive: true });
const index = new SqliteIndex({ path: file });
const opened = openStore(index, 'profile');
const corpus = new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored);
const { contents } = contentsOf(load);
const marks: Array<[string, number, number]> = [];
const mark = (name: string) => {
  const cpu = process.cpuUsage();
  marks.push([name, performance.now(), (cpu.user + cpu.system) / 1000]);
};
const loadAverage = os.loadavg().map((l) => l.toFixed(2));
mark('start');
let phase = '';
await corpus.apply(contents, [], {
  pause: () => Promise.resolve(),
  onProgress: (p) => {
    if (p.phase !== phase) {
      phase = p.phase;
      mark(p.phase);
    }
  },
});
mark('end');
corpus.statements.list();
mark('statements listed');
const [, t0, c0] = marks[0]!;
const [, t1, c1] = marks.at(-2)!;
for (let i = 1; i < marks.length; i++) {
  const [name, t, c] = marks[i]!;
  const [prev, pt, pc] = marks[i - 1]!;
  console.log(
    `${prev.padEnd(12)} → ${name.padEnd(18)} wall ${((t - pt) / 1000).toFixed(2)} s, CPU (all threads) ${((c - pc) / 1000).toFixed(2)} s`,
  );
}
const wall = (t1 - t0) / 1000;
const cpu = (c1 - c0) / 1000;
console.log(
  `${load.articles.length} articles, ${(chars / 1e6).toFixed(1)} MB of text, ${corpus.index.size} passages: ` +
    `build wall ${wall.toFixed(2)} s (${(chars / 1e6 / wall).toFixed(1)} MB/s), CPU ${cpu.toFixed(2)} s (${(chars / 1e6 / cpu).toFixed(1)} MB/s of CPU); ` +
    `load average before ${loadAverage.join(' ')}, after ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
);
index.close();
