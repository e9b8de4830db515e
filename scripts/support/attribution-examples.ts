/**
 * Training examples and training of the pronoun/description ranker (`src/quotes/resolution/rank.ts`),
 * shared by `train-attribution.ts` (writes the weights) and `cross-validate-attribution.ts` (leave one
 * speaker-set file out). Features are read with the ranker switched off, so that they never depend on
 * earlier weights.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseQuotes } from '../../src/quotes/extract.ts';
import { FEATURES, candidatesAt, score, type Features } from '../../src/quotes/resolution/rank.ts';
import { foldName } from '../../src/quotes/mentions/speakers.ts';
import type { Gender } from '../../src/quotes/mentions/names.ts';
import { GENERATIONS } from '../../src/quotes/lexicon/generations.ts';
import { parseBrat } from '../eval/brat.ts';
import { goldQuotes } from '../eval/score.ts';
import { loadArticles, sameSpeaker, speakerSetFiles, type Entry } from '../eval/speaker-set.ts';
import { seededRandom } from './seeded-random.ts';

const CORPUS = fileURLToPath(new URL('../../../shared/corpora/polnear/train/', import.meta.url));
export const SEED = 13;
export const EPOCHS = 40;
const RATE = 0.05;
const L2 = 1e-4;

export interface Example {
  candidates: Features[];
  right: number;
  /** The speaker-set file the example comes from (its base name); undefined for PolNeAR. */
  file?: string;
}

/** Examples, and how many referring expressions were left out because the right person was not a candidate (or was the only one). */
export interface Examples {
  examples: Example[];
  /** The gold speaker is not among the candidates. */
  missing: number;
  /** A single candidate: nothing to rank. */
  single: number;
}

const words = (s: string): string[] =>
  foldName(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * The candidate PolNeAR's resolved source names, or -1. The resolved text is often a name with its
 * appositive (`Steven Cheung, a campaign spokesman,`), so a candidate is named when its surname is
 * any word of it, not only the last; of several so named (`Bill Clinton` and `Hillary Clinton` for
 * `Clinton`), the one with most name words in it, never one whose gender clashes with the pronoun's,
 * ties to the nearest. Until round 20 the last word only was read and the first surname match won:
 * 807 of 1,800 PolNeAR examples were dropped (mostly appositives) and 74 kept with a right candidate
 * of the other gender (`she` labelled Bill Clinton).
 */
export function namedCandidate(keys: string[], genders: Array<Gender | undefined>, resolved: string, gender: Gender | undefined): number {
  const said = new Set(words(resolved));
  let best = -1;
  let bestCount = 0;
  keys.forEach((key, k) => {
    const name = key.split(' ').filter((w) => !GENERATIONS.has(w));
    const surname = name[name.length - 1];
    if (surname === undefined || !said.has(surname)) return;
    const g = genders[k];
    if (gender !== undefined && g !== undefined && g !== gender) return;
    const count = name.filter((w) => said.has(w)).length;
    if (count > bestCount) {
      best = k;
      bestCount = count;
    }
  });
  return best;
}

/** Is a source text a pronoun, or a bare definite description of a person (`the Ohio governor`)? */
function referringForm(text: string): { gender: 'm' | 'f' | undefined } | undefined {
  const form = text.trim().toLowerCase();
  if (/^(he|him|his)$/.test(form)) return { gender: 'm' };
  if (/^(she|her)$/.test(form)) return { gender: 'f' };
  const description = /^the [a-z]/.test(text.trim()) && !/[A-Z]/.test(text.slice(1)) && text.length < 50;
  return description ? { gender: undefined } : undefined;
}

/**
 * Every gold direct quote of PolNeAR train whose annotated source is a pronoun (`he`, `she`) or a
 * definite description, resolved by the annotation to a named source. Candidates are the people
 * mentioned before the source; the right one is the candidate with the resolved name.
 */
export function polnearExamples(): Examples {
  const out: Examples = { examples: [], missing: 0, single: 0 };
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
      // PolNeAR's pronoun sources: `his` is not one of them.
      const form = /^his$/i.test(src.text.trim()) ? undefined : referringForm(src.text);
      if (!form) continue;
      const at = src.segments[0]?.[0] ?? 0;
      const speakers = quotes.filter((q) => q.end <= at && q.speaker).map((q) => q.speaker as NonNullable<typeof q.speaker>);
      const cands = candidatesAt(ctx, at, form.gender, speakers);
      const keys = cands.map((c) => ctx.people.speakerOf(c.person).key);
      const right = namedCandidate(
        keys,
        cands.map((c) => c.person.gender),
        src.resolved,
        form.gender,
      );
      if (right < 0) out.missing++;
      else if (cands.length < 2) out.single++;
      else out.examples.push({ candidates: cands.map((c) => c.features), right });
    }
  }
  return out;
}

/** The tuning entries of the speaker-set files (never their held-out parts), each with its file's base name. */
export const tuningEntries = (files: string[]): Entry[] =>
  files.flatMap((f) =>
    (JSON.parse(readFileSync(f, 'utf8')) as { quotes: Entry[] }).quotes
      .filter((e) => e.part === 'tune')
      .map((e) => ({ ...e, file: basename(f) })),
  );

export const norm = (s: string): string =>
  s
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase();

/**
 * Examples from the tuning parts of the hand-checked news-37k speaker sets (never their held-out
 * parts): every labelled quotation whose source is a pronoun or a description the ranker resolves;
 * a candidate is right when it is the labelled speaker by the scorer's name matching (`sameSpeaker`).
 */
export async function handCheckedExamples(files: string[] = speakerSetFiles([]), texts?: Map<string, string>): Promise<Examples> {
  const entries = tuningEntries(files);
  const articles = texts ?? (await loadArticles(new Set(entries.map((e) => e.id)), []));
  const out: Examples = { examples: [], missing: 0, single: 0 };
  const analysed = new Map<string, ReturnType<typeof analyseQuotes>>();
  for (const e of entries) {
    const text = articles.get(e.id);
    if (text === undefined) continue;
    const a = analysed.get(e.id) ?? analyseQuotes(text, { model: false });
    analysed.set(e.id, a);
    const { quotes, ctx } = a;
    const q = quotes.find((x) => norm(x.text).startsWith(norm(e.quote)));
    if (!ctx || !q?.mention) continue;
    const form = referringForm(q.mention.text);
    if (!form) continue;
    const at = q.mention.start;
    const speakers = quotes.filter((x) => x.end <= at && x.speaker).map((x) => x.speaker as NonNullable<typeof x.speaker>);
    const cands = candidatesAt(ctx, at, form.gender, speakers);
    const right = cands.findIndex((c) => sameSpeaker(ctx.people.speakerOf(c.person).name, e.speaker));
    if (right < 0) out.missing++;
    else if (cands.length < 2) out.single++;
    else out.examples.push({ candidates: cands.map((c) => c.features), right, file: e.file });
  }
  return out;
}

/** The share of examples whose right candidate scores highest under `w`. */
export function accuracy(data: Example[], w: number[]): number {
  let ok = 0;
  for (const ex of data) {
    const scores = ex.candidates.map((f) => score(f, w));
    if (scores.indexOf(Math.max(...scores)) === ex.right) ok++;
  }
  return data.length ? ok / data.length : 0;
}

/** Softmax over each example's candidates, stochastic gradient descent in a seeded order: the same data give the same weights. */
export function train(data: Example[]): number[] {
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

/** Weights rounded to four decimals, as the weights file stores them. */
export const rounded = (w: number[]): number[] => w.map((x) => Math.round(x * 1e4) / 1e4);
