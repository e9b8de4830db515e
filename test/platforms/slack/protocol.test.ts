/**
 * Slack's request protocol held to the letter, end to end against the real Bolt receiver on
 * 127.0.0.1: any body shape is answered (never a crash), timestamps more than 5 minutes away in
 * either direction are refused, a signed request is executed once, an unknown command gets a polite
 * line at once, and oversized or unsigned bodies are refused before they are read whole.
 */
import { request as httpRequest } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeInvocation } from '../../../commands/invocation.ts';
import { startSlack, type RunningSlack } from '../../../src/platforms/slack/index.ts';
import { MAX_BODY_BYTES } from '../../../src/platforms/slack/http-guard.ts';
import { SLACK_ACTIONS } from '../../../src/render/slack.ts';
import { seedEngine } from '../../support/seed-engine.ts';
import { SlackApiStandIn } from '../../support/slack-api-stand-in.ts';
import { CapturedLog } from '../../support/slack-log.ts';
import {
  buttonClick,
  interaction,
  signatureHeaders,
  slashCommand,
  SIGNING_SECRET,
  type SlackRequest,
} from '../../support/slack-requests.ts';

const api = new SlackApiStandIn();
const log = new CapturedLog();
let slack: RunningSlack;
let eventsUrl: string;

beforeAll(async () => {
  await api.start();
  slack = await startSlack({
    engine: await seedEngine(),
    logger: log.logger,
    config: { mode: 'http', botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1', apiUrl: api.apiUrl },
  });
  eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  await api.stop();
});

const now = () => Math.floor(Date.now() / 1000);

function send(request: SlackRequest, headers: Record<string, string> = signatureHeaders(request.body)): Promise<Response> {
  return fetch(eventsUrl, { method: 'POST', headers: { 'content-type': request.contentType, ...headers }, body: request.body });
}

/** A /help that must be answered: proof the process still serves after whatever came before. */
async function stillServing(id: string): Promise<void> {
  const res = await send(slashCommand({ command: '/help', text: '', responseUrl: api.responseUrl(id) }));
  expect(res.status).toBe(200);
  await api.waitFor((c) => c.responseId === id);
}

const json = (body: string): SlackRequest => ({ body, contentType: 'application/json' });
const form = (body: string): SlackRequest => ({ body, contentType: 'application/x-www-form-urlencoded' });

describe('any body shape, correctly signed, is answered and never crashes the bot', () => {
  it.each([
    ['JSON null', json('null')],
    ['a JSON number', json('42')],
    ['a JSON string', json('"event_callback"')],
    ['a JSON array', json('[{"type":"event_callback"}]')],
    ['not JSON at all', json('{"type":')],
    ['an event that is a string', json('{"type":"event_callback","event":"app_mention"}')],
    ['an event that is null', json('{"type":"event_callback","event":null}')],
    ['an event whose channel is null', json('{"type":"event_callback","event":{"type":"app_mention","channel":null}}')],
    ['an envelope with no type', json('{"token":"x","team_id":"T0001"}')],
    ['a form with no payload and no command', form('foo=bar&team_id=T0001')],
    ['a form whose payload is null', form('payload=null')],
    ['a form whose payload is an array', form(`payload=${encodeURIComponent('[1,2]')}`)],
    ['a form whose payload is not JSON', form('payload=%7B')],
    ['a button click with no actions', form(`payload=${encodeURIComponent('{"type":"block_actions","user":{"id":"U1"},"actions":[]}')}`)],
    ['a button click with no user', form(`payload=${encodeURIComponent('{"type":"block_actions","actions":[{"action_id":"x"}]}')}`)],
    ['a slash command field given twice', form('command=/quote&command=/help&text=x&user_id=U1&channel_id=C1&team_id=T1&response_url=x')],
    ['a slash command with no user', form('command=/quote&text=x&channel_id=C1&team_id=T1&response_url=http://x')],
    ['a text/plain body', { body: '{"type":"event_callback"}', contentType: 'text/plain' }],
    [
      'a form with a charset Bolt would read as JSON',
      { body: 'command=/help', contentType: 'application/x-www-form-urlencoded; charset=utf-8' },
    ],
  ])('%s gets a 4xx at once', async (what, request) => {
    const res = await send(request);
    expect(res.status, what).toBeGreaterThanOrEqual(400);
    expect(res.status, what).toBeLessThan(500);
    await stillServing(`shape-${what.replace(/\W+/g, '-')}`);
  });

  it('answers every generated JSON or form body with a status below 500, and keeps serving', async () => {
    const junk = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        fc.integer(),
        fc.string({ maxLength: 6 }),
        fc.constantFrom('event_callback', 'block_actions', 'app_mention', '/quote', 'url_verification', 'newsroom_more'),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(
          fc.constantFrom('type', 'event', 'channel', 'item', 'user', 'id', 'actions', 'action_id', 'command', 'text', 'challenge'),
          tie('value'),
          { maxKeys: 5 },
        ),
      ),
    })).value;
    const bodies = fc.oneof(
      junk.map((v) => json(JSON.stringify(v) ?? 'null')),
      junk.map((v) => form(new URLSearchParams({ payload: JSON.stringify(v) ?? 'null' }).toString())),
      fc
        .dictionary(
          fc.constantFrom('command', 'text', 'user_id', 'channel_id', 'team_id', 'response_url', 'ssl_check'),
          fc.string({ maxLength: 8 }),
        )
        .map((d) => form(new URLSearchParams(d).toString())),
    );
    const samples = fc.sample(bodies, { numRuns: 60, seed: 15 });
    const statuses = await Promise.all(samples.map(async (request) => (await send(request)).status));
    for (const [i, status] of statuses.entries()) expect(status, samples[i]?.body).toBeLessThan(500);
    await stillServing('shape-generated');
  });
});

describe('timestamps', () => {
  it.each([
    ['6 minutes in the future', 6 * 60],
    ['a year in the future', 365 * 24 * 3600],
    ['6 minutes in the past', -6 * 60],
  ])('refuses a correctly signed request dated %s (401) and runs nothing', async (what, offset) => {
    const id = `time-${offset}`;
    const request = slashCommand({ command: '/quote', text: 'Putin Bucha', responseUrl: api.responseUrl(id) });
    const res = await send(request, signatureHeaders(request.body, { timestamp: now() + offset }));
    expect(res.status, what).toBe(401);
    await stillServing(`after-${id}`);
    expect(api.calls.filter((c) => c.responseId === id)).toEqual([]);
  });

  it('accepts a request dated 4 minutes either way (clocks drift)', async () => {
    for (const offset of [4 * 60, -4 * 60]) {
      const id = `drift-${offset}`;
      const request = slashCommand({ command: '/help', text: '', responseUrl: api.responseUrl(id) });
      expect((await send(request, signatureHeaders(request.body, { timestamp: now() + offset }))).status).toBe(200);
      await api.waitFor((c) => c.responseId === id);
    }
  });
});

describe('replays', () => {
  it('runs a byte-identical replay of a signed slash command once (200 to each, one answer)', async () => {
    const request = slashCommand({ command: '/quote', text: 'Putin Bucha', responseUrl: api.responseUrl('replayed-quote') });
    const headers = signatureHeaders(request.body);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await send(request, headers)).status);
    expect(statuses).toEqual([200, 200, 200]);
    await api.waitFor((c) => c.responseId === 'replayed-quote');
    await stillServing('after-replayed-quote');
    expect(api.calls.filter((c) => c.responseId === 'replayed-quote')).toHaveLength(1);
    expect(log.lines.some((l) => l.msg.includes('a replay'))).toBe(true);
  });

  it('posts a replayed Share in the channel once', async () => {
    const value = encodeInvocation({ command: 'quote', options: { query: 'Putin Bucha' } })!;
    const click = interaction(
      buttonClick({ actionId: SLACK_ACTIONS.share, value, responseUrl: api.responseUrl('replayed-share'), ephemeral: true }),
    );
    const headers = signatureHeaders(click.body);
    for (let i = 0; i < 3; i++) await send(click, headers);
    await api.waitFor((c) => c.responseId === 'replayed-share');
    await stillServing('after-replayed-share');
    expect(api.calls.filter((c) => c.responseId === 'replayed-share')).toHaveLength(1);
  });

  it('still runs the same command sent again later (a new timestamp is a new request)', async () => {
    const request = slashCommand({ command: '/help', text: '', responseUrl: api.responseUrl('again-later') });
    await send(request, signatureHeaders(request.body, { timestamp: now() - 2 }));
    await send(request, signatureHeaders(request.body, { timestamp: now() - 1 }));
    await stillServing('after-again-later');
    expect(api.calls.filter((c) => c.responseId === 'again-later')).toHaveLength(2);
  });
});

describe('unknown commands', () => {
  it('tells the user at once, only to them, which commands there are', async () => {
    const res = await send(slashCommand({ command: '/frobnicate', text: 'x', responseUrl: api.responseUrl('unknown') }));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toMatch(/^There is no \/frobnicate command\. Commands: \/newsroom, .*\/quote/);
  });

  it('acknowledges a click on a button this bot did not make at once, with nothing run', async () => {
    const click = interaction(
      buttonClick({ actionId: 'someone_elses', value: 'x', responseUrl: api.responseUrl('foreign'), ephemeral: true }),
    );
    expect((await send(click)).status).toBe(200);
    await stillServing('after-foreign');
    expect(api.calls.filter((c) => c.responseId === 'foreign')).toEqual([]);
  });
});

/** Sends headers and part of a big body, and resolves with the status as soon as one comes (the body never finishes). */
function partialUpload(headers: Record<string, string>, declaredBytes: number | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(declaredBytes ? { 'content-length': String(declaredBytes) } : {}) },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    req.write(Buffer.alloc(64 * 1024, 0x20));
  });
}

describe('oversized and unsigned bodies are refused before they are read whole', () => {
  it('refuses the unsigned 3.9 MB bodies of the review while they are still being sent (413: over the limit)', async () => {
    const statuses = await Promise.all(Array.from({ length: 20 }, () => partialUpload({}, 3_900_000)));
    expect(new Set(statuses)).toEqual(new Set([413]));
    await stillServing('after-unsigned-huge');
  });

  it('refuses an unsigned body under the limit (401) while it is still being sent', async () => {
    expect(await partialUpload({}, MAX_BODY_BYTES - 1)).toBe(401);
    await stillServing('after-unsigned-big');
  });

  it('refuses a stale or future signed body while it is still being sent (401)', async () => {
    expect(await partialUpload(signatureHeaders('whatever', { timestamp: now() - 3600 }), MAX_BODY_BYTES - 1)).toBe(401);
    expect(await partialUpload(signatureHeaders('whatever', { timestamp: now() + 3600 }), MAX_BODY_BYTES - 1)).toBe(401);
  });

  it('refuses a declared Content-Length over the limit (413) without reading the body', async () => {
    expect(await partialUpload(signatureHeaders('whatever'), MAX_BODY_BYTES + 1)).toBe(413);
    await stillServing('after-declared-big');
  });

  it('cuts off a chunked body that streams past the limit (413)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(eventsUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...signatureHeaders('x') } });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error),
      );
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_BODY_BYTES + chunk.length) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
      };
      pump();
    });
    expect(status).toBe(413);
    await stillServing('after-streamed-big');
  });

  it("answers Slack's unsigned SSL check", async () => {
    const res = await fetch(eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ssl_check=1&token=x',
    });
    expect(res.status).toBe(200);
  });
});
