/**
 * The Discord platform on the real engine and the seed corpus, through the real discord.js and
 * the local stand-in: `/quote Putin Bucha` and mentions in a thread, as Discord would receive them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { silentLogger } from '../../../src/logger.ts';
import { startDiscord } from '../../../src/platforms/discord/index.ts';
import type { RunningPlatform } from '../../../src/platforms/platform.ts';
import { DiscordStandIn, type RecordedRequest } from '../../support/discord-stand-in.ts';

const NO_MENTIONS = { parse: [], replied_user: false };

let standIn: DiscordStandIn;
let bot: RunningPlatform;

beforeAll(async () => {
  const engine = new Engine(await loadCorpus(new URL('../../../corpus', import.meta.url).pathname));
  standIn = await DiscordStandIn.start();
  bot = await startDiscord({
    engine,
    config: { token: 'stand-in.bot.token', applicationId: standIn.ids.application, apiUrl: standIn.apiUrl },
    logger: silentLogger(),
  });
});

afterAll(async () => {
  await bot?.stop();
  await standIn?.close();
});

function threadReplyAfter(before: number): Promise<RecordedRequest> {
  return standIn.waitFor('a reply in the thread', () =>
    standIn.requests.slice(before).find((r) => r.method === 'POST' && r.path === `/channels/${standIn.ids.thread}/messages`),
  );
}

describe('Discord on the seed corpus', () => {
  it('/quote Putin Bucha: one embed per outlet, Putin quoted, cited and linked', async () => {
    const asked = standIn.slashCommand('quote', [{ name: 'query', type: 3, value: 'Putin Bucha' }]);
    const edit = await standIn.waitFor('the edited answer', () =>
      standIn.requests.find((r) => r.method === 'PATCH' && r.path.includes(asked.token)),
    );
    const body = edit.body;
    expect(body.content).toMatch(
      /^\*\*\d+ quotes? by Vladimir Putin about Bucha(, \d+ more from paragraphs about it)?\*\* from \d+ outlets?/,
    );
    expect(body.allowed_mentions).toEqual(NO_MENTIONS);
    expect(body.embeds[0]).toMatchObject({ title: 'The National', url: expect.stringContaining('thenationalnews.com') });
    expect(body.embeds[0].description).toContain('in the village of **Bucha**');
    expect(body.embeds[0].description).toContain('— **Vladimir Putin** (Mr Putin said)');
    expect(body.embeds[0].footer.text).toMatch(/^Vladimir Putin tells UN chief he still has 'hope' in Ukraine talks · 2022-04-26 · ¶\d+$/);
    for (const embed of body.embeds) expect(embed.description).toContain('Vladimir Putin');
  });

  it('answers a mention in a thread, in the thread, as a reply', async () => {
    const before = standIn.requests.length;
    const mentionId = standIn.postMessage(standIn.ids.thread, `<@${standIn.ids.bot}> Putin Bucha`, [standIn.botMention]);
    const reply = await threadReplyAfter(before);
    expect(reply.body.message_reference).toMatchObject({ message_id: mentionId });
    expect(reply.body.allowed_mentions).toEqual(NO_MENTIONS);
    expect(reply.body.embeds[0].title).toBe('The National');
  });

  it("answers a bare mention in a thread about the thread's starter message", async () => {
    standIn.storeMessage(standIn.ids.channel, {
      id: standIn.ids.thread,
      content: 'What did Guterres say about the humanitarian corridors?',
    });
    const before = standIn.requests.length;
    standIn.postMessage(standIn.ids.thread, `<@${standIn.ids.bot}>`, [standIn.botMention]);
    const reply = await threadReplyAfter(before);
    expect(reply.body.content).toMatch(/by António Guterres/);
    expect(reply.body.embeds.length).toBeGreaterThan(0);
  });
});
