import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commands } from '../../../commands/index.ts';
import { buildManifest, MANIFEST_PATH, manifestYaml } from '../../../scripts/slack-manifest.ts';

describe('Slack app manifest', () => {
  it('is up to date with the command registry (run scripts/slack-manifest.ts)', () => {
    expect(readFileSync(MANIFEST_PATH, 'utf8')).toBe(manifestYaml(commands));
  });

  it('has every registry command as a slash command of the same name, and what the bot listens to', () => {
    const manifest = parse(readFileSync(MANIFEST_PATH, 'utf8'));
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toEqual(commands.map((c) => `/${c.name}`));
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
});
