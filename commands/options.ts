/**
 * The one reader of command options. Options are declared once, on the command (`options` in its
 * file); every platform hands this reader a getter over whatever it received (Discord's typed
 * options, the words typed after a command, a button's decoded invocation) and gets back
 * `CommandOptions` checked against the declaration: type, minimum/maximum, required.
 *
 * Adding an option therefore touches the command's file (its declaration and its use in `run`),
 * plus the `CommandOptions` interface when the option is a new name. Discord's definitions, the
 * Slack manifest, the button encoding and every platform's reading follow from the declaration.
 *
 * @example
 * readOptions(quote, (name) => ({ query: 'Putin Bucha', limit: 3 })[name])
 * // → { query: 'Putin Bucha', limit: 3 }
 * readOptions(quote, (name) => (name === 'limit' ? 40 : 'x'))
 * // throws BotError bad_option: "/quote limit: 400 is above the maximum, 50."
 */
import { BotError } from '../src/errors.ts';
import type { Command, CommandOption, CommandOptions } from './types.ts';

/**
 * A platform's view of what it received: the value given for an option, or `undefined`/`null`
 * when none was. `type` lets typed sources (Discord) pick their typed accessor.
 */
export type OptionGetter = (name: string, type: CommandOption['type']) => unknown;

/** The options a command declares, read through `get` and checked; throws `BotError('bad_option')`. */
export function readOptions(command: Command, get: OptionGetter): CommandOptions {
  const options: Record<string, string | number | boolean> = {};
  for (const declared of command.options) {
    const value = get(declared.name, declared.type);
    if (value === undefined || value === null) {
      if (declared.required) throw badOption(command, declared, 'is missing; it is required');
      continue;
    }
    options[declared.name] = checked(command, declared, value);
  }
  return options as CommandOptions;
}

/** A getter over options already in hand (a decoded button, a test): reads them by name. */
export function optionsGetter(options: CommandOptions): OptionGetter {
  const byName: Readonly<Record<string, unknown>> = { ...options };
  return (name) => byName[name];
}

function checked(command: Command, declared: CommandOption, value: unknown): string | number | boolean {
  switch (declared.type) {
    case 'string':
      if (typeof value !== 'string') throw badOption(command, declared, `must be text, not ${describe(value)}`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw badOption(command, declared, `must be true or false, not ${describe(value)}`);
      return value;
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value))
        throw badOption(command, declared, `must be a whole number, not ${describe(value)}`);
      if (declared.minValue !== undefined && value < declared.minValue)
        throw badOption(command, declared, `: ${value} is below the minimum, ${declared.minValue}`);
      if (declared.maxValue !== undefined && value > declared.maxValue)
        throw badOption(command, declared, `: ${value} is above the maximum, ${declared.maxValue}`);
      return value;
    }
  }
}

function badOption(command: Command, declared: CommandOption, problem: string): BotError {
  const gap = problem.startsWith(':') ? '' : ' ';
  return new BotError('bad_option', { detail: `/${command.name} ${declared.name}${gap}${problem}.` });
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : typeof value;
}
