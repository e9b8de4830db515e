/**
 * The SQLite rows of the bench build and reopen the corpus exactly as the bot's start-up does
 * (`buildEngine` of `src/startup/engine.ts`: files fingerprinted, loaded and indexed about 64 MB of
 * files at a time, quote extraction in worker threads, the database is the snapshot), so what they
 * measure (memory, build rate, cold start) is what a user pointing the bot at that archive gets.
 * Memory is sampled every `SAMPLE_MS` while start-up runs (it yields to the event loop between
 * steps), and start-up's own log lines are kept with the memory at that moment, to tell which step
 * swells.
 */
import Database from 'better-sqlite3';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { IndexedCorpus, type Engine, type FileContent, type Progress } from '../../src/engine/index.ts';
import type { Logger } from '../../src/logger.ts';
import { buildEngine } from '../../src/startup/engine.ts';
import { mb } from './bench-measure.ts';

const SAMPLE_MS = 500;

export interface MemorySample {
  /** Seconds since start. */
  s: number;
  rssMB: number;
  heapMB: number;
  /** Outside the JavaScript heap: buffers, SQLite's and the workers' memory are in RSS only. */
  externalMB: number;
}

export interface LogEvent {
  s: number;
  level: string;
  msg: string;
  rssMB: number;
  heapMB: number;
}

/** Peak and timeline of the process's memory while `run` runs. */
export class MemoryWatch {
  readonly samples: MemorySample[] = [];
  readonly events: LogEvent[] = [];
  private readonly started = performance.now();
  private readonly timer: NodeJS.Timeout;
  peakRssMB = 0;
  peakHeapMB = 0;

  constructor(private readonly echo: boolean) {
    this.timer = setInterval(() => this.sample(), SAMPLE_MS);
    this.timer.unref();
  }

  private now(): number {
    return Math.round((performance.now() - this.started) / 100) / 10;
  }

  sample(): MemorySample {
    const m = process.memoryUsage();
    const s = { s: this.now(), rssMB: mb(m.rss), heapMB: mb(m.heapUsed), externalMB: mb(m.external) };
    this.peakRssMB = Math.max(this.peakRssMB, s.rssMB);
    this.peakHeapMB = Math.max(this.peakHeapMB, s.heapMB);
    // Every 5 s is enough for the record (the peak above sees every sample).
    if (!this.samples.length || s.s - this.samples[this.samples.length - 1]!.s >= 5) this.samples.push(s);
    return s;
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }

  /** A logger for start-up that records each line with the memory at that moment (echoed to stderr). */
  logger(): Logger {
    const write = (level: string) => (first: unknown, second?: unknown) => {
      const msg = typeof first === 'string' ? first : typeof second === 'string' ? second : JSON.stringify(first);
      const m = this.sample();
      this.events.push({ s: m.s, level, msg, rssMB: m.rssMB, heapMB: m.heapMB });
      if (this.echo) process.stderr.write(`  [${m.s.toFixed(1)} s, rss ${m.rssMB} MB, heap ${m.heapMB} MB] ${level}: ${msg}\n`);
    };
    const logger = { info: write('info'), warn: write('warn'), error: write('error'), debug: () => undefined, child: () => logger };
    return logger as unknown as Logger;
  }
}

/** One `apply` of start-up (a batch of files): wall and CPU (every thread) per phase, memory at its end. */
export interface BatchFigures {
  files: number;
  articles: number;
  /** Seconds since the build started. */
  startS: number;
  /** Quote extraction (worker threads) and speaker unification. */
  quotesS: number;
  quotesCpuS: number;
  /** Indexing, the store's transaction, showing the files. */
  indexAndCommitS: number;
  indexAndCommitCpuS: number;
  /** Regrouping the speakers the batch touched, writing their statements. */
  statementsS: number;
  statementsCpuS: number;
  /** CPU of the main thread alone in each phase (the rest of `…CpuS` is the worker threads'): where it nears the wall time, the main thread is the critical path. */
  quotesMainCpuS: number;
  indexAndCommitMainCpuS: number;
  heapEndMB: number;
  rssEndMB: number;
}

/**
 * Times each phase of every `IndexedCorpus.apply` start-up makes (bench instrumentation only:
 * wraps the method, reads the progress events it already emits), so a swelling step shows per batch.
 */
export function timeBatches(onBatch?: (batch: BatchFigures, n: number) => void): {
  batches: BatchFigures[];
  /** The final statement grouping after the last batch (`settleStatements`), wall and CPU seconds (every thread, the main thread's alone). */
  settle: { s: number; cpuS: number; mainCpuS: number };
  restore: () => void;
} {
  const batches: BatchFigures[] = [];
  const settle = { s: 0, cpuS: 0, mainCpuS: 0 };
  const proto = IndexedCorpus.prototype;
  const original = proto.apply;
  const originalSettle = proto.settleStatements;
  proto.settleStatements = async function (this: IndexedCorpus, ...args: Parameters<IndexedCorpus['settleStatements']>) {
    const t = performance.now();
    const c = process.cpuUsage();
    const m = mainThreadCpuS();
    try {
      return await originalSettle.apply(this, args);
    } finally {
      settle.s += (performance.now() - t) / 1000;
      settle.cpuS += cpuSeconds(process.cpuUsage(c));
      settle.mainCpuS += mainThreadCpuS() - m;
    }
  };
  const started = performance.now();
  const seconds = (ms: number) => Math.round(ms / 10) / 100;
  proto.apply = async function (this: IndexedCorpus, put: readonly FileContent[], remove: readonly string[], options = {}) {
    const wall: Record<string, number> = { quotes: 0, index: 0, statements: 0 };
    const cpu: Record<string, number> = { quotes: 0, index: 0, statements: 0 };
    const main: Record<string, number> = { quotes: 0, index: 0, statements: 0 };
    const batchStart = performance.now();
    let phase: Progress['phase'] = 'quotes';
    let t = batchStart;
    let c = process.cpuUsage();
    let mainAt = mainThreadCpuS();
    const enter = (next: Progress['phase'] | 'done') => {
      wall[phase]! += performance.now() - t;
      cpu[phase]! += cpuSeconds(process.cpuUsage(c));
      main[phase]! += mainThreadCpuS() - mainAt;
      if (next !== 'done') phase = next;
      t = performance.now();
      c = process.cpuUsage();
      mainAt = mainThreadCpuS();
    };
    const onProgress = (p: Progress) => {
      if (p.phase !== phase) enter(p.phase);
      options.onProgress?.(p);
    };
    await original.call(this, put, remove, { ...options, onProgress });
    enter('done');
    const m = process.memoryUsage();
    batches.push({
      files: put.length,
      articles: put.reduce((n, f) => n + f.load.articles.length, 0),
      startS: seconds(batchStart - started),
      quotesS: seconds(wall.quotes!),
      quotesCpuS: Math.round(cpu.quotes! * 100) / 100,
      indexAndCommitS: seconds(wall.index!),
      indexAndCommitCpuS: Math.round(cpu.index! * 100) / 100,
      statementsS: seconds(wall.statements!),
      statementsCpuS: Math.round(cpu.statements! * 100) / 100,
      quotesMainCpuS: Math.round(main.quotes! * 100) / 100,
      indexAndCommitMainCpuS: Math.round(main.index! * 100) / 100,
      heapEndMB: mb(m.heapUsed),
      rssEndMB: mb(m.rss),
    });
    onBatch?.(batches[batches.length - 1]!, batches.length);
  };
  return {
    batches,
    settle,
    restore: () => {
      proto.apply = original;
      proto.settleStatements = originalSettle;
    },
  };
}

/** The process's peak resident memory so far (the kernel's high-water mark, every thread). */
export const maxRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

export const cpuSeconds = (usage: NodeJS.CpuUsage) => Math.round((usage.user + usage.system) / 1e4) / 100;

/** CPU seconds of the calling thread alone (Linux's per-thread counters, ticks of 10 ms); 0 where they cannot be read. */
export function mainThreadCpuS(): number {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

export const loadAverage = () => os.loadavg().map((l) => Math.round(l * 100) / 100);

/** Start-up's options for the bench: SQLite, its database in `snapDir`, links followed (news-37k and the replicas are links). */
export function startupOptions(snapDir: string) {
  return { searchEngine: 'sqlite' as const, sqlitePath: path.join(snapDir, 'index.sqlite'), snapshotDir: snapDir, followLinks: true };
}

/** The engine's corpus (private to the engine: the bench reads its index for the raw latency and passage count). */
export const corpusOf = (engine: Engine) => (engine as unknown as { corpus: IndexedCorpus }).corpus;

/**
 * Builds `corpusDir` as start-up does, from scratch (`fresh`) or over the database left by an
 * earlier run (start-up then processes only what changed: nothing, with the same code and files);
 * returns the engine and the build's figures.
 */
export async function buildAsStartup(
  corpusDir: string,
  snapDir: string,
  fresh: boolean,
): Promise<{ engine: Engine; figures: Record<string, unknown> }> {
  const { sqlitePath } = startupOptions(snapDir);
  if (fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(sqlitePath + suffix, { force: true });
  await mkdir(snapDir, { recursive: true });
  const watch = new MemoryWatch(true);
  const loadAtBuild = loadAverage();
  const cpu = process.cpuUsage();
  const mainCpu = mainThreadCpuS();
  const started = performance.now();
  // Each batch's line as it ends: a run stopped before the end (out of time, out of memory) keeps them.
  const phases = timeBatches((b, n) =>
    process.stderr.write(
      `  batch ${n} done: ${b.articles} articles; quotes ${b.quotesS} s (CPU ${b.quotesCpuS}, main thread ${b.quotesMainCpuS}), index + commit ${b.indexAndCommitS} s (CPU ${b.indexAndCommitCpuS}, main thread ${b.indexAndCommitMainCpuS}), statements ${b.statementsS} s (CPU ${b.statementsCpuS}); heap ${b.heapEndMB} MB, RSS ${b.rssEndMB} MB\n`,
    ),
  );
  const engine = await buildEngine(corpusDir, watch.logger(), startupOptions(snapDir)).finally(phases.restore);
  const buildS = (performance.now() - started) / 1000;
  const buildCpuS = cpuSeconds(process.cpuUsage(cpu));
  const buildMainCpuS = Math.round((mainThreadCpuS() - mainCpu) * 100) / 100;
  watch.stop();
  return {
    engine,
    figures: {
      buildS,
      buildCpuS,
      buildMainThreadCpuS: buildMainCpuS,
      loadAverageAtBuild: loadAtBuild,
      loadAverageAfterBuild: loadAverage(),
      peakRssDuringBuildMB: maxRssMB(),
      peakHeapDuringBuildMB: watch.peakHeapMB,
      // After start-up's two full garbage collections (src/startup/memory.ts).
      rssAfterBuildMB: mb(process.memoryUsage().rss),
      heapAfterBuildMB: mb(process.memoryUsage().heapUsed),
      buildMemoryTimeline: watch.samples,
      buildLog: watch.events,
      batches: phases.batches,
      quotesS: phases.batches.reduce((n, b) => n + b.quotesS, 0),
      // Statements grouped after each batch, and once at the end when the batches deferred them.
      statementsS: Math.round((phases.batches.reduce((n, b) => n + b.statementsS, 0) + phases.settle.s) * 100) / 100,
      statementsCpuS: Math.round((phases.batches.reduce((n, b) => n + b.statementsCpuS, 0) + phases.settle.cpuS) * 100) / 100,
      finalStatementGroupingS: Math.round(phases.settle.s * 100) / 100,
      finalStatementGroupingCpuS: Math.round(phases.settle.cpuS * 100) / 100,
      finalStatementGroupingMainCpuS: Math.round(phases.settle.mainCpuS * 100) / 100,
    },
  };
}

/** Text, passages and statements as stored (read-only, after the build), and the database's size on disk. */
export function databaseFigures(snapDir: string): Record<string, number> {
  const file = startupOptions(snapDir).sqlitePath;
  const bytes = ['', '-wal'].reduce((n, s) => n + (existsSync(file + s) ? statSync(file + s).size : 0), 0);
  const db = new Database(file, { readonly: true });
  try {
    const one = (sql: string) => Number(db.prepare(sql).pluck().get() ?? 0);
    return {
      databaseMB: mb(bytes),
      textChars: one('SELECT sum(length(text)) FROM paragraphs'),
      passages: one('SELECT count(*) FROM paragraphs'),
      articles: one('SELECT count(*) FROM articles'),
      statements: one('SELECT count(*) FROM statements'),
      quotes: one('SELECT sum(quote_count) FROM articles'),
    };
  } finally {
    db.close();
  }
}
