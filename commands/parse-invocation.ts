/**
 * The one parser of typed text into an `Invocation`, for every place people type a command: a
 * console line, the one-shot CLI's words, a Slack or Discord mention, the text after a slash
 * command, and the umbrella command's words.
 *
 * - The first word names the command (`quote …`, `/sources`); the leading slash is optional.
 * - The umbrella word comes first or not at all: `newsroom who "great breakthrough"` is `/who`, and
 *   `newsroom` alone is `/help`. It is how each command stays reachable on Slack, which reserves
 *   some of our names (`/who`, `/search`) for its own commands.
 * - Text with no command word runs the default command, `quote`: the example everyone tries is
 *   `@newsbot Putin Bucha`, and a speaker plus a topic is exactly what `/quote` answers. A word after
 *   a slash that names no command stays that command, so dispatch says it does not exist.
 * - The rest of the line is the `query` of commands that declare one; commands without a `query`
 *   option (`/sources`, `/help`) ignore it, as they always have.
 *
 * Parsing never fails: options are checked against the command's declaration when it runs (see
 * `readOptions` in `options.ts`, called by dispatch), so every platform reports mistakes alike.
 *
 * @example
 * parseInvocation('Putin Bucha')                  // → { command: 'quote', options: { query: 'Putin Bucha' } }
 * parseInvocation('/search "steel plant"')        // → { command: 'search', options: { query: '"steel plant"' } }
 * parseInvocation('newsroom who great breakthrough') // → { command: 'who', options: { query: 'great breakthrough' } }
 * parseSlashCommand('quote', 'Putin Bucha')       // the text Slack sends after `/quote`
 */
import { MAX_QUERY_LENGTH } from '../src/engine/index.ts';
import { findCommand } from './index.ts';
import type { Invocation } from './invocation.ts';
import type { Command } from './types.ts';

/** What text without a command word runs. */
export const DEFAULT_COMMAND = 'quote';

/** The one slash command that reaches every other one on every platform: `/newsroom <command> …`. */
export const UMBRELLA_COMMAND = 'newsroom';

/** What the umbrella command alone runs. */
const UMBRELLA_ALONE = 'help';

export function parseInvocation(text: string): Invocation {
  const { word, rest, slash } = firstWord(text);
  if (word === UMBRELLA_COMMAND) return afterUmbrella(rest);
  const command = findCommand(word);
  if (command) return commandInvocation(command, rest);
  if (slash && word) return unknownInvocation(word, rest);
  return defaultInvocation(text.trim());
}

/** A command word that names no command keeps the words after it, so a misspelt `/qoute Putin` can still run as `/quote Putin`. */
function unknownInvocation(word: string, rest: string): Invocation {
  return { command: word, options: rest.trim() ? { query: rest.trim() } : {} };
}

/** A slash command as a platform delivers it: its name (`quote`, `newsroom`) and the text typed after it. */
export function parseSlashCommand(name: string, text: string): Invocation {
  return parseInvocation(`/${name.replace(/^\//, '')} ${text}`);
}

/**
 * Text written for people (a thread's first message, a channel post) as a query: cut at a word to
 * the query length limit, so a long post still asks about its opening words instead of failing.
 * Platforms strip their own markup first.
 */
export function cutQuery(text: string): string {
  const query = text.trim();
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const space = query.lastIndexOf(' ', MAX_QUERY_LENGTH);
  return (space > 0 ? query.slice(0, space) : query.slice(0, MAX_QUERY_LENGTH)).trim();
}

/** The command with the typed words as its query, when it takes one. */
export function commandInvocation(command: Command, rest: string): Invocation {
  const takesQuery = command.options.some((o) => o.name === 'query');
  return { command: command.name, options: takesQuery ? { query: rest.trim() } : {} };
}

function afterUmbrella(rest: string): Invocation {
  const { word, rest: words, slash } = firstWord(rest);
  const command = findCommand(word);
  if (command) return commandInvocation(command, words);
  if (slash && word) return unknownInvocation(word, words);
  if (!rest.trim()) return { command: UMBRELLA_ALONE, options: {} };
  return defaultInvocation(rest.trim());
}

/** The default command with the given words as its query (a thread's first message, a bare line). */
export function defaultInvocation(text: string): Invocation {
  const command = findCommand(DEFAULT_COMMAND);
  if (!command) throw new Error(`the default command /${DEFAULT_COMMAND} is not in the registry`);
  return commandInvocation(command, text);
}

function firstWord(text: string): { word: string; rest: string; slash: boolean } {
  const m = /^(\/?)(\S+)\s*([\s\S]*)$/.exec(text.trim());
  return { word: (m?.[2] ?? '').toLowerCase(), rest: m?.[3] ?? '', slash: m?.[1] === '/' };
}
