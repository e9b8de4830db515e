/**
 * Posting to a `response_url`, which Bolt does with one unguarded `fetch`: here with a time limit
 * and a few retries on what is worth retrying (429, 5xx, network errors, timeouts). The Web API
 * client retries by itself; this does the same for the other way answers reach Slack.
 */
import { RespondError, type RespondArguments, type RespondFn } from '@slack/bolt';

export interface RespondRetry {
  attempts: number;
  /** First wait; doubled after each failure. */
  backoffMs: number;
  timeoutMs: number;
}

export const DEFAULT_RESPOND_RETRY: RespondRetry = { attempts: 3, backoffMs: 500, timeoutMs: 10_000 };

export class RespondTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`response_url did not answer within ${timeoutMs} ms`);
    this.name = 'RespondTimeoutError';
  }
}

export async function respondWithRetry(
  respond: RespondFn,
  message: RespondArguments,
  retry: RespondRetry = DEFAULT_RESPOND_RETRY,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await withTimeout(respond(message), retry.timeoutMs);
      return;
    } catch (error) {
      if (attempt >= retry.attempts || !worthRetrying(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, retry.backoffMs * 2 ** (attempt - 1)));
    }
  }
}

function worthRetrying(error: unknown): boolean {
  if (error instanceof RespondError) return error.statusCode === 429 || error.statusCode >= 500;
  return error instanceof RespondTimeoutError || error instanceof TypeError;
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new RespondTimeoutError(ms)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
