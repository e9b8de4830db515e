/**
 * Every error a user can cause carries a code; `userMessage` is the one place that turns codes into
 * the short sentences people read in the console, Slack or Discord.
 *
 * @example
 * throw new BotError('unknown_outlet', { outlet: 'bbc', known: 'Axios, The National' });
 * // → "No outlet matches "bbc". Outlets in the corpus: Axios, The National."
 */
export type ErrorCode =
  | 'empty_query'
  | 'stopwords_only'
  | 'query_too_long'
  | 'control_characters'
  | 'unbalanced_quotes'
  | 'unknown_filter'
  | 'unknown_outlet'
  | 'unknown_speaker'
  | 'bad_date'
  | 'bad_date_range'
  | 'unknown_command'
  | 'bad_option'
  | 'internal';

type Params = Record<string, string | number>;

const MESSAGES: Record<ErrorCode, (p: Params) => string> = {
  empty_query: () => 'Type something to look for, e.g. `/quote Putin Bucha` (see `/help`).',
  stopwords_only: (p) => `"${p.query}" has only common words that are not searched; add a name, a place or a topic.`,
  query_too_long: (p) => `The query is ${p.length} characters long; the limit is ${p.max}.`,
  control_characters: (p) => `The query contains a control character (${p.char}); remove it and try again.`,
  unbalanced_quotes: () => 'A quotation mark is not closed: put the exact phrase between two " marks.',
  unknown_filter: (p) => `"${p.name}:" is not a filter. Filters: outlet:, speaker:, since:, until:.`,
  unknown_outlet: (p) => `No outlet matches "${p.outlet}". Outlets in the corpus: ${p.known}.`,
  unknown_speaker: (p) => `No speaker matches "${p.speaker}".${p.known ? ` Speakers with the most quotes: ${p.known}.` : ''}`,
  bad_date: (p) => `"${p.value}" is not a valid ${p.name}: date; use YYYY-MM-DD, YYYY-MM or YYYY.`,
  bad_date_range: (p) => `since:${p.since} is after until:${p.until}; nothing can match.`,
  unknown_command: (p) => `There is no /${p.name} command. Commands: ${p.known}.`,
  bad_option: (p) => `${p.detail}`,
  internal: () => 'Something went wrong on our side; the error was logged. Please try again.',
};

export class BotError extends Error {
  readonly code: ErrorCode;
  readonly params: Params;

  constructor(code: ErrorCode, params: Params = {}) {
    super(MESSAGES[code](shortened(params)));
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
  return { code: 'internal', message: MESSAGES.internal({}) };
}
