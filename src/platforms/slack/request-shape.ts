/**
 * The shapes of request body Slack sends to `/slack/events`, checked before Bolt sees a body: Bolt
 * reads fields of whatever JSON it is given (`body.ssl_check` of `null` threw outside any handler
 * and ended the process), so anything else is refused here with a 400. Loose on purpose: only
 * what Bolt and the listeners read before their own error handling is required; other fields pass.
 *
 *   application/json                   Events API: `url_verification`, `event_callback` (with an
 *                                      `event` object), or another typed envelope (`app_rate_limited`)
 *   application/x-www-form-urlencoded  a slash command (`command=/…`), an interaction
 *                                      (`payload=<JSON object with a type>`), or `ssl_check=1`
 */
import { parse as parseQuery } from 'node:querystring';
import { z } from 'zod';

export type BodyCheck = { ok: true } | { ok: false; reason: string };

const nonEmpty = z.string().min(1);
/** An object (never null or an array) when present: Bolt reads `'id' in channel`, `'channel' in item`. */
const optionalObject = z.looseObject({}).optional();
/** A field that must not be there (it would make Bolt read the body as another kind of request). */
const absent = z.never().optional();

const event = z.looseObject({
  type: nonEmpty,
  channel: z.union([z.string(), z.looseObject({})]).optional(),
  item: optionalObject,
});

const eventsApiBody = z.union([
  z.looseObject({ type: z.literal('url_verification'), challenge: z.string() }),
  z.looseObject({ type: z.literal('event_callback'), event, authorizations: z.array(z.looseObject({})).optional() }),
  z.looseObject({
    type: nonEmpty.refine((t) => t !== 'url_verification' && t !== 'event_callback'),
    event: absent,
    command: absent,
    actions: absent,
  }),
]);

const slashCommand = z.looseObject({
  command: z.string().regex(/^\/\S+$/),
  text: z.string(),
  user_id: nonEmpty,
  channel_id: nonEmpty,
  team_id: z.string(),
  response_url: nonEmpty,
});

const interaction = z.looseObject({
  type: nonEmpty,
  user: z.looseObject({ id: nonEmpty }).optional(),
  channel: optionalObject,
  container: optionalObject,
  team: z.looseObject({}).nullable().optional(),
  actions: z
    .array(z.looseObject({ action_id: nonEmpty }))
    .min(1)
    .optional(),
  event: absent,
  command: absent,
});

const blockActions = interaction.extend({
  type: z.literal('block_actions'),
  user: z.looseObject({ id: nonEmpty }),
  actions: z.array(z.looseObject({ action_id: nonEmpty })).min(1),
});

/** Whether `raw` (the whole body, already read) has a shape Bolt and the listeners can take. */
export function checkBody(mediaType: 'json' | 'form', raw: Buffer): BodyCheck {
  const text = raw.toString('utf8');
  if (mediaType === 'json') return judge(eventsApiBody, parseJson(text));
  const fields = parseQuery(text);
  if (Object.values(fields).some((v) => typeof v !== 'string')) return { ok: false, reason: 'a form field given twice' };
  if (typeof fields.payload === 'string') {
    const payload = parseJson(fields.payload);
    const typed = judge(interaction, payload);
    if (!typed.ok) return typed;
    return (payload as { type: string }).type === 'block_actions' ? judge(blockActions, payload) : typed;
  }
  if (fields.ssl_check === '1') return { ok: true };
  return judge(slashCommand, fields);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return Symbol.for('not JSON');
  }
}

function judge(schema: z.ZodType, value: unknown): BodyCheck {
  if (typeof value === 'symbol') return { ok: false, reason: 'not JSON' };
  const result = schema.safeParse(value);
  if (result.success) return { ok: true };
  const issue = result.error.issues[0];
  return { ok: false, reason: issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unexpected shape' };
}
