/** What the Discord scripts start from: `.env` read, a logger, and the Discord settings (or a logged error). */
import dotenv from 'dotenv';
import { readConfig } from '../../src/config.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { discordConfigFromEnv, type DiscordConfig } from '../../src/platforms/discord/index.ts';

export function discordScriptSetup(): { logger: Logger; config: DiscordConfig | undefined } {
  dotenv.config({ quiet: true });
  const logger = createLogger(readConfig(process.env).logLevel);
  const config = discordConfigFromEnv(process.env);
  if (!config) logger.error('Discord is not configured: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (see docs/discord.md).');
  return { logger, config };
}
