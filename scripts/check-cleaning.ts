/**
 * Runs the boilerplate cleaner over a large real corpus and prints what it removed, so a person can
 * check that the removals are boilerplate: the most frequent removed paragraphs, a random sample,
 * counts per rule, watched cues (removed vs kept), and the loader's speed on the same file.
 *
 *   npx tsx scripts/check-cleaning.ts [file.jsonl.gz] [--seed N] [--sample N] [--top N]
 */
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { explainCleaning } from '../src/corpus/clean.ts';
import { findHeadline } from '../src/corpus/headline.ts';
import { readJsonLines } from '../src/corpus/jsonl.ts';
import { loadFile } from '../src/corpus/load.ts';
import { readArticleFields } from '../src/corpus/metadata.ts';
import { splitParagraphs } from '../src/corpus/paragraphs.ts';
import { seededRandom } from './support/seeded-random.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: 'string', default: '1' },
    sample: { type: 'string', default: '20' },
    top: { type: 'string', default: '40' },
  },
});
const path = positionals[0] ?? '/work/shared/corpora/news-37k/articles.jsonl.gz';
const sampleSize = Number(values.sample);
const topCount = Number(values.top);

/** Cues whose removed/kept counts are worth watching: each should be (almost) all removed. */
const WATCHED_CUES = ['Enlarge this image toggle caption', '©', 'Advertisement', 'Sign up', 'Read more', 'Photo:', 'Image copyright'];

const short = (text: string, max = 140): string => (text.length > max ? `${text.slice(0, max)}…` : text);

// 1. The loader itself, timed.
const compressedBytes = (await stat(path)).size;
const loadStart = performance.now();
const loaded = await loadFile(dirname(path), basename(path));
const loadSeconds = (performance.now() - loadStart) / 1000;
const heapMb = process.memoryUsage().heapUsed / 2 ** 20;

// 2. The cleaner, paragraph by paragraph.
const removedCounts = new Map<string, number>();
const ruleCounts = new Map<string, number>();
const cueCounts = new Map<string, { removed: number; kept: number; keptExample?: string }>(
  WATCHED_CUES.map((cue) => [cue, { removed: 0, kept: 0 }]),
);
const sample: { text: string; rule: string; record: string }[] = [];
const next = seededRandom(Number(values.seed));
let articles = 0;
let emptied = 0;
let paragraphsIn = 0;
let removedTotal = 0;
let charsIn = 0;
let seenRemoved = 0;

for await (const entry of readJsonLines(path, { gzip: path.endsWith('.gz') })) {
  if ('error' in entry) continue;
  const { fields } = readArticleFields(entry.value as Record<string, unknown>);
  if (fields.text === undefined) continue;
  articles++;
  charsIn += fields.text.length;
  const paragraphs = splitParagraphs(fields.text);
  const headline = fields.title ?? findHeadline(paragraphs)?.headline;
  const report = explainCleaning(paragraphs, { headline, outlet: fields.outlet });
  paragraphsIn += paragraphs.length;
  removedTotal += report.removed;
  if (report.paragraphs.length === 0) emptied++;
  for (const { text, rule } of report.removedParagraphs) {
    removedCounts.set(text, (removedCounts.get(text) ?? 0) + 1);
    ruleCounts.set(rule, (ruleCounts.get(rule) ?? 0) + 1);
    seenRemoved++;
    const record = `L${entry.line}`;
    if (sample.length < sampleSize) sample.push({ text, rule, record });
    else {
      const slot = Math.floor(next() * seenRemoved);
      if (slot < sampleSize) sample[slot] = { text, rule, record };
    }
  }
  for (const [cue, counts] of cueCounts) {
    for (const { text } of report.removedParagraphs) if (text.includes(cue)) counts.removed++;
    for (const text of report.paragraphs) {
      if (!text.includes(cue)) continue;
      counts.kept++;
      counts.keptExample ??= `L${entry.line}: ${short(text)}`;
    }
  }
}

const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(whole, 1)).toFixed(2)}%`;
console.log(`# Cleaning check: ${path}\n`);
console.log(
  `Loader: ${loaded.articles.length} articles, ${loaded.skipped.length} skipped, ${loaded.warnings.length} warnings in ${loadSeconds.toFixed(2)} s`,
);
console.log(
  `  ${(compressedBytes / 2 ** 20 / loadSeconds).toFixed(1)} MB/s compressed, ${(charsIn / 1e6 / loadSeconds).toFixed(1)} M chars/s of text; heap after load ${heapMb.toFixed(0)} MB`,
);
for (const s of loaded.skipped.slice(0, 5)) console.log(`  skipped ${s.file}: ${s.reason}`);
for (const w of loaded.warnings.slice(0, 5)) console.log(`  warning ${w.file}: ${w.reason}`);
console.log(
  `\nArticles: ${articles}; paragraphs: ${paragraphsIn}; removed: ${removedTotal} (${percent(removedTotal, paragraphsIn)}); articles emptied: ${emptied}`,
);

console.log('\n## Removed, by rule');
for (const [rule, count] of [...ruleCounts].sort((a, b) => b[1] - a[1])) console.log(`${String(count).padStart(8)}  ${rule}`);

console.log('\n## Watched cues (removed / kept)');
for (const [cue, { removed, kept, keptExample }] of cueCounts) {
  console.log(
    `${String(removed).padStart(8)} / ${String(kept).padEnd(6)} ${JSON.stringify(cue)}${keptExample === undefined ? '' : `  e.g. kept ${keptExample}`}`,
  );
}

console.log(`\n## Top ${topCount} removed paragraphs`);
for (const [text, count] of [...removedCounts].sort((a, b) => b[1] - a[1]).slice(0, topCount)) {
  console.log(`${String(count).padStart(8)}  ${short(text)}`);
}

console.log(`\n## Random sample of ${sample.length} removed paragraphs (seed ${values.seed})`);
for (const { text, rule, record } of sample) console.log(`- [${rule}] ${record}: ${short(text, 220)}`);
