/**
 * HTTP mode end to end: the real Bolt receiver on 127.0.0.1, signed requests built as Slack sends
 * them, the real engine on the seed corpus, and the Web API / response_url stand-in recording answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeInvocation, encodeInvocation } from '../../../commands/invocation.ts';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { startSlack, type RunningSlack } from '../../../src/platforms/slack/index.ts';
import { SLACK_ACTIONS, type SlackMessage } from '../../../src/render/slack.ts';
import { SlackApiStandIn, type RecordedCall } from '../../support/slack-api-stand-in.ts';
import { CapturedLog } from '../../support/slack-log.ts';
import { expectNothingLive, expectWithinSlackLimits } from '../../support/slack-limits.ts';
import {
  buttonClick,
  interaction,
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
let eventsUrl: string;

beforeAll(async () => {
  await api.start();
  const engine = new Engine(await loadCorpus(new URL('../../../corpus', import.meta.url).pathname));
  slack = await startSlack({
    engine,
    logger: log.logger,
    config: { mode: 'http', botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1', apiUrl: api.apiUrl },
  });
  eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  await api.stop();
});

function send(request: SlackRequest, headers: Record<string, string> = signatureHeaders(request.body)): Promise<Response> {
  return fetch(eventsUrl, { method: 'POST', headers: { 'content-type': request.contentType, ...headers }, body: request.body });
}

const asMessage = (call: RecordedCall) => call.args as unknown as SlackMessage;
const responseTo = (id: string) => api.waitFor((c) => c.method === 'response_url' && c.responseId === id);
const postIn = (threadTs: string) => api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === threadTs);

describe('Slack over HTTP', () => {
  it('checks the bot token once at start-up (auth.test)', () => {
    expect(api.callsTo('auth.test')).toHaveLength(1);
    expect(api.callsTo('auth.test')[0]?.authorization).toBe('Bearer xoxb-test');
  });

  it('answers a signed slash command ephemerally through its response_url, with Share and More', async () => {
    const res = await send(slashCommand({ command: '/quote', text: 'Putin Bucha', responseUrl: api.responseUrl('quote-1') }));
    expect(res.status).toBe(200);
    const call = await responseTo('quote-1');
    expect(call.args.response_type).toBe('ephemeral');
    const message = asMessage(call);
    expect(message.blocks[0]).toMatchObject({
      type: 'header',
      text: { text: expect.stringMatching(/quotes by Vladimir Putin about Bucha(, \d+ more from paragraphs about it)? from \d outlets/) },
    });
    expect(JSON.stringify(message.blocks)).toContain('provocation in the village of *Bucha*');
    const actions = message.blocks.find((b) => b.type === 'actions');
    expect(actions?.type === 'actions' && actions.elements.map((e) => e.action_id)).toContain(SLACK_ACTIONS.share);
    expectWithinSlackLimits(message);
  });

  it.each([
    ['a wrong signature', (body: string) => signatureHeaders(body, { secret: 'not-the-secret' })],
    ['no signature headers', () => ({})],
    ['a timestamp over 5 minutes old', (body: string) => signatureHeaders(body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })],
  ])('rejects a request with %s (401) and runs nothing', async (_what, headersFor) => {
    const id = `rejected-${api.calls.length}`;
    const request = slashCommand({ command: '/quote', text: 'Putin Bucha', responseUrl: api.responseUrl(id) });
    const res = await send(request, headersFor(request.body));
    expect(res.status).toBe(401);
    const sentinel = `after-${id}`;
    await send(slashCommand({ command: '/help', text: '', responseUrl: api.responseUrl(sentinel) }));
    await responseTo(sentinel);
    expect(api.calls.filter((c) => c.responseId === id)).toEqual([]);
  });

  it('escapes the echoed query so a typed <!channel> or user mention stays text', async () => {
    await send(
      slashCommand({
        command: '/newsroom',
        text: 'search Bucha <!channel> <@U0EVE> <https://evil.example|click>',
        responseUrl: api.responseUrl('escape-1'),
      }),
    );
    const message = asMessage(await responseTo('escape-1'));
    expect(JSON.stringify(message.blocks)).toContain('/search Bucha &lt;!channel&gt; &lt;@U0EVE&gt; &lt;https://evil.example|click&gt;');
    expectNothingLive(message, new Set(citationUrls(message)));
  });

  it('answers a mention in a channel in a new thread under it', async () => {
    await send(jsonRequest(mentionEvent({ eventId: 'Ev-channel', text: '<@UBOT0001> quote Putin Bucha', ts: '1700000100.000100' })));
    const call = await postIn('1700000100.000100');
    expect(call.args.channel).toBe('C0NEWS');
    expect(call.args.unfurl_links).toBe('false');
    expect(JSON.stringify(call.args.blocks)).toContain('Vladimir Putin');
    expectWithinSlackLimits(asMessage(call));
  });

  it("answers a bare mention in a thread with a quote search for the thread's first message", async () => {
    api.threads.set('C0NEWS/1700000200.000100', [
      { ts: '1700000200.000100', user: 'U0CAROL', text: 'Putin says <https://x.test|Bucha> was a "provocation" &amp; more' },
    ]);
    await send(
      jsonRequest(mentionEvent({ eventId: 'Ev-thread', text: '<@UBOT0001>', ts: '1700000250.000100', threadTs: '1700000200.000100' })),
    );
    const call = await postIn('1700000200.000100');
    const replies = api.callsTo('conversations.replies');
    expect(replies.at(-1)?.args).toMatchObject({ channel: 'C0NEWS', ts: '1700000200.000100', limit: '1' });
    expect(JSON.stringify(call.args.blocks)).toContain('/quote Putin says Bucha was a provocation more');
  });

  it('answers an event Slack delivers again (same event_id, X-Slack-Retry-Num) only once', async () => {
    const event = jsonRequest(mentionEvent({ eventId: 'Ev-retried', text: '<@UBOT0001> sources', ts: '1700000300.000100' }));
    await send(event);
    await postIn('1700000300.000100');
    // Slack signs each delivery anew: a retry comes later, with its own timestamp.
    const later = Math.floor(Date.now() / 1000) + 1;
    const retry = await send(event, {
      ...signatureHeaders(event.body, { timestamp: later }),
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry.status).toBe(200);
    await log.waitFor((l) => l.msg === 'slack: ignored an event delivered again' && l.eventId === 'Ev-retried');
    expect(api.calls.filter((c) => c.method === 'chat.postMessage' && c.args.thread_ts === '1700000300.000100')).toHaveLength(1);
  });

  it('shares an ephemeral answer in the channel, saying who shared it', async () => {
    const value = encodeInvocation({ command: 'quote', options: { query: 'Putin Bucha' } })!;
    await send(
      interaction(buttonClick({ actionId: SLACK_ACTIONS.share, value, responseUrl: api.responseUrl('share-1'), ephemeral: true })),
    );
    const call = await responseTo('share-1');
    expect(call.args).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const message = asMessage(call);
    expect(message.blocks[0]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: 'Shared by <@U0BOB>', verbatim: true }] });
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
  });

  it("shares a /compare answer with the Share button of the bot's own answer, re-running /compare with its query", async () => {
    // Regression: the button used to carry an empty query for /compare and /who, and Share posted the
    // empty-query error in the channel.
    await send(slashCommand({ command: '/compare', text: 'Bucha', responseUrl: api.responseUrl('compare-asked') }));
    const asked = asMessage(await responseTo('compare-asked'));
    const share = asked.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).find((e) => e.action_id === SLACK_ACTIONS.share);
    const value = (share as { value?: string } | undefined)?.value;
    expect(value && decodeInvocation(value)).toEqual({ command: 'compare', options: { query: 'Bucha' }, page: 0 });
    await send(
      interaction(
        buttonClick({ actionId: SLACK_ACTIONS.share, value: value!, responseUrl: api.responseUrl('share-compare'), ephemeral: true }),
      ),
    );
    const call = await responseTo('share-compare');
    expect(call.args).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const blocks = JSON.stringify(asMessage(call).blocks);
    expect(blocks).toContain('/compare Bucha');
    expect(blocks).not.toContain('Type something to look for');
  });

  it('reaches a command Slack reserves through /newsroom, and /newsroom alone is help', async () => {
    await send(slashCommand({ command: '/newsroom', text: 'who great breakthrough', responseUrl: api.responseUrl('umbrella-who') }));
    expect(JSON.stringify((await responseTo('umbrella-who')).args.blocks)).toContain('Who said');
    await send(slashCommand({ command: '/newsroom', text: '', responseUrl: api.responseUrl('umbrella-help') }));
    const help = JSON.stringify((await responseTo('umbrella-help')).args.blocks);
    expect(help).toContain('How to ask the newsroom bot');
    expect(help).toContain('/newsroom who');
  });

  it('posts the next page of a thread answer in the thread when More is pressed (a value written before buttons carried the invocation)', async () => {
    const value = JSON.stringify({ command: 'search', query: 'Bucha', page: 1 });
    await send(
      interaction(
        buttonClick({
          actionId: SLACK_ACTIONS.more,
          value,
          responseUrl: api.responseUrl('more-1'),
          ephemeral: false,
          messageTs: '1700000401.000100',
          threadTs: '1700000400.000100',
        }),
      ),
    );
    const call = await postIn('1700000400.000100');
    expect(call.args.channel).toBe('C0NEWS');
    expectWithinSlackLimits(asMessage(call));
  });

  it('waits out a 429 with Retry-After and posts the answer once it is allowed', async () => {
    api.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '0' }, body: { ok: false, error: 'ratelimited' } });
    await send(jsonRequest(mentionEvent({ eventId: 'Ev-429', text: '<@UBOT0001> help', ts: '1700000500.000100' })));
    const postsInThread = () => api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700000500.000100');
    const retried = await api.waitFor(
      (c) => c.method === 'chat.postMessage' && c.args.thread_ts === '1700000500.000100' && postsInThread().length === 2,
    );
    expect(JSON.stringify(retried.args.blocks)).toContain('How to ask the newsroom bot');
  });

  it('logs a Slack error with its context, tells the user in one line, and keeps running', async () => {
    api.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    await send(jsonRequest(mentionEvent({ eventId: 'Ev-fail', text: '<@UBOT0001> Bucha', ts: '1700000600.000100' })));
    const line = await log.waitFor((l) => l.msg === 'slack: could not answer a mention' && l.eventTs === '1700000600.000100');
    expect(line).toMatchObject({ detail: 'not_in_channel', channel: 'C0NEWS', user: 'U0ALICE' });
    const told = await api.waitFor(
      (c) =>
        c.method === 'chat.postMessage' &&
        c.args.thread_ts === '1700000600.000100' &&
        typeof c.args.text === 'string' &&
        c.args.text.includes('not in this conversation'),
    );
    expect(told.args.text).toMatch(/invite it/);
    await send(slashCommand({ command: '/sources', text: '', responseUrl: api.responseUrl('still-up') }));
    expect(JSON.stringify((await responseTo('still-up')).args.blocks)).toContain('Sources: 5 articles');
  });
});

function citationUrls(message: SlackMessage): string[] {
  return JSON.stringify(message.blocks).match(/(?<=<)https?:[^|>]+/g) ?? [];
}
