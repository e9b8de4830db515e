/**
 * The discord.js client the bot runs on: only the Guilds and GuildMessages intents (no privileged
 * Message Content: mentions carry their content without it), REST pointed at DISCORD_API_URL when
 * set (discord.js discovers the gateway through REST, so that moves the gateway too), mentions off
 * by default, and its reconnects, rate limits and errors logged.
 */
import { Client, Events, GatewayIntentBits, Options, RESTEvents } from 'discord.js';
import type { Logger } from '../../logger.ts';
import type { DiscordConfig } from './config.ts';
import { NO_MENTIONS } from './payload.ts';

export const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];

/** discord.js's own REST default: a request that takes longer is aborted and retried (up to 3 times). */
const DEFAULT_REST_TIMEOUT_MS = 15_000;

export function createDiscordClient(config: DiscordConfig, options: { restTimeoutMs?: number } = {}): Client {
  return new Client({
    intents: INTENTS,
    allowedMentions: NO_MENTIONS,
    rest: { ...(config.apiUrl ? { api: config.apiUrl } : {}), timeout: options.restTimeoutMs ?? DEFAULT_REST_TIMEOUT_MS },
    // The bot reads messages only as they arrive (and the thread starter by id): no message cache.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });
}

/** Logs what discord.js handles by itself (reconnects, resumes, rate limits) and the errors it reports. */
export function logClientEvents(client: Client, logger: Logger): void {
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn(
      { route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope },
      'Discord rate limit: discord.js waits and retries',
    ),
  );
  client.on(Events.ShardReady, (shard) => logger.info({ shard }, 'Discord gateway ready'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'Discord gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'Discord gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'Discord gateway session resumed'));
  client.on(Events.ShardError, (err, shard) => logger.warn({ err, shard }, 'Discord gateway error (discord.js reconnects)'));
  client.on(Events.Invalidated, () => logger.error('Discord session invalidated; restart the bot'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.Error, (err) => logger.error({ err }, 'Discord client error'));
  client.on(Events.Debug, (message) => logger.debug(message));
}
