/**
 * `npm run bench [-- --sizes seeds,37k,150k,500k] [--engines minisearch]`: build, snapshot and query
 * figures for the seeds alone (`seeds`, a quick smoke run), the seeds plus the 37k-article research
 * corpus, and the same replicated with new ids to 150k and 500k articles (default: 37k,150k,500k).
 *
 * For each index engine named (`INDEX_ENGINES`: today `minisearch`): the bot's engine over that
 * index (quotes, passage index, statements, snapshot, cold start, `/quote` and `/search` latency,
 * the index's own search), then the naive baseline, the same index engine over whole articles.
 * Each runs in its own child process (the cold start in a fresh grandchild), so memory is measured
 * cleanly; one that dies (e.g. out of memory) is reported with the step it reached. Prints a
 * Markdown table and writes it, with machine info, to bench/results/.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGunzip, createGzip } from 'node:zlib';
import { loadCorpus } from '../src/corpus/load.ts';
import { contentsOf, Engine, IndexedCorpus, INDEX_ENGINES, type SearchIndex } from '../src/engine/index.ts';
import { SqliteIndex } from '../src/search/sqlite/sqlite-index.ts';
import { collectGarbage } from '../src/startup/memory.ts';
import { loadSnapshot, saveSnapshot } from '../src/store/snapshot.ts';
import { openStore } from '../src/store/sqlite-store.ts';
import { baseline, mb, percentiles, time, wordsOf, type Latency } from './support/bench-measure.ts';
import { seededRandom } from './support/seeded-random.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const NEWS = path.resolve(ROOT, '../shared/corpora/news-37k/articles.jsonl.gz');
const WORK = path.join(ROOT, '.cache/bench');
/** Copies of news-37k per size; `seeds` has none (the five seed articles only). */
const SIZES: Record<string, number> = { seeds: 0, '37k': 1, '150k': 4, '500k': 13 };
const QUERIES = 200;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '37k,150k,500k' },
    engines: { type: 'string', default: 'minisearch' },
    engine: { type: 'string', default: 'minisearch' },
    child: { type: 'string' },
    load: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const USAGE = `usage: npm run bench -- [--sizes ${Object.keys(SIZES).join(',')}] [--engines ${Object.keys(INDEX_ENGINES).join(',')}]
  --sizes    corpus sizes to run (default 37k,150k,500k; "seeds" is a quick smoke run)
  --engines  index engines to compare (default minisearch)
Writes a Markdown table and JSON to bench/results/.`;

/**
 * The index engine named on the command line (a child runs one). SQLite keeps its database in a
 * file beside the snapshot, as start-up does (`SQLITE_PATH`), so the cold start reopens it.
 */
function indexEngine(name: string | undefined, size?: string): () => SearchIndex {
  if (name === 'sqlite' && size) return () => new SqliteIndex({ path: path.join(WORK, `snapshot-${size}-sqlite`, 'index.sqlite') });
  const make = INDEX_ENGINES[name ?? ''];
  if (!make) throw new Error(`unknown index engine ${String(name)} (known: ${Object.keys(INDEX_ENGINES).join(', ')})`);
  return make;
}

const rss = () => mb(process.memoryUsage().rss);

type Figures = Record<string, unknown> & { size: string; reached: string };

/** 200 realistic queries: speaker names, places, phrases, outlet and date filters, misses. */
function queryMix(engine: Engine): string[] {
  const rand = seededRandom(6);
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

/** The corpus folder of a size: seeds, the 37k file, and `copies - 1` replicas with new ids. */
async function prepareCorpus(size: string): Promise<string> {
  const copies = SIZES[size] ?? 1;
  const dir = path.join(WORK, `corpus-${size}`);
  if (existsSync(path.join(dir, '.complete'))) return dir;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(path.join(ROOT, 'corpus'), dir, { recursive: true });
  if (copies >= 1) await symlink(NEWS, path.join(dir, 'news-37k.jsonl.gz'));
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

async function child(size: string, engine: string, out: string): Promise<void> {
  const index = indexEngine(engine, size);
  const figures: Figures = { size, reached: 'start' };
  const save = () => writeFile(out, JSON.stringify(figures));
  const dir = await prepareCorpus(size);
  figures.reached = 'load';
  await save();
  const loadStart = performance.now();
  const load = await loadCorpus(dir, { followLinks: true }); // its own link to news-37k
  figures.articles = load.articles.length;
  const chars = load.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.length, 0), 0);
  figures.textMB = Math.round(chars / 1e6);
  figures.loadS = (performance.now() - loadStart) / 1000;
  figures.reached = 'build';
  await save();
  const { contents, other } = contentsOf(load);
  const snapDir = path.join(WORK, `snapshot-${size}-${engine}`);
  // SQLite: the database is the snapshot (src/store/sqlite-store.ts), written as the build goes.
  const corpus = engine === 'sqlite' ? storeCorpus(snapDir, true) : new IndexedCorpus({ index });
  let quotesMs = 0;
  let indexStart = 0;
  let statementsStart = 0;
  let statementsMs = 0;
  const buildStart = performance.now();
  const buildCpu = process.cpuUsage();
  figures.loadAverageAtBuild = os.loadavg().map((l) => Math.round(l * 100) / 100);
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
  const statements = time(() => corpus.statements.list().length);
  figures.buildS = buildMs / 1000;
  figures.quotesS = quotesMs / 1000;
  figures.statementsS = (statementsMs + statements.ms) / 1000;
  figures.buildMBps = Math.round((chars / 1e6 / (buildMs / 1000)) * 10) / 10;
  figures.passages = corpus.index.size;
  figures.index = corpus.index.kind;
  figures.statements = statements.value;
  collectGarbage();
  figures.rssAfterBuildMB = rss();
  await writeFile(queriesFile(size), JSON.stringify(queryMix(new Engine(corpus))));
  figures.reached = 'snapshot save';
  await save();
  if (engine !== 'sqlite') {
    const saveStart = performance.now();
    const { bytes } = await saveSnapshot(snapDir, corpus, 'bench');
    figures.snapshotMB = mb(bytes);
    figures.saveS = (performance.now() - saveStart) / 1000;
  }
  figures.reached = 'cold start';
  await save();

  const loadOut = `${out}.load.json`;
  const run = spawnSync(
    process.execPath,
    [...process.execArgv, import.meta.filename, '--load', snapDir, '--child', size, '--engine', engine, '--out', loadOut],
    {
      stdio: 'inherit',
    },
  );
  if (run.status === 0) Object.assign(figures, JSON.parse((await import('node:fs')).readFileSync(loadOut, 'utf8')));
  else figures.coldStartError = `exit ${run.status ?? run.signal}`;

  const database = path.join(snapDir, 'index.sqlite');
  if (engine === 'sqlite')
    figures.databaseMB = mb(['', '-wal'].reduce((n, s) => n + (existsSync(database + s) ? statSync(database + s).size : 0), 0));
  // The naive baseline (MiniSearch over whole articles) is the same for every engine: run once, with MiniSearch.
  if (engine === 'minisearch') {
    figures.reached = 'baseline';
    await save();
    const queries = JSON.parse(readFileSync(queriesFile(size), 'utf8')) as string[];
    Object.assign(figures, await baseline(index, load.articles, queries));
  }
  figures.reached = 'done';
  await save();
}

/** Cold start in a fresh process: snapshot to "ready to answer", memory, then the query latencies. */
async function coldStart(snapDir: string, indexName: string, size: string | undefined, out: string): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const loadAverage = os.loadavg().map((l) => Math.round(l * 100) / 100);
  const corpus =
    indexName === 'sqlite' ? storeCorpus(snapDir, false) : (await loadSnapshot(snapDir, { index: indexEngine(indexName, size) })).corpus;
  const engine = new Engine(corpus);
  engine.sources();
  const firstAnswer = engine.search({ command: 'quote', query: 'Ukraine talks' }).total;
  // What start-up does once the index is ready (src/startup/engine.ts).
  collectGarbage();
  const coldStartS = (performance.now() - started) / 1000;
  const coldStartCpuS = cpuSeconds(process.cpuUsage(cpu));
  const rssAfterLoadMB = rss();
  const queries = queryMix(engine);
  const cpuMs: Record<string, number[]> = { quote: [], search: [] };
  const latency = (command: 'quote' | 'search') =>
    percentiles(
      queries.map((query) => {
        const t = performance.now();
        const c = process.cpuUsage();
        try {
          engine.search({ command, query });
        } catch {
          // An unknown outlet or speaker is an answer too (a message).
        }
        cpuMs[command]!.push(cpuSeconds(process.cpuUsage(c)) * 1000);
        return performance.now() - t;
      }),
    );
  const quote = latency('quote');
  const search = latency('search');
  const everything = () => true;
  const raw = percentiles(
    queries.map(wordsOf).map((words) => time(() => corpus.index.find(words, { combineWith: 'AND', visible: everything })).ms),
  );
  await writeFile(
    out,
    JSON.stringify({
      coldStartS,
      coldStartCpuS,
      firstAnswer,
      loadAverageAtLoad: loadAverage,
      loadAverageAfterQueries: os.loadavg().map((l) => Math.round(l * 100) / 100),
      rssAfterLoadMB,
      quote,
      search,
      quoteCpu: percentiles(cpuMs.quote!),
      searchCpu: percentiles(cpuMs.search!),
      rawIndex: raw,
    }),
  );
}

/** CPU seconds (user + system, every thread) of a `process.cpuUsage` difference. */
function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return Math.round((usage.user + usage.system) / 1e4) / 100;
}

/** A corpus over the SQLite store in `snapDir` (emptied first with `fresh`), as start-up opens it. */
function storeCorpus(snapDir: string, fresh: boolean): IndexedCorpus {
  const file = path.join(snapDir, 'index.sqlite');
  if (fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  mkdirSync(snapDir, { recursive: true });
  const index = new SqliteIndex({ path: file });
  const opened = openStore(index, 'bench');
  if (!fresh && !opened.restored) throw new Error(`the database was not reused: ${opened.reason ?? 'empty'}`);
  return new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored);
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
  const engines = (values.engines ?? '').split(',').filter(Boolean);
  for (const engine of engines) indexEngine(engine);
  for (const size of sizes) {
    await mkdir(WORK, { recursive: true });
    for (const engine of engines) {
      const figures: Figures = { size, engine, reached: 'not run' };
      const out = path.join(WORK, `figures-${size}-${engine}.json`);
      await rm(out, { force: true });
      const copies = SIZES[size] ?? 1;
      const replicas = copies > 1 ? ` + ${copies - 1} replicas with new ids` : '';
      process.stderr.write(`bench ${size} (${engine} index): seeds${copies ? ' + news-37k' : ''}${replicas}\n`);
      const run = spawnSync(
        process.execPath,
        [
          ...['--max-old-space-size=12288', '--max-semi-space-size=64', '--import', 'tsx', import.meta.filename],
          ...['--child', size, '--engine', engine, '--out', out],
        ],
        { stdio: 'inherit' },
      );
      Object.assign(figures, existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Figures) : { reached: 'start' });
      if (run.status !== 0) figures.failed = `stopped during ${figures.reached} (${run.signal ?? `exit ${run.status}`}; out of memory?)`;
      figures.baselineSerialized = serialized(figures);
      if (figures.loadAverageAtLoad)
        figures.loadAverages = `${(figures.loadAverageAtLoad as number[]).join(', ')} / ${((figures.loadAverageAfterQueries as number[] | undefined) ?? []).join(', ')}`;
      results.push(figures);
    }
  }
  const rows: Array<[string, string]> = [
    ['articles', 'articles'],
    ['text MB', 'textMB'],
    ['passages', 'passages'],
    ['index build s (quotes+index+statements)', 'buildS'],
    ['  of which quote extraction s', 'quotesS'],
    ['  of which statement grouping s', 'statementsS'],
    ['build MB/s of text', 'buildMBps'],
    ['build CPU s (all threads)', 'buildCpuS'],
    ['load average at build (1/5/15 min)', 'loadAverageAtBuild'],
    ['RSS after build MB', 'rssAfterBuildMB'],
    ['snapshot MB', 'snapshotMB'],
    ['SQLite database MB', 'databaseMB'],
    ['snapshot save s', 'saveS'],
    ['cold start from snapshot s (to first answer)', 'coldStartS'],
    ['cold start CPU s', 'coldStartCpuS'],
    ['load average at cold start / after queries', 'loadAverages'],
    ['RSS after load MB', 'rssAfterLoadMB'],
    ['/quote ms p50/p95/p99/max', 'quote'],
    ['/search ms p50/p95/p99/max', 'search'],
    ['/quote CPU ms p50/p95/p99/max', 'quoteCpu'],
    ['/search CPU ms p50/p95/p99/max', 'searchCpu'],
    ['raw index search ms p50/p95/p99/max', 'rawIndex'],
    ['baseline (whole articles) build s', 'baselineBuildS'],
    ['baseline build MB/s of text', 'baselineBuildMBps'],
    ['baseline heap MB (index only)', 'baselineHeapMB'],
    ['baseline serialized MB / save s / load s', 'baselineSerialized'],
    ['baseline raw index search ms p50/p95/p99/max', 'baselineRaw'],
    ['baseline search+scan ms p50/p95/p99/max', 'baseline'],
    ['did not complete', 'failed'],
  ];
  const table = [
    `| figure | ${results.map((r) => `${r.size} ${String(r.engine)}`).join(' | ')} |`,
    `| --- | ${results.map(() => '---').join(' | ')} |`,
    ...rows.map(([label, key]) => `| ${label} | ${results.map((r) => cell(r[key])).join(' | ')} |`),
  ].join('\n');
  // The naive baseline runs once per size (with MiniSearch); every engine's row is compared with it.
  const baselineOf = (r: Figures) => (r.baseline ?? results.find((b) => b.size === r.size && b.baseline)?.baseline) as Latency | undefined;
  const ratios = results
    .filter((r) => r.quote && r.rawIndex)
    .map(
      (r) =>
        `${r.size} ${String(r.engine)}: /search p50 ÷ raw index p50 = ${cell(((r.search as Latency).p50 || 0) / ((r.rawIndex as Latency).p50 || 1))}; /search p99 ÷ baseline p99 = ${baselineOf(r)?.p99 ? cell(((r.search as Latency).p99 || 0) / baselineOf(r)!.p99) : '—'}`,
    );
  ratios.push(...engineRatios(results));
  const info = machine();
  const text = `Corpus: seeds alone (seeds), or seeds + news-37k (37,554 articles); 150k and 500k replicate news-37k with new ids.\nMachine: ${String(info.cpu)}, ${String(info.cores)} cores, ${String(info.memoryGB)} GB, Node ${String(info.node)}, ${String(info.date)}\n\n${table}\n\n${ratios.join('\n')}\n`;
  process.stdout.write(text);
  const stamp = String(info.date).slice(0, 19).replace(/[:T]/g, '-');
  await writeFile(path.join(ROOT, `bench/results/bench-${stamp}.json`), JSON.stringify({ machine: info, results }, null, 2));
  await writeFile(path.join(ROOT, `bench/results/bench-${stamp}.md`), text);
}

/** Each engine's figures over MiniSearch's (the bot as it was) at the same size: below 1 is less. */
function engineRatios(results: readonly Figures[]): string[] {
  const lines: string[] = [];
  const num = (f: Figures, key: string) => (typeof f[key] === 'number' ? (f[key] as number) : undefined);
  const p99 = (f: Figures, key: string) => (f[key] as Latency | undefined)?.p99;
  for (const r of results) {
    const base = results.find((b) => b.size === r.size && b.engine === 'minisearch');
    if (!base || base === r) continue;
    const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || !b ? '—' : cell(a / b));
    lines.push(
      `${r.size} ${String(r.engine)} ÷ minisearch: build MB/s ${ratio(num(r, 'buildMBps'), num(base, 'buildMBps'))}, RSS after build ${ratio(num(r, 'rssAfterBuildMB'), num(base, 'rssAfterBuildMB'))}, RSS serving ${ratio(num(r, 'rssAfterLoadMB'), num(base, 'rssAfterLoadMB'))}, cold start ${ratio(num(r, 'coldStartS'), num(base, 'coldStartS'))}, /quote p99 ${ratio(p99(r, 'quote'), p99(base, 'quote'))}, /search p99 ${ratio(p99(r, 'search'), p99(base, 'search'))}`,
    );
  }
  return lines;
}

if (values.help) process.stdout.write(`${USAGE}\n`);
else if (values.load && values.out) await coldStart(values.load, values.engine ?? 'minisearch', values.child, values.out);
else if (values.child && values.out) await child(values.child, values.engine ?? 'minisearch', values.out);
else await parent();
