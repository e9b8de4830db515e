/**
 * `@newsbot Putin Bucha` in a channel or thread: the bot replies to that message, where it was
 * posted (so in the thread when mentioned in one). A bare mention inside a thread asks about the
 * thread's starter message, or the thread's name when the starter's text is not available (it needs
 * the Message Content setting, see docs/discord.md).
 *
 * Mentions arrive with their content without the privileged Message Content intent.
 */
import type { Message, User } from 'discord.js';
import type { Invocation } from '../../../commands/invocation.ts';
import { cutQuery, defaultInvocation, parseInvocation } from '../../../commands/parse-invocation.ts';
import type { AccessPolicy } from '../../access/index.ts';
import { dispatch } from '../../dispatch.ts';
import type { Engine } from '../../engine/index.ts';
import type { Logger } from '../../logger.ts';
import { renderNotice } from '../../render/discord.ts';
import { RESTARTING_MESSAGE, type InFlight } from '../in-flight.ts';
import { askerOf } from './asker.ts';
import { failureMessage } from './failures.ts';
import { renderWithButtons } from './interactions.ts';
import type { InvocationCache } from './invocations.ts';
import { sendOptions } from './payload.ts';

export interface MentionDeps {
  engine: Engine;
  logger: Logger;
  invocations: InvocationCache;
  policy: AccessPolicy;
  inFlight: InFlight;
}

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
      let invocation = mentionInvocation(message.content);
      if (!withoutMentions(message.content) && message.channel.isThread()) {
        const starter = await message.channel.fetchStarterMessage().catch(() => null);
        invocation = defaultInvocation(queryFromStarter(starter?.content || message.channel.name));
      }
      const answer = await dispatch(deps.engine, invocation, deps.logger, admission.access);
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
 * The mention's words as an invocation, read by the one parser: `search …`, `/sources`, `help` name
 * the command; anything else is a `/quote` (the example everyone tries: `@newsbot Putin Bucha`).
 */
export function mentionInvocation(content: string): Invocation {
  return parseInvocation(withoutMentions(content));
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
  return cutQuery(query);
}
