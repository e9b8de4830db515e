/** `npm run discord:shards`: the bot under discord.js's ShardingManager (see src/platforms/discord/shards.ts). */
import { fileURLToPath } from 'node:url';
import { runShards } from '../src/platforms/discord/index.ts';
import { discordScriptSetup } from './support/discord-script.ts';

async function main(): Promise<number> {
  const { logger, config } = discordScriptSetup();
  if (!config) return 1;
  await runShards(config, fileURLToPath(new URL('../src/main.ts', import.meta.url)), logger);
  return 0;
}

main().then(
  (code) => {
    if (code) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`discord:shards failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
