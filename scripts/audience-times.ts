/**
 * Times what an audience that may not see some outlets (or any audience while an embargo is in
 * force) meets on a bench SQLite database: its first `/quote` and `/sources` after start, then the
 * bench's `/quote` mix as that audience. CPU and wall per step, in one fresh process.
 *
 *   npx tsx scripts/audience-times.ts [--db .cache/bench/snapshot-37k-sqlite] [--queries .cache/bench/queries-37k.json]
 *     [--hide "<outlet>"] [--embargo] [--restamp] [--first-only]
 *
 * `--hide`: the outlet the audience may not see (default: the one with the most quotes);
 * `--embargo`: one article (the first of the corpus) is taken as embargoed until 2999, in memory
 * only (the database is not written), so every audience has something hidden; `--hide none` hides
 * no outlet; `--first-only`: stop after the first `/quote` (for a CPU profile of it alone).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { Engine } from '../src/engine/index.ts';
import { openBenchCorpus } from './support/bench-database.ts';
import { percentiles } from './support/bench-measure.ts';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: '.cache/bench/snapshot-37k-sqlite' },
    queries: { type: 'string', default: '.cache/bench/queries-37k.json' },
    hide: { type: 'string' },
    embargo: { type: 'boolean', default: false },
    restamp: { type: 'boolean', default: false },
    'first-only': { type: 'boolean', default: false },
  },
});

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const corpus = await openBenchCorpus(values.db, values.restamp);
if (values.embargo) {
  const first = corpus.indexedFiles()[0]?.load.articles[0];
  if (first) first.embargo = '2999-01-01T00:00:00.000Z';
}
const engine = new Engine(corpus);

function step<T>(label: string, run: () => T): T {
  const c = process.cpuUsage();
  const t = performance.now();
  const out = run();
  console.log(`${label}: ${cpuMs(process.cpuUsage(c)).toFixed(0)} ms CPU, ${(performance.now() - t).toFixed(0)} ms wall`);
  return out;
}

console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')}`,
);
const everyone = step('/sources, every outlet visible (the view)', () => engine.sources());
const hide = values.hide ?? [...everyone.outlets].sort((a, b) => b.quotes - a.quotes || a.outlet.localeCompare(b.outlet))[0]?.outlet ?? '';
const hidden = new Set([hide]);
console.log(`hidden outlet: ${hide}${values.embargo ? '; one article embargoed' : ''}`);
const speakers = step("that audience's speakers (engine.speakerList)", () => engine.speakerList(hidden));
console.log(`  ${speakers.length} speakers`);
const first = step('first /quote Trump as that audience', () => engine.search({ command: 'quote', query: 'Trump', hiddenOutlets: hidden }));
if (values['first-only']) process.exit(0);
const sources = step('/sources as that audience', () => engine.sources(hidden));
console.log(`  ${first.total} quotes found; ${sources.quotes} quotes, ${sources.speakers} speakers visible`);
step('/quote Ukraine talks as that audience', () => engine.search({ command: 'quote', query: 'Ukraine talks', hiddenOutlets: hidden }));

const queries = JSON.parse(readFileSync(values.queries, 'utf8')) as string[];
const cpu: number[] = [];
for (const query of queries) {
  const c = process.cpuUsage();
  try {
    engine.search({ command: 'quote', query, hiddenOutlets: hidden });
  } catch {
    // An unknown outlet or speaker is an answer too (a message).
  }
  cpu.push(cpuMs(process.cpuUsage(c)));
}
const p = percentiles(cpu);
console.log(`/quote mix as that audience (${queries.length}), CPU ms p50/p95/p99/max ${p.p50} / ${p.p95} / ${p.p99} / ${p.max}`);
console.log(`RSS ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB`);
