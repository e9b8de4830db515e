/**
 * The one line a user reads when answering failed: a user's mistake says what to fix; Discord
 * refusing or not answering (after discord.js's own retries) says to try again; anything else is
 * the internal-error sentence.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { userMessage } from '../../errors.ts';

export const DISCORD_UNAVAILABLE = 'Discord did not take the answer (it may be busy or unreachable); please try again in a minute.';

export function failureMessage(error: unknown): string {
  if (error instanceof DiscordAPIError || error instanceof HTTPError || error instanceof RateLimitError) return DISCORD_UNAVAILABLE;
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError')) return DISCORD_UNAVAILABLE;
  return userMessage(error).message;
}
