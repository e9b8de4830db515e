/**
 * Discord API failures against the local stand-in: 500s, 429 on an interaction callback, a request
 * that never answers, a dropped socket. discord.js retries; when it gives up the user reads one short
 * ephemeral line; the next command is answered. The REST time limit is shortened for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../../src/platforms/discord/index.ts';
import { DISCORD_UNAVAILABLE } from '../../../src/platforms/discord/failures.ts';
import { silentLogger } from '../../../src/logger.ts';
import type { RunningPlatform } from '../../../src/platforms/platform.ts';
import { fakeEngine } from '../../support/discord-fake-engine.ts';
import { DiscordStandIn, type RecordedRequest } from '../../support/discord-stand-in.ts';

const STRING = 3;
const EPHEMERAL = 64;
let standIn: DiscordStandIn;
let bot: RunningPlatform;

beforeAll(async () => {
  standIn = await DiscordStandIn.start();
  bot = await startDiscord({
    engine: fakeEngine(),
    config: { token: 'stand-in.bot.token', applicationId: standIn.ids.application, apiUrl: standIn.apiUrl },
    logger: silentLogger(),
    restTimeoutMs: 300,
  });
});

afterAll(async () => {
  await bot?.stop();
  await standIn?.close();
});

function requestsFor(interaction: { id: string; token: string }): RecordedRequest[] {
  return standIn.requests.filter((r) => r.path.startsWith(`/interactions/${interaction.id}/`) || r.path.includes(`/${interaction.token}`));
}

/** Sends `/quote` and waits until the interaction has seen `count` requests matching `which`. */
async function quote(count: number, which: (r: RecordedRequest) => boolean) {
  const interaction = standIn.slashCommand('quote', [{ name: 'query', type: STRING, value: 'Putin Bucha' }]);
  return standIn.waitFor(`${count} requests for ${interaction.id}`, () => {
    const found = requestsFor(interaction).filter(which);
    return found.length >= count && found;
  });
}

describe('Discord REST faults', () => {
  it('retries an edit that got a 500 and delivers the answer', async () => {
    standIn.failNext('PATCH', /\/messages\/@original$/, 500, { message: 'Internal Server Error', code: 0 });
    const edits = await quote(2, (r) => r.method === 'PATCH');
    expect(edits[1]?.body.embeds).toHaveLength(5);
  });

  it('retries an edit that never answers (timeout), and delivers the answer', async () => {
    standIn.faultNext('PATCH', /\/messages\/@original$/, 'hang');
    const edits = await quote(2, (r) => r.method === 'PATCH');
    expect(edits[1]?.body.embeds).toHaveLength(5);
  });

  it('tells the user in one ephemeral line when the socket drops mid-edit (discord.js does not retry that)', async () => {
    standIn.faultNext('PATCH', /\/messages\/@original$/, 'drop');
    const [followUp] = await quote(1, (r) => r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path));
    expect(followUp?.body).toMatchObject({ flags: EPHEMERAL, content: `✗ ${DISCORD_UNAVAILABLE}` });
  });

  it('waits out a 429 on the interaction callback and then answers', async () => {
    standIn.failNext(
      'POST',
      /^\/interactions\/\d+\/[^/]+\/callback$/,
      429,
      { message: 'You are being rate limited.', retry_after: 0.1, global: false },
      { 'retry-after': '0.1', 'x-ratelimit-scope': 'user' },
    );
    const answered = await quote(3, (r) => r.method === 'POST' || r.method === 'PATCH');
    expect(answered.map((r) => r.method)).toEqual(['POST', 'POST', 'PATCH']);
  });

  it('gives up after discord.js retries, tells the user in one ephemeral line, and answers the next command', async () => {
    for (let i = 0; i < 4; i++) standIn.failNext('PATCH', /\/messages\/@original$/, 503, { message: 'Service Unavailable', code: 0 });
    const [followUp] = await quote(1, (r) => r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(r.path));
    expect(followUp?.body).toMatchObject({ flags: EPHEMERAL, content: `✗ ${DISCORD_UNAVAILABLE}` });
    const edits = await quote(1, (r) => r.method === 'PATCH');
    expect(edits[0]?.body.embeds).toHaveLength(5);
  });

  it('answers another command while one waits on a request that hangs', async () => {
    standIn.faultNext('PATCH', /\/messages\/@original$/, 'hang');
    const stuck = standIn.slashCommand('quote', [{ name: 'query', type: STRING, value: 'Putin Bucha' }]);
    await standIn.waitFor('the hanging edit', () => requestsFor(stuck).some((r) => r.method === 'PATCH'));
    const edits = await quote(1, (r) => r.method === 'PATCH');
    expect(edits[0]?.body.embeds).toHaveLength(5);
    const retried = await standIn.waitFor('the retried edit', () => requestsFor(stuck).filter((r) => r.method === 'PATCH')[1]);
    expect(retried.body.embeds).toHaveLength(5);
  });
});
