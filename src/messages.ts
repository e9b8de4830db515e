/**
 * Every sentence the bot says to a user, by code: errors a user can cause, notes an answer carries,
 * and notices (refusals, restarts, a platform that would not take the answer). The one place to
 * read or reword them; code elsewhere names a code and its values, never the words.
 * (How an answer is laid out — summary lines, tags, "N more" — is the presentation step's, in
 * `src/present/`.)
 *
 * @example
 * errorSentence('unknown_outlet', { outlet: 'bbc', known: 'Axios, The National' })
 * // → 'No outlet matches "bbc". Outlets in the corpus: Axios, The National.'
 * note('undated_left_out', { count: 2 })
 * // → '2 article(s) with no date were left out by the date filter.'
 */
export type Params = Record<string, string | number>;

type Sentences = Record<string, (p: Params) => string>;

const ERRORS = {
  empty_query: () => 'Type something to look for, e.g. `/quote Putin Bucha` (see `/help`).',
  stopwords_only: (p) => `"${p.query}" has only common words that are not searched; add a name, a place or a topic.`,
  query_too_long: (p) => `The query is ${p.length} characters long; the limit is ${p.max}.`,
  control_characters: (p) => `The query contains a control character (${p.char}); remove it and try again.`,
  unbalanced_quotes: () => 'A quotation mark is not closed: put the exact phrase between two " marks.',
  unknown_filter: (p) => `"${p.name}:" is not a filter. Filters: outlet:, speaker:, since:, until:, limit:.`,
  bad_limit: (p) => `"limit:${p.value}" is not a number of excerpts per outlet; use 1 to ${p.max}.`,
  unknown_outlet: (p) => `No outlet matches "${p.outlet}". Outlets in the corpus: ${p.known}.`,
  ambiguous_outlet: (p) => `No outlet matches "${p.outlet}": did you mean ${p.choices}?`,
  ambiguous_speaker: (p) => `No speaker matches "${p.speaker}": did you mean ${p.choices}?`,
  unknown_speaker: (p) => `No speaker matches "${p.speaker}".${p.known ? ` Speakers with the most quotes: ${p.known}.` : ''}`,
  bad_date: (p) => `"${p.value}" is not a valid ${p.name}: date; use YYYY-MM-DD, YYYY-MM or YYYY.`,
  bad_date_range: (p) => `since:${p.since} is after until:${p.until}; nothing can match.`,
  unknown_command: (p) => `There is no /${p.name} command. Commands: ${p.known}.`,
  ambiguous_command: (p) => `There is no /${p.name} command: did you mean ${p.choices}?`,
  bad_option: (p) => `${p.detail}`,
  add_not_configured: () =>
    'Adding articles from chat is off. An admin turns it on by listing who may add: ADD_ALLOWED_SLACK_USERS, ADD_ALLOWED_DISCORD_USERS or ADD_ALLOWED_DISCORD_ROLES (see docs/ingest.md).',
  add_not_permitted: () => 'You are not on the list of people who may add articles; ask an admin.',
  add_unavailable: () => 'Adding articles is not available here; use `newsroom add <url>` on the command line.',
  add_no_address: () => 'Give the web address of the article to add, e.g. `/add https://www.example.com/news/article`.',
  add_failed: (p) => `${p.url}: ${p.detail}`,
  internal: () => 'Something went wrong on our side; the error was logged. Please try again.',
} satisfies Sentences;

const NOTES = {
  any_word: () => 'No passage has all the words; showing passages with any of them.',
  newest_matches: () =>
    'These words match many passages: only the newest were read, so the counts are of those and older ones may match too.',
  search_cut: (p) => `Not searched to the end: ${p.outlets} may have older matches, not shown here.`,
  undated_left_out: (p) => `${p.count} article(s) with no date were left out by the date filter.`,
  unknown_outlet_files: (p) =>
    `${p.files} had no outlet metadata: each is shown as its own source, named from its file (or a site or outlet named in its text).`,
  read_as: (p) => `Read "${p.typed}" as ${p.meant}.`,
  did_you_mean_speaker: (p) => `"${p.typed}" was searched as a word; did you mean the speaker ${p.choices}?`,
  no_direct_quotation: (p) => `No direct quotation contains ${p.phrases}; try /search for reported speech.`,
  more_statements: (p) => `${p.count} more statements match; narrow the query to see them.`,
  article_added: (p) => `${p.status} ${p.file}: "${p.title}" (${p.outlet}, ${p.date}).`,
  no_quotes_in_article: () => 'No direct quotation found in it; its first paragraphs follow.',
} satisfies Sentences;

const NOTICES = {
  restarting: () => 'The newsroom bot is restarting; please ask again in a minute.',
  not_enabled: (p) => `The newsroom bot is not enabled in this ${p.where}; ask an admin if you need it here.`,
  user_too_fast: (p) => `You're asking faster than I can answer: try again in ${p.seconds} s.`,
  channel_too_fast: (p) => `This channel is asking faster than I can answer: try again in ${p.seconds} s.`,
  buttons_expired: () => 'These buttons have expired (the bot keeps answers for an hour, and not across restarts). Run the command again.',
  slack_rate_limited: () => 'Slack is limiting how fast the bot can post right now; please try again in a minute.',
  slack_not_in_channel: () => 'The bot is not in this conversation: invite it (`/invite @newsbot`) and try again.',
  slack_post_failed: () => 'Sorry, the answer could not be posted to Slack; the error was logged. Please try again.',
  discord_unavailable: () => 'Discord did not take the answer (it may be busy or unreachable); please try again in a minute.',
} satisfies Sentences;

/** Why an address or a feed could not be added (`src/ingest/`): one line each, after the address. */
const INGEST = {
  bad_url: (p) => `"${p.url}" is not a web address; give a full http:// or https:// address.`,
  bad_scheme: (p) => `${p.scheme} addresses are not fetched; only http:// and https://.`,
  private_address: (p) =>
    `${p.host} resolves to ${p.address}, a private or local address the bot does not fetch (list it in INGEST_ALLOW_HOSTS to allow it).`,
  unreachable: (p) => `${p.host} could not be reached (${p.detail}).`,
  connect_timeout: (p) => `${p.host} did not answer within ${p.seconds} s.`,
  timeout: (p) => `${p.host} took longer than ${p.seconds} s to send the page; gave up.`,
  too_large: (p) => `The response is larger than ${p.limit}; gave up reading it.`,
  too_many_redirects: (p) => `More than ${p.max} redirects; gave up.`,
  bad_redirect: (p) => `The site redirected to "${p.location}", which is not a web address.`,
  http_status: (p) => `The site answered ${p.status}${p.text ? ` ${p.text}` : ''}.`,
  not_html: (p) => `The address gives ${p.type}, not a web page.`,
  robots: (p) => `${p.host}'s robots.txt asks bots not to fetch ${p.path} (set INGEST_ROBOTS=off to ignore robots.txt).`,
  no_article: (p) => `No article found on the page: ${p.why}.`,
  bad_feed: (p) => `The feed could not be read: ${p.detail}.`,
  item_no_link: (p) => `Feed item "${p.title}" has no link; skipped.`,
  write_failed: (p) => `The article could not be saved (${p.detail}); nothing in the corpus was changed.`,
} satisfies Sentences;

export type ErrorCode = keyof typeof ERRORS;
export type NoteCode = keyof typeof NOTES;
export type NoticeCode = keyof typeof NOTICES;
export type IngestCode = keyof typeof INGEST;

/** The sentence for an error a user caused (BotError builds its message with it). */
export function errorSentence(code: ErrorCode, params: Params = {}): string {
  return (ERRORS[code] as (p: Params) => string)(params);
}

/** A note an answer carries (a fallback taken, something left out). */
export function note(code: NoteCode, params: Params = {}): string {
  return (NOTES[code] as (p: Params) => string)(params);
}

/** A refusal, restart or platform-failure line. */
export function notice(code: NoticeCode, params: Params = {}): string {
  return (NOTICES[code] as (p: Params) => string)(params);
}

/** Why an address or feed could not be added (the ingest step's refusals). */
export function ingestSentence(code: IngestCode, params: Params = {}): string {
  return (INGEST[code] as (p: Params) => string)(params);
}
