/**
 * Answer → Discord message (content, embeds, buttons) in the shape of Discord's API
 * (`discord-api-types`). Pure: no discord.js, no I/O; the platform adds `allowedMentions` and flags
 * and sends it. The presentation step (`src/present/`) decides what is said; this module only adds
 * markdown, escaping and Discord's limits (see `discord/`).
 *
 * Results get one embed per outlet, `/compare` one per statement. Every Discord limit is respected
 * by construction; long answers are cut at excerpt boundaries and paged by outlets (or statements).
 * Corpus and user text have Discord markdown escaped and mentions defused.
 *
 * @example
 * renderDiscord(answer, { invocation, page: 0, buttons: { id: (inv) => cache.remember(inv), publish: true } })
 * // { content: '**2 quotes by Vladimir Putin about Bucha** from 2 outlets', embeds: [{ title: 'The National', … }], components: [...] }
 */
import type { Invocation } from '../../commands/invocation.ts';
import type { Answer } from '../answer.ts';
import type { PresentOptions } from '../present/options.ts';
import { present } from '../present/present.ts';
import { OUTLETS_PER_PAGE, SOURCES_PER_PAGE, STATEMENTS_PER_PAGE } from './discord/limits.ts';
import { cardMessage, notice, type DiscordMessage, type InvocationId } from './discord/message.ts';

export { DISCORD_LIMITS, OUTLETS_PER_PAGE, SOURCES_PER_PAGE, STATEMENTS_PER_PAGE } from './discord/limits.ts';
export { defuseMentions, embedChars, escapeMarkdown, clip } from './discord/escape.ts';
export {
  discordCustomId,
  type ActionRow,
  type ButtonAction,
  type DiscordButton,
  type DiscordMessage,
  type InvocationId,
} from './discord/message.ts';

export interface DiscordRenderOptions {
  /** The command and options that produced the answer; page buttons re-run it for another page. */
  invocation?: Invocation;
  /** 0-based page; clamped to the pages the answer has. Default: the invocation's page, else 0. */
  page?: number;
  /** Without it the message has no buttons (nothing to page with, or nowhere to keep the invocation). */
  buttons?: {
    /** The short id the platform keeps the invocation under (asked at most once per message). */
    id: InvocationId;
    /** Offer "Post publicly" (for ephemeral answers). */
    publish: boolean;
  };
}

/** What a Discord message holds: ten embeds, pages of outlets or statements, no buttons under help. */
const DISCORD_SURFACE = {
  outletsPerPage: OUTLETS_PER_PAGE,
  statementsPerPage: STATEMENTS_PER_PAGE,
  sourcesPerPage: SOURCES_PER_PAGE,
  more: true,
  noButtonsFor: ['help'],
} satisfies Partial<PresentOptions>;

export function renderDiscord(answer: Answer, options: DiscordRenderOptions = {}): DiscordMessage {
  const { invocation, page, buttons } = options;
  const card = present(answer, {
    ...DISCORD_SURFACE,
    invocation,
    page,
    paging: buttons ? 'pages' : 'none',
    share: buttons?.publish ? 'public' : undefined,
  });
  return cardMessage(card, buttons?.id);
}

/**
 * A short message the platform writes itself (expired buttons, errors). The text may hold markdown
 * (our own messages quote commands in `code`), so only mentions are defused and brackets escaped:
 * error messages echo what the user typed, which must not become a masked link (`[text](url)`).
 */
export function renderNotice(text: string): DiscordMessage {
  return notice(text);
}
