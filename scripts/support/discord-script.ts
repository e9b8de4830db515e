/** What the Discord scripts start from: `.env` read, a logger, and the Discord settings (or a logged error). */
import dotenv from 'dotenv';
import { coreConfig, discordConfig, loadConfig } from '../../src/config/index.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import type { DiscordConfig } from '../../src/platforms/discord/index.ts';

export function discordScriptSetup(): { logger: Logger; config: DiscordConfig | undefined } {
  dotenv.config({ quiet: true });
  const env = loadConfig(process.env);
  const logger = createLogger(coreConfig(env).logLevel);
  const config = discordConfig(env);
  if (!config) logger.error('Discord is not configured: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see docs/discord.md).');
  return { logger, config };
}
