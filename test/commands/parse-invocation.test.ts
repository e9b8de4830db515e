import type { ChatInputCommandInteraction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { Invocation } from '../../commands/invocation.ts';
import { cutQuery, DEFAULT_COMMAND, parseInvocation, parseSlashCommand } from '../../commands/parse-invocation.ts';
import { MAX_QUERY_LENGTH } from '../../src/engine/index.ts';
import { cliInvocation } from '../../src/platforms/console/cli.ts';
import { interactionInvocation } from '../../src/platforms/discord/interactions.ts';
import { mentionInvocation as discordMention } from '../../src/platforms/discord/mentions.ts';
import { mentionInvocation as slackMention } from '../../src/platforms/slack/mention-text.ts';

describe('parseInvocation', () => {
  it('reads the first word as the command, with or without its slash', () => {
    expect(parseInvocation('/search "steel plant" outlet:axios')).toEqual({
      command: 'search',
      options: { query: '"steel plant" outlet:axios' },
    });
    expect(parseInvocation('Compare Bucha')).toEqual({ command: 'compare', options: { query: 'Bucha' } });
    expect(parseInvocation('  who   great breakthrough ')).toEqual({ command: 'who', options: { query: 'great breakthrough' } });
  });

  it('runs /quote for words that name no command', () => {
    expect(DEFAULT_COMMAND).toBe('quote');
    expect(parseInvocation('Putin Bucha')).toEqual({ command: 'quote', options: { query: 'Putin Bucha' } });
    expect(parseInvocation('')).toEqual({ command: 'quote', options: { query: '' } });
  });

  it('keeps an unknown word after a slash as the command, and the words after it, so dispatch can say it does not exist or what was meant', () => {
    expect(parseInvocation('/nope Bucha')).toEqual({ command: 'nope', options: { query: 'Bucha' } });
    expect(parseInvocation('/nope')).toEqual({ command: 'nope', options: {} });
  });

  it('gives no query to commands that declare none', () => {
    expect(parseInvocation('sources please')).toEqual({ command: 'sources', options: {} });
    expect(parseInvocation('/help')).toEqual({ command: 'help', options: {} });
  });

  it('accepts the umbrella word before any command, and alone means help', () => {
    expect(parseInvocation('newsroom who "great breakthrough"')).toEqual({ command: 'who', options: { query: '"great breakthrough"' } });
    expect(parseInvocation('/newsroom /search Mariupol')).toEqual({ command: 'search', options: { query: 'Mariupol' } });
    expect(parseInvocation('/newsroom Putin Bucha')).toEqual({ command: 'quote', options: { query: 'Putin Bucha' } });
    expect(parseInvocation('/newsroom')).toEqual({ command: 'help', options: {} });
    expect(parseInvocation('newsroom newsroom')).toEqual({ command: 'quote', options: { query: 'newsroom' } });
  });

  it('reads a slash command by its name and the text after it', () => {
    expect(parseSlashCommand('quote', 'Putin Bucha')).toEqual({ command: 'quote', options: { query: 'Putin Bucha' } });
    expect(parseSlashCommand('/newsroom', 'who great breakthrough')).toEqual({ command: 'who', options: { query: 'great breakthrough' } });
    expect(parseSlashCommand('newsroom', '')).toEqual({ command: 'help', options: {} });
    // The words after a direct command are its query, even when they start with another command's name.
    expect(parseSlashCommand('quote', 'compare notes')).toEqual({ command: 'quote', options: { query: 'compare notes' } });
  });
});

describe('cutQuery', () => {
  it('keeps a short text as it is, trimmed', () => {
    expect(cutQuery('  Mayor says the bridge reopens Monday ')).toBe('Mayor says the bridge reopens Monday');
  });

  it('cuts a long text at a word within the query limit', () => {
    const text = 'the council voted again '.repeat(40);
    const cut = cutQuery(text);
    expect(cut.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(cut.length).toBeGreaterThan(MAX_QUERY_LENGTH - 10);
    expect(text.startsWith(cut)).toBe(true);
    expect(text[cut.length]).toBe(' ');
  });

  it('cuts a text with no space at the limit', () => {
    expect(cutQuery('x'.repeat(MAX_QUERY_LENGTH + 50))).toHaveLength(MAX_QUERY_LENGTH);
  });
});

/** A chat-input interaction as discord.js hands it over, with only what the reader uses. */
function discordInteraction(commandName: string, values: Record<string, string | number | boolean>): ChatInputCommandInteraction {
  const get = (name: string) => values[name] ?? null;
  return { commandName, options: { getString: get, getInteger: get, getBoolean: get } } as unknown as ChatInputCommandInteraction;
}

describe('the same words give the same invocation on every platform', () => {
  const lines = ['Putin Bucha', 'quote Putin Bucha', '/search "steel plant"', 'compare Bucha', 'who great breakthrough', 'sources', 'help'];

  it.each(lines)('%s', (line) => {
    const expected: Invocation = parseInvocation(line);
    expect(cliInvocation(line.split(' '))).toEqual(expected);
    expect(slackMention(`<@UBOT0001> ${line}`, 'UBOT0001')).toEqual(expected);
    expect(discordMention(`<@123456789> ${line}`)).toEqual(expected);
    expect(parseSlashCommand('newsroom', line)).toEqual(expected);
  });

  it('a Discord slash command and its umbrella form read like the typed line', () => {
    for (const c of commands) {
      const typed = parseInvocation(`${c.name} Putin Bucha`);
      expect(interactionInvocation(discordInteraction('newsroom', { command: c.name, query: 'Putin Bucha' })), c.name).toEqual(typed);
      const query: Record<string, string> = c.options.some((o) => o.name === 'query') ? { query: 'Putin Bucha' } : {};
      expect(interactionInvocation(discordInteraction(c.name, query)), c.name).toEqual(typed);
    }
  });

  it('a Discord slash command reads every declared option, whatever its name', () => {
    const invocation = interactionInvocation(
      discordInteraction('quote', { query: 'corridors', outlet: 'Axios', speaker: 'Guterres', limit: 2 }),
    );
    expect(invocation).toEqual({ command: 'quote', options: { query: 'corridors', outlet: 'Axios', speaker: 'Guterres', limit: 2 } });
  });
});
