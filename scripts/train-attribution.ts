/**
 * Train the pronoun/description ranker (`src/quotes/resolution/rank.ts`) on PolNeAR train and write its weights
 * to `src/quotes/resolution/attribution-weights.json`. Deterministic: a fixed seed orders the examples, so two
 * runs write the same file.
 *
 *   npm run train:attribution
 *
 * Examples: every gold direct quote whose annotated source is a pronoun (`he`, `she`) or a definite
 * description (`the Ohio governor`), resolved by the annotation to a named source. Candidates are
 * the people mentioned before the source; the right one is the candidate with the resolved name.
 * Features are read with the ranker switched off, so that they never depend on earlier weights.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseQuotes } from '../src/quotes/extract.ts';
import { FEATURES, candidatesAt, score, type Features } from '../src/quotes/resolution/rank.ts';
import { foldName } from '../src/quotes/mentions/speakers.ts';
import { parseBrat } from './eval/brat.ts';
import { goldQuotes } from './eval/score.ts';
import { loadArticles, sameSpeaker, speakerSetFiles, type Entry } from './eval/speaker-set.ts';
import { seededRandom } from './support/seeded-random.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpora/polnear/train/', import.meta.url));
const OUT = fileURLToPath(new URL('../src/quotes/resolution/attribution-weights.json', import.meta.url));
const SEED = 13;
const EPOCHS = 40;
const RATE = 0.05;
const L2 = 1e-4;

interface Example {
  candidates: Features[];
  right: number;
}

const lastWord = (s: string): string =>
  foldName(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .pop() ?? '';

function polnearExamples(): Example[] {
  const out: Example[] = [];
  const files = readdirSync(`${CORPUS}attributions`)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  for (const f of files) {
    const text = readFileSync(`${CORPUS}text/${f.replace(/_[^_]+\.ann$/, '')}.txt`, 'utf8');
    const gold = goldQuotes(parseBrat(`${CORPUS}attributions/${f}`, text), text);
    const { quotes, ctx } = analyseQuotes(text, { model: false });
    if (!ctx) continue;
    for (const g of gold.direct) {
      const src = g.source;
      if (!src) continue;
      const form = src.text.trim().toLowerCase();
      const pronoun = /^(he|she|him|her)$/.test(form);
      const description = /^the [a-z]/.test(src.text.trim()) && !/[A-Z]/.test(src.text.slice(1)) && src.text.length < 50;
      if (!pronoun && !description) continue;
      const at = src.segments[0]?.[0] ?? 0;
      const gender = form === 'he' || form === 'him' ? 'm' : form === 'she' || form === 'her' ? 'f' : undefined;
      const speakers = quotes.filter((q) => q.end <= at && q.speaker).map((q) => q.speaker as NonNullable<typeof q.speaker>);
      const cands = candidatesAt(ctx, at, gender, speakers);
      const want = lastWord(src.resolved);
      const right = cands.findIndex((c) => ctx.people.speakerOf(c.person).key.split(' ').pop() === want);
      if (right < 0 || cands.length < 2) continue;
      out.push({ candidates: cands.map((c) => c.features), right });
    }
  }
  return out;
}

const norm = (s: string): string =>
  s
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();

/**
 * Examples from the tuning parts of the hand-checked news-37k speaker sets (never their held-out
 * parts): every labelled quotation whose source is a pronoun or a description the ranker resolves,
 * with the labelled speaker among the candidates. PolNeAR's pronoun sources are mostly politicians
 * in political news; these add other outlets, topics and forms.
 */
async function handCheckedExamples(): Promise<Example[]> {
  const entries = speakerSetFiles([]).flatMap((f) =>
    (JSON.parse(readFileSync(f, 'utf8')) as { quotes: Entry[] }).quotes.filter((e) => e.part === 'tune'),
  );
  const articles = await loadArticles(new Set(entries.map((e) => e.id)));
  const out: Example[] = [];
  const analysed = new Map<string, ReturnType<typeof analyseQuotes>>();
  for (const e of entries) {
    const text = articles.get(e.id);
    if (text === undefined) continue;
    const a = analysed.get(e.id) ?? analyseQuotes(text, { model: false });
    analysed.set(e.id, a);
    const { quotes, ctx } = a;
    const q = quotes.find((x) => norm(x.text).startsWith(norm(e.quote)));
    if (!ctx || !q?.mention) continue;
    const form = q.mention.text.trim().toLowerCase();
    const pronoun = /^(he|she|him|her|his)$/.test(form);
    const description = /^the [a-z]/.test(q.mention.text.trim()) && !/[A-Z]/.test(q.mention.text.slice(1)) && q.mention.text.length < 50;
    if (!pronoun && !description) continue;
    const at = q.mention.start;
    const gender = /^(he|him|his)$/.test(form) ? 'm' : /^(she|her)$/.test(form) ? 'f' : undefined;
    const speakers = quotes.filter((x) => x.end <= at && x.speaker).map((x) => x.speaker as NonNullable<typeof x.speaker>);
    const cands = candidatesAt(ctx, at, gender, speakers);
    const right = cands.findIndex((c) => sameSpeaker(ctx.people.speakerOf(c.person).name, e.speaker));
    if (right < 0 || cands.length < 2) continue;
    out.push({ candidates: cands.map((c) => c.features), right });
  }
  return out;
}

function accuracy(data: Example[], w: number[]): number {
  let ok = 0;
  for (const ex of data) {
    const scores = ex.candidates.map((f) => score(f, w));
    if (scores.indexOf(Math.max(...scores)) === ex.right) ok++;
  }
  return data.length ? ok / data.length : 0;
}

function train(data: Example[]): number[] {
  const random = seededRandom(SEED);
  const w: number[] = FEATURES.map((f) => (f === 'nearest' ? 1 : 0));
  const order = data.map((_, k) => k);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j] as number, order[k] as number];
    }
    for (const k of order) {
      const ex = data[k] as Example;
      const scores = ex.candidates.map((f) => score(f, w));
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const sum = exp.reduce((a, b) => a + b, 0);
      for (let c = 0; c < ex.candidates.length; c++) {
        const p = (exp[c] as number) / sum;
        const g = p - (c === ex.right ? 1 : 0);
        const f = ex.candidates[c] as Features;
        for (let i = 0; i < w.length; i++) w[i] = (w[i] as number) - RATE * (g * (f[i] as number) + L2 * (w[i] as number));
      }
    }
  }
  return w;
}

let polnear = polnearExamples();
let checked = await handCheckedExamples();
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
const w = train(data);
const weights = Object.fromEntries(FEATURES.map((f, i) => [f, Math.round((w[i] as number) * 1e4) / 1e4]));
const rounded = FEATURES.map((f) => weights[f] as number);
const report = {
  about:
    'Weights of the pronoun/description ranker (src/quotes/resolution/rank.ts), written by `npm run train:attribution` from PolNeAR train and the tuning parts of the hand-checked news-37k speaker sets. Do not edit by hand.',
  seed: SEED,
  epochs: EPOCHS,
  examples: data.length,
  polnearExamples: polnear.length,
  handCheckedExamples: checked.length,
  handCheckedAccuracy: Math.round(accuracy(checked, rounded) * 1e4) / 1e4,
  trainAccuracy: Math.round(accuracy(data, rounded) * 1e4) / 1e4,
  nearestPersonAccuracy: Math.round(accuracy(data, nearest) * 1e4) / 1e4,
  weights,
};
writeFileSync(OUT, `${JSON.stringify(report, null, 2)}\n`);
console.log(
  `${data.length} examples (${polnear.length} PolNeAR train, ${checked.length} hand-checked tune); ranker ${(100 * report.trainAccuracy).toFixed(1)} % right on train, nearest person ${(100 * report.nearestPersonAccuracy).toFixed(1)} %; wrote ${OUT}`,
);
