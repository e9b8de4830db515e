/**
 * Failures talking to Slack, as a log detail and as the one line a user sees. The Web API client has
 * already retried what Slack says to retry (429 after its Retry-After, 5xx, network errors).
 */
import { RespondError } from '@slack/bolt';

import { notice } from '../../messages.ts';

const RATE_LIMITED = notice('slack_rate_limited');
const NOT_IN_CHANNEL = notice('slack_not_in_channel');
const GENERIC = notice('slack_post_failed');

interface WebApiErrorShape {
  data?: { error?: string };
  statusCode?: number;
  retryAfter?: number;
  /** A request error's cause; after the last retry of a 429 the client gives only this message. */
  original?: { message?: string };
}

/** How the Web API client words a 429 it waited out once and then ran out of retries for. */
const RATE_LIMIT_EXHAUSTED = /^A rate limit was exceeded/;

function rateLimited(e: WebApiErrorShape): boolean {
  return (
    e.retryAfter !== undefined ||
    e.statusCode === 429 ||
    e.data?.error === 'ratelimited' ||
    RATE_LIMIT_EXHAUSTED.test(e.original?.message ?? '')
  );
}

/** Slack's error code or HTTP status, for the log: `not_in_channel`, `http 500`, `response_url 404`. */
export function slackErrorDetail(error: unknown): string | undefined {
  if (error instanceof RespondError) return `response_url ${error.statusCode}`;
  const e = (error ?? {}) as WebApiErrorShape;
  if (e.data?.error) return e.data.error;
  if (e.retryAfter !== undefined) return `rate limited, retry after ${e.retryAfter}s`;
  if (rateLimited(e)) return 'rate limited, retries used up';
  if (e.statusCode !== undefined) return `http ${e.statusCode}`;
  return undefined;
}

export function userFacingFailure(error: unknown): string {
  const e = (error ?? {}) as WebApiErrorShape;
  if (rateLimited(e)) return RATE_LIMITED;
  if (e.data?.error === 'not_in_channel' || e.data?.error === 'channel_not_found') return NOT_IN_CHANNEL;
  return GENERIC;
}
