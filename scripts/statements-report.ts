/**
 * Cross-outlet statements on real data: groups the quotes of a corpus (default: the 37k-article
 * research corpus) into statements and prints how many are carried by several outlets, plus a
 * seeded random sample of groups with their wordings, for a person to check.
 *
 *   npx tsx scripts/statements-report.ts [--corpus FILE_OR_DIR] [--sample 20] [--seed 7]
 */
import { mkdtempSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { groupStatements, type Statement } from '../src/compare/statements.ts';
import { statementView } from '../src/compare/view.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { buildPassages } from '../src/engine/build.ts';
import { seededRandom } from './support/seeded-random.ts';

const DEFAULT_CORPUS = path.resolve(import.meta.dirname, '../../shared/corpora/news-37k/articles.jsonl.gz');

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: DEFAULT_CORPUS },
    sample: { type: 'string', default: '20' },
    seed: { type: 'string', default: '7' },
  },
});

/** A corpus file is loaded through a temporary folder holding a link to it. */
function corpusFolder(target: string): string {
  if (statSync(target).isDirectory()) return target;
  const dir = mkdtempSync(path.join(tmpdir(), 'statements-'));
  symlinkSync(target, path.join(dir, path.basename(target)));
  return dir;
}

const t0 = performance.now();
const load = await loadCorpus(corpusFolder(path.resolve(values.corpus)), { followLinks: true });
const t1 = performance.now();
const built = buildPassages(load.articles);
const t2 = performance.now();
const statements = groupStatements(built.quotes);
const t3 = performance.now();

const cross = statements.filter((s) => s.outlets.length > 1);
const byOutlets = new Map<number, number>();
for (const s of cross) byOutlets.set(s.outlets.length, (byOutlets.get(s.outlets.length) ?? 0) + 1);
const label = (s: Statement) => (s.confidence >= 0.8 ? 'high' : s.confidence >= 0.6 ? 'medium' : 'low');
const byConfidence = new Map<string, number>();
for (const s of cross) byConfidence.set(label(s), (byConfidence.get(label(s)) ?? 0) + 1);

console.log(`# Cross-outlet statements in ${values.corpus}\n`);
console.log(
  `articles ${load.articles.length} · outlets ${new Set(load.articles.map((a) => a.outlet)).size} · quotes ${built.quotes.length}`,
);
console.log(
  `load ${((t1 - t0) / 1000).toFixed(1)} s · quotes and passages ${((t2 - t1) / 1000).toFixed(1)} s · grouping ${((t3 - t2) / 1000).toFixed(1)} s\n`,
);
console.log(`statement groups: ${statements.length}; carried by 2+ outlets: ${cross.length}`);
console.log(
  `by number of outlets: ${[...byOutlets]
    .sort((a, b) => a[0] - b[0])
    .map(([n, c]) => `${n}: ${c}`)
    .join(', ')}`,
);
console.log(`by confidence: ${['high', 'medium', 'low'].map((l) => `${l}: ${byConfidence.get(l) ?? 0}`).join(', ')}\n`);

const next = seededRandom(Number(values.seed));
const pool = [...cross];
const sample: Statement[] = [];
while (sample.length < Number(values.sample) && pool.length) sample.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);

sample.forEach((s, i) => {
  const view = statementView(s, []);
  console.log(
    `## ${i + 1}. ${view.speaker} · ${view.outlets.length} outlets · match ${view.confidenceLabel} (${view.confidence.toFixed(2)})`,
  );
  for (const v of view.variants) {
    const dates = v.citations.map((c) => `${c.outlet} ${c.published?.slice(0, 10) ?? 'undated'}`).join('; ');
    const text = v.text.length > 300 ? `${v.text.slice(0, 300)}…` : v.text;
    console.log(`- [${dates}]${v.isPartial ? ' (partial)' : ''} “${text}”`);
  }
  console.log('');
});
