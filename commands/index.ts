/**
 * The command registry: the one list every platform registers from (console, Slack manifest,
 * Discord deploy script). Add a command by adding its file and one line here.
 */
import add from './add.ts';
import compare from './compare.ts';
import help from './help.ts';
import quote from './quote.ts';
import search from './search.ts';
import sources from './sources.ts';
import type { Command } from './types.ts';
import who from './who.ts';

export const commands: readonly Command[] = [quote, search, compare, who, sources, help, add];

export function findCommand(name: string): Command | undefined {
  const wanted = name.replace(/^\//, '').toLowerCase();
  return commands.find((c) => c.name === wanted);
}
