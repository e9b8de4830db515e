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
import { existsSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Engine, IndexedCorpus } from '../../src/engine/index.ts';
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

/** The process's peak resident memory so far (the kernel's high-water mark, every thread). */
export const maxRssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

export const cpuSeconds = (usage: NodeJS.CpuUsage) => Math.round((usage.user + usage.system) / 1e4) / 100;

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
  const started = performance.now();
  const engine = await buildEngine(corpusDir, watch.logger(), startupOptions(snapDir));
  const buildS = (performance.now() - started) / 1000;
  const buildCpuS = cpuSeconds(process.cpuUsage(cpu));
  watch.stop();
  const batches = watch.events.filter((e) => e.msg.startsWith('loading corpus')).length;
  return {
    engine,
    figures: {
      buildS,
      buildCpuS,
      loadAverageAtBuild: loadAtBuild,
      loadAverageAfterBuild: loadAverage(),
      peakRssDuringBuildMB: maxRssMB(),
      peakHeapDuringBuildMB: watch.peakHeapMB,
      // After start-up's two full garbage collections (src/startup/memory.ts).
      rssAfterBuildMB: mb(process.memoryUsage().rss),
      heapAfterBuildMB: mb(process.memoryUsage().heapUsed),
      buildMemoryTimeline: watch.samples,
      buildLog: watch.events,
      buildLogLines: batches,
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
      statements: one('SELECT sum(json_array_length(statements)) FROM statements'),
      quotes: one('SELECT sum(json_array_length(quotes)) FROM articles'),
    };
  } finally {
    db.close();
  }
}
