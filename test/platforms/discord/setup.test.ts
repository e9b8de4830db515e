/**
 * The Discord platform's pieces that need no gateway: configuration from the environment, the
 * slash command definitions and their deployment (against the stand-in's REST), the invite link,
 * the invocation cache behind buttons, autocomplete ranking, and reading mentions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { autocompleteChoices } from '../../../src/platforms/discord/autocomplete.ts';
import { slashCommandDefinitions } from '../../../src/platforms/discord/definitions.ts';
import { discordConfigFromEnv } from '../../../src/config/index.ts';
import { deployCommands, inviteUrl } from '../../../src/platforms/discord/index.ts';
import { buttonCustomId, InvocationCache, parseButtonCustomId } from '../../../src/platforms/discord/invocations.ts';
import { mentionInvocation, queryFromStarter, withoutMentions } from '../../../src/platforms/discord/mentions.ts';
import { fakeEngine } from '../../support/discord-fake-engine.ts';
import { DiscordStandIn } from '../../support/discord-stand-in.ts';

const APP = '1100000000000000001';

describe('discordConfigFromEnv', () => {
  it('is undefined when Discord is not configured (empty values count as unset)', () => {
    expect(discordConfigFromEnv({})).toBeUndefined();
    expect(discordConfigFromEnv({ DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: ' ' })).toBeUndefined();
  });

  it('reads the token, application, guild and API URL', () => {
    expect(
      discordConfigFromEnv({
        DISCORD_TOKEN: 'abc.def',
        DISCORD_APPLICATION_ID: APP,
        DISCORD_GUILD_ID: '1100000000000000100',
        DISCORD_API_URL: 'http://127.0.0.1:9/api/',
      }),
    ).toEqual({
      token: 'abc.def',
      applicationId: APP,
      guildId: '1100000000000000100',
      apiUrl: 'http://127.0.0.1:9/api',
    });
  });

  it.each([
    [{ DISCORD_APPLICATION_ID: APP }, /DISCORD_TOKEN is not set, but DISCORD_APPLICATION_ID is/],
    [{ DISCORD_GUILD_ID: '1100000000000000100' }, /DISCORD_TOKEN is not set, but DISCORD_GUILD_ID is/],
    [{ DISCORD_TOKEN: 'abc' }, /DISCORD_APPLICATION_ID is not set/],
    [{ DISCORD_TOKEN: 'Bot abc', DISCORD_APPLICATION_ID: APP }, /DISCORD_TOKEN contains whitespace/],
    [{ DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: 'newsbot' }, /DISCORD_APPLICATION_ID must be a numeric Discord id/],
    [{ DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: 'x' }, /DISCORD_GUILD_ID must be/],
    [{ DISCORD_TOKEN: 'abc', DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'discord.com' }, /DISCORD_API_URL must be an http\(s\) URL/],
  ])('names the variable when half-configured or invalid: %j', (env, message) => {
    expect(() => discordConfigFromEnv(env)).toThrow(message);
  });
});

describe('slash command definitions', () => {
  const definitions = slashCommandDefinitions();

  it('has one chat command per registry command and the umbrella, each with the ephemeral option last', () => {
    expect(definitions.map((d) => d.name)).toEqual([...commands.map((c) => c.name), 'newsroom']);
    for (const d of definitions) {
      expect(d.description.length).toBeLessThanOrEqual(100);
      expect(d.options?.at(-1)).toEqual({ type: 5, name: 'ephemeral', description: 'Show the answer only to you', required: false });
    }
  });

  it('maps option types, required, autocomplete and bounds from the registry', () => {
    const quote = definitions.find((d) => d.name === 'quote');
    expect(quote?.options?.slice(0, 4)).toEqual([
      expect.objectContaining({ type: 3, name: 'query', required: true, autocomplete: false }),
      expect.objectContaining({ type: 3, name: 'outlet', required: false, autocomplete: true }),
      expect.objectContaining({ type: 3, name: 'speaker', required: false, autocomplete: true }),
      expect.objectContaining({ type: 4, name: 'limit', min_value: 1, max_value: 50 }),
    ]);
  });

  it('reaches every registry command under its own name and through the umbrella /newsroom', () => {
    const names = new Set(definitions.map((d) => d.name));
    for (const c of commands) expect(names.has(c.name), c.name).toBe(true);

    const umbrella = definitions.find((d) => d.name === 'newsroom');
    expect(umbrella?.options?.slice(0, 2)).toEqual([
      expect.objectContaining({
        type: 3,
        name: 'command',
        required: true,
        choices: commands.map((c) => ({ name: c.name, value: c.name })),
      }),
      expect.objectContaining({ type: 3, name: 'query', required: false }),
    ]);
  });
});

describe('deployCommands against the stand-in', () => {
  let standIn: DiscordStandIn;
  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
  });
  afterAll(async () => {
    await standIn.close();
  });

  it('registers to one guild when a guild is configured', async () => {
    const result = await deployCommands({ token: 't', applicationId: APP, guildId: '1100000000000000100', apiUrl: standIn.apiUrl });
    expect(result).toEqual({ scope: 'guild 1100000000000000100', commands: [...commands.map((c) => `/${c.name}`), '/newsroom'] });
    const [put] = standIn.requestsTo('PUT', /commands$/);
    expect(put?.path).toBe(`/applications/${APP}/guilds/1100000000000000100/commands`);
    expect(put?.body).toEqual(slashCommandDefinitions());
  });

  it('registers globally otherwise', async () => {
    const result = await deployCommands({ token: 't', applicationId: APP, apiUrl: standIn.apiUrl });
    expect(result.scope).toBe('global');
    expect(standIn.requestsTo('PUT', /commands$/).at(-1)?.path).toBe(`/applications/${APP}/commands`);
  });
});

describe('inviteUrl', () => {
  it('asks for the bot and commands scopes and the minimal permissions', () => {
    const url = new URL(inviteUrl(APP));
    expect(url.searchParams.get('client_id')).toBe(APP);
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe(String(1024 + 2048 + 16384 + 65536 + 274877906944));
  });
});

describe('InvocationCache', () => {
  it('recalls by id, forgets the least recently used beyond its size, and expires', () => {
    let now = 0;
    const cache = new InvocationCache({ maxEntries: 2, ttlMs: 1000, now: () => now });
    const a = cache.remember({ command: 'quote', options: { query: 'a' } });
    const b = cache.remember({ command: 'quote', options: { query: 'b' } });
    expect(cache.recall(a)?.options.query).toBe('a');
    cache.remember({ command: 'quote', options: { query: 'c' } });
    expect(cache.recall(b)).toBeUndefined();
    expect(cache.recall(a)?.options.query).toBe('a');
    now = 1001;
    expect(cache.recall(a)).toBeUndefined();
  });

  it('round-trips button custom ids, well under 100 characters', () => {
    const id = new InvocationCache().remember({ command: 'quote', options: { query: 'x'.repeat(500) } });
    const customId = buttonCustomId('publish', id, 12);
    expect(customId.length).toBeLessThan(30);
    expect(parseButtonCustomId(customId)).toEqual({ action: 'publish', id, page: 12 });
    expect(parseButtonCustomId('other-bot:thing')).toBeUndefined();
  });
});

describe('autocompleteChoices', () => {
  const engine = fakeEngine();
  it('ranks names starting with the typed text, then words starting with it, then the rest containing it', () => {
    expect(autocompleteChoices(engine, 'outlet', 'n').map((c) => c.value)).toEqual([
      'The National',
      'AP News',
      'Le Monde',
      'Kyiv Independent',
    ]);
    expect(autocompleteChoices(engine, 'outlet', 'RE').map((c) => c.value)).toEqual(['Reuters']);
    expect(autocompleteChoices(engine, 'speaker', 'anto')).toEqual([{ name: 'António Guterres · 9 quotes', value: 'António Guterres' }]);
    expect(autocompleteChoices(engine, 'outlet', '')).toHaveLength(6);
  });
});

describe('reading mentions', () => {
  it('runs /quote unless the words start with a command name', () => {
    expect(mentionInvocation('Putin Bucha')).toEqual({ command: 'quote', options: { query: 'Putin Bucha' } });
    expect(mentionInvocation('/search "steel plant"')).toEqual({ command: 'search', options: { query: '"steel plant"' } });
    expect(mentionInvocation('<@123> sources')).toEqual({ command: 'sources', options: {} });
  });

  it('removes mentions, links, custom emoji and a stray quotation mark from a starter message', () => {
    expect(withoutMentions('<@1100000000000000001>  Putin <@&5> <#6>\nBucha')).toBe('Putin Bucha');
    expect(queryFromStarter('Did <@123> see "this <:pog:123> https://x.y/z about Bucha')).toBe('Did see this about Bucha');
    expect(queryFromStarter('word '.repeat(200)).length).toBeLessThanOrEqual(500);
  });
});
