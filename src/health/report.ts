/**
 * What `GET /healthz` reports: whether the bot can answer, how long it has run, how much corpus it
 * serves, and the state of each chat platform. `ok` is true only when every platform is connected.
 */
import type { Engine } from '../engine/engine.ts';
import type { PlatformState } from '../platforms/platform.ts';

export interface HealthReport {
  ok: boolean;
  status: 'ok' | 'degraded' | 'stopping';
  uptimeSeconds: number;
  corpus: { articles: number; outlets: number; quotes: number; skippedFiles: number };
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
  const stopping = platforms.some((p) => p.state === 'stopping' || p.state === 'stopped');
  const ok = !stopping && platforms.length > 0 && platforms.every((p) => p.state === 'connected');
  return {
    ok,
    status: ok ? 'ok' : stopping ? 'stopping' : 'degraded',
    uptimeSeconds: Math.round(((source.now ?? Date.now)() - source.startedAt) / 1000),
    corpus: { articles: stats.articles, outlets: stats.outlets.length, quotes: stats.quotes, skippedFiles: stats.skipped.length },
    platforms,
  };
}
