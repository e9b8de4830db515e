/**
 * `npx tsx scripts/support/min-of-rounds.ts <checkout> <queries.json> [rounds]`: the engine of a
 * checkout (its `src/` and `corpus/`, e.g. `git archive <commit> | tar -x -C /tmp/<commit>` with a
 * `node_modules` link) over its seeds with the default engine (MiniSearch), a fixed query mix (the
 * bench's `.cache/bench/queries-seeds.json`), each query run `rounds` times (default 30) and its
 * fastest time kept: the intrinsic cost per query, with other processes' interference dropped out,
 * so two code versions can be compared on a shared machine. Prints p50/p95/p99/max of those times
 * and the mean CPU per query, for `/quote` and `/search`.
 *
 * `--snapshot <dir>`: the engine loaded from the checkout's own MiniSearch snapshot in `<dir>` (what
 * `npm run bench -- --engines minisearch` leaves in `.cache/bench/snapshot-<size>-minisearch`), for
 * sizes too large to build here (37k).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const snapshotAt = process.argv.indexOf('--snapshot');
const snapshot = snapshotAt > 0 ? process.argv[snapshotAt + 1] : undefined;
const [checkout, queriesFile, roundsArg] = process.argv.slice(2).filter((a, i, all) => a !== '--snapshot' && all[i - 1] !== '--snapshot');
if (!checkout || !queriesFile) throw new Error('usage: min-of-rounds.ts <checkout> <queries.json> [rounds]');
const root = path.resolve(checkout);
type SearchArgs = { command: 'quote' | 'search'; query: string };
const { loadCorpus } = (await import(path.join(root, 'src/corpus/load.ts'))) as {
  loadCorpus: (dir: string, o: object) => Promise<unknown>;
};
const { Engine } = (await import(path.join(root, 'src/engine/index.ts'))) as {
  Engine: new (load: unknown) => { search(request: SearchArgs): unknown };
};
const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as string[];
const rounds = Number(roundsArg ?? 30);
async function load(): Promise<unknown> {
  if (!snapshot) return loadCorpus(path.join(root, 'corpus'), {});
  const { loadSnapshot } = (await import(path.join(root, 'src/store/snapshot.ts'))) as {
    loadSnapshot: (dir: string) => Promise<{ corpus: { index: { kind?: string } } }>;
  };
  const { corpus } = await loadSnapshot(snapshot);
  process.stdout.write(`${checkout}: loaded ${snapshot} (${corpus.index.kind ?? 'minisearch'} index)\n`);
  return corpus;
}
const engine = new Engine(await load());

const spread = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => (s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0).toFixed(3);
  return `${at(0.5)} / ${at(0.95)} / ${at(0.99)} / ${at(1)}`;
};
for (const command of ['quote', 'search'] as const) {
  const best = queries.map(() => Infinity);
  const cpu = process.cpuUsage();
  for (let r = 0; r < rounds; r++)
    queries.forEach((query, i) => {
      const started = performance.now();
      try {
        engine.search({ command, query });
      } catch {
        // An unknown outlet or speaker is an answer too (a message).
      }
      best[i] = Math.min(best[i]!, performance.now() - started);
    });
  const used = process.cpuUsage(cpu);
  const perQuery = (used.user + used.system) / 1000 / (rounds * queries.length);
  process.stdout.write(
    `${checkout} /${command}: fastest of ${rounds} ms p50/p95/p99/max ${spread(best)}; CPU per query ${perQuery.toFixed(3)} ms\n`,
  );
}
