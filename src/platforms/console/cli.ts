/**
 * One-shot use for scripts: `npm run cli -- quote Putin Bucha [--json]`, and the quote export
 * `npm run cli -- quotes --json|--csv`. Prints to stdout; the exit code is 0 for an answer,
 * 1 for a user error, 2 for a usage error.
 */
import { stringify } from 'csv-stringify/sync';
import { dispatch } from '../../dispatch.ts';
import type { Engine } from '../../engine/index.ts';
import type { Logger } from '../../logger.ts';
import { renderText } from '../../render/text.ts';
import type { Invocation } from '../../../commands/invocation.ts';
import { parseInvocation } from '../../../commands/parse-invocation.ts';

export interface CliOptions {
  json: boolean;
  csv: boolean;
  color: boolean;
  logger: Logger;
  write: (text: string) => void;
}

/** The command-line words as an invocation: read like a console line (`quote Putin Bucha`, or just `Putin Bucha`). */
export function cliInvocation(words: readonly string[]): Invocation {
  return parseInvocation(words.join(' '));
}

export async function runCli(engine: Engine, words: string[], options: CliOptions): Promise<number> {
  if (words[0] === 'quotes') {
    const rows = engine.quoteRows();
    if (options.csv)
      options.write(
        stringify(rows, {
          header: true,
          columns: ['article', 'outlet', 'headline', 'url', 'published', 'paragraph', 'text', 'speaker', 'mention', 'cue'],
        }),
      );
    else options.write(JSON.stringify(rows, null, options.json ? 2 : 0));
    return 0;
  }
  const answer = await dispatch(engine, cliInvocation(words), options.logger);
  options.write(options.json ? JSON.stringify(answer, null, 2) : renderText(answer, { color: options.color }));
  if (answer.kind !== 'error') return 0;
  return answer.code === 'unknown_command' ? 2 : 1;
}
