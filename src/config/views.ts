/**
 * Each area's part of the validated config, in the shape its module takes: start-up's core settings,
 * the Slack and Discord platforms' settings (undefined when not configured), the access policy's.
 * Nothing here validates: `schema.ts` has, so these only reshape.
 */
import type { AccessConfig, AddAllowLists } from '../access/config.ts';
import { defaultFeedsFile, type IngestSettings } from '../ingest/settings.ts';
import type { AllowLists } from '../access/allow-list.ts';
import type { DiscordConfig } from '../platforms/discord/config.ts';
import type { SlackConfig } from '../platforms/slack/config.ts';
import { loadConfig } from './load.ts';
import type { Config, LOG_LEVELS, SEARCH_ENGINES } from './schema.ts';

export interface CoreConfig {
  /** Absolute path of the corpus folder. */
  corpusDir: string;
  /** CORPUS_FOLLOW_LINKS=on: follow symbolic links out of the corpus folder (absent: they are skipped). */
  followLinks?: true;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Where the index snapshot is kept (absent: `.cache/snapshot/<corpus name>` beside the corpus); `false`: no snapshot. */
  snapshotDir?: string | false;
  /** The index engine setting (SEARCH_ENGINE); absent: `auto`. */
  searchEngine?: (typeof SEARCH_ENGINES)[number];
  /** The SQLite index's database file (SQLITE_PATH); absent: in the snapshot folder. */
  sqlitePath?: string;
  /** WARM_UP: warm the index up after start-up (the long-running bot only; one-shot CLI answers never do). */
  warmUp: boolean;
  /** NO_COLOR is set: no colors in the console, whatever the terminal. */
  noColor: boolean;
  /** Serve `GET /healthz` on this port (absent: only on Slack HTTP mode's port, if any). */
  healthPort?: number;
  /** Interface for the health port; every interface when absent. */
  healthHost?: string;
  /** How long in-flight commands get after SIGTERM/SIGINT. */
  shutdownGraceMs: number;
}

export function coreConfig(config: Config): CoreConfig {
  return {
    corpusDir: config.CORPUS_DIR,
    ...(config.CORPUS_FOLLOW_LINKS ? { followLinks: true as const } : {}),
    logLevel: config.LOG_LEVEL,
    ...(config.SNAPSHOT_DIR !== undefined ? { snapshotDir: config.SNAPSHOT_DIR } : {}),
    ...(config.SEARCH_ENGINE !== 'auto' ? { searchEngine: config.SEARCH_ENGINE } : {}),
    ...(config.SQLITE_PATH !== undefined ? { sqlitePath: config.SQLITE_PATH } : {}),
    warmUp: config.WARM_UP,
    noColor: config.NO_COLOR === true,
    ...(config.HEALTH_PORT !== undefined ? { healthPort: config.HEALTH_PORT } : {}),
    ...(config.HEALTH_HOST !== undefined ? { healthHost: config.HEALTH_HOST } : {}),
    shutdownGraceMs: config.SHUTDOWN_GRACE_SECONDS * 1000,
  };
}

/** Socket Mode when SLACK_APP_TOKEN is set, HTTP mode otherwise; undefined when Slack is not configured. */
export function slackConfig(config: Config): SlackConfig | undefined {
  const botToken = config.SLACK_BOT_TOKEN;
  if (botToken === undefined) return undefined;
  const apiUrl = config.SLACK_API_URL !== undefined ? { apiUrl: config.SLACK_API_URL } : {};
  if (config.SLACK_APP_TOKEN !== undefined) return { mode: 'socket', botToken, appToken: config.SLACK_APP_TOKEN, ...apiUrl };
  // The schema refuses a bot token with neither an app token nor a signing secret.
  const signingSecret = config.SLACK_SIGNING_SECRET ?? '';
  return {
    mode: 'http',
    botToken,
    signingSecret,
    port: config.PORT,
    ...(config.HOST !== undefined ? { host: config.HOST } : {}),
    ...apiUrl,
  };
}

/** Undefined when Discord is not configured (the schema refuses it half-configured). */
export function discordConfig(config: Config): DiscordConfig | undefined {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId } = config;
  if (token === undefined || applicationId === undefined) return undefined;
  return {
    token,
    applicationId,
    ...(config.DISCORD_GUILD_ID !== undefined ? { guildId: config.DISCORD_GUILD_ID } : {}),
    ...(config.DISCORD_API_URL !== undefined ? { apiUrl: config.DISCORD_API_URL } : {}),
  };
}

export function accessConfig(config: Config): AccessConfig {
  const lists: Array<[keyof AllowLists, ReadonlySet<string> | undefined]> = [
    ['slackTeams', config.ALLOWED_SLACK_TEAMS],
    ['slackChannels', config.ALLOWED_SLACK_CHANNELS],
    ['discordGuilds', config.ALLOWED_DISCORD_GUILDS],
    ['discordChannels', config.ALLOWED_DISCORD_CHANNELS],
  ];
  const allow: AllowLists = {};
  for (const [key, ids] of lists) if (ids) allow[key] = ids;
  const addAllowed: AddAllowLists = {
    ...(config.ADD_ALLOWED_SLACK_USERS ? { slackUsers: config.ADD_ALLOWED_SLACK_USERS } : {}),
    ...(config.ADD_ALLOWED_DISCORD_USERS ? { discordUsers: config.ADD_ALLOWED_DISCORD_USERS } : {}),
    ...(config.ADD_ALLOWED_DISCORD_ROLES ? { discordRoles: config.ADD_ALLOWED_DISCORD_ROLES } : {}),
  };
  return {
    userLimit: config.RATE_LIMIT_USER,
    channelLimit: config.RATE_LIMIT_CHANNEL,
    allow,
    restrictedOutlets: config.RESTRICTED_OUTLETS ?? new Map(),
    ...(Object.keys(addAllowed).length ? { addAllowed } : {}),
  };
}

/** Fetching pages and polling feeds: `src/ingest`'s settings. */
export function ingestConfig(config: Config): IngestSettings {
  return {
    allowHosts: config.INGEST_ALLOW_HOSTS ?? new Set(),
    robots: config.INGEST_ROBOTS,
    maxBytes: Math.round(config.INGEST_MAX_MB * 1024 * 1024),
    feedsFile: config.FEEDS_FILE ?? defaultFeedsFile(config.CORPUS_DIR),
    ...(config.FEEDS_INTERVAL_MINUTES !== false ? { feedsIntervalMinutes: config.FEEDS_INTERVAL_MINUTES } : {}),
  };
}

type Env = Readonly<Record<string, string | undefined>>;

/** `slackConfig(loadConfig(env))`: for tests and scripts that want one area (the whole environment is still checked). */
export const slackConfigFromEnv = (env: Env): SlackConfig | undefined => slackConfig(loadConfig(env));
/** `discordConfig(loadConfig(env))`, likewise. */
export const discordConfigFromEnv = (env: Env): DiscordConfig | undefined => discordConfig(loadConfig(env));
/** `accessConfig(loadConfig(env))`, likewise. */
export const accessConfigFromEnv = (env: Env): AccessConfig => accessConfig(loadConfig(env));
