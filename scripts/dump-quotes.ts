/**
 * `npx tsx scripts/dump-quotes.ts [--out <file>] [--every <n>] [--passes <k>] [--fresh] [--no-polnear] [--no-news]`
 *
 * An output-identity check for quote extraction: runs the extraction exactly as the build does
 * (`quotesOfText` over an article's cleaned paragraphs joined as the build joins them) over a fixed
 * sample — every PolNeAR train and dev text (as `eval:quotes` reads them, also with the ranker off as
 * the training script reads them) and every `n`-th line of news-37k (default 10: about 3,750
 * articles) — and writes every quote with everything it carries as JSON lines. Run it on two
 * versions of the code and compare the files byte for byte (`cmp`).
 *
 * It also prints the CPU seconds the extraction took over the news sample (`process.cpuUsage`, this
 * thread only; loading is not counted), and with `--passes k` repeats the news sample k times after
 * one warm-up pass and prints each pass's CPU seconds and MB/s: a fixed CPU workload for comparing
 * and profiling (`node --cpu-prof` on a bundle of this script). Repeated passes over the same articles
 * find their names in the caches the first pass filled (`foldName`'s), as the build's new articles do
 * not: `--fresh` then also times one pass over a sample of other articles (the lines halfway between).
 */
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readRawLines, type RawLine } from '../src/corpus/jsonl.ts';
import { recordsOf } from '../src/corpus/records.ts';
import { PARAGRAPH_SEPARATOR, quotesOfText } from '../src/engine/build.ts';
import { analyseQuotes } from '../src/quotes/extract.ts';
import type { Quote } from '../src/quotes/quote.ts';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const every = Number(option('--every') ?? 10);
const passes = Number(option('--passes') ?? 0);
const outFile = option('--out');
const SHARED = fileURLToPath(new URL('../../shared/corpora/', import.meta.url));

const out = outFile ? createWriteStream(outFile) : undefined;
const write = (line: string): void => {
  out?.write(`${line}\n`);
};
/** Every field of every quote, in a fixed key order. */
const dump = (id: string, quotes: readonly Quote[]): string =>
  JSON.stringify({
    id,
    quotes: quotes.map((q) => [q.start, q.end, q.paragraph, q.kind, q.text, q.cue ?? null, q.mention ?? null, q.speaker ?? null]),
  });

if (!args.includes('--no-polnear')) {
  for (const split of ['train', 'dev']) {
    const dir = `${SHARED}polnear/${split}/text/`;
    for (const f of readdirSync(dir).sort()) {
      const text = readFileSync(dir + f, 'utf8');
      write(dump(`polnear/${split}/${f}`, quotesOfText(text)));
      write(dump(`polnear/${split}/${f} (no model)`, analyseQuotes(text, { model: false }).quotes));
    }
  }
}

if (!args.includes('--no-news')) {
  const file = `${SHARED}news-37k/articles.jsonl.gz`;
  const lines: RawLine[] = [];
  const others: RawLine[] = [];
  const halfway = Math.floor(every / 2);
  for await (const raw of readRawLines(file, { gzip: true })) {
    if (raw.line % every === 0) lines.push(raw);
    else if (halfway > 0 && raw.line % every === halfway && args.includes('--fresh')) others.push(raw);
  }
  const texts = recordsOf('news-37k', lines).articles.map((a) => [a.id, a.paragraphs.join(PARAGRAPH_SEPARATOR)] as const);
  const bytes = texts.reduce((n, [, t]) => n + Buffer.byteLength(t), 0);
  const c0 = process.cpuUsage();
  for (const [id, text] of texts) write(dump(id, quotesOfText(text)));
  const c = process.cpuUsage(c0);
  const seconds = (c.user + c.system) / 1e6;
  console.log(
    `news-37k every ${every}th line: ${texts.length} articles, ${(bytes / 1e6).toFixed(2)} MB; first pass ${seconds.toFixed(2)} s CPU`,
  );
  if (passes > 0) {
    for (const [, text] of texts) quotesOfText(text);
    const each: number[] = [];
    for (let p = 0; p < passes; p++) {
      const p0 = process.cpuUsage();
      for (const [, text] of texts) quotesOfText(text);
      const d = process.cpuUsage(p0);
      each.push((d.user + d.system) / 1e6);
    }
    const sorted = [...each].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] as number;
    console.log(
      `passes (s CPU): ${each.map((s) => s.toFixed(2)).join(' ')}; median ${median.toFixed(2)} s = ${(bytes / 1e6 / median).toFixed(1)} MB/s, best ${(bytes / 1e6 / (sorted[0] as number)).toFixed(1)} MB/s`,
    );
  }
  if (others.length > 0) {
    const fresh = recordsOf('news-37k', others).articles.map((a) => a.paragraphs.join(PARAGRAPH_SEPARATOR));
    const freshBytes = fresh.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const f0 = process.cpuUsage();
    for (const text of fresh) quotesOfText(text);
    const f = process.cpuUsage(f0);
    const seconds = (f.user + f.system) / 1e6;
    console.log(
      `fresh articles (lines ≡ ${halfway} mod ${every}): ${fresh.length} articles, ${(freshBytes / 1e6).toFixed(2)} MB; one pass ${seconds.toFixed(2)} s CPU = ${(freshBytes / 1e6 / seconds).toFixed(1)} MB/s`,
    );
  }
}
out?.end();
