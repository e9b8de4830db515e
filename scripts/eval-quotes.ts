/**
 * Score quote extraction and speaker attribution against PolNeAR annotations, next to a baseline.
 *
 *   npm run eval:quotes                              # dev split (final numbers) and the speaker set
 *   npm run eval:quotes -- --split train --errors    # development on train: misses, false positives, wrong speakers
 *   npm run eval:quotes -- --no-speakers             # skip the news-37k speaker set (reads the big corpus)
 *   npm run eval:quotes -- --split train --no-timing # skip the 101 timing passes (scores only)
 *   npm run eval:quotes -- --split train --no-baseline   # skip the compromise baseline (faster)
 *   npm run eval:quotes -- --speakers-only --speaker-split tune --errors   # only the speaker set's tuning part, misses listed
 *
 * Each annotation file is one document (an article annotated twice counts twice, each against its
 * own annotator). See scripts/eval/score.ts for what counts as a gold quote and a match.
 *
 * False positives: every extracted quote is a prediction, scare quotes and titles included. Strict
 * precision counts only predictions overlapping a gold direct quote; lenient precision also accepts
 * a prediction overlapping any annotated Content span (a partial quote inside indirect speech is a
 * real quote the annotators marked). The F1 target (>= 95) applies to the lenient figure; both print.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { extractQuotes } from '../src/quotes/extract.ts';
import { parseBrat } from './eval/brat.ts';
import { ERROR_CLASSES, classify, emptyClassCounts, type ErrorClass } from './eval/classes.ts';
import { evalSpeakerSet } from './eval/speaker-set.ts';
import { emptyCounts, goldQuotes, scoreDocument, type Counts, type Gold, type Predicted } from './eval/score.ts';

const CORPUS = fileURLToPath(new URL('../../shared/corpora/polnear/', import.meta.url));

interface Doc {
  name: string;
  text: string;
  gold: Gold;
}

function loadSplit(split: string): Doc[] {
  const dir = `${CORPUS}${split}/`;
  return readdirSync(`${dir}attributions`)
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .map((f) => {
      const text = readFileSync(`${dir}text/${f.replace(/_[^_]+\.ann$/, '')}.txt`, 'utf8');
      return { name: f, text, gold: goldQuotes(parseBrat(`${dir}attributions/${f}`, text), text) };
    });
}

function ours(text: string): Predicted[] {
  return extractQuotes(text).map((q) => ({ start: q.start, end: q.end, text: q.text, mention: q.mention, speakerName: q.speaker?.name }));
}

/** Only the quotes the extractor attributes to someone: scare quotes and titles it leaves speaker-less are not claims. */
function oursAttributed(text: string): Predicted[] {
  return ours(text).filter((p) => p.speakerName !== undefined);
}

const SKIP_NAMES = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'But',
  'And',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'This',
  'That',
  'If',
  'When',
  'As',
  'For',
]);

/** Baseline: compromise's quotations, attributed to the nearest capitalised name before each quote. */
function baseline(text: string): Predicted[] {
  const found = nlp(text).quotations().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
  return found.map(({ text: t, offset }) => {
    const start = offset.start;
    const before = text.slice(Math.max(0, start - 500), start);
    let mention: Predicted['mention'];
    for (const m of before.matchAll(/\b[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+)*/gu)) {
      if (SKIP_NAMES.has(m[0])) continue;
      const s = start - before.length + (m.index ?? 0);
      mention = { start: s, end: s + m[0].length };
    }
    return {
      start,
      end: start + offset.length,
      text: t,
      mention,
      speakerName: mention ? text.slice(mention.start, mention.end) : undefined,
    };
  });
}

const pct = (a: number, b: number): number => (b === 0 ? 0 : (100 * a) / b);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function printTable(rows: Array<[string, Counts]>): void {
  const lines: Array<[string, ...string[]]> = [['metric', ...rows.map(([n]) => n)]];
  const add = (label: string, f: (c: Counts) => number, digits = 1): void => {
    lines.push([label, ...rows.map(([, c]) => f(c).toFixed(digits))]);
  };
  add('gold direct quotes', (c) => c.gold, 0);
  add('predicted quotes', (c) => c.predicted, 0);
  add('overlap recall', (c) => pct(c.goldOverlapped, c.gold));
  add('overlap precision (lenient: any content)', (c) => pct(c.predLenient, c.predicted));
  add('overlap precision (strict: direct only)', (c) => pct(c.predStrict, c.predicted));
  add('overlap F1 (lenient) [target >= 96]', (c) => f1(pct(c.predLenient, c.predicted), pct(c.goldOverlapped, c.gold)));
  add('overlap F1 (strict)', (c) => f1(pct(c.predStrict, c.predicted), pct(c.goldOverlapped, c.gold)));
  add('exact recall', (c) => pct(c.goldExact, c.gold));
  add('exact precision (lenient)', (c) => pct(c.predExactLenient, c.predicted));
  add('exact precision (strict)', (c) => pct(c.predExactStrict, c.predicted));
  add('exact F1 (lenient)', (c) => f1(pct(c.predExactLenient, c.predicted), pct(c.goldExact, c.gold)));
  add('exact F1 (strict)', (c) => f1(pct(c.predExactStrict, c.predicted), pct(c.goldExact, c.gold)));
  add('near-exact recall, Jaccard>=0.8 [>= 95]', (c) => pct(c.goldNear, c.gold));
  add('attribution right / matched [>= 92]', (c) => pct(c.attrRight, c.attrMatched));
  add('attribution right / gold with a source', (c) => pct(c.attrRight, c.goldWithSource));
  add('attribution right / all gold direct quotes', (c) => pct(c.attrRight, c.gold));
  add('he/she resolved to the nearest named source (noisy)', (c) => pct(c.pronounRight, c.pronounGold));
  add('  he/she sources matched', (c) => c.pronounGold, 0);
  const header = lines[0] as string[];
  const widths = header.map((_, k) => Math.max(...lines.map((l) => (l[k] ?? '').length)));
  for (const [i, l] of lines.entries()) {
    console.log(l.map((cell, k) => (k === 0 ? cell.padEnd(widths[k] ?? 0) : cell.padStart(widths[k] ?? 0))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const WARM_UP_PASSES = 60;
const TIMED_PASSES = 41;

/** Throughput of `extractQuotes` over the split's distinct texts: median and best of several passes (the best is least disturbed by other load on the machine). */
function timeExtractor(docs: Doc[]): void {
  const texts = [...new Set(docs.map((d) => d.text))];
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  // Warm up before timing: while V8 still optimises the code and sizes its young generation, its
  // compiler and GC threads' CPU time counts in `process.cpuUsage`. Rounds of 21 passes read 8.0, 9.7,
  // then 11.5–12.0 MB/s after 10, 31 and 52+ warm-up passes (`scripts/profile-extraction.ts --rounds 6`):
  // 60 are enough to time the steady state, which is what indexing (hundreds of MB a worker) runs at.
  for (let r = 0; r < WARM_UP_PASSES; r++) for (const t of texts) extractQuotes(t);
  const passes: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < TIMED_PASSES; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const t of texts) extractQuotes(t);
    passes.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  passes.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const mbps = (ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  const median = passes[Math.floor(passes.length / 2)] as number;
  const best = passes[0] as number;
  console.log(
    `\nextractQuotes: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB (UTF-8); median pass ${median.toFixed(0)} ms = ${mbps(median)} MB/s, best pass ${best.toFixed(0)} ms = ${mbps(best)} MB/s (${passes.length} passes)`,
  );
  const cpuMedian = cpu[Math.floor(cpu.length / 2)] as number;
  // CPU time of this one thread's process: the one-core figure, unaffected by other load on the machine.
  console.log(`extractQuotes on one core (CPU time): median ${mbps(cpuMedian)} MB/s, best ${mbps(cpu[0] as number)} MB/s [target >= 10]`);
  console.log(`load average while timing (1 min): ${loadavg()[0]?.toFixed(2)} on ${availableParallelism()} cores`);
}

function printClasses(rows: Array<[string, Record<ErrorClass, number>, number]>): void {
  console.log('\nAttribution errors by class (matched gold quotes with a source whose speaker we miss or get wrong)\n');
  const header = ['class', ...rows.map(([n]) => n)];
  const lines = [header, ...ERROR_CLASSES.map((c) => [c, ...rows.map(([, k]) => String(k[c]))])];
  lines.push(['total wrong or missing', ...rows.map(([, k]) => String(ERROR_CLASSES.reduce((n, c) => n + k[c], 0)))]);
  lines.push(['matched with a source', ...rows.map(([, , m]) => String(m))]);
  const widths = header.map((_, k) => Math.max(...lines.map((l) => (l[k] ?? '').length)));
  for (const [i, l] of lines.entries()) {
    console.log(l.map((cell, k) => (k === 0 ? cell.padEnd(widths[k] ?? 0) : cell.padStart(widths[k] ?? 0))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flagged = args.indexOf('--split');
  // A bare word names the split, unless it is the value of a flag (`--speaker-split heldout`).
  const bare = args.find((a, k) => !a.startsWith('--') && !['--split', '--speaker-split'].includes(args[k - 1] ?? ''));
  const split = flagged >= 0 ? (args[flagged + 1] ?? 'dev') : (bare ?? 'dev');
  const showErrors = args.includes('--errors');
  if (args.includes('--speakers-only')) return evalSpeakerSet(showErrors);
  const docs = loadSplit(split);
  const systems: Array<[string, (t: string) => Predicted[]]> = [
    ['extractQuotes', ours],
    ['attributed only', oursAttributed],
    ['baseline (compromise)', baseline],
  ].filter(([name]) => !(args.includes('--no-baseline') && name === 'baseline (compromise)')) as Array<
    [string, (t: string) => Predicted[]]
  >;
  const rows: Array<[string, Counts]> = [];
  const classRows: Array<[string, Record<ErrorClass, number>, number]> = [];
  for (const [name, run] of systems) {
    const counts = emptyCounts();
    const classes = emptyClassCounts();
    for (const doc of docs) {
      const result = scoreDocument(doc.gold, run(doc.text), counts);
      for (const [g, p] of result.wrongAttr) classes[classify(doc.text, g, p)]++;
      if (!showErrors || run !== ours) continue;
      const ctx = (s: number, e: number): string => doc.text.slice(Math.max(0, s - 80), e + 60).replace(/\s+/g, ' ');
      for (const g of result.missed) console.log(`MISS  ${doc.name}: ${ctx(g.start, g.end)}`);
      for (const [g, p] of result.wrongPronoun)
        console.log(
          `PRON  ${doc.name}: gold=${g.source?.text}(${g.source?.resolved}) ours=${p.speakerName ?? '-'} :: ${ctx(p.start - 300, p.end)}`,
        );
      for (const p of result.falsePos) console.log(`FP    ${doc.name}: ${ctx(p.start, p.end)}`);
      for (const [g, p] of result.wrongAttr)
        console.log(
          `ATTR  ${classify(doc.text, g, p)} ${doc.name}: gold=${g.source?.text}(${g.source?.resolved}) ours=${p.mention ? doc.text.slice(p.mention.start, p.mention.end) : '-'}→${p.speakerName ?? '-'} :: ${ctx(p.start, p.end)}`,
        );
    }
    rows.push([name, counts]);
    if (run !== oursAttributed) classRows.push([name, classes, counts.attrMatched]);
  }
  console.log(
    `\nPolNeAR ${split}: ${docs.length} annotation files (each file one document), ${new Set(docs.map((d) => d.text)).size} articles\n`,
  );
  printTable(rows);
  printClasses(classRows);
  if (!args.includes('--no-timing')) timeExtractor(docs);
  if (!args.includes('--no-speakers')) await evalSpeakerSet(showErrors);
}

await main();
