/**
 * The interactive console: the embedded default when no chat platform is configured. Type a
 * command as you would in Slack or Discord; answers print as text, coloured on a terminal.
 */
import readline from 'node:readline';
import { dispatch } from '../../dispatch.ts';
import type { Engine } from '../../engine/index.ts';
import type { Logger } from '../../logger.ts';
import { renderText } from '../../render/text.ts';
import { parseInvocation } from '../../../commands/parse-invocation.ts';

export interface ConsoleOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  color: boolean;
  logger: Logger;
}

const EXIT_WORDS = new Set(['/exit', '/quit', 'exit', 'quit']);

/** Runs until the input ends or the user types /exit; resolves when done. */
export async function runConsole(engine: Engine, options: ConsoleOptions): Promise<void> {
  const { output, color } = options;
  const rl = readline.createInterface({ input: options.input, output, terminal: (output as NodeJS.WriteStream).isTTY === true });
  const write = (text: string) => output.write(`${text}\n`);
  write(
    `Newsroom bot console. Try ${color ? '\u001b[1m/quote Putin Bucha\u001b[22m' : '/quote Putin Bucha'}, /sources or /help; /exit to leave.`,
  );
  rl.setPrompt('newsroom> ');
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (EXIT_WORDS.has(text.toLowerCase())) break;
    if (text) {
      const answer = await dispatch(engine, parseInvocation(text), options.logger);
      write(renderText(answer, { color }));
    }
    rl.prompt();
  }
  rl.close();
}
