/**
 * Slash command definitions from the command registry (`commands/`), plus the Discord-only
 * `ephemeral` option on each. `discord:deploy` registers exactly these.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { commands } from '../../../commands/index.ts';
import type { Command, CommandOption } from '../../../commands/types.ts';

/** The option every command gets on Discord: answer only to the person who asked. */
export const EPHEMERAL_OPTION = 'ephemeral';

/** Discord's limit on command and option descriptions. */
const DESCRIPTION_MAX = 100;

export function slashCommandDefinitions(registry: readonly Command[] = commands): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return registry.map((command) => {
    const options = [...command.options].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false)).map(optionDefinition);
    options.push({
      type: ApplicationCommandOptionType.Boolean,
      name: EPHEMERAL_OPTION,
      description: 'Show the answer only to you',
      required: false,
    });
    return { type: ApplicationCommandType.ChatInput, name: command.name, description: shorten(command.description), options };
  });
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
