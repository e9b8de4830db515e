/**
 * Running the bot under discord.js's ShardingManager, for bots in more guilds than one gateway
 * connection may serve (Discord requires sharding from 2,500 guilds). Each shard is a child process
 * running `src/main.ts`, which starts Discord as usual; discord.js picks the shard ids up from the
 * SHARDS / SHARD_COUNT variables the manager sets. The shard count is Discord's recommendation
 * (`GET /gateway/bot`, through DISCORD_API_URL when set).
 */
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Logger } from '../../logger.ts';
import type { DiscordConfig } from './config.ts';

/** Each shard loads the corpus before it connects: wait that long for one to be ready before the next. */
const SHARD_READY_TIMEOUT_MS = 10 * 60 * 1000;

/** Spawns Discord's recommended number of shards of `mainFile`; resolves once all are ready. */
export async function runShards(config: DiscordConfig, mainFile: string, logger: Logger): Promise<number> {
  const totalShards = await recommendedShardCount(config);
  const manager = new ShardingManager(mainFile, {
    token: config.token,
    totalShards,
    mode: 'process',
    respawn: true,
    execArgv: ['--import', 'tsx'],
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, of: totalShards }, `starting shard ${shard.id + 1} of ${totalShards}`);
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard exited; the manager restarts it'));
    shard.on('error', (err) => logger.error({ err, shard: shard.id }, 'shard error'));
  });
  await manager.spawn({ timeout: SHARD_READY_TIMEOUT_MS });
  logger.info({ shards: totalShards }, 'all shards started');
  return totalShards;
}

async function recommendedShardCount(config: DiscordConfig): Promise<number> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, gateway.shards);
}
