/**
 * Socket Mode end to end: the real Bolt SocketModeReceiver opens its connection through the
 * `apps.connections.open` stand-in, the socket stand-in sends envelopes, and the acks and answers
 * are checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { startSlack, type RunningSlack } from '../../../src/platforms/slack/index.ts';
import { SLACK_ACTIONS } from '../../../src/render/slack.ts';
import { SlackApiStandIn } from '../../support/slack-api-stand-in.ts';
import { CapturedLog } from '../../support/slack-log.ts';
import { expectWithinSlackLimits } from '../../support/slack-limits.ts';
import { buttonClick, mentionEvent, slashCommand } from '../../support/slack-requests.ts';
import { SlackSocketStandIn } from '../../support/slack-socket-stand-in.ts';

const api = new SlackApiStandIn();
const socket = new SlackSocketStandIn();
const log = new CapturedLog();
let slack: RunningSlack;

beforeAll(async () => {
  await Promise.all([api.start(), socket.start()]);
  api.socketUrl = socket.url;
  const engine = new Engine(await loadCorpus(new URL('../../../corpus', import.meta.url).pathname));
  slack = await startSlack({
    engine,
    logger: log.logger,
    config: { mode: 'socket', botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: api.apiUrl },
  });
});

afterAll(async () => {
  await slack?.stop();
  await socket.stop();
  await api.stop();
});

describe('Slack over Socket Mode', () => {
  it('opens the connection with the app token', () => {
    expect(slack.description).toBe('Slack (Socket Mode)');
    expect(api.callsTo('apps.connections.open')[0]?.authorization).toBe('Bearer xapp-test');
  });

  it('acks a slash command envelope and answers through the response_url', async () => {
    const command = Object.fromEntries(
      new URLSearchParams(slashCommand({ command: '/quote', text: 'Putin Bucha', responseUrl: api.responseUrl('sock-quote') }).body),
    );
    const ack = await socket.send({ envelope_id: 'env-cmd-1', type: 'slash_commands', payload: command, accepts_response_payload: true });
    expect(ack).toEqual({ envelope_id: 'env-cmd-1', payload: {} });
    const answer = await api.waitFor((c) => c.responseId === 'sock-quote');
    expect(answer.args.response_type).toBe('ephemeral');
    expect(JSON.stringify(answer.args.blocks)).toContain('Vladimir Putin');
  });

  it('acks an app_mention and answers in its thread, once even when Slack retries it', async () => {
    const body = mentionEvent({ eventId: 'Ev-sock-1', text: '<@UBOT0001> Bucha', ts: '1700001000.000100' });
    expect(
      await socket.send({
        envelope_id: 'env-ev-1',
        type: 'events_api',
        payload: body,
        accepts_response_payload: false,
        retry_attempt: 0,
        retry_reason: '',
      }),
    ).toMatchObject({ envelope_id: 'env-ev-1' });
    const post = await api.waitFor((c) => c.method === 'chat.postMessage' && c.args.thread_ts === '1700001000.000100');
    expectWithinSlackLimits(post.args as never);

    expect(
      await socket.send({
        envelope_id: 'env-ev-1b',
        type: 'events_api',
        payload: body,
        accepts_response_payload: false,
        retry_attempt: 1,
        retry_reason: 'timeout',
      }),
    ).toMatchObject({ envelope_id: 'env-ev-1b' });
    await log.waitFor((l) => l.msg === 'slack: ignored an event delivered again' && l.eventId === 'Ev-sock-1' && l.retryNum === 1);
    expect(api.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === '1700001000.000100')).toHaveLength(1);
  });

  it('acks a block action and shows the next page ephemerally', async () => {
    const value = JSON.stringify({ command: 'search', query: 'Bucha', page: 1 });
    const payload = buttonClick({ actionId: SLACK_ACTIONS.more, value, responseUrl: api.responseUrl('sock-more'), ephemeral: true });
    expect(await socket.send({ envelope_id: 'env-act-1', type: 'interactive', payload, accepts_response_payload: false })).toMatchObject({
      envelope_id: 'env-act-1',
    });
    const more = await api.waitFor((c) => c.responseId === 'sock-more');
    expect(more.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });
});
