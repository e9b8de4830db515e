/**
 * `npm run bench [-- --sizes 37k,150k,500k] [--engines minisearch,typed]`: build, snapshot and query
 * figures for the seeds plus the 37k-article research corpus, and the same replicated with new ids
 * to 150k and 500k articles.
 * - `minisearch`: the bot's engine (quotes, MiniSearch passage index, statements, snapshot, cold
 *   start, `/quote` and `/search` latency), then the naive baseline, MiniSearch defaults over whole
 *   articles, which is also MiniSearch's own floor on this machine.
 * - `typed`: the same passages and terms in flat typed arrays, no MiniSearch: what the index could
 *   cost past MiniSearch's limits.
 * Each runs in its own child process (the cold start in a fresh grandchild), so memory is measured
 * cleanly; one that dies (e.g. out of memory) is reported with the step it reached. Prints a
 * Markdown table and writes it, with machine info, to bench/results/.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGunzip, createGzip } from 'node:zlib';
import MiniSearch from 'minisearch';
import { loadCorpus, loadFile } from '../src/corpus/load.ts';
import { listCorpusFiles } from '../src/corpus/walk.ts';
import { contentsOf, IndexedCorpus } from '../src/engine/corpus.ts';
import { Engine } from '../src/engine/engine.ts';
import { collectGarbage } from '../src/startup/memory.ts';
import { loadSnapshot, saveSnapshot } from '../src/store/snapshot.ts';
import { TypedPostings, TypedPostingsBuilder } from './support/typed-postings.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const NEWS = path.resolve(ROOT, '../shared/corpora/news-37k/articles.jsonl.gz');
const WORK = path.join(ROOT, '.cache/bench');
const SIZES: Record<string, number> = { '37k': 1, '150k': 4, '500k': 13 };
const QUERIES = 200;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '37k,150k,500k' },
    engines: { type: 'string', default: 'minisearch,typed' },
    child: { type: 'string' },
    typed: { type: 'string' },
    load: { type: 'string' },
    out: { type: 'string' },
  },
});

interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}
type Figures = Record<string, unknown> & { size: string; reached: string };

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const rss = () => mb(process.memoryUsage().rss);

function percentiles(ms: number[]): Latency {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

/** A seeded PRNG (mulberry32), so every run asks the same queries. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 200 realistic queries: speaker names, places, phrases, outlet and date filters, misses. */
function queryMix(engine: Engine): string[] {
  const rand = random(6);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const speakers = engine
    .speakerList()
    .filter((s) => /^\p{Lu}\p{L}+ \p{Lu}\p{L}+$/u.test(s.name))
    .slice(0, 60)
    .map((s) => s.name);
  const outlets = engine.outletNames().slice(0, 20);
  const places = ['Ukraine', 'Bucha', 'Mariupol', 'Gaza', 'Taiwan', 'Kyiv', 'Moscow', 'Beijing', 'Washington', 'Brussels', 'Sudan', 'Iran'];
  const topics = ['talks', 'sanctions', 'inflation', 'elections', 'ceasefire', 'vaccine', 'climate', 'grain deal', 'nuclear', 'refugees'];
  const phrases = ['"we will not"', '"peace talks"', '"war crimes"', '"interest rates"', '"human rights"'];
  const out: string[] = [];
  while (out.length < QUERIES) {
    const kind = out.length % 8;
    const surname = pick(speakers).split(' ').pop() ?? 'Putin';
    if (kind === 0) out.push(`${surname} ${pick(topics)}`);
    else if (kind === 1) out.push(pick(places));
    else if (kind === 2) out.push(`${pick(places)} ${pick(topics)}`);
    else if (kind === 3) out.push(pick(phrases));
    else if (kind === 4) out.push(`${pick(topics)} outlet:"${pick(outlets)}"`);
    else if (kind === 5) out.push(`${pick(places)} since:2022-0${1 + Math.floor(rand() * 9)}`);
    else if (kind === 6) out.push(`${surname}`);
    else out.push(`zqxv${Math.floor(rand() * 1e6)} florbnicate`);
  }
  return out;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

/** The corpus folder of a size: seeds, the 37k file, and `copies - 1` replicas with new ids. */
async function prepareCorpus(size: string): Promise<string> {
  const copies = SIZES[size] ?? 1;
  const dir = path.join(WORK, `corpus-${size}`);
  if (existsSync(path.join(dir, '.complete'))) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(ROOT, 'corpus'), dir, { recursive: true });
  await symlink(NEWS, path.join(dir, 'news-37k.jsonl.gz'));
  for (let copy = 2; copy <= copies; copy++) {
    const lines = createInterface({ input: createReadStream(NEWS).pipe(createGunzip()), crlfDelay: Infinity });
    const gzip = createGzip({ level: 1 });
    const written = pipeline(gzip, createWriteStream(path.join(dir, `replica-${copy}.jsonl.gz`)));
    let n = 0;
    for await (const line of lines) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as Record<string, unknown>;
      record.id = `r${copy}-${String(record.id ?? n)}`;
      if (!gzip.write(`${JSON.stringify(record)}\n`)) await new Promise((resolve) => gzip.once('drain', resolve));
      n++;
    }
    gzip.end();
    await written;
  }
  await writeFile(path.join(dir, '.complete'), '');
  return dir;
}

async function child(size: string, out: string): Promise<void> {
  const figures: Figures = { size, reached: 'start' };
  const save = () => writeFile(out, JSON.stringify(figures));
  const dir = await prepareCorpus(size);
  figures.reached = 'load';
  await save();
  const loadStart = performance.now();
  const load = await loadCorpus(dir);
  figures.articles = load.articles.length;
  const chars = load.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.length, 0), 0);
  figures.textMB = Math.round(chars / 1e6);
  figures.loadS = (performance.now() - loadStart) / 1000;
  figures.reached = 'build';
  await save();
  const { contents, other } = contentsOf(load);
  const corpus = new IndexedCorpus();
  let quotesMs = 0;
  let indexStart = 0;
  let statementsStart = 0;
  let statementsMs = 0;
  const buildStart = performance.now();
  corpus.applyNow(contents, [], (p) => {
    if (p.phase === 'index' && !indexStart) {
      indexStart = performance.now();
      quotesMs = indexStart - buildStart;
    }
    if (p.phase === 'statements' && p.done === 0) statementsStart = performance.now();
    if (p.phase === 'statements' && p.done === 1) statementsMs = performance.now() - statementsStart;
  });
  if (other.length) corpus.setExtraSkipped(other);
  const buildMs = performance.now() - buildStart;
  const statements = time(() => corpus.statements.list().length);
  figures.buildS = buildMs / 1000;
  figures.quotesS = quotesMs / 1000;
  figures.statementsS = (statementsMs + statements.ms) / 1000;
  figures.buildMBps = Math.round((chars / 1e6 / (buildMs / 1000)) * 10) / 10;
  figures.passages = corpus.index.size;
  figures.statements = statements.value;
  collectGarbage();
  figures.rssAfterBuildMB = rss();
  await writeFile(queriesFile(size), JSON.stringify(queryMix(new Engine(corpus))));
  figures.reached = 'snapshot save';
  await save();
  const snapDir = path.join(WORK, `snapshot-${size}`);
  const saveStart = performance.now();
  const { bytes } = await saveSnapshot(snapDir, corpus, 'bench');
  figures.snapshotMB = mb(bytes);
  figures.saveS = (performance.now() - saveStart) / 1000;
  figures.reached = 'cold start';
  await save();

  const loadOut = `${out}.load.json`;
  const run = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, '--load', snapDir, '--out', loadOut], {
    stdio: 'inherit',
  });
  if (run.status === 0) Object.assign(figures, JSON.parse((await import('node:fs')).readFileSync(loadOut, 'utf8')));
  else figures.coldStartError = `exit ${run.status ?? run.signal}`;

  figures.reached = 'baseline';
  await save();
  const queries = JSON.parse(readFileSync(queriesFile(size), 'utf8')) as string[];
  Object.assign(figures, baseline(load.articles, queries));
  figures.reached = 'done';
  await save();
}

/** Cold start in a fresh process: snapshot to "ready to answer", memory, then the query latencies. */
async function coldStart(snapDir: string, out: string): Promise<void> {
  const started = performance.now();
  const { corpus } = await loadSnapshot(snapDir);
  const engine = new Engine(corpus);
  engine.sources();
  // What start-up does once the index is ready (src/startup/engine.ts).
  collectGarbage();
  const coldStartS = (performance.now() - started) / 1000;
  const rssAfterLoadMB = rss();
  const queries = queryMix(engine);
  const latency = (command: 'quote' | 'search') =>
    percentiles(
      queries.map((query) => {
        const t = performance.now();
        try {
          engine.search({ command, query });
        } catch {
          // An unknown outlet or speaker is an answer too (a message).
        }
        return performance.now() - t;
      }),
    );
  const quote = latency('quote');
  const search = latency('search');
  const raw = percentiles(
    queries.map((q) => time(() => corpus.index.rawSearch(q.replace(/\w+:("[^"]*"|\S+)/g, '').replace(/"/g, ''), 'AND')).ms),
  );
  await writeFile(out, JSON.stringify({ coldStartS, rssAfterLoadMB, quote, search, rawMiniSearch: raw }));
}

/**
 * The naive baseline: MiniSearch defaults over whole articles, excerpts cut by scanning the hits.
 * It is also the floor of MiniSearch itself on this machine: the smallest index (one document per
 * article, default options), its build rate, memory, raw search times and its own serialization's
 * size, save and load times.
 */
function baseline(articles: ReadonlyArray<{ id: string; paragraphs: string[] }>, queries: string[]): Record<string, unknown> {
  const options = { fields: ['text'] };
  let search = new MiniSearch<{ id: number; text: string }>(options);
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let chars = 0;
  const build = time(() => {
    for (let i = 0; i < articles.length; i += 1000) {
      const docs = articles.slice(i, i + 1000).map((a, k) => ({ id: i + k, text: a.paragraphs.join('\n\n') }));
      for (const d of docs) chars += d.text.length;
      search.addAll(docs);
    }
  });
  collectGarbage();
  const heapMB = mb(process.memoryUsage().heapUsed - before);
  const words = queries.map((q) => q.replace(/\w+:("[^"]*"|\S+)/g, '').replace(/"/g, ''));
  const raw = words.map((w) => time(() => search.search(w, { combineWith: 'AND' })).ms);
  const ms = words.map(
    (w) =>
      time(() => {
        const hits = search.search(w, { combineWith: 'AND' }).slice(0, 50);
        const needles = w.toLowerCase().split(/\s+/).filter(Boolean);
        for (const h of hits) {
          const text = (articles[h.id as number]?.paragraphs ?? []).join('\n\n');
          const at = Math.max(0, ...needles.map((n) => text.toLowerCase().indexOf(n)));
          text.slice(Math.max(0, at - 100), at + 220);
        }
      }).ms,
  );
  const saved = time(() => JSON.stringify(search));
  const json = saved.value;
  search = undefined as never;
  collectGarbage();
  const loaded = time(() => MiniSearch.loadJSON(json, options));
  return {
    baselineBuildS: build.ms / 1000,
    baselineBuildMBps: Math.round((chars / 1e6 / (build.ms / 1000)) * 10) / 10,
    baselineHeapMB: heapMB,
    baselineRaw: percentiles(raw),
    baseline: percentiles(ms),
    baselineSnapshotMB: mb(json.length),
    baselineSaveS: saved.ms / 1000,
    baselineLoadS: loaded.ms / 1000,
  };
}

/**
 * The typed index of a corpus folder, read file by file. In a function of its own, so nothing of
 * the loaded files outlives it (a suspended async frame keeps its temporaries alive).
 */
async function buildTyped(dir: string): Promise<{ index: TypedPostings; chars: number; articles: number }> {
  const builder = new TypedPostingsBuilder();
  let chars = 0;
  let articles = 0;
  for (const file of (await listCorpusFiles(dir)).files) {
    for (const article of (await loadFile(dir, file)).articles) {
      articles++;
      for (const paragraph of article.paragraphs) {
        chars += paragraph.length;
        builder.add(paragraph);
      }
    }
  }
  return { index: builder.finish(), chars, articles };
}

/** The fixed query mix, written by the MiniSearch run of a size (or of 37k, the same speakers). */
function queriesFile(size: string): string {
  return path.join(WORK, `queries-${size}.json`);
}

/**
 * What the index could cost without MiniSearch, in its own process: the same passages (cleaned
 * paragraphs, read file by file so the corpus never sits in memory as strings) and the same terms
 * in flat typed arrays (scripts/support/typed-postings.ts), saved and loaded as raw bytes; exact
 * terms, AND, best 200 per query.
 */
async function typedChild(size: string, out: string): Promise<void> {
  const dir = await prepareCorpus(size);
  const figures: Record<string, unknown> = {};
  collectGarbage();
  const before = process.memoryUsage();
  const started = performance.now();
  const { index, chars, articles } = await buildTyped(dir);
  const buildMs = performance.now() - started;
  collectGarbage();
  const after = process.memoryUsage();
  figures.typedArticles = articles;
  figures.typedBuildS = buildMs / 1000;
  figures.typedBuildMBps = Math.round((chars / 1e6 / (buildMs / 1000)) * 10) / 10;
  figures.typedPostings = index.postingCount;
  figures.typedMemoryMB = mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers);
  const file = path.join(WORK, `typed-${size}.bin`);
  const saved = time(() => writeFileSync(file, index.serialize()));
  const fileMB = mb(statSync(file).size);
  const loaded = time(() => TypedPostings.deserialize(readFileSync(file)));
  const queries = [queriesFile(size), queriesFile('37k')].find((f) => existsSync(f));
  if (queries) {
    const words = (JSON.parse(readFileSync(queries, 'utf8')) as string[]).map((q) => q.replace(/\w+:("[^"]*"|\S+)/g, '').replace(/"/g, ''));
    figures.typedRaw = percentiles(words.map((w) => time(() => loaded.value.search(w, 200)).ms));
  }
  await rm(file, { force: true });
  figures.typedSerialized = `${fileMB} / ${cell(saved.ms / 1000)} / ${cell(loaded.ms / 1000)}`;
  await writeFile(out, JSON.stringify(figures));
}

function machine(): Record<string, unknown> {
  return {
    cpu: os.cpus()[0]?.model,
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString(),
  };
}

const cell = (v: unknown) =>
  v === undefined
    ? '—'
    : typeof v === 'number'
      ? String(Math.round(v * 100) / 100)
      : typeof v === 'object' && v
        ? Object.values(v as Latency).join(' / ')
        : String(v);

async function parent(): Promise<void> {
  const sizes = (values.sizes ?? '').split(',').filter((s) => s in SIZES);
  await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
  const results: Figures[] = [];
  const serialized = (f: Figures) =>
    f.baselineSnapshotMB === undefined ? undefined : `${cell(f.baselineSnapshotMB)} / ${cell(f.baselineSaveS)} / ${cell(f.baselineLoadS)}`;
  const engines = new Set((values.engines ?? '').split(','));
  for (const size of sizes) {
    await mkdir(WORK, { recursive: true });
    const figures: Figures = { size, reached: 'not run' };
    if (engines.has('minisearch')) {
      const out = path.join(WORK, `figures-${size}.json`);
      await rm(out, { force: true });
      process.stderr.write(
        `bench ${size} (MiniSearch engine): seeds + news-37k${(SIZES[size] ?? 1) > 1 ? ` + ${(SIZES[size] ?? 1) - 1} replicas with new ids` : ''}\n`,
      );
      const run = spawnSync(
        process.execPath,
        ['--max-old-space-size=12288', '--max-semi-space-size=64', '--import', 'tsx', import.meta.filename, '--child', size, '--out', out],
        { stdio: 'inherit' },
      );
      Object.assign(figures, existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Figures) : { reached: 'start' });
      if (run.status !== 0) figures.failed = `stopped during ${figures.reached} (${run.signal ?? `exit ${run.status}`}; out of memory?)`;
    }
    if (engines.has('typed')) {
      const out = path.join(WORK, `typed-${size}.json`);
      await rm(out, { force: true });
      process.stderr.write(`bench ${size} (typed-array postings)\n`);
      const run = spawnSync(
        process.execPath,
        ['--max-old-space-size=12288', '--max-semi-space-size=64', '--import', 'tsx', import.meta.filename, '--typed', size, '--out', out],
        { stdio: 'inherit' },
      );
      if (run.status === 0 && existsSync(out)) Object.assign(figures, JSON.parse(readFileSync(out, 'utf8')) as Figures);
      else figures.typedFailed = `exit ${run.signal ?? run.status}`;
    }
    figures.baselineSerialized = serialized(figures);
    results.push(figures);
  }
  const rows: Array<[string, string]> = [
    ['articles', 'articles'],
    ['text MB', 'textMB'],
    ['passages', 'passages'],
    ['index build s (quotes+index+statements)', 'buildS'],
    ['  of which quote extraction s', 'quotesS'],
    ['  of which statement grouping s', 'statementsS'],
    ['build MB/s of text', 'buildMBps'],
    ['RSS after build MB', 'rssAfterBuildMB'],
    ['snapshot MB', 'snapshotMB'],
    ['snapshot save s', 'saveS'],
    ['cold start from snapshot s', 'coldStartS'],
    ['RSS after load MB', 'rssAfterLoadMB'],
    ['/quote ms p50/p95/p99/max', 'quote'],
    ['/search ms p50/p95/p99/max', 'search'],
    ['raw MiniSearch ms p50/p95/p99/max', 'rawMiniSearch'],
    ['baseline (whole articles) build s', 'baselineBuildS'],
    ['baseline build MB/s of text', 'baselineBuildMBps'],
    ['baseline heap MB (index only)', 'baselineHeapMB'],
    ['baseline serialized MB / save s / load s', 'baselineSerialized'],
    ['baseline raw MiniSearch ms p50/p95/p99/max', 'baselineRaw'],
    ['baseline search+scan ms p50/p95/p99/max', 'baseline'],
    ['typed-array postings (no MiniSearch): articles', 'typedArticles'],
    ['typed-array postings build s', 'typedBuildS'],
    ['typed-array postings build MB/s of text', 'typedBuildMBps'],
    ['typed-array postings: postings', 'typedPostings'],
    ['typed-array postings memory MB', 'typedMemoryMB'],
    ['typed-array postings file MB / save s / load s', 'typedSerialized'],
    ['typed-array postings search ms p50/p95/p99/max', 'typedRaw'],
    ['did not complete', 'failed'],
    ['typed-array postings did not complete', 'typedFailed'],
  ];
  const table = [
    `| figure | ${results.map((r) => r.size).join(' | ')} |`,
    `| --- | ${results.map(() => '---').join(' | ')} |`,
    ...rows.map(([label, key]) => `| ${label} | ${results.map((r) => cell(r[key])).join(' | ')} |`),
  ].join('\n');
  const ratios = results
    .filter((r) => r.quote && r.rawMiniSearch)
    .map(
      (r) =>
        `${r.size}: /search p50 ÷ raw MiniSearch p50 = ${cell(((r.search as Latency).p50 || 0) / ((r.rawMiniSearch as Latency).p50 || 1))}; /search p99 ÷ baseline p99 = ${cell(((r.search as Latency).p99 || 0) / ((r.baseline as Latency | undefined)?.p99 || 1))}`,
    );
  const info = machine();
  const text = `Corpus: seeds + news-37k (37,554 articles); 150k and 500k replicate news-37k with new ids.\nMachine: ${String(info.cpu)}, ${String(info.cores)} cores, ${String(info.memoryGB)} GB, Node ${String(info.node)}, ${String(info.date)}\n\n${table}\n\n${ratios.join('\n')}\n`;
  process.stdout.write(text);
  const stamp = String(info.date).slice(0, 19).replace(/[:T]/g, '-');
  await writeFile(path.join(ROOT, `bench/results/bench-${stamp}.json`), JSON.stringify({ machine: info, results }, null, 2));
  await writeFile(path.join(ROOT, `bench/results/bench-${stamp}.md`), text);
}

if (values.load && values.out) await coldStart(values.load, values.out);
else if (values.typed && values.out) await typedChild(values.typed, values.out);
else if (values.child && values.out) await child(values.child, values.out);
else await parent();
