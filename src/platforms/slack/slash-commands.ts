/**
 * The slash commands the Slack app registers, from the command registry: the umbrella
 * `/newsroom <command> …`, which reaches every command, and beside it each command under its own
 * name unless Slack reserves that name (`/who`, `/search`). The manifest generator
 * (`scripts/slack-manifest.ts`) and the listeners (`answers.ts`) both read this list, so what is
 * registered is what is answered.
 */
import { commands } from '../../../commands/index.ts';
import { UMBRELLA_COMMAND } from '../../../commands/parse-invocation.ts';
import type { Command } from '../../../commands/types.ts';
import { SLACK_RESERVED_COMMANDS } from './reserved-commands.ts';

export interface SlackSlashCommand {
  /** Without the slash. */
  name: string;
  description: string;
  /** Example words after the command, shown by Slack as the user types. */
  usageHint?: string;
}

export function slackSlashCommands(registry: readonly Command[] = commands): SlackSlashCommand[] {
  const direct = registry.filter((c) => !SLACK_RESERVED_COMMANDS.has(c.name));
  return [
    {
      name: UMBRELLA_COMMAND,
      description: `Every newsroom command: ${registry.map((c) => c.name).join(', ')}`,
      usageHint: `${registry.map((c) => c.name).join('|')} [words]`,
    },
    ...direct.map((c) => ({ name: c.name, description: c.description, ...(usageHint(c) ? { usageHint: usageHint(c) } : {}) })),
  ];
}

/** How a person reaches a registry command on Slack: `/quote` where the name is free, else `/newsroom who`. */
export function slackCommandPath(name: string): string {
  return SLACK_RESERVED_COMMANDS.has(name) ? `/${UMBRELLA_COMMAND} ${name}` : `/${name}`;
}

/** `/quote Putin Bucha  ·  /quote speaker:…` → `Putin Bucha` (the words after the first example's command). */
function usageHint(c: Command): string | undefined {
  const first = c.usage.split('·')[0]?.trim() ?? '';
  const words = first.replace(new RegExp(`^/${c.name}\\s*`), '').trim();
  return words || undefined;
}
