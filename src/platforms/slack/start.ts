/**
 * Starts the Slack app with Bolt: Socket Mode or HTTP (Bolt's `/slack/events`) as configured. The
 * bot token is checked (`auth.test`) before anything listens, so a wrong token stops start-up with
 * a message naming it instead of failing on the first question. `stop()` stops taking commands,
 * waits for those in flight, then closes the connection.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type ReceiverProcessEventErrorHandlerArgs, type ReceiverUnhandledRequestHandlerArgs } from '@slack/bolt';
import { AccessPolicy, UNRESTRICTED_ACCESS } from '../../access/index.ts';
import type { Engine } from '../../engine/index.ts';
import { registerSecret, type Logger } from '../../logger.ts';
import { InFlight } from '../in-flight.ts';
import type { PlatformState, RunningPlatform } from '../platform.ts';
import { registerAnswers } from './answers.ts';
import { boltLogger } from './bolt-logger.ts';
import type { HttpModeConfig, SlackConfig } from './config.ts';
import { guardSlackRequests } from './http-guard.ts';
import { RecentEvents } from './recent-events.ts';
import type { RespondRetry } from './respond.ts';
import { SeenRequests } from './seen-requests.ts';
import { slackErrorDetail } from './slack-errors.ts';
import { answerTheUnhandled } from './unhandled.ts';

export interface SlackDeps {
  engine: Engine;
  config: SlackConfig;
  logger: Logger;
  /** Allow-lists, rate limits, restricted outlets; none of them when absent (start-up always passes one). */
  policy?: AccessPolicy;
  /** HTTP mode: extra routes on Bolt's port (the health check). */
  routes?: Array<{ path: string; method: string[]; handler: (req: IncomingMessage, res: ServerResponse) => void }>;
  /** Time limit of one Web API call before it is retried (tests shorten it). */
  apiTimeoutMs?: number;
  /** Web API retries (tests make them quick). */
  apiRetry?: typeof RETRY_CONFIG;
  respondRetry?: RespondRetry;
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
const DEFAULT_API_TIMEOUT_MS = 10_000;

export async function startSlack(deps: SlackDeps): Promise<RunningSlack> {
  const { engine, config } = deps;
  if (config.mode === 'http' && !config.signingSecret)
    throw new Error('SLACK_SIGNING_SECRET is missing: HTTP mode never runs without verifying requests');
  for (const secret of [config.botToken, config.mode === 'socket' ? config.appToken : config.signingSecret]) registerSecret(secret);
  const logger = deps.logger.child({ platform: 'slack', mode: config.mode });
  const app = new App({
    token: config.botToken,
    ...(config.mode === 'socket' ? { socketMode: true, appToken: config.appToken } : { receiver: guardedReceiver(config, deps, logger) }),
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      retryConfig: deps.apiRetry ?? RETRY_CONFIG,
      timeout: deps.apiTimeoutMs ?? DEFAULT_API_TIMEOUT_MS,
    },
    logger: boltLogger(logger),
    deferInitialization: true,
  });

  try {
    await app.init();
  } catch (error) {
    throw new Error(`Slack did not accept SLACK_BOT_TOKEN (auth.test: ${slackErrorDetail(error) ?? (error as Error).message})`, {
      cause: error,
    });
  }

  answerTheUnhandled(app, logger);
  const recent = new RecentEvents();
  app.use(async ({ body, context, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !recent.firstTime(eventId)) {
      logger.info({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'slack: ignored an event delivered again');
      return;
    }
    await next();
  });
  const inFlight = new InFlight();
  registerAnswers(app, {
    engine,
    logger,
    policy: deps.policy ?? new AccessPolicy(UNRESTRICTED_ACCESS),
    inFlight,
    respondRetry: deps.respondRetry,
  });
  app.error(async (error) => {
    logger.error({ err: error, code: error.code, detail: slackErrorDetail(error.original ?? error) }, 'slack: unhandled error');
  });

  let state: PlatformState = 'starting';
  const stop = async () => {
    state = 'stopping';
    await inFlight.close();
    await app.stop();
    state = 'stopped';
  };
  const handle = { state: () => state, inFlight: () => inFlight.count, stop };

  if (config.mode === 'socket') {
    try {
      await app.start();
    } catch (error) {
      throw new Error(
        `Could not open a Socket Mode connection with SLACK_APP_TOKEN (${slackErrorDetail(error) ?? (error as Error).message})`,
        { cause: error },
      );
    }
    state = 'connected';
    const socket = (app as unknown as { receiver: { client?: NodeJS.EventEmitter } }).receiver.client;
    socket?.on('connected', () => state !== 'stopping' && (state = 'connected'));
    socket?.on('reconnecting', () => state !== 'stopping' && (state = 'reconnecting'));
    return { description: 'Slack (Socket Mode)', ...handle };
  }

  const server: Server = await app.start(config.host ? { port: config.port, host: config.host } : config.port);
  state = 'connected';
  const port = (server.address() as AddressInfo).port;
  return { description: `Slack (HTTP, port ${port}, /slack/events)`, port, ...handle };
}

/**
 * Bolt's HTTP receiver behind the request guard (`http-guard.ts`), with its two error answers made
 * safe: a body Bolt fails on before anything acknowledged it gets a 400 (not a 500, and never an
 * error outside a handler), and the 3-second "not acknowledged" answer stays quiet when an answer
 * has already gone.
 */
function guardedReceiver(config: HttpModeConfig, deps: SlackDeps, logger: Logger): HTTPReceiver {
  const endpoints = ['/slack/events'];
  const receiver = new HTTPReceiver({
    signingSecret: config.signingSecret,
    endpoints,
    customRoutes: deps.routes ?? [],
    logger: boltLogger(logger),
    processEventErrorHandler: async ({ error, response }: ReceiverProcessEventErrorHandlerArgs) => {
      if (response.headersSent) {
        logger.error({ err: error }, 'slack: error after the request was acknowledged');
        return false;
      }
      logger.warn({ err: error }, 'slack: could not process a request; answered 400');
      response.writeHead(400);
      response.end();
      return false;
    },
    unhandledRequestHandler: ({ response }: ReceiverUnhandledRequestHandlerArgs) => {
      if (response.headersSent) return;
      logger.warn('slack: a request was not acknowledged within 3 seconds; answered 404');
      response.writeHead(404);
      response.end();
    },
  });
  const seen = new SeenRequests(undefined, () =>
    logger.warn('slack: over 10,000 signed requests in 10 minutes; the oldest are forgotten, so their replays would run'),
  );
  receiver.requestListener = guardSlackRequests({ signingSecret: config.signingSecret, endpoints, logger, seen }, receiver.requestListener);
  return receiver;
}
