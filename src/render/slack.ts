/**
 * Answer → Slack Block Kit message. Pure: the same answer and options always give the same message.
 * The presentation step (`src/present/`) decides what is said; this module only adds mrkdwn, escaping
 * and Slack's limits (see `slack/`).
 *
 * Safety: every piece of corpus text and every echo of the user's query is escaped (`&`, `<`, `>`),
 * so nothing can become a mention (`<!channel>`, `<@U…>`) or a link; corpus text also has Slack's
 * formatting characters swapped for look-alikes so a stray `*` cannot bold half a quote. Every
 * mrkdwn text object is `verbatim`, so Slack does not auto-link URLs, channel names or `@here`.
 *
 * Limits: Slack rejects a message with more than 50 blocks, a section over 3000 characters, a header
 * over 150 and so on (see `SLACK_LIMITS`). Answers are cut well inside them: long excerpts end with
 * `…`, extra excerpts become "N more", and outlets past what fits go to the next page ("More").
 *
 * @example
 * renderSlack(answer, { share: true, invocation: { command: 'quote', options: { query: 'Putin Bucha' } } })
 * // → { text: '3 quotes by Vladimir Putin about bucha from 2 outlets', blocks: [header, context, section, …, actions] }
 */
import type { Invocation } from '../../commands/invocation.ts';
import type { Answer } from '../answer.ts';
import type { PresentOptions } from '../present/options.ts';
import { present } from '../present/present.ts';
import type { Group } from '../present/view.ts';
import { blocksChars, type SlackMessage } from './slack/blocks.ts';
import { groupBlocks } from './slack/groups.ts';
import { BUDGET } from './slack/limits.ts';
import { cardMessage } from './slack/message.ts';

export { escapeMrkdwn, inertMrkdwn, linkTarget, unping, clip } from './slack/escape.ts';
export { SLACK_LIMITS } from './slack/limits.ts';
export { SLACK_ACTIONS } from './slack/message.ts';
export type { Block, Button, MrkdwnText, SlackMessage } from './slack/blocks.ts';

export interface SlackRenderOptions {
  /** The command, options and page that produced the answer; Share and More carry it. */
  invocation?: Invocation;
  /** 0-based page of outlets (or statements) to show. Default: the invocation's page, else 0. */
  page?: number;
  /** Adds a "Share in channel" button (for ephemeral answers). */
  share?: boolean;
  /** Adds a "More" button when outlets remain past this page. Default true. */
  more?: boolean;
  /** Slack user id of who shared the answer, shown above it. */
  sharedBy?: string;
}

/** What a Slack message holds: as many groups as fit in 50 blocks, one "More" button, sources in one message. */
const SLACK_SURFACE = {
  outletsPerPage: groupsPerPage,
  statementsPerPage: groupsPerPage,
  sourcesPerPage: Number.POSITIVE_INFINITY,
  paging: 'more',
  noButtonsFor: [],
} satisfies Partial<PresentOptions>;

export function renderSlack(answer: Answer, options: SlackRenderOptions = {}): SlackMessage {
  const { invocation, page } = options;
  const card = present(answer, {
    ...SLACK_SURFACE,
    invocation,
    page,
    share: options.share ? 'channel' : undefined,
    more: options.more !== false,
  });
  return cardMessage(card, options.sharedBy);
}

/** How many groups (outlets, statements) fit on one page: the widest group decides, so pages are stable. */
function groupsPerPage(groups: readonly Group[]): number {
  const rendered = groups.map(groupBlocks);
  const widest = Math.max(1, ...rendered.map((g) => g.length));
  const longest = Math.max(1, ...rendered.map(blocksChars));
  return Math.max(1, Math.min(Math.floor(BUDGET.groupBlocks / widest), Math.floor(BUDGET.groupChars / longest)));
}
