/**
 * Start-up step: open the corpus folder as an engine. The snapshot of the last run is reused for
 * files whose content hash has not changed; only changed, added and removed files are processed,
 * and the snapshot is then rewritten. A missing, damaged or outdated snapshot means a rebuild with
 * a log line, never a failed start. Long steps log progress (count, rate, time left).
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { SkippedFile } from '../corpus/article.ts';
import { loadFile } from '../corpus/load.ts';
import { corpusFileHash } from '../corpus/open.ts';
import { corpusRoot } from '../corpus/paths.ts';
import { listCorpusFiles } from '../corpus/walk.ts';
import { Engine, IndexedCorpus, type EngineOptions, type FileContent, type Progress } from '../engine/index.ts';
import { holdLastGood } from '../live/last-good.ts';
import { CorpusWatcher, type WatchOptions } from '../live/watcher.ts';
import type { Logger } from '../logger.ts';
import { pipelineCodeHash } from '../store/fingerprint.ts';
import { SqliteIndex } from '../search/sqlite/sqlite-index.ts';
import { loadSnapshot, saveSnapshot } from '../store/snapshot.ts';
import { openStore, type SqliteStore } from '../store/sqlite-store.ts';
import { checkHeapFor, chooseIndex, corpusBytes, type SearchEngineSetting } from './index-choice.ts';
import { collectGarbage } from './memory.ts';
import { warmUp, type WarmUp } from './warm-up.ts';

export interface OpenOptions {
  /** Where the snapshot lives (default `.cache/snapshot/<corpus name>` next to the corpus folder); `false`: none. */
  snapshotDir?: string | false;
  /** The engine's knobs (clock, index engine, …); see `ENGINE_DEFAULTS`. */
  engine?: EngineOptions;
  /** Milliseconds since the epoch, for embargoes (shorthand for `engine.clock`). */
  clock?: () => number;
  /** `SEARCH_ENGINE` (default `auto`; see `index-choice.ts`); ignored when `engine.index` is given. */
  searchEngine?: SearchEngineSetting;
  /** `SQLITE_PATH`: the SQLite index's database (default `index.sqlite` in the snapshot folder; in memory without one). */
  sqlitePath?: string;
  /** CORPUS_FOLLOW_LINKS: follow symbolic links out of the corpus folder (see src/corpus/paths.ts). */
  followLinks?: boolean;
  /** After start-up, a few queries of the engine's own data, one per turn of the event loop (`warm-up.ts`); off by default. */
  warmUp?: boolean;
}

function engineOptions(options: OpenOptions): EngineOptions {
  return { ...options.engine, ...(options.clock ? { clock: options.clock } : {}) };
}

export interface LiveEngine {
  engine: Engine;
  /** Stops the watcher (and waits for a snapshot being written). Call at shutdown. */
  close(): Promise<void>;
}

/** `.cache/snapshot/<name>` beside the corpus folder, never inside it. */
export function defaultSnapshotDir(corpusDir: string): string {
  const dir = resolve(corpusDir);
  return join(dirname(dir), '.cache', 'snapshot', basename(dir));
}

/** The engine over `corpusDir` as it is now (snapshot reused where it can be); no watching. */
export async function buildEngine(corpusDir: string, logger: Logger, options: OpenOptions = {}): Promise<Engine> {
  const { corpus } = await openCorpus(corpusDir, logger, options);
  const engine = reportReady(new Engine(corpus, engineOptions(options)), corpusDir, logger);
  if (options.warmUp) startWarmUp(engine, logger);
  return engine;
}

/** Warms the engine up in the background (`warm-up.ts`), with a log line when done. */
function startWarmUp(engine: Engine, logger: Logger): WarmUp {
  const warming = warmUp(engine);
  void warming.done.then((f) =>
    logger.info(
      f,
      `warmed up: ${f.queries} queries, ${Math.round(f.cpuMs)} ms of CPU (longest ${Math.round(f.longestCpuMs)}) over ${Math.round(f.ms)} ms`,
    ),
  );
  return warming;
}

/** The engine, kept up to date with the folder while the bot runs; the snapshot is refreshed after changes. */
export async function startLiveEngine(
  corpusDir: string,
  logger: Logger,
  options: OpenOptions & { watch?: WatchOptions; saveAfterMs?: number } = {},
): Promise<LiveEngine> {
  const { corpus, snapshotDir } = await openCorpus(corpusDir, logger, options);
  const engine = reportReady(new Engine(corpus, engineOptions(options)), corpusDir, logger);
  const warming = options.warmUp ? startWarmUp(engine, logger) : undefined;
  let saveTimer: NodeJS.Timeout | undefined;
  let saving: Promise<void> = Promise.resolve();
  const watcher = new CorpusWatcher(resolve(corpusDir), corpus, logger, {
    ...options.watch,
    followLinks: options.followLinks === true,
    onApplied: (files) => {
      options.watch?.onApplied?.(files);
      if (!snapshotDir) return;
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => {
        saving = saving.then(() => writeSnapshot(snapshotDir, corpus, logger));
      }, options.saveAfterMs ?? 30_000);
    },
  });
  await watcher.whenReady();
  return {
    engine,
    async close() {
      warming?.stop();
      clearTimeout(saveTimer);
      await watcher.close();
      await saving;
    },
  };
}

async function openCorpus(
  corpusDir: string,
  logger: Logger,
  options: OpenOptions,
): Promise<{ corpus: IndexedCorpus; snapshotDir: string | undefined }> {
  const dir = resolve(corpusDir);
  const snapshotDir = options.snapshotDir === false ? undefined : resolve(options.snapshotDir ?? defaultSnapshotDir(dir));
  const usable = snapshotDir && !isInside(snapshotDir, dir) ? snapshotDir : undefined;
  if (snapshotDir && !usable) logger.warn(`snapshot folder ${snapshotDir} is inside the corpus folder; not using a snapshot`);

  const started = performance.now();
  const root = await corpusRoot(dir, { followLinks: options.followLinks === true });
  const listing = await listCorpusFiles(root);
  /** SQLite in a file: the database is the snapshot (articles, quotes, statements, fingerprints). */
  let database: SqliteIndex | undefined;
  if (!options.engine?.index) {
    const bytes = await corpusBytes(dir, listing.files);
    const sqlitePath = options.sqlitePath ?? (usable ? join(usable, 'index.sqlite') : undefined);
    const choice = chooseIndex(options.searchEngine ?? 'auto', bytes, sqlitePath);
    logger.info({ engine: choice.engine, sqlite: choice.sqlitePath }, `search engine: ${choice.engine} (${choice.why})`);
    if (choice.engine === 'sqlite' && choice.sqlitePath) database = new SqliteIndex({ path: choice.sqlitePath });
    else checkHeapFor(choice.engine, bytes);
    options = { ...options, engine: { ...options.engine, index: database ? () => database! : choice.make } };
  }
  const code = await pipelineCodeHash();

  let corpus: IndexedCorpus | undefined;
  let fresh = true;
  let store: SqliteStore | undefined;
  if (database) {
    const opened = openStore(database, code);
    store = opened.store;
    if (opened.reason) logger.warn({ sqlite: options.sqlitePath }, `search database rebuilt: ${opened.reason}`);
    corpus = new IndexedCorpus({ ...engineOptions(options), store: opened.store }, opened.restored);
    fresh = !opened.restored;
    if (opened.restored)
      logger.info({ ms: Math.round(performance.now() - started) }, `search database loaded (${corpus.indexedFiles().length} files)`);
  } else if (usable) {
    try {
      const loaded = await loadSnapshot(usable, engineOptions(options));
      if (loaded.header.code !== code) logger.info('snapshot was built by other code; rebuilding the index');
      else {
        corpus = loaded.corpus;
        const rebuilt = (corpus.index as { rebuildReason?: string }).rebuildReason;
        if (rebuilt) logger.warn({ sqlite: options.sqlitePath }, `search database rebuilt from the snapshot: ${rebuilt}`);
        logger.info(
          { ms: Math.round(performance.now() - started), snapshot: usable },
          `snapshot loaded (${corpus.indexedFiles().length} files)`,
        );
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') logger.info(`no snapshot yet in ${usable}; building the index`);
      else logger.warn({ snapshot: usable }, `snapshot not usable (${(error as Error).message}); rebuilding the index`);
    }
  }
  if (!database) fresh = corpus === undefined;
  corpus ??= new IndexedCorpus(engineOptions(options));

  // Fingerprints: a file whose size and modification time are those recorded keeps its recorded
  // hash (as git does), so an unchanged archive is not read again at every start.
  const hashes = new Map<string, string | undefined>();
  const stamps = new Map<string, string | undefined>();
  await forEachLimited(listing.files, 8, async (file) => {
    const stamp = await fileStamp(join(dir, file));
    const known = corpus.file(file);
    stamps.set(file, stamp);
    hashes.set(file, stamp && known?.stamp === stamp && known.hash ? known.hash : await corpusFileHash(root, file));
  });

  const changed = listing.files.filter((f) => hashes.get(f) === undefined || corpus.file(f)?.hash !== hashes.get(f));
  const listed = new Set(listing.files);
  const removed = corpus
    .indexedFiles()
    .map((f) => f.file)
    .filter((f) => !listed.has(f));
  if (!fresh && (changed.length || removed.length))
    logger.info(`corpus changed since the snapshot: ${changed.length} file(s) to index, ${removed.length} removed`);

  // With the store, files are loaded and indexed a batch at a time: once written, a batch's texts
  // leave the heap, so an archive of any size builds in the memory of one batch.
  const batches = database ? await batchesOf(dir, changed) : [changed];
  const loading = progressLogger(logger, 'loading corpus', 'files');
  let loaded = 0;
  const kept: SkippedFile[] = [];
  const built = performance.now();
  for (const [b, batch] of batches.entries()) {
    const loadedFiles: FileContent[] = [];
    await forEachLimited(batch, 8, async (file) => {
      loadedFiles.push({ file, hash: hashes.get(file), stamp: stamps.get(file), load: await loadFile(root, file) });
      loading(++loaded, changed.length);
    });
    loadedFiles.sort((a, b) => (a.file < b.file ? -1 : 1));
    // A file whose new version cannot be read keeps the indexed version, with a warning.
    const held = holdLastGood(loadedFiles, corpus, logger);
    kept.push(...held.kept);
    const contents = held.contents;
    reportProblems(contents, logger);
    const gone = b === 0 ? removed : [];
    if (!contents.length && !gone.length) continue;
    const indexing = {
      quotes: progressLogger(logger, 'extracting quotes', 'articles'),
      index: progressLogger(logger, 'indexing', 'passages'),
      statements: () => undefined,
    };
    // Several batches: statements are regrouped once, after the last (see `deferStatements`).
    await corpus.apply(contents, gone, {
      onProgress: (p: Progress) => indexing[p.phase](p.done, p.total),
      deferStatements: batches.length > 1,
      groupEarly: batches.length > 1 && b === batches.length - 1,
    });
  }
  if (batches.length > 1) {
    logger.info('grouping statements');
    await corpus.settleStatements();
  }
  if (changed.length || removed.length) logger.info({ ms: Math.round(performance.now() - built) }, 'index built');
  corpus.setExtraSkipped([...listing.skipped, ...kept]);
  if (store) {
    // Files without their articles' columns get them (those just written, and those the live corpus
    // wrote while the last process ran): the next start reads them, not a row per article.
    try {
      store.saveArticleColumns(corpus.indexedFiles());
    } catch (error) {
      // Nothing served is lost: the next start reads those files' article rows instead (slower).
      logger.warn({ err: error }, "could not save the articles' columns (disk full?): serving; the next start will read their rows");
    }
    // A build's garbage is collected before serving. Opening an unchanged database leaves little
    // (its rows' JSON): collected just after start-up, so the first answer does not wait for two
    // full collections (about 0.2 s of CPU at 37k articles).
    if (changed.length || removed.length) collectGarbage();
    else setImmediate(collectGarbage).unref();
    // The database was written as the corpus changed: there is no snapshot file to refresh.
    return { corpus, snapshotDir: undefined };
  }
  if (usable && (fresh || changed.length || removed.length)) await writeSnapshot(usable, corpus, logger);
  collectGarbage();
  return { corpus, snapshotDir: usable };
}

function reportProblems(contents: readonly FileContent[], logger: Logger): void {
  for (const c of contents) {
    for (const s of c.load.skipped) logger.warn({ file: s.file }, `skipped ${s.file}: ${s.reason}`);
  }
  const warnings = contents.flatMap((c) => c.load.warnings);
  for (const w of warnings.slice(0, 50)) logger.warn({ file: w.file }, `${w.file}: ${w.reason}`);
  if (warnings.length > 50) logger.warn(`… and ${warnings.length - 50} more warnings (see /sources)`);
}

/** Corpus bytes per batch with the store (news-37k's 89 MB file is one batch of its own). */
const BATCH_BYTES = 64 * 2 ** 20;

/** Files in path order, cut into batches of about `BATCH_BYTES` on disk. */
async function batchesOf(dir: string, files: readonly string[]): Promise<string[][]> {
  const batches: string[][] = [[]];
  let bytes = 0;
  for (const file of [...files].sort()) {
    const size = await stat(join(dir, file)).then(
      (s) => s.size,
      () => 0,
    );
    if (bytes && bytes + size > BATCH_BYTES) {
      batches.push([]);
      bytes = 0;
    }
    batches[batches.length - 1]!.push(file);
    bytes += size;
  }
  return batches;
}

/** Size and modification time of a file, as one string; undefined when it cannot be read. */
async function fileStamp(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

async function writeSnapshot(dir: string, corpus: IndexedCorpus, logger: Logger): Promise<void> {
  const started = performance.now();
  try {
    const { bytes } = await saveSnapshot(dir, corpus, await pipelineCodeHash());
    logger.info({ ms: Math.round(performance.now() - started), mb: Math.round(bytes / 2 ** 20) }, `snapshot saved to ${dir}`);
  } catch (error) {
    logger.warn({ snapshot: dir }, `could not save the snapshot (${(error as Error).message}); the next start will rebuild`);
  }
}

function reportReady(engine: Engine, corpusDir: string, logger: Logger): Engine {
  const stats = engine.sources();
  logger.info(
    { corpus: corpusDir, articles: stats.articles, outlets: stats.outlets.length, quotes: stats.quotes, skipped: stats.skipped.length },
    `indexed ${stats.articles} articles from ${stats.outlets.length} outlets (${stats.quotes} quotes, ${stats.skipped.length} files skipped)`,
  );
  if (!stats.articles) logger.warn(`no articles in ${corpusDir}: every query will find nothing (see README: corpus format)`);
  return engine;
}

/** A progress reporter: logs count, rate and time left at most every 2 s. */
function progressLogger(logger: Logger, what: string, unit: string): (done: number, total: number) => void {
  let started: number | undefined;
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    started ??= last = now;
    if (now - last < 2000 && done < total) return;
    if (done === total && now - started < 2000) return;
    last = now;
    const rate = done / Math.max(0.001, (now - started) / 1000);
    logger.info(
      { done, total, perSecond: Math.round(rate) },
      `${what}: ${done}/${total} ${unit}, ${Math.round(rate)}/s, ~${Math.round((total - done) / Math.max(rate, 1e-9))} s left`,
    );
  };
}

async function forEachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await run(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith('/'));
}
