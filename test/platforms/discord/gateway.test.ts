/**
 * The Discord platform end to end, the real discord.js against the local stand-in: handshake,
 * slash commands, autocomplete, buttons, mentions in threads, errors, rate limits and a dropped
 * gateway connection. The engine is a hand-built fake (see discord-corpus.test.ts for the corpus).
 */
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../../src/platforms/discord/index.ts';
import type { RunningPlatform } from '../../../src/platforms/platform.ts';
import { DISCORD_LIMITS } from '../../../src/render/discord.ts';
import { fakeEngine } from '../../support/discord-fake-engine.ts';
import { DiscordStandIn, type RecordedRequest } from '../../support/discord-stand-in.ts';

const EPHEMERAL = 64;
const NO_MENTIONS = { parse: [], replied_user: false };
const STRING = 3;
const BOOLEAN = 5;

let standIn: DiscordStandIn;
let bot: RunningPlatform;
const logs: Array<{ level: number; msg: string; [key: string]: unknown }> = [];

beforeAll(async () => {
  standIn = await DiscordStandIn.start();
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  bot = await startDiscord({
    engine: fakeEngine(),
    config: { token: 'stand-in.bot.token', applicationId: standIn.ids.application, apiUrl: standIn.apiUrl },
    logger,
  });
});

afterAll(async () => {
  await bot?.stop();
  await standIn?.close();
});

/** The requests answering one interaction: its callback, then edits and follow-ups on its token. */
function answersTo(interaction: { id: string; token: string }): RecordedRequest[] {
  return standIn.requests.filter(
    (r) =>
      r.path.startsWith(`/interactions/${interaction.id}/`) ||
      r.path.startsWith(`/webhooks/${standIn.ids.application}/${interaction.token}`),
  );
}

function waitForAnswers(interaction: { id: string; token: string }, count: number): Promise<RecordedRequest[]> {
  return standIn.waitFor(`${count} answer(s) to interaction ${interaction.id}`, () => {
    const found = answersTo(interaction);
    return found.length >= count && found;
  });
}

function buttons(body: { components?: Array<{ components: Array<{ label: string; custom_id: string; disabled?: boolean }> }> }) {
  return (body.components ?? []).flatMap((row) => row.components);
}

describe('Discord platform against the stand-in', () => {
  it('identifies with the minimal intents over JSON without compression, and heartbeats', async () => {
    const [identify] = standIn.sent(2);
    expect(identify?.d.intents).toBe(1 | 512);
    expect(identify?.d.token).toBe('stand-in.bot.token');
    expect(standIn.connectQueries[0]?.get('encoding')).toBe('json');
    expect(standIn.connectQueries[0]?.get('compress')).toBeNull();
    expect(bot.description).toContain('newsbot');
    const [heartbeat] = await standIn.waitFor('a heartbeat', () => standIn.sent(1).length >= 1 && standIn.sent(1));
    expect(heartbeat?.d).toEqual(expect.any(Number));
  });

  it('defers /quote publicly, then edits in one embed per outlet with page buttons and mentions off', async () => {
    const interaction = standIn.slashCommand('quote', [{ name: 'query', type: STRING, value: 'Putin Bucha' }]);
    const [callback, edit] = await waitForAnswers(interaction, 2);
    expect(callback).toMatchObject({ method: 'POST', body: { type: 5 } });
    expect(callback?.body.data?.flags ?? 0).toBe(0);
    expect(edit).toMatchObject({ method: 'PATCH', path: `/webhooks/${standIn.ids.application}/${interaction.token}/messages/@original` });
    expect(edit?.body.allowed_mentions).toEqual(NO_MENTIONS);
    expect(edit?.body.content).toContain('page 1 of 2');
    expect(edit?.body.embeds).toHaveLength(5);
    expect(edit?.body.embeds[0]).toMatchObject({
      title: 'Axios',
      url: 'https://example.com/Axios/1',
      footer: { text: 'Putin and Guterres meet [Axios] #1 · 2022-04-26 · ¶7' },
    });
    expect(edit?.body.embeds[0].description).toContain('— **Vladimir Putin** (Mr Putin said)');
    expect(JSON.stringify(edit?.body)).not.toMatch(/@everyone|<@\d/);
    const [previous, next] = buttons(edit!.body);
    expect(previous).toMatchObject({ label: '◀ Previous', disabled: true });
    expect(next).toMatchObject({ label: 'Next ▶', disabled: false });
    expect(next!.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
  });

  it('pages with the Next button: deferred update, then the message edited to page 2', async () => {
    const asked = standIn.slashCommand('quote', [{ name: 'query', type: STRING, value: 'Putin Bucha' }]);
    const [, edit] = await waitForAnswers(asked, 2);
    const next = buttons(edit!.body)[1]!;
    const press = standIn.button(next.custom_id, {
      ...edit!.body,
      id: '1300000000000000001',
      channel_id: standIn.ids.channel,
      author: standIn.botUser,
      timestamp: new Date().toISOString(),
      attachments: [],
      mentions: [],
      mention_roles: [],
      type: 0,
      flags: 0,
    });
    const [callback, update] = await waitForAnswers(press, 2);
    expect(callback?.body).toEqual({ type: 6 });
    expect(update).toMatchObject({ method: 'PATCH', body: { allowed_mentions: NO_MENTIONS } });
    expect(update?.body.content).toContain('page 2 of 2');
    expect(update?.body.embeds.map((e: { title: string }) => e.title)).toEqual(['Kyiv Independent']);
    expect(update?.body.content).toContain('Nothing from: Daily Mail');
  });

  it('answers ephemerally when asked, with a button that posts the answer publicly', async () => {
    const asked = standIn.slashCommand('quote', [
      { name: 'query', type: STRING, value: 'Putin Bucha' },
      { name: 'ephemeral', type: BOOLEAN, value: true },
    ]);
    const [callback, edit] = await waitForAnswers(asked, 2);
    expect(callback?.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const publish = buttons(edit!.body).find((b) => b.label === 'Post publicly');
    expect(publish).toBeDefined();

    const press = standIn.button(publish!.custom_id, {
      ...edit!.body,
      id: '1300000000000000002',
      channel_id: standIn.ids.channel,
      author: standIn.botUser,
      timestamp: new Date().toISOString(),
      attachments: [],
      mentions: [],
      mention_roles: [],
      type: 0,
      flags: EPHEMERAL,
    });
    const [publicCallback, publicEdit] = await waitForAnswers(press, 2);
    expect(publicCallback?.body.type).toBe(5);
    expect(publicCallback?.body.data?.flags ?? 0).toBe(0);
    expect(publicEdit?.body.embeds).toHaveLength(5);
    expect(publicEdit?.body.allowed_mentions).toEqual(NO_MENTIONS);
    expect(buttons(publicEdit!.body).map((b) => b.label)).toEqual(['◀ Previous', 'Next ▶']);
  });

  it('says so, ephemerally, when a button has expired', async () => {
    const press = standIn.button('nb:page:gone1234:1', {
      id: '1300000000000000003',
      channel_id: standIn.ids.channel,
      author: standIn.botUser,
      content: '',
      embeds: [],
      components: [],
      timestamp: new Date().toISOString(),
      attachments: [],
      mentions: [],
      mention_roles: [],
      type: 0,
      flags: 0,
    });
    const [callback] = await waitForAnswers(press, 1);
    expect(callback?.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, allowed_mentions: NO_MENTIONS } });
    expect(callback?.body.data.content).toContain('expired');
  });

  it('answers /help at once, without deferring', async () => {
    const asked = standIn.slashCommand('help', []);
    const [callback] = await waitForAnswers(asked, 1);
    expect(callback?.body).toMatchObject({ type: 4, data: { allowed_mentions: NO_MENTIONS } });
    expect(callback?.body.data.embeds[0].title).toBe('Commands');
  });

  it('runs the command chosen in the umbrella /newsroom with its words', async () => {
    const help = standIn.slashCommand('newsroom', [{ name: 'command', type: STRING, value: 'help' }]);
    const [helpCallback] = await waitForAnswers(help, 1);
    expect(helpCallback?.body.data.embeds[0].title).toBe('Commands');
    const quote = standIn.slashCommand('newsroom', [
      { name: 'command', type: STRING, value: 'quote' },
      { name: 'query', type: STRING, value: '   ' },
    ]);
    const [callback, , followUp] = await waitForAnswers(quote, 3);
    expect(callback?.body.type).toBe(5);
    expect(followUp?.body.content).toMatch(/^✗ Type something to look for/);
  });

  it('offers outlets and speakers from the index as autocomplete choices', async () => {
    const outlet = standIn.autocomplete('quote', [
      { name: 'query', type: STRING, value: 'Bucha' },
      { name: 'outlet', type: STRING, value: 'ax', focused: true },
    ]);
    const speaker = standIn.autocomplete('quote', [{ name: 'speaker', type: STRING, value: 'guter', focused: true }]);
    const [outletChoices] = await waitForAnswers(outlet, 1);
    const [speakerChoices] = await waitForAnswers(speaker, 1);
    expect(outletChoices?.body).toEqual({ type: 8, data: { choices: [{ name: 'Axios', value: 'Axios' }] } });
    expect(speakerChoices?.body).toEqual({
      type: 8,
      data: { choices: [{ name: 'António Guterres · 9 quotes', value: 'António Guterres' }] },
    });
  });

  it('turns a user error after a public deferral into an ephemeral message', async () => {
    const asked = standIn.slashCommand('quote', [{ name: 'query', type: STRING, value: '   ' }]);
    const [callback, removed, followUp] = await waitForAnswers(asked, 3);
    expect(callback?.body.type).toBe(5);
    expect(removed).toMatchObject({ method: 'DELETE' });
    expect(followUp).toMatchObject({ method: 'POST', body: { flags: EPHEMERAL, allowed_mentions: NO_MENTIONS } });
    expect(followUp?.body.content).toMatch(/^✗ Type something to look for/);
  });

  it('logs an unexpected failure and tells the user with the internal-error message', async () => {
    const asked = standIn.slashCommand('search', [{ name: 'query', type: STRING, value: 'boom' }]);
    const [, , followUp] = await waitForAnswers(asked, 3);
    expect(followUp?.body.content).toContain('Something went wrong on our side');
    expect(logs.some((l) => l.msg === 'command failed')).toBe(true);
  });

  it('replies in the thread to a mention there, referencing the message, mentions off', async () => {
    const before = standIn.requestsTo('POST', /^\/channels\/\d+\/messages$/).length;
    standIn.postMessage(standIn.ids.thread, 'hello, no mention of the bot here');
    const mentionId = standIn.postMessage(standIn.ids.thread, `<@${standIn.ids.bot}> Putin Bucha`, [standIn.botMention]);
    const replies = await standIn.waitFor('a reply in the thread', () => {
      const found = standIn.requestsTo('POST', /^\/channels\/\d+\/messages$/).slice(before);
      return found.length >= 1 && found;
    });
    expect(replies).toHaveLength(1);
    const [reply] = replies;
    expect(reply?.path).toBe(`/channels/${standIn.ids.thread}/messages`);
    expect(reply?.body.message_reference).toMatchObject({ message_id: mentionId });
    expect(reply?.body.allowed_mentions).toEqual(NO_MENTIONS);
    expect(reply?.body.content).toContain('about Putin Bucha');
    expect(reply?.body.embeds).toHaveLength(5);
  });

  it("uses the thread's starter message as the query of a bare mention", async () => {
    standIn.storeMessage(standIn.ids.channel, {
      id: standIn.ids.thread,
      content: 'What did <@1100000000000000400> say about Zelensky https://example.com/x ?',
    });
    const before = standIn.requests.length;
    const mentionId = standIn.postMessage(standIn.ids.thread, `<@${standIn.ids.bot}>`, [standIn.botMention]);
    const reply = await standIn.waitFor('the reply to a bare mention', () =>
      standIn.requests.slice(before).find((r) => r.method === 'POST' && r.path === `/channels/${standIn.ids.thread}/messages`),
    );
    expect(
      standIn.requests
        .slice(before)
        .some((r) => r.method === 'GET' && r.path === `/channels/${standIn.ids.channel}/messages/${standIn.ids.thread}`),
    ).toBe(true);
    expect(reply.body.content).toContain('about What did say about Zelensky ?');
    expect(reply.body.message_reference).toMatchObject({ message_id: mentionId });
  });

  it("answers a mention of the bot's role, and ignores @everyone", async () => {
    const before = standIn.requests.length;
    standIn.postMessage(standIn.ids.channel, '@everyone Putin Bucha');
    const mentionId = standIn.postMessage(standIn.ids.channel, `<@&${standIn.ids.botRole}> Putin Bucha`, [], [standIn.ids.botRole]);
    const reply = await standIn.waitFor('the reply to a role mention', () =>
      standIn.requests.slice(before).find((r) => r.method === 'POST' && r.path === `/channels/${standIn.ids.channel}/messages`),
    );
    expect(reply.body.message_reference).toMatchObject({ message_id: mentionId });
    expect(reply.body.content).toContain('about Putin Bucha');
    expect(standIn.requests.slice(before).filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('waits out a rate limit (discord.js retries) and logs it', async () => {
    standIn.failNext(
      'POST',
      new RegExp(`^/channels/${standIn.ids.channel}/messages$`),
      429,
      { message: 'You are being rate limited.', retry_after: 0.2, global: false },
      {
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': '0.2',
        'retry-after': '0.2',
        'x-ratelimit-bucket': 'stand-in-bucket',
      },
    );
    const before = standIn.requests.length;
    standIn.postMessage(standIn.ids.channel, `<@${standIn.ids.bot}> sources`, [standIn.botMention]);
    const posts = await standIn.waitFor('the retried reply', () => {
      const found = standIn.requests
        .slice(before)
        .filter((r) => r.method === 'POST' && r.path === `/channels/${standIn.ids.channel}/messages`);
      return found.length >= 2 && found;
    });
    expect(posts[1]?.body.content).toContain('6 articles from 6 outlets');
    expect(logs.some((l) => l.msg.startsWith('Discord rate limit'))).toBe(true);
  });

  it('resumes after the gateway drops the connection, and answers the next command', async () => {
    standIn.dropConnection(4000);
    const [resume] = await standIn.waitFor('a Resume', () => standIn.sent(6).length >= 1 && standIn.sent(6));
    expect(resume?.d).toMatchObject({ token: 'stand-in.bot.token', session_id: 'stand-in-session' });
    await standIn.waitFor('the resumed log line', () => logs.some((l) => l.msg === 'Discord gateway session resumed'));
    expect(standIn.sent(2)).toHaveLength(1);
    expect(logs.some((l) => l.msg === 'Discord gateway disconnected' || l.msg === 'Discord gateway reconnecting')).toBe(true);

    const asked = standIn.slashCommand('help', []);
    const [callback] = await waitForAnswers(asked, 1);
    expect(callback?.body.type).toBe(4);
  });
});
