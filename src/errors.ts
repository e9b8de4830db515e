/**
 * Every error a user can cause carries a code; its sentence is in `messages.ts`. `userMessage` turns
 * anything thrown into the code and sentence people read in the console, Slack or Discord.
 *
 * @example
 * throw new BotError('unknown_outlet', { outlet: 'bbc', known: 'Axios, The National' });
 * // → "No outlet matches "bbc". Outlets in the corpus: Axios, The National."
 */
import { errorSentence, type ErrorCode, type Params } from './messages.ts';
export type { ErrorCode } from './messages.ts';

export class BotError extends Error {
  readonly code: ErrorCode;
  readonly params: Params;

  constructor(code: ErrorCode, params: Params = {}) {
    super(errorSentence(code, shortened(params)));
    this.name = 'BotError';
    this.code = code;
    this.params = params;
  }
}

/** Longest piece of what the user typed that a message repeats back. */
const MAX_ECHO = 80;

/** Values as quoted back in a message: a long one is cut, so a message stays a sentence. */
function shortened(params: Params): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] =
      typeof value === 'string' && value.length > MAX_ECHO && key !== 'known' && key !== 'detail'
        ? `${value.slice(0, MAX_ECHO - 1)}…`
        : value;
  }
  return out;
}

/** The sentence to show a user for any thrown value; unknown errors become the `internal` message. */
export function userMessage(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof BotError) return { code: error.code, message: error.message };
  return { code: 'internal', message: errorSentence('internal') };
}
