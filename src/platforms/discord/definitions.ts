/**
 * Slash command definitions from the command registry (`commands/`): every command under its own
 * name (Discord reserves none of ours), and the umbrella `/newsroom command:<choice> query:<words>`
 * that Slack needs and Discord keeps so both platforms answer the same words. Each gets the
 * Discord-only `ephemeral` option. `discord:deploy` registers exactly these.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { commands } from '../../../commands/index.ts';
import { UMBRELLA_COMMAND } from '../../../commands/parse-invocation.ts';
import type { Command, CommandOption } from '../../../commands/types.ts';

/** The option every command gets on Discord: answer only to the person who asked. */
export const EPHEMERAL_OPTION = 'ephemeral';

/** The umbrella's options: which command, and the words after it. */
export const UMBRELLA_OPTIONS = { command: 'command', query: 'query' } as const;

/** Discord's limit on command and option descriptions. */
const DESCRIPTION_MAX = 100;

export function slashCommandDefinitions(registry: readonly Command[] = commands): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const direct = registry.map((command) => {
    const options = [...command.options].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false)).map(optionDefinition);
    return chatInput(command.name, command.description, options);
  });
  return [...direct, umbrellaDefinition(registry)];
}

function umbrellaDefinition(registry: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return chatInput(UMBRELLA_COMMAND, `Every newsroom command: ${registry.map((c) => c.name).join(', ')}`, [
    {
      type: ApplicationCommandOptionType.String,
      name: UMBRELLA_OPTIONS.command,
      description: 'The command to run',
      required: true,
      choices: registry.map((c) => ({ name: c.name, value: c.name })),
    },
    {
      type: ApplicationCommandOptionType.String,
      name: UMBRELLA_OPTIONS.query,
      description: 'Words, "exact phrases", filters (outlet:, speaker:, since:, until:)',
      required: false,
    },
  ]);
}

function chatInput(
  name: string,
  description: string,
  options: APIApplicationCommandBasicOption[],
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  options.push({
    type: ApplicationCommandOptionType.Boolean,
    name: EPHEMERAL_OPTION,
    description: 'Show the answer only to you',
    required: false,
  });
  return { type: ApplicationCommandType.ChatInput, name, description: shorten(description), options };
}

function optionDefinition(option: CommandOption): APIApplicationCommandBasicOption {
  const base = { name: option.name, description: shorten(option.description), required: option.required ?? false };
  switch (option.type) {
    case 'string':
      return { ...base, type: ApplicationCommandOptionType.String, autocomplete: option.autocomplete !== undefined };
    case 'integer':
      return {
        ...base,
        type: ApplicationCommandOptionType.Integer,
        ...(option.minValue !== undefined ? { min_value: option.minValue } : {}),
        ...(option.maxValue !== undefined ? { max_value: option.maxValue } : {}),
      };
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
  }
}

function shorten(text: string): string {
  return text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1).trimEnd()}…`;
}
