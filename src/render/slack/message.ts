/**
 * Card → Slack Block Kit message: the header, the query echo with the page range, the groups, the
 * "N more" and note lines, who shared it, and the buttons (each carrying the encoded invocation).
 */
import { encodeInvocation } from '../../../commands/invocation.ts';
import type { Action, Card, CompareCard, HelpCard, ResultsCard, SourcesCard } from '../../present/view.ts';
import { count, NOTHING_FROM } from '../../present/words.ts';
import { button, chunkLines, context, header, section, type Block, type Button, type SlackMessage } from './blocks.ts';
import { clip, escapeMrkdwn, inertMrkdwn, unping } from './escape.ts';
import { groupBlocks } from './groups.ts';
import { BUDGET, SLACK_LIMITS } from './limits.ts';

export const SLACK_ACTIONS = { share: 'newsroom_share', more: 'newsroom_more', page: 'newsroom_page' } as const;

export function cardMessage(card: Card, sharedBy?: string): SlackMessage {
  switch (card.kind) {
    case 'results':
      return finish(resultsBlocks(card), card, sharedBy);
    case 'compare':
      return finish(compareBlocks(card), card, sharedBy);
    case 'sources':
      return finish(sourcesBlocks(card), card, sharedBy);
    case 'help':
      return finish(helpBlocks(card), card, sharedBy);
    case 'error': {
      const text = `:warning: ${clip(unping(escapeMrkdwn(card.message)), SLACK_LIMITS.sectionText)}`;
      return { text, blocks: [section(text)] };
    }
  }
}

function echo(card: ResultsCard | CompareCard): Block {
  const where = card.page.range ? ` · ${card.page.range}` : '';
  return context([`/${escapeMrkdwn(card.command)} ${clip(inertMrkdwn(card.query), BUDGET.queryEcho)}${where}`]);
}

function resultsBlocks(card: ResultsCard): Block[] {
  const blocks: Block[] = [header(card.summary.text), echo(card)];
  for (const group of card.groups) blocks.push(...groupBlocks(group));
  if (card.noMatch.length) blocks.push(context([listLine(NOTHING_FROM, card.noMatch)]));
  if (card.offTopic) blocks.push(context([clip(inertMrkdwn(card.offTopic), SLACK_LIMITS.contextElementText)]));
  if (card.related && !card.more) {
    const compare = `/${card.related.invocation.command} ${clip(inertMrkdwn(card.query), BUDGET.queryEcho)}`;
    blocks.push(context([`${card.related.text}: \`${compare}\` shows their wordings side by side`]));
  }
  if (card.notes.length) blocks.push(context(notesElements(card.notes)));
  if (card.more) blocks.push(context([moreLine(card.more)]));
  return blocks;
}

function compareBlocks(card: CompareCard): Block[] {
  const blocks: Block[] = [header(card.summary.text), echo(card)];
  for (const group of card.groups) blocks.push(...groupBlocks(group));
  if (card.singleOutlet) blocks.push(context([escapeMrkdwn(card.singleOutlet)]));
  if (card.notes.length) blocks.push(context(notesElements(card.notes)));
  if (card.more) blocks.push(context([moreLine(card.more)]));
  return blocks;
}

/** `4 more outlets on the next page: press More`, or `… not shown` when this copy has no More. */
function moreLine(more: NonNullable<ResultsCard['more']>): string {
  return more.action ? `${more.text} on ${more.where}: press ${more.action.label}` : `${more.text} not shown`;
}

function sourcesBlocks(card: SourcesCard): Block[] {
  const blocks: Block[] = [header(`Sources: ${card.summary.text}`), context([card.stats])];
  const lines = card.rows.slice(0, BUDGET.sourcesLines).map((o) => {
    const name = `*${clip(inertMrkdwn(o.outlet), 300)}*${o.outletNote ? ` ${o.outletNote}` : ''}`;
    return `${name} · ${o.articlesText} · ${o.quotesText} · ${inertMrkdwn(o.dates)}`;
  });
  if (card.rows.length > BUDGET.sourcesLines) lines.push(`… and ${card.rows.length - BUDGET.sourcesLines} more outlets`);
  blocks.push(...chunkLines(lines).map(section));
  if (card.skipped.length) {
    const files = card.skipped.slice(0, 10).map((f) => `${inertMrkdwn(f.file)}: ${inertMrkdwn(f.reason)}`);
    if (card.skipped.length > 10) files.push(`… and ${card.skipped.length - 10} more`);
    blocks.push(section(clip(`*Skipped ${count(card.skipped.length, 'file')}:*\n${files.join('\n')}`, SLACK_LIMITS.sectionText)));
  }
  if (card.warnings.length) blocks.push(context([`${count(card.warnings.length, 'file')} loaded with warnings (see the server log)`]));
  return blocks;
}

function helpBlocks(card: HelpCard): Block[] {
  const blocks: Block[] = [header(card.summary.text)];
  const commands = card.commands.map(
    (c) => `*${escapeMrkdwn(c.path)}*  ${escapeMrkdwn(c.description)}\n      e.g. ${escapeMrkdwn(c.usage)}`,
  );
  blocks.push(...chunkLines(commands).map(section));
  const syntax = card.syntax.map((x) => `\`${escapeMrkdwn(x.example)}\`  ${escapeMrkdwn(x.meaning)}`);
  blocks.push(...chunkLines(['*Query syntax*', ...syntax]).map(section));
  blocks.push(
    context(['Mention me with your words to get the answer in a thread; mention me alone under a post to search for what it says.']),
  );
  return blocks;
}

/** Adds who shared it, the buttons, and the fallback text. */
function finish(content: Block[], card: Card, sharedBy?: string): SlackMessage {
  const blocks = [...content];
  if (sharedBy && /^[UW][A-Z0-9]{1,30}$/.test(sharedBy)) blocks.unshift(context([`Shared by <@${sharedBy}>`]));
  const buttons = card.actions.flatMap((a) => actionButton(a) ?? []);
  if (buttons.length) blocks.push({ type: 'actions', elements: buttons.slice(0, SLACK_LIMITS.actionsElements) });
  const text = card.kind === 'sources' ? `Sources: ${card.summary.text}` : card.summary.text;
  return { text: clip(unping(card.kind === 'help' ? text : escapeMrkdwn(text)), BUDGET.fallbackText), blocks };
}

/** A button carrying the encoded invocation; none when the encoding does not fit a button's value. */
function actionButton(action: Action): Button | undefined {
  if (action.disabled) return undefined;
  const value = encodeInvocation(action.invocation);
  if (value === undefined || value.length > SLACK_LIMITS.buttonValue) return undefined;
  return button(SLACK_ACTIONS[action.kind], action.label, value, action.primary);
}

function listLine(label: string, names: string[]): string {
  const render = (n: number) => {
    const rest = names.length - n;
    return `${label}: ${names.slice(0, n).map(inertMrkdwn).join(', ')}${rest ? ` and ${rest} more` : ''}`;
  };
  let n = names.length;
  while (n > 0 && render(n).length > BUDGET.lineList) n--;
  return render(n);
}

function notesElements(notes: string[]): string[] {
  const shown = notes.slice(0, BUDGET.notes).map((n) => clip(`Note: ${inertMrkdwn(n)}`, BUDGET.noteChars));
  if (notes.length > BUDGET.notes) shown.push(`… ${notes.length - BUDGET.notes} more notes`);
  return shown;
}
