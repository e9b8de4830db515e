/**
 * Access: rate limits (per user, per channel), allow-lists and outlets restricted to some channels,
 * as units and end to end through the Slack and Discord stand-ins with the real engine on the seeds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessPolicy, type AccessConfig } from '../../src/access/index.ts';
import { RateLimiter } from '../../src/access/rate-limit.ts';
import { hiddenOutletsIn, parseRestrictedOutlets } from '../../src/access/restricted-outlets.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { silentLogger } from '../../src/logger.ts';
import { startDiscord } from '../../src/platforms/discord/index.ts';
import type { RunningPlatform } from '../../src/platforms/platform.ts';
import { startSlack, type RunningSlack } from '../../src/platforms/slack/index.ts';
import { DiscordStandIn, type RecordedRequest } from '../support/discord-stand-in.ts';
import { seedEngine } from '../support/seed-engine.ts';
import { SlackApiStandIn } from '../support/slack-api-stand-in.ts';
import { jsonRequest, mentionEvent, signatureHeaders, slashCommand, SIGNING_SECRET, type SlackRequest } from '../support/slack-requests.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('RateLimiter', () => {
  it('allows `count` commands in any window, then says how long to wait, and counts no refusal', () => {
    const time = clock();
    const limiter = new RateLimiter({ count: 3, windowMs: 60_000 }, time.now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.check('u').allowed).toBe(true);
      limiter.take('u');
      time.advance(1_000);
    }
    expect(limiter.check('u')).toEqual({ allowed: false, retryAfterSeconds: 57, firstRefusal: true });
    expect(limiter.check('u')).toMatchObject({ allowed: false, firstRefusal: false });
    time.advance(57_000);
    expect(limiter.check('u').allowed).toBe(true);
  });

  it('forgets idle keys, so memory stays bounded', () => {
    const time = clock();
    const limiter = new RateLimiter({ count: 1, windowMs: 1_000 }, time.now);
    for (let i = 0; i < 5_000; i++) {
      limiter.check(`user-${i}`);
      limiter.take(`user-${i}`);
      time.advance(10);
    }
    expect(limiter.size).toBeLessThan(1_200);
  });
});

describe('AccessPolicy', () => {
  const config = (overrides: Partial<AccessConfig> = {}): AccessConfig => ({
    userLimit: { count: 2, windowMs: 60_000 },
    channelLimit: { count: 5, windowMs: 60_000 },
    allow: {},
    restrictedOutlets: new Map(),
    ...overrides,
  });
  const asker = (user: string, channel = 'C1') => ({ platform: 'slack' as const, workspace: 'T1', channel, user });

  it('limits one user without starving the others, politely', () => {
    const policy = new AccessPolicy(config(), clock().now);
    expect(policy.admit(asker('spammer')).admitted).toBe(true);
    expect(policy.admit(asker('spammer')).admitted).toBe(true);
    expect(policy.admit(asker('spammer'))).toEqual({
      admitted: false,
      reason: 'rate_limited',
      message: "You're asking faster than I can answer: try again in 60 s.",
      tell: true,
    });
    expect(policy.admit(asker('spammer'))).toMatchObject({ admitted: false, tell: false });
    expect(policy.admit(asker('alice')).admitted).toBe(true);
  });

  it('limits a busy channel, and other channels still get answers', () => {
    const policy = new AccessPolicy(config({ userLimit: undefined }), clock().now);
    for (let i = 0; i < 5; i++) expect(policy.admit(asker(`u${i}`, 'C-busy')).admitted).toBe(true);
    expect(policy.admit(asker('u9', 'C-busy'))).toMatchObject({
      admitted: false,
      message: 'This channel is asking faster than I can answer: try again in 60 s.',
    });
    expect(policy.admit(asker('u9', 'C-quiet')).admitted).toBe(true);
  });

  it('answers only where allowed, and says so elsewhere', () => {
    const policy = new AccessPolicy(
      config({ allow: { slackTeams: new Set(['T1']), slackChannels: new Set(['C1']), discordGuilds: new Set(['G1']) } }),
    );
    expect(policy.admit(asker('a')).admitted).toBe(true);
    expect(policy.admit(asker('a', 'C2'))).toMatchObject({
      admitted: false,
      reason: 'not_enabled',
      message: 'The newsroom bot is not enabled in this channel; ask an admin if you need it here.',
    });
    expect(policy.admit({ platform: 'slack', workspace: 'T2', channel: 'C1', user: 'a' })).toMatchObject({
      message: expect.stringContaining('this workspace'),
    });
    expect(policy.admit({ platform: 'discord', workspace: 'G2', channel: 'D1', user: 'a' })).toMatchObject({
      message: expect.stringContaining('this server'),
    });
    expect(policy.admit({ platform: 'discord', channel: 'D1', user: 'a' })).toMatchObject({ admitted: false });
    expect(policy.admit({ platform: 'discord', workspace: 'G1', channel: 'anything', user: 'a' }).admitted).toBe(true);
  });

  it('hides restricted outlets outside their channels, whatever the case of the name', () => {
    const restrictions = parseRestrictedOutlets(' The National = C0WIRE | C0DESK ; axios=C0AX ');
    expect([...restrictions.entries()].map(([o, c]) => [o, [...c]])).toEqual([
      ['the national', ['C0WIRE', 'C0DESK']],
      ['axios', ['C0AX']],
    ]);
    const inNews = hiddenOutletsIn(restrictions, 'C0NEWS');
    expect(inNews.has('The National') && inNews.has('Axios') && inNews.has('AXIOS')).toBe(true);
    expect(hiddenOutletsIn(restrictions, 'C0DESK').has('The National')).toBe(false);
    expect(hiddenOutletsIn(restrictions, 'C0DESK').has('Axios')).toBe(true);
    expect(hiddenOutletsIn(restrictions, undefined).size).toBe(2);
  });
});

describe('access end to end on Slack (HTTP mode)', () => {
  const api = new SlackApiStandIn();
  let slack: RunningSlack;
  const policy = () =>
    new AccessPolicy({
      userLimit: { count: 2, windowMs: 60_000 },
      allow: { slackChannels: new Set(['C0NEWS', 'C0WIRE']) },
      restrictedOutlets: parseRestrictedOutlets('The National=C0WIRE'),
    });

  beforeAll(async () => {
    await api.start();
    slack = await startSlack({
      engine,
      logger: silentLogger(),
      policy: policy(),
      config: { mode: 'http', botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1', apiUrl: api.apiUrl },
    });
  });
  afterAll(async () => {
    await slack?.stop();
    await api.stop();
  });

  const send = (request: SlackRequest) =>
    fetch(`http://127.0.0.1:${slack.port}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': request.contentType, ...signatureHeaders(request.body) },
      body: request.body,
    });
  let n = 0;
  async function slash(text: string, user: string, channel = 'C0NEWS') {
    const id = `access-${++n}`;
    const res = await send(slashCommand({ command: '/quote', text, responseUrl: api.responseUrl(id), user, channel }));
    const ack = (await res.text()) || '{}';
    return {
      id,
      ack: JSON.parse(ack) as { text?: string; response_type?: string },
      answer: () => api.waitFor((c) => c.responseId === id).then((c) => JSON.stringify(c.args.blocks)),
    };
  }

  it('answers a user twice, then tells them in the acknowledgement to wait; others are still answered', async () => {
    expect(await (await slash('Putin Bucha', 'U0SPAM')).answer()).toContain('Vladimir Putin');
    expect(await (await slash('Putin Bucha', 'U0SPAM')).answer()).toContain('Vladimir Putin');
    const third = await slash('Putin Bucha', 'U0SPAM');
    expect(third.ack).toEqual({ response_type: 'ephemeral', text: "You're asking faster than I can answer: try again in 60 s." });
    expect(await (await slash('Putin Bucha', 'U0OTHER')).answer()).toContain('Vladimir Putin');
    expect(api.calls.some((c) => c.responseId === third.id)).toBe(false);
  });

  it('says it is not enabled in a channel outside the allow-list, and runs nothing', async () => {
    const elsewhere = await slash('Putin Bucha', 'U0ALICE', 'C0RANDOM');
    expect(elsewhere.ack.text).toBe('The newsroom bot is not enabled in this channel; ask an admin if you need it here.');
  });

  it('tells a mention outside the allow-list privately', async () => {
    await send(
      jsonRequest(
        mentionEvent({ eventId: 'Ev-access-1', text: '<@UBOT0001> Bucha', ts: '1700200000.000100', channel: 'C0RANDOM', user: 'U0BOB' }),
      ),
    );
    const told = await api.waitFor((c) => c.method === 'chat.postEphemeral' && c.args.user === 'U0BOB');
    expect(told.args).toMatchObject({ channel: 'C0RANDOM', text: expect.stringContaining('not enabled in this channel') });
    expect(api.callsTo('chat.postMessage').some((c) => c.args.channel === 'C0RANDOM')).toBe(false);
  });

  it('shows a restricted outlet only in its channels', async () => {
    const inNews = await (await slash('Putin Bucha', 'U0NEWS', 'C0NEWS')).answer();
    const inWire = await (await slash('Putin Bucha', 'U0WIRE', 'C0WIRE')).answer();
    expect(inWire).toContain('The National');
    expect(inNews).not.toContain('The National');
    expect(inNews).toContain('ZBC News');
  });
});

describe('access end to end on Discord', () => {
  let standIn: DiscordStandIn;
  let bot: RunningPlatform;
  const STRING = 3;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
    const policy = new AccessPolicy({
      userLimit: { count: 3, windowMs: 60_000 },
      allow: { discordGuilds: new Set([standIn.ids.guild]), discordChannels: new Set([standIn.ids.channel]) },
      restrictedOutlets: parseRestrictedOutlets('The National=1100000000000000999'),
    });
    bot = await startDiscord({
      engine,
      logger: silentLogger(),
      policy,
      config: { token: 'stand-in.bot.token', applicationId: standIn.ids.application, apiUrl: standIn.apiUrl },
    });
  });
  afterAll(async () => {
    await bot?.stop();
    await standIn?.close();
  });

  const requestsFor = (i: { id: string; token: string }): RecordedRequest[] =>
    standIn.requests.filter((r) => r.path.startsWith(`/interactions/${i.id}/`) || r.path.includes(`/${i.token}`));

  it('hides a restricted outlet from answers and autocomplete outside its channel', async () => {
    const asked = standIn.slashCommand('quote', [{ name: 'query', type: STRING, value: 'Putin Bucha' }]);
    const edit = await standIn.waitFor('the answer', () => requestsFor(asked).find((r) => r.method === 'PATCH'));
    expect(JSON.stringify(edit.body)).toContain('ZBC News');
    expect(JSON.stringify(edit.body)).not.toContain('The National');
    const typed = standIn.autocomplete('quote', [{ name: 'outlet', type: STRING, value: 'na', focused: true }]);
    const choices = await standIn.waitFor('choices', () => requestsFor(typed)[0]);
    expect(choices.body.data.choices).toEqual([]);
  });

  it('treats a thread as its parent channel (allowed here), then rate-limits the user with one reply', async () => {
    const before = standIn.requests.length;
    standIn.postMessage(standIn.ids.thread, `<@${standIn.ids.bot}> sources`, [standIn.botMention]);
    const reply = await standIn.waitFor('the reply in the thread', () =>
      standIn.requests.slice(before).find((r) => r.method === 'POST' && r.path === `/channels/${standIn.ids.thread}/messages`),
    );
    // The National is restricted to another channel: it counts nowhere here, totals included.
    expect(reply.body.content).toContain('4 articles from 4 outlets');
    for (let i = 0; i < 3; i++) standIn.postMessage(standIn.ids.channel, `<@${standIn.ids.bot}> sources`, [standIn.botMention]);
    const told = await standIn.waitFor('the polite refusal', () =>
      standIn.requests.slice(before).find((r) => r.method === 'POST' && String(r.body?.content).includes('asking faster')),
    );
    expect(told.body.content).toMatch(/^You're asking faster than I can answer: try again in \d+ s\.$/);
    const asked = standIn.slashCommand('help', []);
    const refusal = await standIn.waitFor('the ephemeral refusal', () => requestsFor(asked)[0]);
    expect(refusal.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringContaining('asking faster') } });
    expect(standIn.requests.slice(before).filter((r) => JSON.stringify(r.body ?? '').includes('asking faster'))).toHaveLength(2);
  });
});
