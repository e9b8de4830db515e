import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commands } from '../../../commands/index.ts';
import { parseSlashCommand } from '../../../commands/parse-invocation.ts';
import type { Command } from '../../../commands/types.ts';
import { buildManifest, MANIFEST_PATH, manifestYaml } from '../../../scripts/slack-manifest.ts';
import { SLACK_RESERVED_COMMANDS } from '../../../src/platforms/slack/reserved-commands.ts';
import { slackCommandPath } from '../../../src/platforms/slack/slash-commands.ts';

/** The slash command names (without the slash) in a manifest. */
function slashNames(manifest: unknown): string[] {
  const { features } = manifest as { features: { slash_commands: Array<{ command: string }> } };
  return features.slash_commands.map((c) => c.command.replace(/^\//, ''));
}

describe('Slack app manifest', () => {
  it('is up to date with the command registry (run scripts/slack-manifest.ts)', () => {
    expect(readFileSync(MANIFEST_PATH, 'utf8')).toBe(manifestYaml(commands));
  });

  it('registers the umbrella and each command whose name Slack leaves free, and listens to mentions', () => {
    const manifest = parse(readFileSync(MANIFEST_PATH, 'utf8'));
    expect(slashNames(manifest)).toEqual(['newsroom', 'quote', 'compare', 'sources', 'help', 'add']);
    expect(manifest.settings).toMatchObject({
      socket_mode_enabled: true,
      interactivity: { is_enabled: true },
      event_subscriptions: { bot_events: ['app_mention'] },
    });
  });

  it('points every command, events and interactivity at the URL in HTTP mode', () => {
    const manifest = buildManifest(commands, 'https://bot.example.org/slack/events') as {
      features: { slash_commands: Array<{ url: string }> };
      settings: Record<string, unknown>;
    };
    expect(new Set(manifest.features.slash_commands.map((c) => c.url))).toEqual(new Set(['https://bot.example.org/slack/events']));
    expect(manifest.settings).toMatchObject({
      socket_mode_enabled: false,
      event_subscriptions: { request_url: 'https://bot.example.org/slack/events' },
      interactivity: { request_url: 'https://bot.example.org/slack/events' },
    });
  });

  it('holds no command name Slack reserves for its built-ins (Slack would refuse the whole manifest)', () => {
    const names = slashNames(parse(readFileSync(MANIFEST_PATH, 'utf8')));
    expect(names.filter((name) => SLACK_RESERVED_COMMANDS.has(name))).toEqual([]);
    expect(SLACK_RESERVED_COMMANDS.has('who') && SLACK_RESERVED_COMMANDS.has('search')).toBe(true);
  });

  it('leaves out a reserved name even when a new command takes one', () => {
    const status: Command = { ...commands[0]!, name: 'status', description: 'A command named like a Slack built-in' };
    expect(slashNames(buildManifest([...commands, status]))).not.toContain('status');
  });

  it('reaches every registry command, directly or through /newsroom', () => {
    const names = new Set(slashNames(parse(readFileSync(MANIFEST_PATH, 'utf8'))));
    for (const c of commands) {
      const [slash = '', ...words] = slackCommandPath(c.name).slice(1).split(' ');
      expect(names.has(slash), c.name).toBe(true);
      expect(parseSlashCommand(slash, [...words, 'Bucha'].join(' ')).command, c.name).toBe(c.name);
    }
    expect(slackCommandPath('who')).toBe('/newsroom who');
    expect(slackCommandPath('quote')).toBe('/quote');
  });
});
