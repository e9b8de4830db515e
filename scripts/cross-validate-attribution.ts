/**
 * Does the ranker (`src/quotes/resolution/rank.ts`) carry what it learns from the hand-checked news-37k
 * speaker sets over to news it has not seen? Leave one file out: for each speaker-set file, train on
 * PolNeAR train and the tuning parts of the other files, then score the left-out file's tuning part
 * (the whole extractor, as `eval:quotes --speakers-only --speaker-split tune` scores it) with those
 * weights, beside weights trained on PolNeAR train only and the committed weights (which saw every
 * file: an in-sample figure). Seeded, as `train:attribution`: two runs print the same table.
 *
 *   npx tsx scripts/cross-validate-attribution.ts [--margins 0.25,0.5,1] [--without f,g]
 *
 * `--margins`: with the left-out weights, a quote whose best candidate beats the next by less than
 * the margin gets no speaker; printed per margin: right→none and wrong→none against no margin.
 */
import { basename } from 'node:path';
import { extractQuotes } from '../src/quotes/extract.ts';
import { FEATURES, useRanker } from '../src/quotes/resolution/rank.ts';
import { loadArticles, sameSpeaker, speakerSetFiles, type Entry } from './eval/speaker-set.ts';
import { accuracy, handCheckedExamples, norm, polnearExamples, rounded, train, tuningEntries } from './support/attribution-examples.ts';

type Outcome = 'right' | 'none' | 'wrong' | 'missing';

const started = process.cpuUsage();
const files = speakerSetFiles([]);
const entries = tuningEntries(files);
const texts = await loadArticles(new Set(entries.map((e) => e.id)), []);
// `--without f,g`: those features zeroed in every example, so that the weights trained on them are 0 (what each feature adds).
const off = (() => {
  const i = process.argv.indexOf('--without');
  return new Set(i >= 0 ? (process.argv[i + 1] ?? '').split(',') : []);
})();
const mask = <T extends { candidates: number[][] }>(x: T): T => ({
  ...x,
  candidates: x.candidates.map((f) => f.map((v, k) => (off.has(FEATURES[k] as string) ? 0 : v))),
});
const polnear = polnearExamples().examples.map(mask);
const checked = await handCheckedExamples(files, texts);
checked.examples = checked.examples.map(mask);

/** The outcome of each entry with the ranker as it is set now. */
function outcomes(set: Entry[]): Outcome[] {
  const cache = new Map<string, ReturnType<typeof extractQuotes>>();
  return set.map((e) => {
    const text = texts.get(e.id);
    if (text === undefined) return 'missing';
    const quotes = cache.get(e.id) ?? extractQuotes(text);
    cache.set(e.id, quotes);
    const q = quotes.find((x) => norm(x.text).startsWith(norm(e.quote)));
    if (!q) return 'missing';
    if (!q.speaker) return 'none';
    return sameSpeaker(q.speaker.name, e.speaker) ? 'right' : 'wrong';
  });
}

const count = (xs: Outcome[], o: Outcome): number => xs.filter((x) => x === o).length;
const cell = (xs: Outcome[]): string => `${count(xs, 'right')}/${xs.length} (${count(xs, 'none')} none, ${count(xs, 'wrong')} wrong)`;

const margins = (() => {
  const i = process.argv.indexOf('--margins');
  return i >= 0
    ? (process.argv[i + 1] ?? '')
        .split(',')
        .map(Number)
        .filter((x) => x > 0)
    : [];
})();

const pnOnly = rounded(train(polnear));
const totals = { nearest: [] as Outcome[], polnear: [] as Outcome[], left: [] as Outcome[], committed: [] as Outcome[] };
const byMargin = new Map<number, { rightToNone: number; wrongToNone: number; otherChanges: number }>();
const nearestOnly = FEATURES.map((f) => (f === 'nearest' ? 1 : 0));
const ranked = { polnear: 0, left: 0, nearest: 0 };
console.log(
  'file | examples: right first, PolNeAR only / left out | speakers: nearest person | PolNeAR only | left out (PolNeAR + other files) | committed (in-sample) | left out − PolNeAR only',
);
for (const file of files.map((f) => basename(f))) {
  const set = entries.filter((e) => e.file === file);
  const trainedWithout = rounded(train([...polnear, ...checked.examples.filter((x) => x.file !== file)]));
  const own = checked.examples.filter((x) => x.file === file);
  const right = (w: number[]): number => Math.round(accuracy(own, w) * own.length);
  ranked.polnear += right(pnOnly);
  ranked.left += right(trainedWithout);
  ranked.nearest += right(nearestOnly);
  useRanker({ weights: nearestOnly });
  const z = outcomes(set);
  totals.nearest.push(...z);
  useRanker({ weights: pnOnly });
  const a = outcomes(set);
  useRanker({ weights: trainedWithout });
  const b = outcomes(set);
  for (const m of margins) {
    useRanker({ weights: trainedWithout, margin: m });
    const c = outcomes(set);
    const t = byMargin.get(m) ?? { rightToNone: 0, wrongToNone: 0, otherChanges: 0 };
    c.forEach((o, k) => {
      if (o === b[k]) return;
      if (o === 'none' && b[k] === 'right') t.rightToNone++;
      else if (o === 'none' && b[k] === 'wrong') t.wrongToNone++;
      else t.otherChanges++;
    });
    byMargin.set(m, t);
  }
  useRanker();
  const c = outcomes(set);
  totals.polnear.push(...a);
  totals.left.push(...b);
  totals.committed.push(...c);
  console.log(
    `${file.replace(/^speakers-news37k-?|\.json$/g, '') || 'base'} | ${own.length}: ${right(pnOnly)} / ${right(trainedWithout)} | ${cell(z)} | ${cell(a)} | ${cell(b)} | ${cell(c)} | ${count(b, 'right') - count(a, 'right')}`,
  );
}
const { nearest: z, polnear: a, left: b, committed: c } = totals;
console.log(
  `total | ${checked.examples.length}: ${ranked.polnear} / ${ranked.left} (nearest person ${ranked.nearest}) | ${cell(z)} | ${cell(a)} | ${cell(b)} | ${cell(c)} | ${count(b, 'right') - count(a, 'right')}`,
);
for (const [m, t] of byMargin)
  console.log(`margin ${m} (left-out weights): right→none ${t.rightToNone}, wrong→none ${t.wrongToNone}, other changes ${t.otherChanges}`);
const cpu = process.cpuUsage(started);
console.log(
  `${polnear.length} PolNeAR train examples, ${checked.examples.length} hand-checked; ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU`,
);
