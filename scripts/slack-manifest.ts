/**
 * Writes the Slack app manifest (`slack/manifest.yaml`) from the command registry: the umbrella
 * `/newsroom <command> …` and every command whose name Slack does not reserve for itself (see
 * `src/platforms/slack/slash-commands.ts`; a manifest with a reserved name such as `/who` is refused
 * whole). Paste the file into api.slack.com/apps → "Create New App" → "From a manifest".
 *
 *   npx tsx scripts/slack-manifest.ts                      Socket Mode manifest (the default)
 *   npx tsx scripts/slack-manifest.ts --url https://bot.example.org/slack/events
 *                                                          HTTP mode: Slack calls that URL
 *   npx tsx scripts/slack-manifest.ts --check              exit 1 if the file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { commands } from '../commands/index.ts';
import type { Command } from '../commands/types.ts';
import { slackSlashCommands } from '../src/platforms/slack/slash-commands.ts';

export const MANIFEST_PATH = new URL('../slack/manifest.yaml', import.meta.url);

/** Bot scopes, each with the reason it is needed (also printed in docs/slack.md). */
export const BOT_SCOPES: Record<string, string> = {
  commands: 'the slash commands',
  'chat:write': 'answers to mentions, posted in their thread',
  'app_mentions:read': 'receive the mentions (`@newsbot Putin Bucha`)',
  'channels:history': "read a public channel thread's first message when mentioned alone under it",
  'groups:history': 'the same in private channels the bot was invited to',
  'im:history': 'the same in direct messages with the bot',
  'mpim:history': 'the same in group direct messages',
};

const HEADER = `# Slack app manifest for the newsroom bot. Generated from commands/ by scripts/slack-manifest.ts:
# edit the commands, not this file. Set-up guide: docs/slack.md
`;

export function buildManifest(registry: readonly Command[], requestUrl?: string): Record<string, unknown> {
  const url = requestUrl ? { url: requestUrl } : {};
  return {
    display_information: {
      name: 'Newsroom Bot',
      description: 'Quotes and passages from each outlet, side by side, with their sources.',
      background_color: '#1d3557',
    },
    features: {
      bot_user: { display_name: 'newsbot', always_online: true },
      slash_commands: slackSlashCommands(registry).map((c) => ({
        command: `/${c.name}`,
        ...url,
        description: shorten(c.description, 100),
        ...(c.usageHint ? { usage_hint: shorten(c.usageHint, 100) } : {}),
        should_escape: false,
      })),
    },
    oauth_config: { scopes: { bot: Object.keys(BOT_SCOPES) } },
    settings: {
      event_subscriptions: { ...(requestUrl ? { request_url: requestUrl } : {}), bot_events: ['app_mention'] },
      interactivity: { is_enabled: true, ...(requestUrl ? { request_url: requestUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !requestUrl,
      token_rotation_enabled: false,
    },
  };
}

export function manifestYaml(registry: readonly Command[], requestUrl?: string): string {
  return HEADER + stringify(buildManifest(registry, requestUrl), { lineWidth: 0 });
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function readIfPresent(path: URL): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function main(argv: string[]): number {
  const { values } = parseArgs({ args: argv, options: { url: { type: 'string' }, check: { type: 'boolean', default: false } } });
  const yaml = manifestYaml(commands, values.url);
  if (values.check) {
    if (readIfPresent(MANIFEST_PATH) === yaml) return 0;
    process.stderr.write('slack/manifest.yaml is out of date: run npx tsx scripts/slack-manifest.ts\n');
    return 1;
  }
  writeFileSync(MANIFEST_PATH, yaml);
  process.stdout.write(
    `wrote ${MANIFEST_PATH.pathname} (${slackSlashCommands(commands).length} slash commands${values.url ? `, HTTP mode at ${values.url}` : ', Socket Mode'})\n`,
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
