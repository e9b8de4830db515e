/**
 * Train the pronoun/description ranker (`src/quotes/resolution/rank.ts`) on PolNeAR train and the
 * tuning parts of the hand-checked news-37k speaker sets, and write its weights to
 * `src/quotes/resolution/attribution-weights.json`. Deterministic: a fixed seed orders the examples,
 * so two runs write the same file (examples: `support/attribution-examples.ts`).
 *
 *   npm run train:attribution
 *   npm run train:attribution -- --check [--without f,g]   # each source of examples scored by a ranker trained on the other
 *
 * How well the hand-checked examples carry over to unseen news: `scripts/cross-validate-attribution.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURES } from '../src/quotes/resolution/rank.ts';
import {
  EPOCHS,
  SEED,
  accuracy,
  handCheckedExamples,
  polnearExamples,
  rounded,
  train,
  type Example,
} from './support/attribution-examples.ts';

const OUT = fileURLToPath(new URL('../src/quotes/resolution/attribution-weights.json', import.meta.url));

const started = process.cpuUsage();
const fromPolnear = polnearExamples();
const fromChecked = await handCheckedExamples();
let polnear = fromPolnear.examples;
let checked = fromChecked.examples;
// `--check`: a held-out estimate of each feature set, each source of examples scored by a ranker trained on the other only.
if (process.argv.includes('--check')) {
  // `--without a,b`: those features zeroed, to see what each adds.
  const w = process.argv.indexOf('--without');
  const off = new Set(w >= 0 ? (process.argv[w + 1] ?? '').split(',') : []);
  const mask = (xs: Example[]): Example[] =>
    xs.map((x) => ({ ...x, candidates: x.candidates.map((f) => f.map((v, k) => (off.has(FEATURES[k] as string) ? 0 : v))) }));
  [polnear, checked] = [mask(polnear), mask(checked)];
  const pct = (x: number): string => (100 * x).toFixed(1);
  console.log(
    `trained on PolNeAR train (${polnear.length}), right on the hand-checked examples (${checked.length}): ${pct(accuracy(checked, train(polnear)))} %; ` +
      `trained on the hand-checked, right on PolNeAR train: ${pct(accuracy(polnear, train(checked)))} %`,
  );
  process.exit(0);
}
const data = [...polnear, ...checked];
const nearest = FEATURES.map((f) => (f === 'nearest' ? 1 : 0));
const w = rounded(train(data));
const weights = Object.fromEntries(FEATURES.map((f, i) => [f, w[i] as number]));
const report = {
  about:
    'Weights of the pronoun/description ranker (src/quotes/resolution/rank.ts), written by `npm run train:attribution` from PolNeAR train and the tuning parts of the hand-checked news-37k speaker sets. Do not edit by hand.',
  seed: SEED,
  epochs: EPOCHS,
  examples: data.length,
  polnearExamples: polnear.length,
  handCheckedExamples: checked.length,
  handCheckedAccuracy: Math.round(accuracy(checked, w) * 1e4) / 1e4,
  trainAccuracy: Math.round(accuracy(data, w) * 1e4) / 1e4,
  nearestPersonAccuracy: Math.round(accuracy(data, nearest) * 1e4) / 1e4,
  weights,
};
writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
const cpu = process.cpuUsage(started);
console.log(
  `${data.length} examples (${polnear.length} PolNeAR train, ${checked.length} hand-checked tune; left out: right person not a candidate ` +
    `${fromPolnear.missing} PolNeAR / ${fromChecked.missing} hand-checked, a single candidate ${fromPolnear.single} / ${fromChecked.single}); ` +
    `ranker ${(100 * report.trainAccuracy).toFixed(1)} % right on train, nearest person ${(100 * report.nearestPersonAccuracy).toFixed(1)} %; ` +
    `${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU; wrote ${OUT}`,
);
