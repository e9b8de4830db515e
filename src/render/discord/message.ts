/**
 * Card → Discord message: the content line (summary, page, notes), one embed per group, and the
 * buttons. Buttons keep a short custom id (`nb:page:<id>:<page>`): a custom id holds only 100
 * characters, so the invocation stays with the platform, which names it with an id.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
} from 'discord-api-types/v10';
import type { Invocation } from '../../../commands/invocation.ts';
import type { Action, Card, CompareCard, HelpCard, ResultsCard, SourcesCard } from '../../present/view.ts';
import { count, NOTHING_FROM } from '../../present/words.ts';
import { stripInvisible } from '../../text/invisible.ts';
import { outletEmbed, statementEmbed } from './embeds.ts';
import { clip, codeSpan, defuseLinks, defuseMentions, escapeMarkdown, fitEscaped, joinLines, withinTotal } from './escape.ts';
import { BRAND_COLOR, DISCORD_LIMITS, EMBED_BUDGET, SOURCES_DESCRIPTION_MAX } from './limits.ts';

/** A button this renderer writes: always labelled, always with a custom id. */
export type DiscordButton = APIButtonComponentWithCustomId & { label: string };
export type ActionRow = APIActionRowComponent<DiscordButton>;

export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: ActionRow[];
}

/** `page` moves to another page of the same answer; `publish` posts an ephemeral answer publicly. */
export type ButtonAction = 'page' | 'publish';

/** The id the platform keeps an invocation under (without its page), asked once per message. */
export type InvocationId = (invocation: Invocation) => string;

export function cardMessage(card: Card, idOf: InvocationId | undefined): DiscordMessage {
  switch (card.kind) {
    case 'results':
      return { ...resultsMessage(card), components: buttonRows(card.actions, idOf) };
    case 'compare':
      return { ...compareMessage(card), components: buttonRows(card.actions, idOf) };
    case 'sources':
      return { ...sourcesMessage(card), components: buttonRows(card.actions, idOf) };
    case 'help':
      return helpMessage(card);
    case 'error':
      return notice(`✗ ${card.message}`);
  }
}

/**
 * A short message the platform writes itself (expired buttons, errors). The text may hold markdown
 * (our own messages quote commands in `code`), so only mentions and links are defused and brackets
 * escaped: error messages echo what the user typed, which must not become a link (`[text](url)`,
 * `https://…`).
 */
export function notice(text: string): DiscordMessage {
  // Backslashes before a bracket are doubled too, or `\]` would become `\\]`: a literal backslash, then a live bracket.
  const inert = stripInvisible(text).replace(/(\\*)([[\]])/g, (_, slashes: string, bracket: string) => `${slashes}${slashes}\\${bracket}`);
  // Links are broken outside code spans only (inside one nothing is live, and an example stays copyable).
  // Clip first: a cut that drops a closing backtick would otherwise leave a kept link outside any span.
  const max = DISCORD_LIMITS.content;
  const unlinked = outsideCodeSpans(clip(inert, max), defuseLinks);
  const content = defuseMentions(unlinked);
  // Breaking links added characters past the limit: cut again with every link broken, spans or not.
  return { content: content.length <= max ? content : clip(defuseMentions(defuseLinks(inert)), max), embeds: [], components: [] };
}

/**
 * Applies `change` to the text outside Discord code spans, keeping each span as written. Only a sure
 * span is kept: one backtick that no odd run of backslashes escapes (Discord's escape rule comes
 * first, so `` \` `` opens nothing), text with no backtick, one closing backtick, and no backtick
 * touching either end (runs of backticks follow other rules). Anything else counts as outside: at
 * worst a link inside an unusual span is broken too, never a live one left outside a span.
 *
 * @example
 * outsideCodeSpans('see `a:/b` \\`c:/d`', defuseLinks) // → the first span kept, the escaped one's `c:/d` broken
 */
export function outsideCodeSpans(text: string, change: (part: string) => string): string {
  let out = '';
  let from = 0;
  let at = text.indexOf('`');
  while (at >= 0) {
    const close = text.indexOf('`', at + 1);
    if (close < 0) break;
    let slashes = 0;
    while (at - slashes - 1 >= from && text[at - slashes - 1] === '\\') slashes++;
    const sure = slashes % 2 === 0 && text[at - 1] !== '`' && close > at + 1 && text[close + 1] !== '`';
    if (!sure) {
      at = close;
      continue;
    }
    out += change(text.slice(from, at)) + text.slice(at, close + 1);
    from = close + 1;
    at = text.indexOf('`', from);
  }
  return out + change(text.slice(from));
}

/** `**lead** rest`, or the empty sentence with a full stop; then the page. */
function summaryLine(card: ResultsCard | CompareCard | SourcesCard, aside = ''): string {
  const { lead, rest, empty } = card.summary;
  const more = aside ? ` (${aside})` : '';
  const line = empty
    ? `${fitEscaped(lead, 1200)}${more}.`
    : `**${fitEscaped(lead, 1200)}**${rest ? ` ${fitEscaped(rest, 600)}` : ''}${more}`;
  return card.page.label ? `${line} · ${card.page.label}` : line;
}

function resultsMessage(card: ResultsCard): Omit<DiscordMessage, 'components'> {
  const lines = [summaryLine(card)];
  if (card.noMatch.length) lines.push(`${NOTHING_FROM}: ${escapeMarkdown(clip(card.noMatch.join(', '), 500))}`);
  if (card.offTopic) lines.push(escapeMarkdown(clip(card.offTopic, 500)));
  if (card.related) lines.push(`-# ${card.related.text}: \`/${card.related.invocation.command}\` shows their wordings side by side.`);
  for (const note of card.notes) lines.push(`-# ${escapeMarkdown(clip(note, 400))}`);
  const perEmbed = Math.floor(EMBED_BUDGET / Math.max(1, card.groups.length));
  return {
    content: joinLines(lines, DISCORD_LIMITS.content),
    embeds: withinTotal(card.groups.slice(0, DISCORD_LIMITS.embeds).map((g) => outletEmbed(g, perEmbed))),
  };
}

function compareMessage(card: CompareCard): Omit<DiscordMessage, 'components'> {
  const lines = [summaryLine(card, card.command === 'who' && !card.summary.empty ? '' : card.singleOutlet)];
  for (const note of card.notes) lines.push(`-# ${escapeMarkdown(clip(note, 400))}`);
  const perEmbed = Math.floor(EMBED_BUDGET / Math.max(1, card.groups.length));
  return {
    content: joinLines(lines, DISCORD_LIMITS.content),
    embeds: withinTotal(card.groups.map((g) => statementEmbed(g, perEmbed))),
  };
}

function sourcesMessage(card: SourcesCard): Omit<DiscordMessage, 'components'> {
  const page = card.page.label ? ` · ${card.page.label}` : '';
  const content = `**${escapeMarkdown(card.summary.text)}** · ${card.stats}${page}`;
  const rows = card.rows.map(
    (o) => `**${escapeMarkdown(clip(o.outletLabel, 100))}** — ${o.articlesText} · ${o.quotesText} · ${escapeMarkdown(clip(o.dates, 40))}`,
  );
  const description = joinLines(rows.length ? rows : ['No articles are loaded.'], SOURCES_DESCRIPTION_MAX);
  const embed: APIEmbed = { title: 'Outlets', color: BRAND_COLOR, description };
  const fields: NonNullable<APIEmbed['fields']> = [];
  if (card.skipped.length) fields.push(fileListField(`Skipped ${count(card.skipped.length, 'file')}`, card.skipped));
  if (card.warnings.length) fields.push(fileListField(`Loaded with ${count(card.warnings.length, 'warning')}`, card.warnings));
  if (fields.length) embed.fields = fields;
  return { content, embeds: withinTotal([embed]) };
}

function fileListField(name: string, files: ReadonlyArray<{ file: string; reason: string }>): { name: string; value: string } {
  const lines = files.map((f) => `${escapeMarkdown(clip(f.file, 120))}: ${escapeMarkdown(clip(f.reason, 200))}`);
  return field(name, joinLines(lines, DISCORD_LIMITS.fieldValue));
}

/** A field; Discord rejects an empty name or value, so blanks become a dash. */
function field(name: string, value: string): { name: string; value: string } {
  return { name: name.trim() ? name : '—', value: value.trim() ? value : '—' };
}

function helpMessage(card: HelpCard): DiscordMessage {
  const commandFields = card.commands
    .slice(0, DISCORD_LIMITS.fields)
    .map((c) => field(fitEscaped(c.path, DISCORD_LIMITS.fieldName), `${fitEscaped(c.description, 600)}\n${codeSpan(clip(c.usage, 300))}`));
  const syntaxFields = card.syntax
    .slice(0, DISCORD_LIMITS.fields)
    .map((x) => field(codeSpan(clip(x.example, 200)), fitEscaped(x.meaning, DISCORD_LIMITS.fieldValue)));
  return {
    content: '',
    embeds: withinTotal([
      {
        title: 'Commands',
        color: BRAND_COLOR,
        description:
          'Each answer shows every outlet side by side, with its sources. Add `ephemeral: True` to see an answer alone, or mention the bot with your words in a channel or thread.',
        fields: commandFields,
      },
      { title: 'Query syntax', color: BRAND_COLOR, fields: syntaxFields },
    ]),
    components: [],
  };
}

/** The card's actions as buttons; none without a way to name the invocation. */
function buttonRows(actions: readonly Action[], idOf: InvocationId | undefined): ActionRow[] {
  if (!idOf || !actions.length) return [];
  let id: string | undefined;
  const buttons = actions.map((a): DiscordButton => {
    id ??= idOf({ command: a.invocation.command, options: a.invocation.options });
    const kind: ButtonAction = a.kind === 'share' ? 'publish' : 'page';
    return {
      type: ComponentType.Button,
      style: a.primary ? ButtonStyle.Primary : ButtonStyle.Secondary,
      label: clip(stripInvisible(a.label), DISCORD_LIMITS.buttonLabel),
      custom_id: discordCustomId(kind, id, a.invocation.page ?? 0),
      ...(a.kind === 'page' ? { disabled: a.disabled ?? false } : {}),
    };
  });
  return [{ type: ComponentType.ActionRow, components: buttons.slice(0, 5) }];
}

/** `nb:page:Zk3x9QaB:2`: well under Discord's 100 characters. */
export function discordCustomId(action: ButtonAction, id: string, page: number): string {
  return `nb:${action}:${id}:${page}`;
}
