/** Start-up step: connect the configured chat platforms, and stop them on SIGINT/SIGTERM. */
import type { Engine } from '../engine/engine.ts';
import type { Logger } from '../logger.ts';
import { startDiscord, type DiscordConfig } from '../platforms/discord/index.ts';
import type { RunningPlatform } from '../platforms/platform.ts';
import { startSlack, type SlackConfig } from '../platforms/slack/index.ts';

export interface PlatformConfigs {
  slack?: SlackConfig;
  discord?: DiscordConfig;
}

/** Runs the platforms until a signal; resolves with the exit code. */
export async function runPlatforms(engine: Engine, configs: PlatformConfigs, logger: Logger): Promise<number> {
  const running: RunningPlatform[] = [];
  const { slack, discord } = configs;
  if (slack) running.push(...(await startSafely('Slack', () => startSlack({ engine, config: slack, logger }), logger)));
  if (discord) running.push(...(await startSafely('Discord', () => startDiscord({ engine, config: discord, logger }), logger)));
  if (!running.length) {
    logger.error('no chat platform could be started; see the errors above');
    return 1;
  }
  logger.info(`connected to: ${running.map((p) => p.description).join(', ')}`);
  await untilSignal();
  logger.info('shutting down');
  await Promise.allSettled(running.map((p) => p.stop()));
  return 0;
}

async function startSafely(name: string, start: () => Promise<RunningPlatform>, logger: Logger): Promise<RunningPlatform[]> {
  try {
    return [await start()];
  } catch (error) {
    logger.error({ err: error }, `${name} could not start: ${(error as Error).message}`);
    return [];
  }
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}
