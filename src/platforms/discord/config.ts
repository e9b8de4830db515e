/**
 * What the Discord platform needs: the bot token and application id; optionally a guild that scopes
 * `discord:deploy` to one server, and a REST base other than discord.com (a local stand-in).
 * `src/config` reads these from the environment (`discordConfig`); tests build them directly.
 */
export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Commands are deployed to this guild only (instant) instead of globally. */
  guildId?: string;
  /** REST base, like discord.js's default `https://discord.com/api` (the API version is appended). */
  apiUrl?: string;
}
