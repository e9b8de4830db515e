/**
 * The listeners: slash commands, mentions and the "Share" / "More" buttons. Each one acknowledges at
 * once, runs the command through `dispatch`, renders with `renderSlack` and sends the message; a
 * failure is logged with what was being answered and, where possible, told to the user in one line.
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import { z } from 'zod';
import { commands } from '../../../commands/index.ts';
import { dispatch } from '../../dispatch.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../logger.ts';
import { renderSlack, SLACK_ACTIONS, type ActionValue, type SlackMessage } from '../../render/slack.ts';
import { decodeEntities, mentionInvocation, threadQuery } from './mention-text.ts';
import { slackErrorDetail, userFacingFailure } from './slack-errors.ts';

export interface AnswerDeps {
  engine: Engine;
  logger: Logger;
}

/** Message options on every post: article links are cited, not unfurled into big previews. */
const POST_OPTIONS = { unfurl_links: false, unfurl_media: false } as const;

const actionValueSchema = z.object({ command: z.string().max(40), query: z.string().max(1000), page: z.number().int().min(0).max(1000) });

export function registerAnswers(app: App, deps: AnswerDeps): void {
  const { engine, logger } = deps;
  const run = (name: string, query: string) => dispatch(engine, name, { query }, logger);

  for (const command of commands) {
    app.command(`/${command.name}`, async ({ command: invocation, ack, respond }) => {
      await ack();
      const where = { command: invocation.command, channel: invocation.channel_id, user: invocation.user_id, team: invocation.team_id };
      try {
        const answer = await run(command.name, decodeEntities(invocation.text));
        await respond({ response_type: 'ephemeral', ...renderSlack(answer, { share: answer.kind !== 'error' }) });
      } catch (error) {
        logger.error({ err: error, ...where, detail: slackErrorDetail(error) }, 'slack: could not answer a slash command');
        await respond({ response_type: 'ephemeral', text: userFacingFailure(error) }).catch((err: unknown) =>
          logger.warn({ err, ...where }, 'slack: could not tell the user either'),
        );
      }
    });
  }

  app.event('app_mention', async ({ event, context, client }) => {
    const threadTs = event.thread_ts ?? event.ts;
    const where = { channel: event.channel, user: event.user, eventTs: event.ts, threadTs };
    const post = (message: SlackMessage) => client.chat.postMessage({ channel: event.channel, thread_ts: threadTs, ...message, ...POST_OPTIONS });
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
      const answer = await run(name, query);
      await post(renderSlack(answer));
    } catch (error) {
      logger.error({ err: error, ...where, detail: slackErrorDetail(error) }, 'slack: could not answer a mention');
      await post({ text: userFacingFailure(error), blocks: [] }).catch((err: unknown) => logger.warn({ err, ...where }, 'slack: could not tell the user either'));
    }
  });

  app.action<BlockButtonAction>(SLACK_ACTIONS.share, async ({ ack, body, action, respond }) => {
    await ack();
    const where = { action: 'share', channel: body.channel?.id, user: body.user.id };
    try {
      const value = parseActionValue(action.value);
      if (!value) return logger.warn({ ...where, value: action.value }, 'slack: ignored a button with an unreadable value');
      const answer = await run(value.command, value.query);
      const message = renderSlack(answer, { page: value.page, sharedBy: body.user.id, more: false });
      await respond({ response_type: 'in_channel', replace_original: false, ...message });
    } catch (error) {
      logger.error({ err: error, ...where, detail: slackErrorDetail(error) }, 'slack: could not share an answer');
      await respond({ response_type: 'ephemeral', replace_original: false, text: userFacingFailure(error) }).catch(() => undefined);
    }
  });

  app.action<BlockButtonAction>(SLACK_ACTIONS.more, async ({ ack, body, action, respond, client }) => {
    await ack();
    const where = { action: 'more', channel: body.channel?.id, user: body.user.id };
    try {
      const value = parseActionValue(action.value);
      if (!value) return logger.warn({ ...where, value: action.value }, 'slack: ignored a button with an unreadable value');
      const answer = await run(value.command, value.query);
      const channel = body.channel?.id ?? body.container.channel_id;
      if (body.container.is_ephemeral || !body.message || !channel) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...renderSlack(answer, { page: value.page, share: true }) });
      } else {
        const threadTs = body.message.thread_ts ?? body.message.ts;
        await client.chat.postMessage({ channel, thread_ts: threadTs, ...renderSlack(answer, { page: value.page }), ...POST_OPTIONS });
      }
    } catch (error) {
      logger.error({ err: error, ...where, detail: slackErrorDetail(error) }, 'slack: could not show more');
      await respond({ response_type: 'ephemeral', replace_original: false, text: userFacingFailure(error) }).catch(() => undefined);
    }
  });
}

function parseActionValue(raw: string | undefined): ActionValue | undefined {
  try {
    const parsed = actionValueSchema.safeParse(JSON.parse(raw ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
