/**
 * Starts the bot: logs in, waits until the gateway is ready, and routes interactions and mentions
 * to their handlers. Returns a handle that logs out.
 */
import { once } from 'node:events';
import { Events } from 'discord.js';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../logger.ts';
import type { RunningPlatform } from '../platform.ts';
import { createDiscordClient, logClientEvents } from './client.ts';
import type { DiscordConfig } from './config.ts';
import { handleInteraction } from './interactions.ts';
import { DEFAULT_INVOCATION_CACHE, InvocationCache, type InvocationCacheOptions } from './invocations.ts';
import { handleMention } from './mentions.ts';

export interface DiscordDeps {
  engine: Engine;
  config: DiscordConfig;
  logger: Logger;
  /** Bounds of the cache behind buttons (tests shrink it). */
  invocationCache?: InvocationCacheOptions;
}

export async function startDiscord(deps: DiscordDeps): Promise<RunningPlatform> {
  const { engine, config } = deps;
  const logger = deps.logger.child({ platform: 'discord' });
  const client = createDiscordClient(config);
  logClientEvents(client, logger);
  const handlerDeps = { engine, logger, invocations: new InvocationCache(deps.invocationCache ?? DEFAULT_INVOCATION_CACHE) };
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, handlerDeps));
  client.on(Events.MessageCreate, (message) => {
    if (client.user) void handleMention(message, client.user, handlerDeps);
  });

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  const user = client.user;
  const shards = client.shard ? ` shards ${client.shard.ids.join(',')} of ${client.shard.count}` : '';
  const description = `Discord (${user?.tag ?? 'bot'}, ${client.guilds.cache.size} ${client.guilds.cache.size === 1 ? 'guild' : 'guilds'}${shards})`;
  logger.info({ user: user?.id, guilds: client.guilds.cache.size }, `${description} ready`);
  return {
    description,
    async stop() {
      await client.destroy();
    },
  };
}
