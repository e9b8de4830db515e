/**
 * One-shot use for scripts: `newsroom quote Putin Bucha [--json]` (or `npm run cli -- …`), the quote
 * export `newsroom quotes [--csv]`, and the ways in from the web, `newsroom add <url…>` and
 * `newsroom feeds poll`. Answers go to stdout, logs to stderr. Exit code: 0 for an answer, 1 for a
 * user error (or an address or feed that failed), 2 for a usage error.
 */
import { dispatch } from '../../dispatch.ts';
import type { Engine } from '../../engine/index.ts';
import type { Logger } from '../../logger.ts';
import { renderCsv } from '../../render/csv.ts';
import { renderText } from '../../render/text.ts';
import type { Invocation } from '../../../commands/invocation.ts';
import { parseInvocation } from '../../../commands/parse-invocation.ts';
import type { CliRequest } from './cli-args.ts';
import { runAdd, runFeedsPoll, type IngestCliDeps } from './cli-ingest.ts';

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

/** What a request needs, made only when it needs it (an engine is not built to add a page). */
export interface CliDeps {
  engine: () => Promise<Engine>;
  ingest: () => Omit<IngestCliDeps, 'json' | 'write'>;
  color: boolean;
  logger: Logger;
  write: (text: string) => void;
}

export async function runCliRequest(request: Exclude<CliRequest, { kind: 'usage' }>, deps: CliDeps): Promise<number> {
  switch (request.kind) {
    case 'add':
      return runAdd(request.urls, request.outlet, { ...deps.ingest(), json: request.json, write: deps.write });
    case 'feeds-poll':
      return runFeedsPoll(request.feed, { ...deps.ingest(), json: request.json, write: deps.write });
    case 'quotes':
      return exportQuotes(await deps.engine(), {
        json: request.json,
        csv: request.csv,
        color: deps.color,
        logger: deps.logger,
        write: deps.write,
      });
    case 'ask':
      return answer(await deps.engine(), request.invocation, {
        json: request.json,
        csv: false,
        color: deps.color,
        logger: deps.logger,
        write: deps.write,
      });
  }
}

/** Runs `words` as before the strict parser (kept for callers that pass words): `quotes`, or a line like the console's. */
export async function runCli(engine: Engine, words: string[], options: CliOptions): Promise<number> {
  if (words[0] === 'quotes') return exportQuotes(engine, options);
  return answer(engine, cliInvocation(words), options);
}

async function answer(engine: Engine, invocation: Invocation, options: CliOptions): Promise<number> {
  const result = await dispatch(engine, invocation, options.logger);
  options.write(options.json ? JSON.stringify(result, null, 2) : renderText(result, { color: options.color, invocation, surface: 'cli' }));
  if (result.kind !== 'error') return 0;
  return result.code === 'unknown_command' ? 2 : 1;
}

function exportQuotes(engine: Engine, options: CliOptions): number {
  const rows = engine.quoteRows();
  if (options.csv)
    options.write(renderCsv(rows, ['article', 'outlet', 'headline', 'url', 'published', 'paragraph', 'text', 'speaker', 'mention', 'cue']));
  else options.write(JSON.stringify(rows, null, options.json ? 2 : 0));
  return 0;
}
