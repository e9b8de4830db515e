/**
 * What no listener answers is acknowledged at once instead of after Bolt's 3-second time-out (a
 * 404, and for a slash command a user told nothing): a slash command the bot does not know gets a
 * polite line only its user sees, naming the commands it does know; a click on a button this bot did
 * not make, a shortcut, a modal or a menu search is acknowledged and logged. Socket Mode and HTTP alike.
 */
import type { App, Middleware, AnyMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import { errorSentence } from '../../messages.ts';
import { escapeMrkdwn, SLACK_ACTIONS } from '../../render/slack.ts';
import { slackSlashCommands } from './slash-commands.ts';

/** Interaction types no listener here handles: acknowledged with nothing. */
const IGNORED_INTERACTIONS = new Set([
  'shortcut',
  'message_action',
  'view_submission',
  'view_closed',
  'block_suggestion',
  'interactive_message',
  'dialog_submission',
  'dialog_cancellation',
  'dialog_suggestion',
]);

type Ack = (response?: Record<string, unknown>) => Promise<void>;

export function answerTheUnhandled(app: App, logger: Logger): void {
  const commands = slackSlashCommands().map((c) => `/${c.name}`);
  const known = new Set(commands);
  const ours = new Set<string>(Object.values(SLACK_ACTIONS));
  const middleware: Middleware<AnyMiddlewareArgs> = async (args) => {
    const body = args.body as { command?: unknown; type?: unknown; actions?: Array<{ action_id?: unknown }>; user_id?: unknown };
    const ack = (args as unknown as { ack?: Ack }).ack;
    if (typeof body.command === 'string' && !known.has(body.command)) {
      logger.info({ command: body.command, user: body.user_id }, 'slack: answered a slash command this bot does not have');
      const text = errorSentence('unknown_command', { name: body.command.replace(/^\//, ''), known: commands.join(', ') });
      return void (await ack?.({ response_type: 'ephemeral', text: escapeMrkdwn(text) }));
    }
    if (body.type === 'block_actions' && !body.actions?.some((a) => typeof a.action_id === 'string' && ours.has(a.action_id))) {
      logger.info({ actions: body.actions?.map((a) => a.action_id) }, 'slack: acknowledged a button this bot did not make');
      return void (await ack?.());
    }
    if (typeof body.type === 'string' && IGNORED_INTERACTIONS.has(body.type)) {
      logger.info({ type: body.type }, 'slack: acknowledged an interaction this bot does not handle');
      return void (await ack?.(body.type === 'block_suggestion' ? { options: [] } : undefined));
    }
    await args.next();
  };
  app.use(middleware);
}
