/**
 * Secrets never reach the log: log output is captured from the production logger (`createLogger`)
 * while the platforms fail with tokens in their errors. Also: HTTP mode never starts without a
 * signing secret, and the stand-alone health server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthReport } from '../src/health/report.ts';
import { startHealthServer } from '../src/health/server.ts';
import { createLogger, redactSecrets } from '../src/logger.ts';
import type { Engine } from '../src/engine/engine.ts';
import { slackConfigFromEnv } from '../src/config/index.ts';
import { startDiscord } from '../src/platforms/discord/index.ts';
import { startSlack } from '../src/platforms/slack/index.ts';
import { DiscordStandIn } from './support/discord-stand-in.ts';
import { fakeEngine } from './support/discord-fake-engine.ts';
import { SlackApiStandIn } from './support/slack-api-stand-in.ts';
import { signatureHeaders, slashCommand, SIGNING_SECRET } from './support/slack-requests.ts';

const BOT_TOKEN = 'xoxb-1111-2222-SlackBotSecret';
const APP_TOKEN = 'xapp-1-A0001-3333-SlackAppSecret';
const DISCORD_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';
const SHAPELESS_SECRET = 'plain-signing-secret-9f8e7d';

function capturedLogger() {
  const lines: string[] = [];
  const logger = createLogger('debug', { pretty: false, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, text: () => lines.join(''), lines };
}

/** An engine whose searches fail with every kind of secret in the error. */
function leakyEngine(): Engine {
  const engine = fakeEngine();
  engine.search = () => {
    throw Object.assign(
      new Error(`upstream rejected ${BOT_TOKEN} and ${APP_TOKEN}; Discord said ${DISCORD_TOKEN}; secret=${SHAPELESS_SECRET}`),
      {
        config: { headers: { authorization: `Bearer ${BOT_TOKEN}` } },
      },
    );
  };
  return engine;
}

function expectNoSecret(text: string): void {
  for (const secret of [BOT_TOKEN, APP_TOKEN, DISCORD_TOKEN, SHAPELESS_SECRET, 'SlackBotSecret', 'SlackAppSecret'])
    expect(text).not.toContain(secret);
}

describe('redaction', () => {
  it('scrubs token shapes anywhere in a text', () => {
    expect(redactSecrets(`a ${BOT_TOKEN} b xoxp-1-2-3 c ${APP_TOKEN} d Bearer abc.def-123456 e ${DISCORD_TOKEN}`)).toBe(
      'a [redacted] b [redacted] c [redacted] d Bearer [redacted] e [redacted]',
    );
    expect(redactSecrets('nothing secret: Bucha, xoxo, 2022-04-05')).toBe('nothing secret: Bucha, xoxo, 2022-04-05');
  });

  it('redacts secret-named fields, nested headers, messages, error messages and stacks', () => {
    const { logger, text } = capturedLogger();
    logger.error(
      {
        err: new Error(`failed with ${BOT_TOKEN}`),
        token: 'abc123456',
        request: { headers: { authorization: 'Bot abc' } },
        config: { botToken: 'x', signingSecret: 'y' },
      },
      `posting with ${APP_TOKEN}`,
    );
    expectNoSecret(text());
    expect(text()).not.toContain('abc123456');
    expect(text()).not.toContain('"authorization":"Bot abc"');
    const line = JSON.parse(text()) as { msg: string; err: { message: string; stack: string } };
    expect(line.msg).toBe('posting with [redacted]');
    expect(line.err.message).toBe('failed with [redacted]');
  });
});

describe('secrets stay out of the log while platforms fail', () => {
  const api = new SlackApiStandIn();
  let standIn: DiscordStandIn;
  beforeAll(async () => {
    await api.start();
    standIn = await DiscordStandIn.start();
  });
  afterAll(async () => {
    await api.stop();
    await standIn?.close();
  });

  it('Slack: a rejected token at start-up and a command failing with tokens in its error', async () => {
    const { logger, text, lines } = capturedLogger();
    api.failNext('auth.test', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    await expect(
      startSlack({
        engine: leakyEngine(),
        logger,
        config: { mode: 'http', botToken: BOT_TOKEN, signingSecret: SHAPELESS_SECRET, port: 0, host: '127.0.0.1', apiUrl: api.apiUrl },
      }),
    ).rejects.toThrow(/Slack did not accept SLACK_BOT_TOKEN \(auth.test: invalid_auth\)/);
    const slack = await startSlack({
      engine: leakyEngine(),
      logger,
      config: { mode: 'http', botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1', apiUrl: api.apiUrl },
    });
    try {
      const request = slashCommand({ command: '/newsroom', text: 'search Bucha', responseUrl: api.responseUrl('leak-1') });
      await fetch(`http://127.0.0.1:${slack.port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': request.contentType, ...signatureHeaders(request.body) },
        body: request.body,
      });
      const answer = await api.waitFor((c) => c.responseId === 'leak-1');
      expect(JSON.stringify(answer.args)).toContain('Something went wrong on our side');
      await expect.poll(() => lines.some((l) => l.includes('command failed'))).toBe(true);
    } finally {
      await slack.stop();
    }
    expect(text()).toContain('upstream rejected [redacted] and [redacted]; Discord said [redacted]; secret=[redacted]');
    expectNoSecret(text());
    expect(text()).not.toContain(SIGNING_SECRET);
  });

  it('Discord: a command failing with the bot token in its error', async () => {
    const { logger, text, lines } = capturedLogger();
    const bot = await startDiscord({
      engine: leakyEngine(),
      logger,
      config: { token: DISCORD_TOKEN, applicationId: standIn.ids.application, apiUrl: standIn.apiUrl },
    });
    try {
      standIn.slashCommand('search', [{ name: 'query', type: 3, value: 'Bucha' }]);
      await expect.poll(() => lines.some((l) => l.includes('command failed')), { timeout: 15_000 }).toBe(true);
    } finally {
      await bot.stop();
    }
    expect(standIn.sent(2)[0]?.d.token).toBe(DISCORD_TOKEN);
    expectNoSecret(text());
  });
});

describe('HTTP mode needs signature verification', () => {
  it('refuses to configure HTTP mode without a signing secret, naming the variable', () => {
    expect(() => slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: '   ' })).toThrow(
      /SLACK_SIGNING_SECRET is missing: HTTP mode needs it/,
    );
  });

  it('refuses to start HTTP mode with an empty signing secret even when configured in code', async () => {
    await expect(
      startSlack({
        engine: fakeEngine(),
        logger: createLogger('silent'),
        config: { mode: 'http', botToken: 'xoxb-1', signingSecret: '', port: 0 },
      }),
    ).rejects.toThrow(/never runs without verifying requests/);
  });
});

describe('health server (HEALTH_PORT)', () => {
  it('answers GET /healthz with the report: 200 when ok, 503 otherwise; 404 and 405 for the rest', async () => {
    let state: 'connected' | 'reconnecting' = 'connected';
    const report = () =>
      healthReport({
        engine: fakeEngine(),
        startedAt: Date.now() - 5_000,
        platforms: () => [{ name: 'Discord', state: () => state, inFlight: () => 2 }],
      });
    const server = await startHealthServer({ port: 0, host: '127.0.0.1', report });
    const url = `http://127.0.0.1:${server.port}`;
    try {
      const ok = await fetch(`${url}/healthz`);
      expect(ok.status).toBe(200);
      expect(await ok.json()).toMatchObject({
        ok: true,
        status: 'ok',
        uptimeSeconds: 5,
        corpus: { articles: 6, outlets: 6, quotes: 24, skippedFiles: 0 },
        platforms: [{ name: 'Discord', state: 'connected', inFlight: 2 }],
      });
      state = 'reconnecting';
      const degraded = await fetch(`${url}/healthz`);
      expect(degraded.status).toBe(503);
      expect(await degraded.json()).toMatchObject({ ok: false, status: 'degraded' });
      expect((await fetch(`${url}/other`)).status).toBe(404);
      expect((await fetch(`${url}/healthz`, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
