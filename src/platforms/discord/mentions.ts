/**
 * `@newsbot Putin Bucha` in a channel or thread: the bot replies to that message, where it was
 * posted (so in the thread when mentioned in one). A bare mention inside a thread asks about the
 * thread's starter message, or the thread's name when the starter's text is not available (it needs
 * the Message Content setting, see docs/discord.md).
 *
 * Mentions arrive with their content without the privileged Message Content intent.
 */
import type { Message, User } from 'discord.js';
import { findCommand } from '../../../commands/index.ts';
import type { AccessPolicy } from '../../access/index.ts';
import { dispatch } from '../../dispatch.ts';
import type { Engine } from '../../engine/engine.ts';
import type { Logger } from '../../logger.ts';
import { renderNotice } from '../../render/discord.ts';
import { MAX_QUERY_LENGTH } from '../../search/query.ts';
import { RESTARTING_MESSAGE, type InFlight } from '../in-flight.ts';
import { askerOf } from './asker.ts';
import { failureMessage } from './failures.ts';
import { renderWithButtons } from './interactions.ts';
import type { Invocation, InvocationCache } from './invocations.ts';
import { sendOptions } from './payload.ts';

export interface MentionDeps {
  engine: Engine;
  logger: Logger;
  invocations: InvocationCache;
  policy: AccessPolicy;
  inFlight: InFlight;
}

/** The command a mention runs when its text does not start with a command name. */
export const MENTION_COMMAND = 'quote';

/**
 * Answers a message that mentions the bot; ignores every other message. Never rejects. A refusal
 * (not enabled here, asking too fast) is a public reply, so it is sent once while the limit holds.
 */
export async function handleMention(message: Message, bot: User, deps: MentionDeps): Promise<void> {
  if (message.author.bot || message.system || !mentionsBot(message, bot)) return;
  const where = { message: message.id, channel: message.channelId, user: message.author.id };
  const tell = (text: string) =>
    message
      .reply(sendOptions(renderNotice(text)))
      .catch((err: unknown) => deps.logger.warn({ err, ...where }, 'Discord: could not tell the user'));
  if (!deps.inFlight.accepting) return void (await tell(RESTARTING_MESSAGE));
  const admission = deps.policy.admit(askerOf(message));
  if (!admission.admitted) {
    deps.logger.info({ ...where, reason: admission.reason }, 'Discord: refused a mention');
    if (admission.tell) await tell(admission.message);
    return;
  }
  await deps.inFlight.track(async () => {
    try {
      let text = withoutMentions(message.content);
      if (!text && message.channel.isThread()) {
        const starter = await message.channel.fetchStarterMessage().catch(() => null);
        text = queryFromStarter(starter?.content || message.channel.name);
      }
      const invocation = mentionInvocation(text);
      const answer = await dispatch(deps.engine, invocation.command, invocation.options, deps.logger, admission.access);
      const rendered =
        answer.kind === 'error' ? renderNotice(`✗ ${answer.message}`) : renderWithButtons(answer, invocation, 0, false, deps.invocations);
      await message.reply(sendOptions(rendered));
    } catch (error) {
      deps.logger.error({ err: error, ...where }, 'Discord mention failed');
      await tell(`✗ ${failureMessage(error)}`);
    }
  });
}

/**
 * A direct mention of the bot, or of the role Discord made for it (people often pick that one from
 * the list); not @everyone, not other roles, not a reply to one of the bot's messages.
 */
function mentionsBot(message: Message, bot: User): boolean {
  if (message.mentions.has(bot, { ignoreEveryone: true, ignoreRoles: true, ignoreRepliedUser: true })) return true;
  return message.mentions.roles.some((role) => role.tags?.botId === bot.id);
}

/**
 * The mention's words as an invocation: `quote …`, `/search …`, `sources`, `help` name the
 * command; anything else is a `/quote` (the example everyone tries: `@newsbot Putin Bucha`).
 */
export function mentionInvocation(text: string): Invocation {
  const m = /^\/?(\S+)\s*([\s\S]*)$/.exec(text.trim());
  const command = m?.[1] && findCommand(m[1]);
  if (command) return { command: command.name, options: { query: m[2]?.trim() ?? '' } };
  return { command: MENTION_COMMAND, options: { query: text.trim() } };
}

/** Removes user, role and channel mentions and collapses whitespace. */
export function withoutMentions(content: string): string {
  return content
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A starter message (or thread name) written for people, made into a query: no mentions, custom
 * emoji or links, no stray quotation mark, and cut at a word to the query length limit.
 */
export function queryFromStarter(text: string): string {
  let query = withoutMentions(text.replace(/<a?:\w+:\d+>/g, ' ').replace(/https?:\/\/\S+/g, ' '))
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .trim();
  if ((query.match(/["“”]/g)?.length ?? 0) % 2 === 1) query = query.replace(/["“”]/g, '');
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : cut.slice(0, MAX_QUERY_LENGTH)).trim();
}
