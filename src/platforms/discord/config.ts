/**
 * Discord settings from the environment: DISCORD_TOKEN and DISCORD_APPLICATION_ID turn Discord on;
 * DISCORD_GUILD_ID scopes `discord:deploy` to one server; DISCORD_API_URL points REST (and so the
 * gateway discovery) somewhere other than discord.com, e.g. a local stand-in.
 */
export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Commands are deployed to this guild only (instant) instead of globally. */
  guildId?: string;
  /** REST base, like discord.js's default `https://discord.com/api` (the API version is appended). */
  apiUrl?: string;
}

const SNOWFLAKE = /^\d{17,20}$/;

/**
 * `undefined` when none of the Discord variables is set; throws an Error naming the variable when
 * Discord is half-configured or a value is invalid. Empty values count as unset.
 */
export function discordConfigFromEnv(env: NodeJS.ProcessEnv): DiscordConfig | undefined {
  const read = (name: string) => env[name]?.trim() || undefined;
  const token = read('DISCORD_TOKEN');
  const applicationId = read('DISCORD_APPLICATION_ID');
  const guildId = read('DISCORD_GUILD_ID');
  const apiUrl = read('DISCORD_API_URL');
  if (!token && !applicationId && !guildId && !apiUrl) return undefined;

  if (!token) {
    const set = [applicationId && 'DISCORD_APPLICATION_ID', guildId && 'DISCORD_GUILD_ID', apiUrl && 'DISCORD_API_URL']
      .filter(Boolean)
      .join(', ');
    throw new Error(
      `DISCORD_TOKEN is not set, but ${set} is: set DISCORD_TOKEN to the bot token (Developer Portal → your application → Bot → Reset Token), or unset the Discord variables.`,
    );
  }
  if (/\s/.test(token)) throw new Error('DISCORD_TOKEN contains whitespace: paste the bot token alone, without "Bot " or quotes.');
  if (!applicationId)
    throw new Error(
      'DISCORD_APPLICATION_ID is not set: copy the Application ID from Developer Portal → your application → General Information.',
    );
  if (!SNOWFLAKE.test(applicationId))
    throw new Error(`DISCORD_APPLICATION_ID must be a numeric Discord id (17-20 digits), got ${JSON.stringify(applicationId)}.`);
  if (guildId && !SNOWFLAKE.test(guildId))
    throw new Error(`DISCORD_GUILD_ID must be a numeric Discord id (17-20 digits), got ${JSON.stringify(guildId)}.`);
  if (apiUrl && !isHttpUrl(apiUrl))
    throw new Error(`DISCORD_API_URL must be an http(s) URL like https://discord.com/api, got ${JSON.stringify(apiUrl)}.`);

  return { token, applicationId, ...(guildId ? { guildId } : {}), ...(apiUrl ? { apiUrl: apiUrl.replace(/\/+$/, '') } : {}) };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
