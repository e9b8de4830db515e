/**
 * Runs a command by name for any platform and always returns an answer: a user's mistake becomes
 * an error answer with its message, anything unexpected is logged and becomes the `internal` one.
 */
import { commands, findCommand } from '../commands/index.ts';
import type { CommandOptions } from '../commands/types.ts';
import { OPEN_ACCESS, type Access } from './access/access.ts';
import type { Answer } from './answer.ts';
import type { Engine } from './engine/engine.ts';
import { BotError, userMessage } from './errors.ts';
import type { Logger } from './logger.ts';

export async function dispatch(
  engine: Engine,
  name: string,
  options: CommandOptions,
  logger: Logger,
  access: Access = OPEN_ACCESS,
): Promise<Answer> {
  const command = findCommand(name);
  try {
    if (!command) throw new BotError('unknown_command', { name, known: commands.map((c) => `/${c.name}`).join(', ') });
    return await command.run({ engine, options, commands, access });
  } catch (error) {
    const { code, message } = userMessage(error);
    if (code === 'internal') logger.error({ err: error, command: name, options }, 'command failed');
    return { kind: 'error', command: name, code, message };
  }
}
