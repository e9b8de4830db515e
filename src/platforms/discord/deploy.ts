/**
 * Registers the slash commands (from the command registry) with Discord: in one guild when the
 * config names one (takes effect at once, for testing), globally otherwise (all servers the bot is
 * in; Discord may take a while to show changes). Replaces the whole set, so removed commands go.
 */
import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from './config.ts';
import { slashCommandDefinitions } from './definitions.ts';

export interface DeployResult {
  scope: string;
  commands: string[];
}

export async function deployCommands(config: DiscordConfig): Promise<DeployResult> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const body = slashCommandDefinitions();
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const registered = (await rest.put(route, { body })) as Array<{ name: string }>;
  return { scope: config.guildId ? `guild ${config.guildId}` : 'global', commands: registered.map((c) => `/${c.name}`) };
}
