/**
 * Start-up step: connect the configured chat platforms with the access policy, serve the health
 * check, and on SIGINT/SIGTERM shut down gracefully: stop taking commands (new ones are told the
 * bot is restarting), let those in flight finish, close the connections, all within a bound.
 */
import { AccessPolicy, DEFAULT_ACCESS, type AccessConfig } from '../access/index.ts';
import { ENV_DEFAULTS } from '../config/index.ts';
import type { Engine } from '../engine/engine.ts';
import { healthReport, type HealthReport } from '../health/report.ts';
import { healthRoute, startHealthServer, type RunningHealthServer } from '../health/server.ts';
import type { Logger } from '../logger.ts';
import { startDiscord, type DiscordConfig } from '../platforms/discord/index.ts';
import type { RunningPlatform } from '../platforms/platform.ts';
import { startSlack, type SlackConfig } from '../platforms/slack/index.ts';

export interface PlatformConfigs {
  slack?: SlackConfig;
  discord?: DiscordConfig;
}

export interface RunOptions {
  /** Allow-lists, rate limits and outlet restrictions (`accessConfig` in src/config); default rate limits when absent. */
  access?: AccessConfig;
  /** Serve `GET /healthz` on this port (0: any free port), besides Slack HTTP mode's own port. */
  healthPort?: number;
  healthHost?: string;
  /** How long in-flight commands get to finish after a signal before the process exits anyway. */
  shutdownGraceMs?: number;
  /** Called with the exit code when the process must end although something still holds it open. */
  forceExit?: (code: number) => void;
}

/** SHUTDOWN_GRACE_SECONDS's default, for callers that pass no grace. */
export const DEFAULT_SHUTDOWN_GRACE_MS = Number(ENV_DEFAULTS.SHUTDOWN_GRACE_SECONDS) * 1000;
/** After shutdown, a lingering socket or timer may keep the process alive this long, no longer. */
const LINGER_MS = 2_000;

/** Runs the platforms until a signal; resolves with the exit code (0 after a clean shutdown). */
export async function runPlatforms(engine: Engine, configs: PlatformConfigs, logger: Logger, options: RunOptions = {}): Promise<number> {
  const startedAt = Date.now();
  const access = options.access ?? DEFAULT_ACCESS;
  warnUnknownRestrictedOutlets(engine, access, logger);
  const policy = new AccessPolicy(access);
  const running: Array<{ name: string; platform: RunningPlatform }> = [];
  const report = (): HealthReport =>
    healthReport({
      engine,
      startedAt,
      platforms: () => running.map(({ name, platform }) => ({ name, state: () => platform.state(), inFlight: () => platform.inFlight() })),
    });

  const { slack, discord } = configs;
  if (slack)
    await startSafely('Slack', () => startSlack({ engine, config: slack, logger, policy, routes: [healthRoute(report)] }), running, logger);
  if (discord) await startSafely('Discord', () => startDiscord({ engine, config: discord, logger, policy }), running, logger);
  if (!running.length) {
    logger.error('no chat platform could be started; see the errors above');
    return 1;
  }
  let health: RunningHealthServer | undefined;
  if (options.healthPort !== undefined) {
    health = await startHealthServer({ port: options.healthPort, host: options.healthHost, report });
    logger.info({ port: health.port }, `health check on http://${options.healthHost ?? 'localhost'}:${health.port}/healthz`);
  }
  logger.info(`connected to: ${running.map((p) => p.platform.description).join(', ')}`);

  const signal = await untilSignal();
  const forceExit = options.forceExit ?? ((code: number) => process.exit(code));
  const grace = options.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS;
  const inFlight = running.reduce((n, p) => n + p.platform.inFlight(), 0);
  logger.info({ signal, inFlight, graceMs: grace }, `${signal}: shutting down; finishing ${inFlight} command(s) in flight`);
  onSecondSignal(() => {
    logger.warn('second signal: exiting now');
    forceExit(1);
  });

  const stopped = Promise.allSettled(running.map((p) => p.platform.stop())).then((results) => {
    for (const [i, r] of results.entries())
      if (r.status === 'rejected') logger.warn({ err: r.reason, platform: running[i]?.name }, 'a platform did not stop cleanly');
    return true;
  });
  const inTime = await Promise.race([stopped, delay(grace).then(() => false)]);
  await health?.close();
  if (!inTime) {
    logger.error({ graceMs: grace }, `commands still running after ${grace / 1000} s; exiting without them`);
    forceExit(1);
    return 1;
  }
  logger.info({ uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) }, 'stopped');
  setTimeout(() => forceExit(0), LINGER_MS).unref();
  return 0;
}

async function startSafely(
  name: string,
  start: () => Promise<RunningPlatform>,
  running: Array<{ name: string; platform: RunningPlatform }>,
  logger: Logger,
): Promise<void> {
  try {
    running.push({ name, platform: await start() });
  } catch (error) {
    logger.error({ err: error }, `${name} could not start: ${(error as Error).message}`);
  }
}

/** A restricted outlet no article carries is probably misspelt: say so (it still applies if the outlet appears later). */
function warnUnknownRestrictedOutlets(engine: Engine, access: AccessConfig, logger: Logger): void {
  if (!access.restrictedOutlets.size) return;
  const known = new Set(engine.outletNames().map((o) => o.toLowerCase()));
  for (const outlet of access.restrictedOutlets.keys()) {
    if (!known.has(outlet))
      logger.warn(
        { outlet },
        `RESTRICTED_OUTLETS names "${outlet}", which no article in the corpus has as its outlet (check the spelling)`,
      );
  }
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(signal);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

function onSecondSignal(then: () => void): void {
  process.once('SIGINT', then);
  process.once('SIGTERM', then);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
