/**
 * What `GET /healthz` reports: whether the bot can answer, how long it has run, how much corpus it
 * serves, its memory, and the state of each chat platform. `ok` is true only when every platform is connected.
 */
import type { Engine } from '../engine/index.ts';
import type { PlatformState } from '../platforms/platform.ts';

export interface HealthReport {
  ok: boolean;
  status: 'ok' | 'degraded' | 'stopping';
  uptimeSeconds: number;
  corpus: { articles: number; outlets: number; quotes: number; skippedFiles: number };
  /** Process memory in MB: resident set and V8 heap in use. */
  memory: { rssMb: number; heapUsedMb: number };
  platforms: Array<{ name: string; state: PlatformState; inFlight: number }>;
}

export interface HealthSource {
  engine: Pick<Engine, 'sources'>;
  startedAt: number;
  platforms: () => ReadonlyArray<{ name: string; state: () => PlatformState; inFlight: () => number }>;
  now?: () => number;
}

export function healthReport(source: HealthSource): HealthReport {
  const stats = source.engine.sources();
  const platforms = source.platforms().map((p) => ({ name: p.name, state: p.state(), inFlight: p.inFlight() }));
  const memory = process.memoryUsage();
  const stopping = platforms.some((p) => p.state === 'stopping' || p.state === 'stopped');
  const ok = !stopping && platforms.length > 0 && platforms.every((p) => p.state === 'connected');
  return {
    ok,
    status: ok ? 'ok' : stopping ? 'stopping' : 'degraded',
    uptimeSeconds: Math.round(((source.now ?? Date.now)() - source.startedAt) / 1000),
    corpus: { articles: stats.articles, outlets: stats.outlets.length, quotes: stats.quotes, skippedFiles: stats.skipped.length },
    memory: { rssMb: megabytes(memory.rss), heapUsedMb: megabytes(memory.heapUsed) },
    platforms,
  };
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
