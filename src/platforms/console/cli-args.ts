/**
 * The one-shot command line, read strictly with `node:util` parseArgs (built in, and enough: a
 * handful of flags, no sub-command trees beyond `feeds poll`). The first word must name a command:
 * the registry's (`quote`, `search`, `compare`, `who`, `sources`, `help`) or the command line's own
 * (`quotes`, `add`, `feeds poll`). An unknown command, an unknown option or an option the command
 * does not take is a usage error that lists what exists; nothing falls through to a search.
 *
 * `--page N` counts from 1, as answers show it ("page 2 of 3"); `--limit N` and the registry
 * commands' other declared options (`--outlet`, `--speaker`) become the invocation's options.
 */
import { parseArgs } from 'node:util';
import { commands, findCommand } from '../../../commands/index.ts';
import type { Invocation } from '../../../commands/invocation.ts';
import type { CommandOptions } from '../../../commands/types.ts';
import { nearest, orList } from '../../engine/index.ts';

interface Common {
  corpus?: string;
  json: boolean;
  verbose: boolean;
  noColor: boolean;
}

export type CliRequest =
  | (Common & { kind: 'ask'; invocation: Invocation })
  | (Common & { kind: 'quotes'; csv: boolean })
  | (Common & { kind: 'add'; urls: string[]; outlet?: string })
  | (Common & { kind: 'feeds-poll'; feed?: string })
  | { kind: 'usage'; text: string; code: 0 | 2 };

const OWN_COMMANDS = ['quotes', 'add', 'feeds poll'];
const REGISTRY = () => commands.filter((c) => c.name !== 'add').map((c) => c.name);
const COMMON = ['corpus', 'json', 'verbose', 'no-color', 'help'];

export function usage(): string {
  return `Usage: newsroom <command> [words…] [options]    (or: npm run cli -- <command> …)

Commands:
  quote <words…>          direct quotations, each outlet side by side   (--limit N, --page N, --outlet, --speaker)
  search <words…>         passages matching the words                    (--limit N, --page N, --outlet)
  compare <words…>        one statement's wordings across outlets       (--page N, --outlet, --speaker)
  who "<phrase>"          who said these words
  sources                 outlets, article counts, unreadable files
  help                    commands and query syntax
  quotes [--csv]          every extracted quote, as JSON (default) or CSV
  add <url…> [--outlet NAME]     fetch each page and add its article to the corpus
  feeds poll [--feed URL]        poll the feeds of feeds.yaml (or one feed) once

Options: --corpus DIR (or CORPUS_DIR), --json (the answer model), --verbose (logs on stderr), --no-color, --help`;
}

function commandList(): string {
  return [...REGISTRY(), ...OWN_COMMANDS].join(', ');
}

function usageError(problem: string): CliRequest {
  return { kind: 'usage', text: `${problem}\nCommands: ${commandList()}. See newsroom --help.`, code: 2 };
}

const OPTIONS = {
  corpus: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'boolean' },
  limit: { type: 'string' },
  page: { type: 'string' },
  outlet: { type: 'string' },
  speaker: { type: 'string' },
  feed: { type: 'string' },
  verbose: { type: 'boolean', short: 'v' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export function parseCliArgs(argv: readonly string[]): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    const m = /Unknown option '([^']+)'/.exec((error as Error).message);
    return usageError(m ? `Unknown option ${m[1]}.` : ((error as Error).message.split('\n')[0] ?? 'Bad arguments.'));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'usage', text: usage(), code: 0 };
  const [word, ...rest] = positionals;
  if (!word) return { kind: 'usage', text: usage(), code: 2 };
  const given = Object.keys(values).filter((k) => values[k as keyof typeof values] !== undefined);
  const common: Common = {
    ...(values.corpus ? { corpus: values.corpus } : {}),
    json: values.json === true,
    verbose: values.verbose === true,
    noColor: values['no-color'] === true,
  };
  const name = word.replace(/^\//, '').toLowerCase();
  const allowOnly = (command: string, allowed: readonly string[]) => {
    const extra = given.find((k) => !COMMON.includes(k) && !allowed.includes(k));
    return extra ? usageError(`--${extra} is not an option of ${command}.${optionsLine(allowed)}`) : undefined;
  };

  if (name === 'quotes') return allowOnly('quotes', ['csv']) ?? { ...common, kind: 'quotes', csv: values.csv === true };
  if (name === 'add') {
    if (!rest.length) return usageError('add needs at least one web address: newsroom add https://… [--outlet NAME].');
    return allowOnly('add', ['outlet']) ?? { ...common, kind: 'add', urls: rest, ...(values.outlet ? { outlet: values.outlet } : {}) };
  }
  if (name === 'feeds') {
    if (rest[0] !== 'poll' || rest.length > 1)
      return usageError(
        `Unknown command "feeds${rest.length ? ` ${rest.join(' ')}` : ''}": the feeds command is "feeds poll [--feed URL]".`,
      );
    return allowOnly('feeds poll', ['feed']) ?? { ...common, kind: 'feeds-poll', ...(values.feed ? { feed: values.feed } : {}) };
  }
  const command = name === 'add' ? undefined : findCommand(name);
  if (!command) {
    const near = nearest(name, [...commands.map((c) => c.name), ...OWN_COMMANDS], (c) => [c.split(' ')[0] ?? c]);
    const hint = near.length ? ` Did you mean ${orList(near)}?` : '';
    return usageError(`Unknown command "${word}".${hint}`);
  }
  const declared = command.options.map((o) => o.name).filter((n) => n !== 'query');
  const refused = allowOnly(command.name, [...declared, 'page']);
  if (refused) return refused;
  const options: Record<string, string | number> = {};
  if (command.options.some((o) => o.name === 'query')) options.query = rest.join(' ');
  else if (rest.length) return usageError(`${command.name} takes no words (got "${rest.join(' ')}").`);
  for (const o of command.options) {
    const value = values[o.name as keyof typeof values];
    if (o.name === 'query' || typeof value !== 'string') continue;
    if (o.type !== 'integer') options[o.name] = value;
    else if (/^-?\d+$/.test(value)) options[o.name] = Number(value);
    else return usageError(`--${o.name} takes a whole number, not "${value}".`);
  }
  let page = 0;
  if (values.page !== undefined) {
    if (!/^\d+$/.test(values.page) || Number(values.page) < 1)
      return usageError(`--page takes a page number from 1, not "${values.page}".`);
    page = Number(values.page) - 1;
  }
  return { ...common, kind: 'ask', invocation: { command: command.name, options: options as CommandOptions, page } };
}

function optionsLine(allowed: readonly string[]): string {
  const all = [...allowed, 'corpus', 'json'];
  return ` Its options: ${all.map((o) => `--${o}`).join(', ')}.`;
}
