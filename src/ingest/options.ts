/**
 * The fetcher's limits, with their defaults. `src/config` reads the ones people set
 * (`INGEST_ALLOW_HOSTS`, `INGEST_ROBOTS`, `INGEST_MAX_BYTES`); the rest are fixed here, and tests
 * shorten the timeouts and the per-host pause.
 */
export interface FetchOptions {
  /** Sent with every request: names the bot and why it fetches. */
  userAgent: string;
  /** Time to open the connection (DNS, TCP, TLS). */
  connectTimeoutMs: number;
  /** Time for the whole response, body included. */
  totalTimeoutMs: number;
  /** Largest body read; a longer one is refused while it streams. */
  maxBytes: number;
  maxRedirects: number;
  /** Host names or addresses that may be private or local (`127.0.0.1` in tests, an intranet CMS). */
  allowHosts: ReadonlySet<string>;
  /** Honour robots.txt. */
  robots: boolean;
  /** Pause between two requests to one host. */
  perHostIntervalMs: number;
}

export const BOT_USER_AGENT = 'newsroom-quote-bot/0.1 (+a newsroom quote bot fetching articles its users asked for; honours robots.txt)';

/** The token matched against robots.txt `User-agent` lines. */
export const ROBOTS_TOKEN = 'newsroom-quote-bot';

export const FETCH_DEFAULTS: FetchOptions = {
  userAgent: BOT_USER_AGENT,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowHosts: new Set(),
  robots: true,
  perHostIntervalMs: 1_000,
};
