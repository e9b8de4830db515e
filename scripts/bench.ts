/**
 * `npm run bench [-- --sizes seeds,37k,150k,500k] [--engines minisearch,sqlite,baseline]`: build,
 * memory, snapshot, cold start and query figures for the seeds alone (`seeds`, a quick smoke run),
 * the seeds plus the 37k-article research corpus, and the same with copies of news-37k with new ids
 * to 150k and 500k articles (default: 37k,150k,500k). The copies are written to files by streaming
 * (`support/bench-corpus.ts`), never held whole in memory.
 *
 * - `sqlite`: built and reopened by the bot's own start-up (`buildEngine`: about 64 MB of files a
 *   batch, quote extraction in worker threads, the database is the snapshot), memory sampled during
 *   the build (`support/bench-startup.ts`), the cold start in a fresh process through start-up.
 * - `minisearch`: the corpus loaded whole, built in-process, the NDJSON snapshot; then the naive
 *   baseline (MiniSearch over whole articles) from the same loaded corpus.
 * - `baseline`: the naive baseline alone (beside `sqlite`); it loads the size's whole corpus.
 * MiniSearch and the baseline are not run at 500k (they need the whole corpus in the heap): the
 * table says so. Each run is its own child process (the cold start in a fresh grandchild), so
 * memory is measured cleanly; one that dies (e.g. out of memory) is reported with the step it
 * reached. Load averages and CPU times are printed beside wall times (the machine is shared).
 * Prints a Markdown table and writes it, with machine info and the raw figures (build memory
 * timeline and start-up's log lines), to bench/results/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getHeapStatistics } from 'node:v8';
import { loadCorpus } from '../src/corpus/load.ts';
import { contentsOf, Engine, IndexedCorpus, INDEX_ENGINES, type SearchIndex } from '../src/engine/index.ts';
import { SqliteIndex } from '../src/search/sqlite/sqlite-index.ts';
import { buildEngine } from '../src/startup/engine.ts';
import { collectGarbage } from '../src/startup/memory.ts';
import { loadSnapshot, saveSnapshot } from '../src/store/snapshot.ts';
import { prepareCorpus as prepareCorpusFiles } from './support/bench-corpus.ts';
import { baseline, mb, time } from './support/bench-measure.ts';
import { queryMix, serving, servingAfterWarmUp } from './support/bench-serving.ts';
import {
  buildAsStartup,
  corpusOf,
  cpuSeconds,
  databaseFigures,
  loadAverage,
  maxRssMB,
  MemoryWatch,
  startupOptions,
} from './support/bench-startup.ts';
import { BENCH_HEAP_MB, heapFlags, heapSetting } from './support/bench-heap.ts';
import { baselineSerialized, benchReport, type Figures } from './support/bench-report.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const NEWS = path.resolve(ROOT, '../shared/corpora/news-37k/articles.jsonl.gz');
const WORK = path.join(ROOT, '.cache/bench');
/** Copies of news-37k per size; `seeds` has none (the five seed articles only). */
const SIZES: Record<string, number> = { seeds: 0, '37k': 1, '150k': 4, '500k': 13 };

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '37k,150k,500k' },
    engines: { type: 'string', default: 'minisearch' },
    engine: { type: 'string', default: 'minisearch' },
    reuse: { type: 'boolean', default: false },
    heap: { type: 'string', default: String(BENCH_HEAP_MB) },
    child: { type: 'string' },
    load: { type: 'string' },
    warm: { type: 'boolean', default: false },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const USAGE = `usage: npm run bench -- [--sizes ${Object.keys(SIZES).join(',')}] [--engines ${Object.keys(INDEX_ENGINES).join(',')},baseline]
  --sizes    corpus sizes to run (default 37k,150k,500k; "seeds" is a quick smoke run)
  --engines  index engines to compare (default minisearch); "baseline" adds the naive baseline
             (MiniSearch over whole articles) beside an engine other than minisearch (whose run includes it)
  --reuse    sqlite: start-up over the database an earlier run left (cold start and latencies in
             minutes; start-up rebuilds what changed, everything when the code changed)
  --heap     heap limit of the child processes in MB (default ${BENCH_HEAP_MB}), or "default": Node's
             own limit, as \`npm start\` runs the bot (proves a size builds with default settings)
Writes a Markdown table and JSON to bench/results/.`;

/** The index engine named on the command line (a child runs one; `baseline` is MiniSearch over whole articles). */
function indexEngine(name: string | undefined): () => SearchIndex {
  const make = INDEX_ENGINES[name === 'baseline' ? 'minisearch' : (name ?? '')];
  if (!make) throw new Error(`unknown index engine ${String(name)} (known: ${Object.keys(INDEX_ENGINES).join(', ')}, baseline)`);
  return make;
}

const rss = () => mb(process.memoryUsage().rss);

/** Where the bench's corpora come from and go (see `support/bench-corpus.ts`). */
const CORPUS_PATHS = { root: ROOT, news: NEWS, work: WORK };
const say = (line: string) => void process.stderr.write(`${line}\n`);

/** The corpus folder of a size (written by the parent before the children run). */
const prepareCorpus = (size: string) => prepareCorpusFiles(CORPUS_PATHS, size, SIZES[size] ?? 1, say);

/**
 * Why an engine that holds the whole corpus in the heap is not run at a size (undefined: it runs).
 * MiniSearch at 150k needed 10.3 GB after its build and ran out of a 12 GB heap while saving
 * (2026-11-22); the naive baseline loads the size's whole corpus before indexing it.
 */
function notRunReason(size: string, engine: string): string | undefined {
  if ((SIZES[size] ?? 0) <= 4 || engine === 'sqlite') return undefined;
  return engine === 'baseline'
    ? 'not run: the naive baseline loads the whole corpus (2.8 GB of text, about 20 GB of heap) and holds a MiniSearch index of it'
    : 'not run: MiniSearch holds the whole index in the heap (10.3 GB after the build at 150k, out of a 12 GB heap while saving)';
}

async function child(size: string, engine: string, out: string): Promise<void> {
  if (engine === 'sqlite') return startupChild(size, out);
  if (engine === 'baseline') return baselineChild(size, out);
  const index = indexEngine(engine);
  const figures: Figures = { size, reached: 'start' };
  const save = () => writeFile(out, JSON.stringify(figures));
  const dir = await prepareCorpus(size);
  figures.reached = 'load';
  await save();
  const loadStart = performance.now();
  const load = await loadCorpus(dir, { followLinks: true }); // its own links to news-37k and the replicas
  figures.articles = load.articles.length;
  const chars = load.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.length, 0), 0);
  figures.textMB = Math.round(chars / 1e5) / 10;
  figures.loadS = (performance.now() - loadStart) / 1000;
  figures.reached = 'build';
  await save();
  const { contents, other } = contentsOf(load);
  const snapDir = path.join(WORK, `snapshot-${size}-${engine}`);
  const corpus = new IndexedCorpus({ index });
  let quotesMs = 0;
  let indexStart = 0;
  let statementsStart = 0;
  let statementsMs = 0;
  const buildStart = performance.now();
  const buildCpu = process.cpuUsage();
  figures.loadAverageAtBuild = loadAverage();
  // As start-up builds (`apply`: quote extraction in worker threads), without yielding to queries.
  await corpus.apply(contents, [], {
    pause: () => Promise.resolve(),
    onProgress: (p) => {
      if (p.phase === 'index' && !indexStart) {
        indexStart = performance.now();
        quotesMs = indexStart - buildStart;
      }
      if (p.phase === 'statements' && p.done === 0) statementsStart = performance.now();
      if (p.phase === 'statements' && p.done === 1) statementsMs = performance.now() - statementsStart;
    },
  });
  if (other.length) corpus.setExtraSkipped(other);
  const buildMs = performance.now() - buildStart;
  figures.buildCpuS = cpuSeconds(process.cpuUsage(buildCpu));
  figures.loadAverageAfterBuild = loadAverage();
  const statements = time(() => corpus.statements.list().length);
  figures.buildS = buildMs / 1000;
  figures.quotesS = quotesMs / 1000;
  figures.statementsS = (statementsMs + statements.ms) / 1000;
  figures.buildMBps = Math.round((chars / 1e6 / (buildMs / 1000)) * 10) / 10;
  figures.passages = corpus.index.size;
  figures.index = corpus.index.kind;
  figures.statements = statements.value;
  figures.peakRssDuringBuildMB = maxRssMB();
  collectGarbage();
  figures.rssAfterBuildMB = rss();
  const built = new Engine(corpus);
  figures.quotes = built.sources().quotes;
  await writeFile(queriesFile(size), JSON.stringify(queryMix(built)));
  figures.reached = 'snapshot save';
  await save();
  const saveStart = performance.now();
  const { bytes } = await saveSnapshot(snapDir, corpus, 'bench');
  figures.snapshotMB = mb(bytes);
  figures.saveS = (performance.now() - saveStart) / 1000;
  figures.reached = 'cold start';
  await save();
  Object.assign(figures, coldStartInFreshProcess(snapDir, size, engine, out));
  // The naive baseline (MiniSearch over whole articles), from the corpus already loaded.
  figures.reached = 'baseline';
  await save();
  const queries = JSON.parse(readFileSync(queriesFile(size), 'utf8')) as string[];
  Object.assign(figures, await baseline(index, load.articles, queries));
  figures.reached = 'done';
  await save();
}

/**
 * SQLite: the build and the cold start go through start-up (`buildEngine`), a batch of about 64 MB
 * of files at a time; the whole corpus is never in this process's memory.
 */
async function startupChild(size: string, out: string): Promise<void> {
  const figures: Figures = { size, reached: 'corpus' };
  const save = () => writeFile(out, JSON.stringify(figures));
  await save();
  const dir = await prepareCorpus(size);
  const snapDir = path.join(WORK, `snapshot-${size}-sqlite`);
  figures.reached = 'build (start-up)';
  await save();
  // --reuse: start-up over the database of an earlier run (a quick re-run of the cold start and
  // latencies; with other code or changed files start-up rebuilds what changed, as the bot does).
  const reuse = values.reuse === true && existsSync(startupOptions(snapDir).sqlitePath);
  const { engine, figures: build } = await buildAsStartup(dir, snapDir, !reuse);
  if (reuse) {
    figures.reused = 'yes: the build figures are start-up over the existing database';
  }
  Object.assign(figures, build);
  figures.heapLimitMB = mb(getHeapStatistics().heap_size_limit);
  figures.index = 'sqlite';
  figures.reached = 'query mix';
  await save();
  const stats = engine.sources();
  figures.outlets = stats.outlets.length;
  await writeFile(queriesFile(size), JSON.stringify(queryMix(engine)));
  (corpusOf(engine).index as SqliteIndex).close();
  figures.reached = 'database figures';
  await save();
  const db = databaseFigures(snapDir);
  Object.assign(figures, db);
  figures.textMB = Math.round(db.textChars! / 1e5) / 10;
  if (!reuse) {
    figures.buildMBps = Math.round((db.textChars! / 1e6 / (figures.buildS as number)) * 10) / 10;
    figures.buildCpuMBps = Math.round((db.textChars! / 1e6 / (figures.buildCpuS as number)) * 10) / 10;
  }
  figures.reached = 'cold start';
  await save();
  Object.assign(figures, coldStartInFreshProcess(snapDir, size, 'sqlite', out));
  figures.reached = 'done';
  await save();
}

/** The naive baseline alone (MiniSearch over whole articles): loads the size's whole corpus. */
async function baselineChild(size: string, out: string): Promise<void> {
  const figures: Figures = { size, reached: 'load' };
  const save = () => writeFile(out, JSON.stringify(figures));
  await save();
  const dir = await prepareCorpus(size);
  const load = await loadCorpus(dir, { followLinks: true });
  figures.articles = load.articles.length;
  figures.textMB = Math.round(load.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.length, 0), 0) / 1e5) / 10;
  figures.loadAverageAtBuild = loadAverage();
  figures.reached = 'baseline';
  await save();
  if (!existsSync(queriesFile(size)))
    throw new Error(`no query mix for ${size}: run an engine of that size first (--engines sqlite,baseline)`);
  const queries = JSON.parse(readFileSync(queriesFile(size), 'utf8')) as string[];
  Object.assign(figures, await baseline(indexEngine('minisearch'), load.articles, queries));
  figures.peakRssDuringBuildMB = maxRssMB();
  figures.reached = 'done';
  await save();
}

/**
 * Runs the cold start in a fresh process (`--load`) and returns its figures (the first pass); then,
 * in another fresh process (`--load --warm`), the same mix after the start-up warm-up.
 */
function coldStartInFreshProcess(snapDir: string, size: string, engine: string, out: string): Record<string, unknown> {
  const fresh = (warm: boolean) => {
    const loadOut = `${out}.${warm ? 'warm' : 'load'}.json`;
    rmSync(loadOut, { force: true });
    const run = spawnSync(
      process.execPath,
      [
        ...[...process.execArgv, import.meta.filename, '--load', snapDir, '--child', size, '--engine', engine, '--out', loadOut],
        ...(warm ? ['--warm'] : []),
      ],
      { stdio: 'inherit' },
    );
    if (run.status === 0) return JSON.parse(readFileSync(loadOut, 'utf8')) as Record<string, unknown>;
    return { [warm ? 'warmError' : 'coldStartError']: `exit ${run.status ?? run.signal}` };
  };
  return { ...fresh(false), ...fresh(true) };
}

/**
 * Cold start in a fresh process: snapshot to "ready to answer", memory, then the query latencies
 * (the first pass). `warm`: start-up, the start-up warm-up to its end, then the query latencies only.
 */
async function coldStart(snapDir: string, indexName: string, size: string, out: string, warm: boolean): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const loadAverageAtLoad = loadAverage();
  const figures: Record<string, unknown> = { loadAverageAtLoad };
  let corpus: IndexedCorpus;
  let engine: Engine;
  if (indexName === 'sqlite') {
    // As the bot starts: list and fingerprint the files, open the database, read what start-up reads.
    const watch = new MemoryWatch(false);
    engine = await buildEngine(path.join(WORK, `corpus-${size}`), watch.logger(), startupOptions(snapDir));
    corpus = corpusOf(engine);
    watch.stop();
    const rebuilt = watch.events.filter((e) => /rebuil|to index|building/.test(e.msg)).map((e) => e.msg);
    if (rebuilt.length) figures[warm ? 'warmError' : 'coldStartError'] = `start-up did not reuse the database: ${rebuilt.join('; ')}`;
    if (!warm) figures.coldStartLog = watch.events;
  } else {
    corpus = (await loadSnapshot(snapDir, { index: indexEngine(indexName) })).corpus;
    engine = new Engine(corpus);
  }
  if (warm) {
    const problem = figures.warmError === undefined ? {} : { warmError: figures.warmError };
    await writeFile(out, JSON.stringify({ ...(await servingAfterWarmUp(engine, corpus)), ...problem }));
    return;
  }
  engine.sources();
  figures.firstAnswer = engine.search({ command: 'quote', query: 'Ukraine talks' }).total;
  figures.coldStartS = (performance.now() - started) / 1000;
  figures.coldStartCpuS = cpuSeconds(process.cpuUsage(cpu));
  figures.peakRssColdStartMB = maxRssMB();
  // What start-up does once the index is ready (src/startup/engine.ts), before measuring memory.
  collectGarbage();
  figures.rssAfterLoadMB = rss();
  figures.heapAfterLoadMB = mb(process.memoryUsage().heapUsed);
  Object.assign(figures, serving(engine, corpus));
  figures.loadAverageAfterQueries = loadAverage();
  figures.rssAfterQueriesMB = rss();
  await writeFile(out, JSON.stringify(figures));
}

/** The fixed query mix, written by the MiniSearch run of a size (or of 37k, the same speakers). */
function queriesFile(size: string): string {
  return path.join(WORK, `queries-${size}.json`);
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

async function parent(): Promise<void> {
  const sizes = (values.sizes ?? '').split(',').filter((s) => s in SIZES);
  let heap: string[];
  try {
    heap = heapFlags(values.heap);
  } catch (error) {
    say(`${(error as Error).message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  await mkdir(path.join(ROOT, 'bench/results'), { recursive: true });
  const results: Figures[] = [];
  // The baseline reads the query mix an engine of the same size wrote: it runs last.
  const engines = (values.engines ?? '').split(',').filter(Boolean);
  engines.sort((a, b) => Number(a === 'baseline') - Number(b === 'baseline'));
  for (const engine of engines) indexEngine(engine);
  await mkdir(WORK, { recursive: true });
  // Every size's files first, by streaming (the replicas once, for the largest size asked).
  for (const size of [...sizes].sort((a, b) => (SIZES[b] ?? 0) - (SIZES[a] ?? 0))) await prepareCorpus(size);
  for (const size of sizes) {
    for (const engine of engines) {
      const figures: Figures = { size, engine, reached: 'not run' };
      const out = path.join(WORK, `figures-${size}-${engine}.json`);
      await rm(out, { force: true });
      const skip = notRunReason(size, engine);
      if (skip) {
        say(`bench ${size} (${engine}): ${skip}`);
        results.push({ ...figures, failed: skip });
        continue;
      }
      const copies = SIZES[size] ?? 1;
      const replicas = copies > 1 ? ` + ${copies - 1} copies with new ids` : '';
      say(
        `bench ${size} (${engine === 'sqlite' ? 'sqlite, built and opened by start-up' : engine}): seeds${copies ? ' + news-37k' : ''}${replicas}; load average ${loadAverage().join(', ')}`,
      );
      const run = spawnSync(
        process.execPath,
        [
          ...[...heap, '--max-semi-space-size=64', '--import', 'tsx', import.meta.filename],
          ...['--child', size, '--engine', engine, '--out', out, ...(values.reuse ? ['--reuse'] : [])],
        ],
        { stdio: 'inherit' },
      );
      Object.assign(figures, existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Figures) : { reached: 'start' });
      if (run.status !== 0) figures.failed = `stopped during ${figures.reached} (${run.signal ?? `exit ${run.status}`}; out of memory?)`;
      figures.baselineSerialized = baselineSerialized(figures);
      if (figures.loadAverageAtBuild)
        figures.loadAveragesBuild = `${(figures.loadAverageAtBuild as number[]).join(', ')} / ${((figures.loadAverageAfterBuild as number[] | undefined) ?? []).join(', ')}`;
      if (figures.loadAverageAtWarmQueries)
        figures.loadAveragesWarm = `${(figures.loadAverageAtWarmQueries as number[]).join(', ')} / ${((figures.loadAverageAfterWarmQueries as number[] | undefined) ?? []).join(', ')}`;
      if (figures.loadAverageAtLoad)
        figures.loadAverages = `${(figures.loadAverageAtLoad as number[]).join(', ')} / ${((figures.loadAverageAfterQueries as number[] | undefined) ?? []).join(', ')}`;
      results.push(figures);
    }
  }
  const info = machine();
  info.heap = heapSetting(values.heap);
  const text = benchReport(results, info, heapSetting(values.heap), (size) => notRunReason(size, 'baseline'));
  process.stdout.write(text);
  const stamp = String(info.date).slice(0, 19).replace(/[:T]/g, '-');
  await writeFile(path.join(ROOT, `bench/results/bench-${stamp}.json`), JSON.stringify({ machine: info, results }, null, 2));
  await writeFile(path.join(ROOT, `bench/results/bench-${stamp}.md`), text);
}

if (values.help) process.stdout.write(`${USAGE}\n`);
else if (values.load && values.out)
  await coldStart(values.load, values.engine ?? 'minisearch', values.child ?? '37k', values.out, values.warm === true);
else if (values.child && values.out) await child(values.child, values.engine ?? 'minisearch', values.out);
else await parent();
