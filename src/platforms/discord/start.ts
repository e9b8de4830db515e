/**
 * Starts the bot: logs in, waits until the gateway is ready, and routes interactions and mentions
 * to their handlers. Returns a handle that stops taking commands, waits for those in flight, and
 * logs out.
 */
import { once } from 'node:events';
import { Events } from 'discord.js';
import { AccessPolicy, UNRESTRICTED_ACCESS } from '../../access/index.ts';
import type { Engine } from '../../engine/index.ts';
import { registerSecret, type Logger } from '../../logger.ts';
import { InFlight } from '../in-flight.ts';
import type { PlatformState, RunningPlatform } from '../platform.ts';
import { createDiscordClient, logClientEvents } from './client.ts';
import type { DiscordConfig } from './config.ts';
import { handleInteraction } from './interactions.ts';
import { DEFAULT_INVOCATION_CACHE, InvocationCache, type InvocationCacheOptions } from './invocations.ts';
import { handleMention } from './mentions.ts';

export interface DiscordDeps {
  engine: Engine;
  config: DiscordConfig;
  logger: Logger;
  /** Allow-lists, rate limits, restricted outlets; none of them when absent (start-up always passes one). */
  policy?: AccessPolicy;
  /** Bounds of the cache behind buttons (tests shrink it). */
  invocationCache?: InvocationCacheOptions;
  /** Time limit of one REST request before discord.js retries it (tests shorten it). */
  restTimeoutMs?: number;
}

export async function startDiscord(deps: DiscordDeps): Promise<RunningPlatform> {
  const { engine, config } = deps;
  registerSecret(config.token);
  const logger = deps.logger.child({ platform: 'discord' });
  const client = createDiscordClient(config, { restTimeoutMs: deps.restTimeoutMs });
  logClientEvents(client, logger);
  const inFlight = new InFlight();
  const handlerDeps = {
    engine,
    logger,
    invocations: new InvocationCache(deps.invocationCache ?? DEFAULT_INVOCATION_CACHE),
    policy: deps.policy ?? new AccessPolicy(UNRESTRICTED_ACCESS),
    inFlight,
  };
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, handlerDeps));
  client.on(Events.MessageCreate, (message) => {
    if (client.user) void handleMention(message, client.user, handlerDeps);
  });

  let state: PlatformState = 'starting';
  const setState = (next: PlatformState) => {
    if (state !== 'stopping' && state !== 'stopped') state = next;
  };
  client.on(Events.ShardReady, () => setState('connected'));
  client.on(Events.ShardResume, () => setState('connected'));
  client.on(Events.ShardDisconnect, () => setState('reconnecting'));
  client.on(Events.ShardReconnecting, () => setState('reconnecting'));

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  setState('connected');
  const user = client.user;
  const shards = client.shard ? ` shards ${client.shard.ids.join(',')} of ${client.shard.count}` : '';
  const description = `Discord (${user?.tag ?? 'bot'}, ${client.guilds.cache.size} ${client.guilds.cache.size === 1 ? 'guild' : 'guilds'}${shards})`;
  logger.info({ user: user?.id, guilds: client.guilds.cache.size }, `${description} ready`);
  return {
    description,
    state: () => state,
    inFlight: () => inFlight.count,
    async stop() {
      state = 'stopping';
      await inFlight.close();
      await client.destroy();
      state = 'stopped';
    },
  };
}
