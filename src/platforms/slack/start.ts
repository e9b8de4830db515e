/**
 * Starts the Slack app with Bolt: Socket Mode or HTTP (Bolt's `/slack/events`) as configured. The
 * bot token is checked (`auth.test`) before anything listens, so a wrong token stops start-up with
 * a message naming it instead of failing on the first question.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../logger.ts';
import type { RunningPlatform } from '../platform.ts';
import { registerAnswers } from './answers.ts';
import { boltLogger } from './bolt-logger.ts';
import type { SlackConfig } from './config.ts';
import { RecentEvents } from './recent-events.ts';
import { slackErrorDetail } from './slack-errors.ts';

export interface SlackDeps {
  engine: Engine;
  config: SlackConfig;
  logger: Logger;
}

export interface RunningSlack extends RunningPlatform {
  /** HTTP mode: the port Bolt listens on (useful with port 0). */
  port?: number;
}

/**
 * Web API retries: a few quick ones (an answer an hour late is no answer), on top of which the
 * client waits out any Retry-After Slack sends with a 429.
 */
const RETRY_CONFIG = { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000, randomize: true };

export async function startSlack(deps: SlackDeps): Promise<RunningSlack> {
  const { engine, config } = deps;
  const logger = deps.logger.child({ platform: 'slack', mode: config.mode });
  const app = new App({
    token: config.botToken,
    ...(config.mode === 'socket' ? { socketMode: true, appToken: config.appToken } : { signingSecret: config.signingSecret }),
    clientOptions: { ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}), retryConfig: RETRY_CONFIG },
    logger: boltLogger(logger),
    deferInitialization: true,
  });

  try {
    await app.init();
  } catch (error) {
    throw new Error(`Slack did not accept SLACK_BOT_TOKEN (auth.test: ${slackErrorDetail(error) ?? (error as Error).message})`, { cause: error });
  }

  const recent = new RecentEvents();
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !recent.firstTime(eventId)) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'slack: ignored an event delivered again');
      return;
    }
    await next();
  });
  registerAnswers(app, { engine, logger });
  app.error(async (error) => {
    logger.error({ err: error, code: error.code, detail: slackErrorDetail(error.original ?? error) }, 'slack: unhandled error');
  });

  if (config.mode === 'socket') {
    try {
      await app.start();
    } catch (error) {
      throw new Error(`Could not open a Socket Mode connection with SLACK_APP_TOKEN (${slackErrorDetail(error) ?? (error as Error).message})`, { cause: error });
    }
    return { description: 'Slack (Socket Mode)', stop: async () => void (await app.stop()) };
  }

  const server: Server = await app.start(config.host ? { port: config.port, host: config.host } : config.port);
  const port = (server.address() as AddressInfo).port;
  return { description: `Slack (HTTP, port ${port}, /slack/events)`, port, stop: async () => void (await app.stop()) };
}
