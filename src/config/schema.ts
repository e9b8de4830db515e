/**
 * Every environment variable the bot reads, in one zod schema, in the order `.env.example` lists
 * them. Each variable is read and checked here and nowhere else; the per-area views (`views.ts`) only
 * reshape what this schema has already validated. An empty variable counts as unset.
 *
 * A problem is a sentence that starts with the variable's name: `LOG_LEVEL must be one of fatal, …`.
 */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_CHANNEL_LIMIT, DEFAULT_USER_LIMIT } from '../access/config.ts';
import { parseRestrictedOutlets } from '../access/restricted-outlets.ts';
import { hostList, httpUrl, idList, number, oneOf, onOff, port, rateLimit, rateLimitText, snowflake, startingWith } from './values.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export const SEARCH_ENGINES = ['minisearch', 'sqlite', 'auto'] as const;

/** The value an unset variable takes, as it would be written in `.env` (absent here: no default). */
export const ENV_DEFAULTS = {
  CORPUS_DIR: 'corpus',
  CORPUS_FOLLOW_LINKS: 'off',
  LOG_LEVEL: 'info',
  SEARCH_ENGINE: 'auto',
  WARM_UP: 'on',
  SHUTDOWN_GRACE_SECONDS: '10',
  RATE_LIMIT_USER: rateLimitText(DEFAULT_USER_LIMIT),
  RATE_LIMIT_CHANNEL: rateLimitText(DEFAULT_CHANNEL_LIMIT),
  PORT: '3000',
  INGEST_ROBOTS: 'on',
  INGEST_MAX_MB: '5',
  FEEDS_INTERVAL_MINUTES: '15',
} as const;

/** Variables whose values are never repeated in a message or a log. */
export const SECRET_VARIABLES: ReadonlySet<string> = new Set([
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'DISCORD_TOKEN',
]);

/**
 * One variable: trimmed, blank as unset, then `read` (which throws a sentence saying what is
 * expected), with `fallback` (env text) read the same way when unset.
 */
function variable<T>(read: (raw: string) => T, fallback: string): z.ZodType<T>;
function variable<T>(read: (raw: string) => T): z.ZodType<T | undefined>;
function variable<T>(read: (raw: string) => T, fallback?: string) {
  return z.optional(z.string()).transform((value, ctx): T | undefined => {
    const raw = value?.trim() || fallback;
    if (raw === undefined) return undefined;
    try {
      return read(raw);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });
}

const text = (raw: string) => raw;

const fields = {
  // --- Core ---
  /** Folder of articles to index; `--corpus` on the command line wins. Resolved against the working folder. */
  CORPUS_DIR: variable(path.resolve, ENV_DEFAULTS.CORPUS_DIR),
  /** Follow symbolic links that lead out of the corpus folder: on or off (off: skipped with a reason; see src/corpus/paths.ts). */
  CORPUS_FOLLOW_LINKS: variable(onOff, ENV_DEFAULTS.CORPUS_FOLLOW_LINKS),
  /** Pino level for the logs on stderr. */
  LOG_LEVEL: variable(oneOf(LOG_LEVELS), ENV_DEFAULTS.LOG_LEVEL),
  /** Where the index snapshot is kept between runs; `off` keeps none (unset: `.cache/snapshot/<corpus name>` beside the corpus). */
  SNAPSHOT_DIR: variable((raw): string | false => (raw.toLowerCase() === 'off' ? false : path.resolve(raw))),
  /** The index engine: `minisearch` (in memory), `sqlite` (FTS5 on disk, for archives) or `auto` (by corpus size; see src/startup/index-choice.ts). */
  SEARCH_ENGINE: variable(oneOf(SEARCH_ENGINES), ENV_DEFAULTS.SEARCH_ENGINE),
  /** The SQLite index's database file (unset: `index.sqlite` in the snapshot folder). */
  SQLITE_PATH: variable(path.resolve),
  /** After start-up, a few queries of the index's own speakers and the topics their quotes name, one per turn of the event loop (src/startup/warm-up.ts): on or off. Never in one-shot CLI answers. */
  WARM_UP: variable(onOff, ENV_DEFAULTS.WARM_UP),
  /** The no-color.org convention: any non-empty value turns colors off in the console. */
  NO_COLOR: variable((): true => true),
  // --- Operations ---
  /** Serve `GET /healthz` on this port (0: any free port); unset: only on Slack HTTP mode's PORT. */
  HEALTH_PORT: variable(port(0)),
  /** Interface for HEALTH_PORT (unset: every interface). */
  HEALTH_HOST: variable(text),
  /** Seconds in-flight commands get after SIGTERM/SIGINT before the process exits anyway. */
  SHUTDOWN_GRACE_SECONDS: variable(number(1, 300, 'seconds'), ENV_DEFAULTS.SHUTDOWN_GRACE_SECONDS),
  // --- Access ---
  /** Commands per user: COUNT/SECONDS, or off. */
  RATE_LIMIT_USER: variable(rateLimit, ENV_DEFAULTS.RATE_LIMIT_USER),
  /** Commands per channel: COUNT/SECONDS, or off. */
  RATE_LIMIT_CHANNEL: variable(rateLimit, ENV_DEFAULTS.RATE_LIMIT_CHANNEL),
  /** Answer only in these Slack workspaces (comma-separated ids; unset: everywhere). */
  ALLOWED_SLACK_TEAMS: variable(idList),
  /** … only in these Slack channels. */
  ALLOWED_SLACK_CHANNELS: variable(idList),
  /** … only in these Discord servers. */
  ALLOWED_DISCORD_GUILDS: variable(idList),
  /** … only in these Discord channels (a thread counts as its parent). */
  ALLOWED_DISCORD_CHANNELS: variable(idList),
  /** Outlets shown only in some channels (licensed wire copy): `Outlet=CHANNEL|CHANNEL;Outlet=CHANNEL`. */
  RESTRICTED_OUTLETS: variable(parseRestrictedOutlets),
  // --- Slack (any of the three tokens turns Slack on) ---
  /** Bot User OAuth Token (`xoxb-…`): every Web API call. */
  SLACK_BOT_TOKEN: variable(startingWith('xoxb-', 'the Bot User OAuth Token, not a user or app token')),
  /** App-level token (`xapp-…`, scope connections:write): Socket Mode, no public URL needed. */
  SLACK_APP_TOKEN: variable(startingWith('xapp-', 'an app-level token with the connections:write scope')),
  /** HTTP mode (no SLACK_APP_TOKEN): tells Slack's requests from forgeries. */
  SLACK_SIGNING_SECRET: variable(text),
  /** Web API base URL (unset: Slack's own; GovSlack and the tests use another). Always ends in `/`. */
  SLACK_API_URL: variable((raw) => withSlash(httpUrl('https://slack.com/api/')(raw).href)),
  /** Slack HTTP mode's port (it also serves `GET /healthz`). */
  PORT: variable(port(1), ENV_DEFAULTS.PORT),
  /** Slack HTTP mode's interface, e.g. 127.0.0.1 behind a reverse proxy (unset: every interface). */
  HOST: variable(text),
  // --- Discord (DISCORD_TOKEN and DISCORD_APPLICATION_ID turn Discord on) ---
  /** Bot token (Developer Portal → your application → Bot), alone, without "Bot ". */
  DISCORD_TOKEN: variable((raw) => {
    if (/\s/.test(raw)) throw new Error('contains whitespace: paste the bot token alone, without "Bot " or quotes.');
    return raw;
  }),
  /** Application ID (Developer Portal → General Information). */
  DISCORD_APPLICATION_ID: variable(snowflake),
  /** `discord:deploy` registers the commands in this server only (instant) instead of globally. */
  DISCORD_GUILD_ID: variable(snowflake),
  /** REST base like discord.js's `https://discord.com/api` (the API version is appended), e.g. a local stand-in. */
  DISCORD_API_URL: variable((raw) => httpUrl('https://discord.com/api')(raw).href.replace(/\/+$/, '')),
  // --- Articles from the web (see docs/ingest.md) ---
  /** Hosts or addresses the fetcher may reach although private or local (comma-separated), e.g. 127.0.0.1 in tests. */
  INGEST_ALLOW_HOSTS: variable(hostList),
  /** Honour robots.txt: on or off. */
  INGEST_ROBOTS: variable(onOff, ENV_DEFAULTS.INGEST_ROBOTS),
  /** Largest page or feed read, in megabytes. */
  INGEST_MAX_MB: variable(number(0.1, 100, 'megabytes'), ENV_DEFAULTS.INGEST_MAX_MB),
  /** The feeds to follow (unset: feeds.yaml beside the corpus folder). */
  FEEDS_FILE: variable(path.resolve),
  /** Minutes between polls of each feed in `npm start` (a feed's own interval wins), or off. */
  FEEDS_INTERVAL_MINUTES: variable(
    (raw): number | false => (/^off$/i.test(raw) ? false : number(1, 10_080, 'minutes')(raw)),
    ENV_DEFAULTS.FEEDS_INTERVAL_MINUTES,
  ),
  /** Slack users who may add articles with /add (comma-separated user ids; unset: nobody). */
  ADD_ALLOWED_SLACK_USERS: variable(idList),
  /** Discord users who may use /add (user ids). */
  ADD_ALLOWED_DISCORD_USERS: variable(idList),
  /** Discord roles whose members may use /add (role ids). */
  ADD_ALLOWED_DISCORD_ROLES: variable(idList),
};

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** The environment, validated: each field typed, defaults applied; the checks across variables last. */
export const configSchema = z.object(fields).superRefine(
  (env, ctx) => {
    const problem = (name: keyof typeof fields, message: string) => ctx.addIssue({ code: 'custom', path: [name], message });
    if (env.SLACK_APP_TOKEN !== undefined || env.SLACK_SIGNING_SECRET !== undefined) {
      if (env.SLACK_BOT_TOKEN === undefined)
        problem('SLACK_BOT_TOKEN', 'is missing: set it to the Bot User OAuth Token (xoxb-…) from the app\'s "OAuth & Permissions" page');
    } else if (env.SLACK_BOT_TOKEN !== undefined) {
      problem(
        'SLACK_SIGNING_SECRET',
        'is missing: HTTP mode needs it to verify that requests come from Slack (or set SLACK_APP_TOKEN for Socket Mode)',
      );
    }
    const discordSet = (['DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL'] as const).filter((n) => env[n] !== undefined);
    if (env.DISCORD_TOKEN === undefined && discordSet.length) {
      problem(
        'DISCORD_TOKEN',
        `is not set, but ${discordSet.join(', ')} ${discordSet.length > 1 ? 'are' : 'is'}: set DISCORD_TOKEN to the bot token (Developer Portal → your application → Bot → Reset Token), or unset the Discord variables.`,
      );
    } else if (env.DISCORD_TOKEN !== undefined && env.DISCORD_APPLICATION_ID === undefined) {
      problem(
        'DISCORD_APPLICATION_ID',
        'is not set: copy the Application ID from Developer Portal → your application → General Information.',
      );
    }
  },
  // Run even when a field failed, so a half-configured platform is reported beside a malformed value
  // (a failed field still counts as set here).
  { when: () => true },
);

/** The validated environment, keyed by variable name: what the views read. */
export type Config = z.output<typeof configSchema>;

/** Every variable the schema knows, in its order. */
export const VARIABLES = Object.keys(fields) as Array<keyof typeof fields>;
