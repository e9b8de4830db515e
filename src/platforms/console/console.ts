/**
 * The interactive console: the embedded default when no chat platform is configured. Type a
 * command as you would in Slack or Discord; answers print as text, coloured on a terminal.
 *
 * - `/more` shows more of the last answer: its next page when it has pages, else up to ten more
 *   excerpts from each outlet (the `limit` option raised), so every "N more" line has a way.
 * - Log lines never break the prompt: while the console runs, a line written to stderr first
 *   clears the prompt line, then the prompt and what was typed so far are drawn again below it.
 */
import readline from 'node:readline';
import { symbols } from 'pino';
import type { Invocation } from '../../../commands/invocation.ts';
import { parseInvocation } from '../../../commands/parse-invocation.ts';
import type { Answer } from '../../answer.ts';
import { dispatch } from '../../dispatch.ts';
import { MAX_LIMIT, type Engine } from '../../engine/index.ts';
import type { Logger } from '../../logger.ts';
import { renderText } from '../../render/text.ts';

export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
  logger: Logger;
  /** Where log lines go (default `process.stderr`): kept from breaking the prompt while the console runs. */
  logStream?: NodeJS.WritableStream;
  /** Ends the console as /exit does (SIGTERM, SIGINT): the answer in progress finishes first. */
  signal?: AbortSignal;
}

const EXIT_WORDS = new Set(['/exit', '/quit', 'exit', 'quit']);
const MORE_WORDS = new Set(['/more', 'more']);
/** Excerpts per outlet when the invocation does not say (the engine's default). */
const DEFAULT_PER_OUTLET = 3;

/** Runs until the input ends, the user types /exit (or Ctrl-C) or `signal` aborts; resolves when done. */
export async function runConsole(engine: Engine, options: ConsoleOptions): Promise<void> {
  const { output, color } = options;
  const terminal = (output as NodeJS.WriteStream).isTTY === true;
  const rl = readline.createInterface({ input: options.input, output, terminal });
  const write = (text: string) => output.write(`${text}\n`);
  const streams = [options.logStream ?? process.stderr, loggerStream(options.logger)].filter((s): s is NodeJS.WritableStream => !!s);
  const restores = [...new Set(streams)].map((s) => keepLogsOffPrompt(s, output, rl));
  const restore = () => restores.forEach((r) => r());
  write(
    `Newsroom bot console. Try ${color ? '\u001b[1m/quote Putin Bucha\u001b[22m' : '/quote Putin Bucha'}, /sources or /help; /more for more of the last answer; /exit to leave.`,
  );
  const stop = () => rl.close();
  options.signal?.addEventListener('abort', stop, { once: true });
  if (options.signal?.aborted) stop();
  // Ctrl-C on a terminal reaches readline, not the process: leave as /exit does.
  rl.on('SIGINT', stop);
  rl.setPrompt('newsroom> ');
  rl.prompt();
  let last: { invocation: Invocation; answer: Answer } | undefined;
  try {
    for await (const line of rl) {
      const text = line.trim();
      if (EXIT_WORDS.has(text.toLowerCase())) break;
      if (MORE_WORDS.has(text.toLowerCase())) {
        const next = last && moreOf(last.invocation, last.answer);
        if (!next) write(last ? 'Nothing more to show for the last answer.' : 'Ask something first; /more then shows more of its answer.');
        else {
          last = { invocation: next, answer: await dispatch(engine, next, options.logger) };
          write(renderText(last.answer, { color, invocation: next, surface: 'console' }));
        }
      } else if (text) {
        const invocation = parseInvocation(text);
        last = { invocation, answer: await dispatch(engine, invocation, options.logger) };
        write(renderText(last.answer, { color, invocation, surface: 'console' }));
      }
      rl.prompt();
    }
  } finally {
    options.signal?.removeEventListener('abort', stop);
    restore();
    rl.close();
  }
}

/**
 * What `/more` runs after an answer: the next page when the answer has more groups than its page
 * shows, else the same question with ten more excerpts per outlet when some outlet has more.
 * Undefined when there is nothing more.
 */
export function moreOf(invocation: Invocation, answer: Answer): Invocation | undefined {
  if (answer.kind !== 'results' || !answer.results.some((r) => r.more > 0)) return undefined;
  const shown = Math.max(...answer.results.map((r) => r.excerpts.length), Number(invocation.options.limit ?? DEFAULT_PER_OUTLET));
  if (shown >= MAX_LIMIT) return undefined;
  // The `limit:` filter (up to MAX_LIMIT), in place of any earlier one.
  const query = String(invocation.options.query ?? '')
    .replace(/(^|\s)limit:\S*/gi, ' ')
    .trim();
  const { limit: _limit, ...options } = invocation.options;
  return { ...invocation, options: { ...options, query: `${query} limit:${Math.min(MAX_LIMIT, shown + 10)}` } };
}

/** The stream a pino logger writes to (it writes to fd 2 itself, not through `process.stderr`). */
function loggerStream(logger: Logger): NodeJS.WritableStream | undefined {
  const stream = (logger as unknown as Record<symbol, unknown>)[symbols.streamSym];
  return stream && typeof (stream as NodeJS.WritableStream).write === 'function' ? (stream as NodeJS.WritableStream) : undefined;
}

/**
 * While the console runs, each write to the log stream first clears the prompt line, then redraws
 * the prompt with what was typed so far: a log line appears above the prompt, never inside it.
 * Returns the function that puts the stream back.
 */
function keepLogsOffPrompt(logs: NodeJS.WritableStream, output: NodeJS.WritableStream, rl: readline.Interface): () => void {
  const original = logs.write;
  const patched = function (this: NodeJS.WritableStream, ...args: Parameters<typeof original>) {
    readline.clearLine(output, 0);
    readline.cursorTo(output, 0);
    const result = original.apply(this, args);
    rl.prompt(true);
    return result;
  } as typeof original;
  logs.write = patched;
  return () => {
    if (logs.write === patched) logs.write = original;
  };
}
