/**
 * Requests built the way Slack sends them: form-encoded slash commands and interactions (`payload=`),
 * JSON event callbacks, signed with `X-Slack-Signature: v0=HMAC-SHA256("v0:{timestamp}:{body}")`.
 */
import { createHmac } from 'node:crypto';
import { BOT_USER_ID } from './slack-api-stand-in.ts';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
export const TEAM_ID = 'T0001';
export const APP_ID = 'A0001';

export interface SlackRequest {
  body: string;
  contentType: string;
}

export function signatureHeaders(body: string, options: { secret?: string; timestamp?: number } = {}): Record<string, string> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', options.secret ?? SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

/** The fields of a slash command invocation, as the form-encoded body Slack posts. */
export function slashCommand(fields: {
  command: string;
  text: string;
  responseUrl: string;
  channel?: string;
  user?: string;
}): SlackRequest {
  const body = new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: TEAM_ID,
    team_domain: 'newsroom',
    channel_id: fields.channel ?? 'C0NEWS',
    channel_name: 'newsdesk',
    user_id: fields.user ?? 'U0ALICE',
    user_name: 'alice',
    command: fields.command,
    text: fields.text,
    api_app_id: APP_ID,
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: '1337.42.abcdef',
  }).toString();
  return { body, contentType: 'application/x-www-form-urlencoded' };
}

export interface MentionFields {
  eventId: string;
  text: string;
  ts: string;
  threadTs?: string;
  channel?: string;
  user?: string;
}

/** An `event_callback` body carrying an `app_mention`. */
export function mentionEvent(fields: MentionFields): Record<string, unknown> {
  return {
    token: 'deprecated-verification-token',
    team_id: TEAM_ID,
    api_app_id: APP_ID,
    event: {
      type: 'app_mention',
      user: fields.user ?? 'U0ALICE',
      text: fields.text,
      ts: fields.ts,
      ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
      channel: fields.channel ?? 'C0NEWS',
      event_ts: fields.ts,
    },
    type: 'event_callback',
    event_id: fields.eventId,
    event_time: 1_700_000_000,
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

export interface ButtonFields {
  actionId: string;
  value: string;
  responseUrl: string;
  ephemeral: boolean;
  channel?: string;
  user?: string;
  /** The message the button is on (public messages only). */
  messageTs?: string;
  threadTs?: string;
}

/** A `block_actions` payload for a button click. */
export function buttonClick(fields: ButtonFields): Record<string, unknown> {
  const channel = fields.channel ?? 'C0NEWS';
  return {
    type: 'block_actions',
    user: { id: fields.user ?? 'U0BOB', username: 'bob', name: 'bob', team_id: TEAM_ID },
    api_app_id: APP_ID,
    token: 'deprecated-verification-token',
    container: fields.ephemeral
      ? { type: 'message', message_ts: '1700000000.000001', channel_id: channel, is_ephemeral: true }
      : {
          type: 'message',
          message_ts: fields.messageTs,
          channel_id: channel,
          is_ephemeral: false,
          ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
        },
    trigger_id: '1337.43.abcdef',
    team: { id: TEAM_ID, domain: 'newsroom' },
    channel: { id: channel, name: 'newsdesk' },
    ...(fields.ephemeral
      ? {}
      : {
          message: {
            type: 'message',
            user: 'UBOT0001',
            ts: fields.messageTs,
            ...(fields.threadTs ? { thread_ts: fields.threadTs } : {}),
            text: 'answer',
          },
        }),
    response_url: fields.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: fields.actionId,
        block_id: 'b1',
        text: { type: 'plain_text', text: 'More' },
        value: fields.value,
        action_ts: '1700000001.000000',
      },
    ],
  };
}

/** An interaction payload as the form body Slack posts (`payload=<json>`). */
export function interaction(payload: Record<string, unknown>): SlackRequest {
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}

export function jsonRequest(payload: Record<string, unknown>): SlackRequest {
  return { body: JSON.stringify(payload), contentType: 'application/json' };
}
