/**
 * The one line a user reads when answering failed: a user's mistake says what to fix; Discord
 * refusing, not answering or dropping the connection (after discord.js's own retries: it
 * retries 5xx, 429 and timeouts, not a socket closed mid-response) says to try again; anything else is
 * the internal-error sentence.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { userMessage } from '../../errors.ts';
import { notice } from '../../messages.ts';

export const DISCORD_UNAVAILABLE = notice('discord_unavailable');

export function failureMessage(error: unknown): string {
  if (error instanceof DiscordAPIError || error instanceof HTTPError || error instanceof RateLimitError) return DISCORD_UNAVAILABLE;
  if (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError' || isNetworkError(error)))
    return DISCORD_UNAVAILABLE;
  return userMessage(error).message;
}

/** A connection refused, reset or closed mid-response (undici's `UND_ERR_…` codes, Node's `E…`). */
function isNetworkError(error: Error): boolean {
  const code = (error as Error & { code?: unknown }).code;
  return (
    typeof code === 'string' && (code.startsWith('UND_ERR') || /^E(CONNRESET|CONNREFUSED|PIPE|TIMEDOUT|NOTFOUND|AI_AGAIN)$/.test(code))
  );
}
