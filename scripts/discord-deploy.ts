/**
 * `npm run discord:deploy`: registers the slash commands from `commands/` with Discord, in
 * DISCORD_GUILD_ID's server when set (instant), globally otherwise, and prints the invite link.
 * Run it again whenever a command or option changes.
 */
import { deployCommands, inviteUrl } from '../src/platforms/discord/index.ts';
import { discordScriptSetup } from './support/discord-script.ts';

async function main(): Promise<number> {
  const { logger, config } = discordScriptSetup();
  if (!config) return 1;
  const result = await deployCommands(config);
  logger.info({ scope: result.scope, commands: result.commands }, `registered ${result.commands.join(', ')} (${result.scope})`);
  if (!config.guildId) logger.info('global commands can take a few minutes to appear; set DISCORD_GUILD_ID to test in one server at once');
  process.stdout.write(`Invite the bot: ${inviteUrl(config.applicationId)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`discord:deploy failed: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
