/**
 * Slack API failures against the local stand-in, HTTP mode: 500s, a call that never answers, a
 * dropped socket, on the Web API and on response_urls. The bot retries; when it gives up the user
 * reads one short line; the next command is answered. Retries and time limits are shortened so the
 * file runs in seconds; the behaviour is the production code's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../../src/engine/engine.ts';
import { startSlack, type RunningSlack } from '../../../src/platforms/slack/index.ts';
import { seedEngine } from '../../support/seed-engine.ts';
import { DROP, HANG, SlackApiStandIn } from '../../support/slack-api-stand-in.ts';
import { CapturedLog } from '../../support/slack-log.ts';
import {
  jsonRequest,
  mentionEvent,
  signatureHeaders,
  slashCommand,
  SIGNING_SECRET,
  type SlackRequest,
} from '../../support/slack-requests.ts';

const api = new SlackApiStandIn();
const log = new CapturedLog();
let slack: RunningSlack;
let engine: Engine;

beforeAll(async () => {
  await api.start();
  engine = await seedEngine();
  slack = await startSlack({
    engine,
    logger: log.logger,
    config: { mode: 'http', botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1', apiUrl: api.apiUrl },
    apiTimeoutMs: 300,
    apiRetry: { retries: 2, factor: 2, minTimeout: 20, maxTimeout: 50, randomize: false },
    respondRetry: { attempts: 3, backoffMs: 20, timeoutMs: 300 },
  });
});

afterAll(async () => {
  await slack?.stop();
  await api.stop();
});

function send(request: SlackRequest): Promise<Response> {
  return fetch(`http://127.0.0.1:${slack.port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': request.contentType, ...signatureHeaders(request.body) },
    body: request.body,
  });
}

let ts = 1_700_100_000;
/** Mentions the bot in a new thread; resolves with the posts in that thread once `count` arrived. */
async function mention(text: string, count = 1) {
  const threadTs = `${ts++}.000100`;
  await send(jsonRequest(mentionEvent({ eventId: `Ev-${threadTs}`, text: `<@UBOT0001> ${text}`, ts: threadTs })));
  const inThread = () => api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === threadTs);
  await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === threadTs && inThread().length >= count);
  return inThread();
}

let responses = 0;
async function slash(command: string, text: string, user = 'U0ALICE') {
  const id = `fault-${++responses}`;
  const res = await send(slashCommand({ command, text, responseUrl: api.responseUrl(id), user }));
  expect(res.status).toBe(200);
  return id;
}
const answersTo = (id: string) => api.calls.filter((c) => c.responseId === id);

describe('Slack Web API faults', () => {
  it.each([
    ['a 500', { status: 500, body: { ok: false, error: 'internal_error' } }],
    ['a call that never answers (timeout)', HANG],
    ['a dropped socket', DROP],
  ])('retries chat.postMessage after %s and posts the answer once', async (_what, fault) => {
    api.failNext('chat.postMessage', fault);
    const posts = await mention('sources', 2);
    expect(posts).toHaveLength(2);
    expect(JSON.stringify(posts[1]?.args.blocks)).toContain('Sources: 5 articles');
  });

  it('gives up after its retries, tells the user in one line, and answers the next command', async () => {
    const failure = { status: 503, body: { ok: false, error: 'service_unavailable' } };
    api.failNext('chat.postMessage', failure, failure, failure);
    const posts = await mention('quote Putin Bucha', 4);
    expect(posts.at(-1)?.args.text).toBe('Sorry, the answer could not be posted to Slack; the error was logged. Please try again.');
    await log.waitFor((l) => l.msg === 'slack: could not answer a mention' && l.detail === 'http 503');
    const next = await mention('sources');
    expect(JSON.stringify(next[0]?.args.blocks)).toContain('Sources: 5 articles');
  });

  it('waits out each 429, and when Slack keeps answering 429 past the retries, says Slack is limiting the bot', async () => {
    const limited = { status: 429, headers: { 'retry-after': '0' }, body: { ok: false, error: 'ratelimited' } };
    api.failNext('chat.postMessage', limited, limited, limited);
    const threadTs = `${ts++}.000100`;
    await send(jsonRequest(mentionEvent({ eventId: `Ev-${threadTs}`, text: '<@UBOT0001> help', ts: threadTs })));
    const told = await api.waitFor(
      (c) =>
        c.method === 'chat.postMessage' &&
        c.args.thread_ts === threadTs &&
        api.callsTo('chat.postMessage').filter((p) => p.args.thread_ts === threadTs).length === 4,
    );
    expect(told.args.text).toBe('Slack is limiting how fast the bot can post right now; please try again in a minute.');
  });
});

describe('response_url faults', () => {
  it.each([
    ['a 500', { status: 500, body: { ok: false } }],
    ['a post that never answers (timeout)', HANG],
    ['a dropped socket', DROP],
  ])('retries the response_url after %s', async (_what, fault) => {
    api.failNext('response_url', fault);
    const id = await slash('/quote', 'Putin Bucha');
    await api.waitFor(() => answersTo(id).length >= 2);
    expect(answersTo(id)).toHaveLength(2);
    expect(JSON.stringify(answersTo(id)[1]?.args.blocks)).toContain('Vladimir Putin');
  });

  it('tells the user privately (chat.postEphemeral) when the response_url keeps failing, then answers the next command', async () => {
    const failure = { status: 502, body: { ok: false } };
    api.failNext('response_url', failure, failure, failure);
    const id = await slash('/newsroom', 'search Mariupol', 'U0CAROL');
    const told = await api.waitFor((c) => c.method === 'chat.postEphemeral' && c.args.user === 'U0CAROL');
    expect(told.args).toMatchObject({
      channel: 'C0NEWS',
      text: 'Sorry, the answer could not be posted to Slack; the error was logged. Please try again.',
    });
    expect(answersTo(id)).toHaveLength(3);
    const next = await slash('/sources', '');
    expect(JSON.stringify((await api.waitFor((c) => c.responseId === next)).args.blocks)).toContain('Sources: 5 articles');
  });
});
