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
import type { Engine } from './engine/index.ts';
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
  const command = findCommand(name);
  try {
    if (!command) throw new BotError('unknown_command', { name, known: commands.map((c) => `/${c.name}`).join(', ') });
    const options = readOptions(command, optionsGetter(invocation.options));
    return await command.run({ engine, options, commands, access, commandPath });
  } catch (error) {
    const { code, message } = userMessage(error);
    if (code === 'internal') logger.error({ err: error, command: name, options: invocation.options }, 'command failed');
    return { kind: 'error', command: name, code, message };
  }
}
