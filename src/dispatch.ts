/**
 * Runs an invocation for any platform and always returns an answer: its options are checked
 * against the command's declaration (`readOptions`), a user's mistake becomes an error answer with
 * its message, anything unexpected is logged and becomes the `internal` one.
 */
import { commands, findCommand } from '../commands/index.ts';
import type { Invocation } from '../commands/invocation.ts';
import { optionsGetter, readOptions } from '../commands/options.ts';
import { OPEN_ACCESS, type Access } from './access/access.ts';
import type { Answer } from './answer.ts';
import { nearest, orList, type Engine } from './engine/index.ts';
import { note } from './messages.ts';
import { BotError, userMessage } from './errors.ts';
import type { Logger } from './logger.ts';

/** `commandPath`: how the asking platform reaches each command, for help's examples (see `CommandContext`). */
export async function dispatch(
  engine: Engine,
  invocation: Invocation,
  logger: Logger,
  access: Access = OPEN_ACCESS,
  commandPath?: (name: string) => string,
): Promise<Answer> {
  const { command: name } = invocation;
  let command = findCommand(name);
  try {
    let readAs: string | undefined;
    if (!command) {
      // A misspelt command (`/qoute`) runs as the one it is nearest to, saying so; several: "did you mean".
      const near = nearest(name, commands, (c) => [c.name]);
      if (near.length > 1) throw new BotError('ambiguous_command', { name, choices: orList(near.map((c) => `/${c.name}`)) });
      if (!near.length) throw new BotError('unknown_command', { name, known: commands.map((c) => `/${c.name}`).join(', ') });
      command = near[0]!;
      readAs = note('read_as', { typed: `/${name}`, meant: `/${command.name}` });
    }
    const takesQuery = command.options.some((o) => o.name === 'query');
    const given = takesQuery ? invocation.options : Object.fromEntries(Object.entries(invocation.options).filter(([k]) => k !== 'query'));
    const options = readOptions(command, optionsGetter(given));
    const answer = await command.run({ engine, options, commands, access, commandPath });
    if (readAs && 'notes' in answer) answer.notes.unshift(readAs);
    return answer;
  } catch (error) {
    const { code, message } = userMessage(error);
    if (code === 'internal') logger.error({ err: error, command: name, options: invocation.options }, 'command failed');
    return { kind: 'error', command: name, code, message };
  }
}
