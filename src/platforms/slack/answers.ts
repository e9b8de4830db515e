/**
 * The listeners: slash commands, mentions and the "Share" / "More" buttons. Each one checks the
 * access policy (allow-lists, rate limits, restricted outlets), acknowledges at once, runs the
 * command through `dispatch`, renders with `renderSlack` and sends the message; a failure is logged
 * with what was being answered and, where possible, told to the user in one line.
 *
 * Refusals (not enabled here, asking too fast, restarting) go back in the slash command's
 * acknowledgement, which costs no API call, or as a message only the asker sees.
 */
import { RespondError, type App, type BlockButtonAction, type RespondFn, type webApi } from '@slack/bolt';
import { z } from 'zod';
import { commands } from '../../../commands/index.ts';
import { decodeInvocation, type Invocation } from '../../../commands/invocation.ts';
import type { Access, AccessPolicy } from '../../access/index.ts';
import { dispatch } from '../../dispatch.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../logger.ts';
import { renderSlack, SLACK_ACTIONS, type SlackMessage } from '../../render/slack.ts';
import { RESTARTING_MESSAGE, type InFlight } from '../in-flight.ts';
import { decodeEntities, mentionInvocation, threadQuery } from './mention-text.ts';
import { DEFAULT_RESPOND_RETRY, respondWithRetry, RespondTimeoutError, type RespondRetry } from './respond.ts';
import { slackErrorDetail, userFacingFailure } from './slack-errors.ts';

export interface AnswerDeps {
  engine: Engine;
  logger: Logger;
  policy: AccessPolicy;
  inFlight: InFlight;
  respondRetry?: RespondRetry;
}

type WebClient = webApi.WebClient;

/** Message options on every post: article links are cited, not unfurled into big previews. */
const POST_OPTIONS = { unfurl_links: false, unfurl_media: false } as const;

const actionValueSchema = z.object({ command: z.string().max(40), query: z.string().max(1000), page: z.number().int().min(0).max(1000) });

export function registerAnswers(app: App, deps: AnswerDeps): void {
  const { engine, logger, policy, inFlight } = deps;
  const retry = deps.respondRetry ?? DEFAULT_RESPOND_RETRY;
  const run = (name: string, query: string, access: Access) => dispatch(engine, name, { query }, logger, access);
  const respondReliably = (respond: RespondFn, message: Parameters<typeof respondWithRetry>[1]) =>
    respondWithRetry(respond, message, retry);

  /** After a failure: the user hears of it where Slack still lets the bot talk to them. */
  const tellFailure = async (error: unknown, respond: RespondFn, client: WebClient, where: { channel?: string; user?: string }) => {
    const text = userFacingFailure(error);
    const responseUrlFailed = error instanceof RespondError || error instanceof RespondTimeoutError || error instanceof TypeError;
    try {
      if (responseUrlFailed && where.channel && where.user)
        await client.chat.postEphemeral({ channel: where.channel, user: where.user, text });
      else await respondReliably(respond, { response_type: 'ephemeral', replace_original: false, text });
    } catch (err) {
      logger.warn({ err, ...where, detail: slackErrorDetail(err) }, 'slack: could not tell the user either');
    }
  };

  for (const command of commands) {
    app.command(`/${command.name}`, async ({ command: invocation, ack, respond, client }) => {
      const where = { command: invocation.command, channel: invocation.channel_id, user: invocation.user_id, team: invocation.team_id };
      if (!inFlight.accepting) return void (await ack({ response_type: 'ephemeral', text: RESTARTING_MESSAGE }));
      const admission = policy.admit({
        platform: 'slack',
        workspace: invocation.team_id,
        channel: invocation.channel_id,
        user: invocation.user_id,
      });
      if (!admission.admitted) {
        logger.info({ ...where, reason: admission.reason }, 'slack: refused a slash command');
        return void (await ack({ response_type: 'ephemeral', text: admission.message }));
      }
      await ack();
      await inFlight.track(async () => {
        try {
          const asked: Invocation = { command: command.name, options: { query: decodeEntities(invocation.text) } };
          const answer = await dispatch(engine, asked.command, asked.options, logger, admission.access);
          await respondReliably(respond, {
            response_type: 'ephemeral',
            ...renderSlack(answer, { share: answer.kind !== 'error', invocation: asked }),
          });
        } catch (error) {
          logger.error({ err: error, ...where, detail: slackErrorDetail(error) }, 'slack: could not answer a slash command');
          await tellFailure(error, respond, client, where);
        }
      });
    });
  }

  app.event('app_mention', async ({ event, context, body, client }) => {
    const threadTs = event.thread_ts ?? event.ts;
    const where = { channel: event.channel, user: event.user, eventTs: event.ts, threadTs };
    const post = (message: SlackMessage) =>
      client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...message, ...POST_OPTIONS });
    const tellPrivately = (text: string) =>
      client.chat
        .postEphemeral({ channel: event.channel, user: event.user ?? '', thread_ts: threadTs, text })
        .catch((err: unknown) => logger.warn({ err, ...where }, 'slack: could not tell the user'));
    if (!inFlight.accepting) return void (await tellPrivately(RESTARTING_MESSAGE));
    const admission = policy.admit({
      platform: 'slack',
      workspace: context.teamId ?? body.team_id,
      channel: event.channel,
      user: event.user ?? '',
    });
    if (!admission.admitted) {
      logger.info({ ...where, reason: admission.reason }, 'slack: refused a mention');
      if (admission.tell) await tellPrivately(admission.message);
      return;
    }
    await inFlight.track(async () => {
      try {
        let { name, query } = mentionInvocation(event.text, context.botUserId);
        const inThread = event.thread_ts !== undefined && event.thread_ts !== event.ts;
        if (!query && name === 'search') {
          if (inThread) {
            const replies = await client.conversations.replies({ channel: event.channel, ts: threadTs, limit: 1, inclusive: true });
            query = threadQuery(replies.messages?.[0]?.text ?? '');
          } else {
            name = 'help';
          }
        }
        const answer = await run(name, query, admission.access);
        await post(renderSlack(answer, { invocation: { command: name, options: { query } } }));
      } catch (error) {
        logger.error({ err: error, ...where, detail: slackErrorDetail(error) }, 'slack: could not answer a mention');
        await post({ text: userFacingFailure(error), blocks: [] }).catch((err: unknown) =>
          logger.warn({ err, ...where }, 'slack: could not tell the user either'),
        );
      }
    });
  });

  /** Runs a button's command after the checks every command gets; `answer` sends the result. */
  const onButton =
    (
      name: 'share' | 'more',
      answer: (
        value: Invocation,
        access: Access,
        args: { body: BlockButtonAction; respond: RespondFn; client: WebClient },
      ) => Promise<void>,
    ) =>
    async ({
      ack,
      body,
      action,
      respond,
      client,
    }: {
      ack: () => Promise<void>;
      body: BlockButtonAction;
      action: BlockButtonAction['actions'][number];
      respond: RespondFn;
      client: WebClient;
    }) => {
      await ack();
      const channel = body.channel?.id ?? body.container?.channel_id;
      const where = { action: name, channel, user: body.user.id };
      const refuse = (text: string) =>
        respondReliably(respond, { response_type: 'ephemeral', replace_original: false, text }).catch(() => undefined);
      if (!inFlight.accepting) return void (await refuse(RESTARTING_MESSAGE));
      const value = parseActionValue(action.value);
      if (!value) return logger.warn({ ...where, value: action.value }, 'slack: ignored a button with an unreadable value');
      const admission = policy.admit({ platform: 'slack', workspace: body.team?.id ?? body.user.team_id, channel, user: body.user.id });
      if (!admission.admitted) {
        logger.info({ ...where, reason: admission.reason }, 'slack: refused a button');
        return void (await refuse(admission.message));
      }
      await inFlight.track(async () => {
        try {
          await answer(value, admission.access, { body, respond, client });
        } catch (error) {
          logger.error(
            { err: error, ...where, detail: slackErrorDetail(error) },
            `slack: could not ${name === 'share' ? 'share an answer' : 'show more'}`,
          );
          await tellFailure(error, respond, client, where);
        }
      });
    };

  app.action<BlockButtonAction>(
    SLACK_ACTIONS.share,
    onButton('share', async (value, access, { body, respond }) => {
      const answer = await dispatch(engine, value.command, value.options, logger, access);
      const message = renderSlack(answer, { invocation: value, sharedBy: body.user.id, more: false });
      await respondReliably(respond, { response_type: 'in_channel', replace_original: false, ...message });
    }),
  );

  app.action<BlockButtonAction>(
    SLACK_ACTIONS.more,
    onButton('more', async (value, access, { body, respond, client }) => {
      const answer = await dispatch(engine, value.command, value.options, logger, access);
      const channel = body.channel?.id ?? body.container.channel_id;
      if (body.container.is_ephemeral || !body.message || !channel) {
        await respondReliably(respond, {
          response_type: 'ephemeral',
          replace_original: false,
          ...renderSlack(answer, { invocation: value, share: true }),
        });
      } else {
        const threadTs = body.message.thread_ts ?? body.message.ts;
        await client.chat.postMessage({ channel, thread_ts: threadTs, ...renderSlack(answer, { invocation: value }), ...POST_OPTIONS });
      }
    }),
  );
}

/** A button's invocation; buttons posted before invocations were encoded carry `{ command, query, page }`. */
function parseActionValue(raw: string | undefined): Invocation | undefined {
  const invocation = decodeInvocation(raw ?? '');
  if (invocation) return invocation;
  try {
    const parsed = actionValueSchema.safeParse(JSON.parse(raw ?? ''));
    return parsed.success ? { command: parsed.data.command, options: { query: parsed.data.query }, page: parsed.data.page } : undefined;
  } catch {
    return undefined;
  }
}
