/**
 * Answer → Discord message (content, embeds, buttons) in the shape of Discord's API. Pure: no
 * discord.js, no I/O; the platform adds `allowedMentions` and flags and sends it.
 *
 * Results get one embed per outlet: the outlet as title, its best article as the embed URL, the
 * excerpts with their speakers in the description, the citation in the footer. Every Discord limit
 * is respected by construction; long answers are cut at excerpt boundaries and paged by outlets.
 * Corpus and user text have Discord markdown escaped and mentions defused.
 *
 * @example
 * renderDiscord(answer, { page: 0, buttons: { customId: (action, page) => `nb:${action}:k3x9:${page}`, publish: true } })
 * // { content: '**2 quotes by Vladimir Putin about Bucha** from 2 outlets', embeds: [{ title: 'The National', … }], components: [...] }
 */
import type {
  Answer,
  CompareAnswer,
  DiffPart,
  Excerpt,
  HelpAnswer,
  OutletResult,
  ResultsAnswer,
  SourcesAnswer,
  StatementView,
} from '../answer.ts';
import { attributionWords } from './attribution.ts';
import { pageOf } from './paging.ts';

/** Discord's documented message limits. */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  url: 2048,
  buttonLabel: 80,
  customId: 100,
} as const;

/** Outlets per page of results: each of ≤ 5 embeds gets ~1,180 of the 6,000 characters (about three excerpts). */
export const OUTLETS_PER_PAGE = 5;
/** Statements per page of `/compare` and `/who`. */
export const STATEMENTS_PER_PAGE = 3;
/** Outlets per page of `/sources`. */
export const SOURCES_PER_PAGE = 20;

export interface DiscordEmbed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  author?: { name: string };
  footer?: { text: string };
  fields?: Array<{ name: string; value: string; inline?: boolean }>;
}

export interface DiscordButton {
  type: 2;
  /** 1 primary, 2 secondary. */
  style: 1 | 2;
  label: string;
  custom_id: string;
  disabled?: boolean;
}

export interface DiscordActionRow {
  type: 1;
  components: DiscordButton[];
}

export interface DiscordMessage {
  content: string;
  embeds: DiscordEmbed[];
  components: DiscordActionRow[];
}

/** `page` moves to another page of the same answer; `publish` posts an ephemeral answer publicly. */
export type ButtonAction = 'page' | 'publish';

export interface DiscordRenderOptions {
  /** 0-based page; clamped to the pages the answer has. */
  page?: number;
  /** Without it the message has no buttons (nothing to page with, or nowhere to keep the invocation). */
  buttons?: {
    customId(action: ButtonAction, page: number): string;
    /** Offer "Post publicly" (for ephemeral answers). */
    publish: boolean;
  };
}

const EMBED_BUDGET = DISCORD_LIMITS.embedTotal - 100;
const BRAND_COLOR = 0x3b82f6;
const OUTLET_COLORS = [0x2563eb, 0x059669, 0xd97706, 0x7c3aed, 0xdb2777, 0x0891b2, 0x65a30d, 0xea580c];

export function renderDiscord(answer: Answer, options: DiscordRenderOptions = {}): DiscordMessage {
  switch (answer.kind) {
    case 'results':
      return renderResults(answer, options);
    case 'sources':
      return renderSources(answer, options);
    case 'help':
      return renderHelp(answer);
    case 'compare':
      return renderCompare(answer, options);
    case 'error':
      return renderNotice(`✗ ${answer.message}`);
  }
}

/**
 * A short message the platform writes itself (expired buttons, errors). The text may hold markdown
 * (our own messages quote commands in `code`), so only mentions are defused and brackets escaped:
 * error messages echo what the user typed, which must not become a masked link (`[text](url)`).
 */
export function renderNotice(text: string): DiscordMessage {
  return { content: clip(defuseMentions(text.replace(/[[\]]/g, '\\$&')), DISCORD_LIMITS.content), embeds: [], components: [] };
}

// ---------------------------------------------------------------------------------------------
// Results

function renderResults(full: ResultsAnswer, options: DiscordRenderOptions): DiscordMessage {
  const { answer, page, pages } = pageOf(full, options.page ?? 0, OUTLETS_PER_PAGE);
  const lines = [summaryLine(full)];
  if (pages > 1) lines[0] += ` · page ${page + 1} of ${pages}`;
  if (answer.noMatch.length) lines.push(`Nothing from: ${escapeMarkdown(clip(answer.noMatch.join(', '), 500))}`);
  if (full.statements?.length) {
    const n = full.statements.length;
    lines.push(`-# Several outlets carry ${n} of these ${plural('statement', n)}: \`/compare\` shows their wordings side by side.`);
  }
  for (const note of full.notes) lines.push(`-# ${escapeMarkdown(clip(note, 400))}`);

  const perEmbed = Math.floor(EMBED_BUDGET / Math.max(1, answer.results.length));
  return {
    content: joinLines(lines, DISCORD_LIMITS.content),
    embeds: withinTotal(answer.results.slice(0, DISCORD_LIMITS.embeds).map((r) => outletEmbed(r, full.command, perEmbed))),
    components: buttonRows(page, pages, options),
  };
}

function summaryLine(a: ResultsAnswer): string {
  const what = a.command === 'quote' ? 'quote' : 'passage';
  const speaker = a.parsed.speaker ? ` by ${a.parsed.speaker}` : '';
  const topic = [...a.parsed.terms, ...a.parsed.phrases.map((p) => `"${p}"`)].join(' ');
  const about = topic ? ` about ${topic}` : '';
  if (!a.results.length) return `No ${what}s${escapeMarkdown(clip(`${speaker}${about}`, 600))} in the corpus.`;
  const outlets = `from ${a.results.length} ${plural('outlet', a.results.length)}`;
  return `**${a.total} ${plural(what, a.total)}${escapeMarkdown(clip(`${speaker}${about}`, 600))}** ${outlets}`;
}

/** One outlet: title and URL from its best article, excerpts in the description, citation in the footer. */
function outletEmbed(r: OutletResult, command: ResultsAnswer['command'], budget: number): DiscordEmbed {
  const first = r.excerpts[0];
  const title = fitEscaped(r.outletKnown ? r.outlet : `${r.outlet} (no outlet metadata)`, DISCORD_LIMITS.title);
  const footer = first ? plainText(clip(citation(first), 300)) : undefined;
  const room = Math.min(DISCORD_LIMITS.description, budget - title.length - (footer?.length ?? 0));

  const blocks: string[] = [];
  let used = 0;
  let shown = 0;
  for (const e of r.excerpts) {
    const sameArticle = e.article === first?.article;
    const block = excerptBlock(e, sameArticle, e.text.length);
    const separator = blocks.length ? 2 : 0;
    const left = room - used - separator - MORE_LINE_ROOM;
    if (block.length <= left) {
      blocks.push(block);
      used += separator + block.length;
      shown++;
    } else if (!blocks.length) {
      blocks.push(fitExcerpt(e, sameArticle, left));
      shown++;
      break;
    } else {
      break;
    }
  }
  const more = r.more + (r.excerpts.length - shown);
  if (more) {
    const what = command === 'quote' ? 'quote' : 'passage';
    blocks.push(`-# … ${more} more ${plural(what, more)} from this outlet (use the \`limit\` option to see more)`);
  }
  const embed: DiscordEmbed = { title, color: outletColor(r.outlet), description: blocks.join('\n\n') || '…' };
  const url = safeUrl(r.url);
  if (url) embed.url = url;
  if (footer) embed.footer = { text: footer };
  return embed;
}

/** Room kept for the "… N more" line under the excerpts. */
const MORE_LINE_ROOM = 90;

/** `> “text”` then `— **Speaker** (Mr Putin said) · ¶7`, plus the citation when not the embed's article. */
function excerptBlock(e: Excerpt, sameArticle: boolean, keep: number): string {
  const cut = keep < e.text.length;
  const marked = markedMarkdown(e.text.slice(0, keep), e.marks, keep);
  const body = `${marked}${cut ? '…' : ''}`;
  const quote = e.isQuote ? `> “${body}”` : `> ${body}`;
  const parts: string[] = [];
  if (e.speaker) {
    const how = attributionWords(e);
    parts.push(`— **${escapeMarkdown(clip(e.speaker, 100))}**${how ? ` (${escapeMarkdown(clip(how, 100))})` : ''}`);
  }
  parts.push(`¶${e.paragraph}`);
  if (!sameArticle) parts.push(articleLink(e));
  return `${quote}\n${parts.join(' · ')}`;
}

/** The longest cut of the excerpt (at a word boundary when it can) whose block fits in `room`. */
function fitExcerpt(e: Excerpt, sameArticle: boolean, room: number): string {
  let low = 0;
  let high = e.text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (excerptBlock(e, sameArticle, safeCut(e.text, mid)).length <= room) low = mid;
    else high = mid - 1;
  }
  const space = e.text.lastIndexOf(' ', low);
  const keep = space > low * 0.6 ? space : safeCut(e.text, low);
  const block = excerptBlock(e, sameArticle, keep);
  return block.length <= room ? block : fitEscaped(e.text, Math.max(1, room));
}

function articleLink(e: Excerpt): string {
  const text = escapeMarkdown(clip(e.headline, 150));
  const url = safeUrl(e.url);
  const date = e.published?.slice(0, 10);
  return `${url && text ? `[${text}](${url.replace(/\)/g, '%29')})` : text}${date ? ` · ${escapeMarkdown(date)}` : ''}`;
}

function citation(e: Excerpt): string {
  return [e.headline || e.article, e.published?.slice(0, 10) ?? 'undated', `¶${e.paragraph}`].join(' · ');
}

/** Escaped text with the marked ranges in bold; ranges are clipped to the first `keep` characters. */
function markedMarkdown(text: string, marks: ReadonlyArray<[number, number]>, keep: number): string {
  let out = '';
  let at = 0;
  for (const [rawStart, rawEnd] of [...marks].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, safeCut(text, Math.min(rawStart, keep, text.length)));
    const end = safeCut(text, Math.min(rawEnd, keep, text.length));
    if (end <= start) continue;
    out += escapeMarkdown(text.slice(at, start)) + `**${escapeMarkdown(text.slice(start, end))}**`;
    at = end;
  }
  return out + escapeMarkdown(text.slice(at));
}

// ---------------------------------------------------------------------------------------------
// Compare and who

function renderCompare(a: CompareAnswer, options: DiscordRenderOptions): DiscordMessage {
  const pages = Math.max(1, Math.ceil(a.statements.length / STATEMENTS_PER_PAGE));
  const page = clampPage(options.page, pages);
  const statements = a.statements.slice(page * STATEMENTS_PER_PAGE, (page + 1) * STATEMENTS_PER_PAGE);
  const by = a.speaker ? ` by ${a.speaker}` : '';
  const query = fitEscaped(a.query, 600);
  const lines: string[] = [];
  if (!a.statements.length) {
    const single = a.singleOutlet ? ` (${a.singleOutlet} matching ${plural('statement', a.singleOutlet)} carried by one outlet only)` : '';
    lines.push(`No statement${escapeMarkdown(clip(by, 200))} matching "${query}" is carried by several outlets${single}.`);
  } else if (a.command === 'who') {
    lines.push(`**Who said "${query}":** ${fitEscaped([...new Set(a.statements.map((st) => st.speaker))].join(', '), 600)}`);
  } else {
    const single = a.singleOutlet ? ` (${a.singleOutlet} more carried by one outlet only)` : '';
    lines.push(
      `**${a.statements.length} ${plural('statement', a.statements.length)}${escapeMarkdown(clip(by, 200))} matching "${query}"** carried by several outlets${single}`,
    );
  }
  if (pages > 1) lines[0] += ` · page ${page + 1} of ${pages}`;
  for (const note of a.notes) lines.push(`-# ${escapeMarkdown(clip(note, 400))}`);
  const perEmbed = Math.floor(EMBED_BUDGET / Math.max(1, statements.length));
  return {
    content: joinLines(lines, DISCORD_LIMITS.content),
    embeds: withinTotal(statements.map((st) => statementEmbed(st, perEmbed))),
    components: buttonRows(page, pages, options),
  };
}

/** One statement: each wording with its outlets, the differences against the first wording marked. */
function statementEmbed(st: StatementView, budget: number): DiscordEmbed {
  const title = fitEscaped(
    `${st.speaker} · ${st.outlets.length} ${plural('outlet', st.outlets.length)} · match: ${st.confidenceLabel}`,
    DISCORD_LIMITS.title,
  );
  const f = st.firstReported;
  const undated = f?.undatedOutlets.length ? `; undated: ${f.undatedOutlets.join(', ')}` : '';
  const footer = f
    ? plainText(clip(`First reported by ${f.outlet}, ${f.published.slice(0, 10)}${undated} · ${f.headline}`, 300))
    : undefined;
  const room = Math.min(DISCORD_LIMITS.description, budget - title.length - (footer?.length ?? 0)) - MORE_LINE_ROOM;

  const blocks = [
    ...st.variants.map((v) => {
      const label = v.outlets.length > 1 ? `${v.outlets.join(', ')}: identical` : (v.outlets[0] ?? '');
      const tag = v.isBase ? (v.isPartial ? 'first wording' : 'first full wording') : v.isPartial ? 'partial quote' : '';
      const cites = v.citations.map((c) => `¶${c.paragraph}`).join(', ');
      const head = `**${fitEscaped(label, 300)}**${[tag, cites].filter(Boolean).length ? ` · ${[tag, cites].filter(Boolean).join(' · ')}` : ''}`;
      const full = `${head}\n> “${v.diff.length ? diffMarkdown(v.diff) : escapeMarkdown(v.text)}”`;
      return { full, plain: (room: number) => `${head}\n> “${fitEscaped(v.text, Math.max(1, room - head.length - 6))}”` };
    }),
    ...st.paraphrases.map((p) => {
      const head = `**${fitEscaped(p.outlet, 300)}** · paraphrase · ¶${p.paragraph}`;
      return {
        full: `${head}\n> ${escapeMarkdown(p.sentence)}`,
        plain: (room: number) => `${head}\n> ${fitEscaped(p.sentence, Math.max(1, room - head.length - 4))}`,
      };
    }),
  ];
  const shown: string[] = [];
  let used = 0;
  for (const block of blocks) {
    const separator = shown.length ? 2 : 0;
    const left = room - used - separator;
    const text = block.full.length <= left ? block.full : shown.length ? undefined : block.plain(left);
    if (text === undefined || text.length > left) break;
    shown.push(text);
    used += separator + text.length;
  }
  if (shown.length < blocks.length)
    shown.push(`-# … ${blocks.length - shown.length} more ${plural('wording', blocks.length - shown.length)} not shown`);
  const embed: DiscordEmbed = { title, color: BRAND_COLOR, description: shown.join('\n\n') || '…' };
  const url = safeUrl(f?.url);
  if (url) embed.url = url;
  if (footer) embed.footer = { text: footer };
  return embed;
}

/** Removed words struck through, added words underlined; each part escaped on its own. */
function diffMarkdown(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => {
      const text = escapeMarkdown(p.text);
      if (p.op === 'same' || !text.trim()) return text;
      const lead = text.match(/^ */)?.[0] ?? '';
      const trail = text.match(/ *$/)?.[0] ?? '';
      const core = text.trim();
      return `${lead}${p.op === 'added' ? `__${core}__` : `~~${core}~~`}${trail}`;
    })
    .join('');
}

// ---------------------------------------------------------------------------------------------
// Sources

function renderSources(a: SourcesAnswer, options: DiscordRenderOptions): DiscordMessage {
  const pages = Math.max(1, Math.ceil(a.outlets.length / SOURCES_PER_PAGE));
  const page = clampPage(options.page, pages);
  const outlets = a.outlets.slice(page * SOURCES_PER_PAGE, (page + 1) * SOURCES_PER_PAGE);
  const summary =
    `**${a.articles} ${plural('article', a.articles)} from ${a.outlets.length} ${plural('outlet', a.outlets.length)}**` +
    ` · ${a.quotes} quotes by ${a.speakers} speakers · ${a.passages} passages` +
    (pages > 1 ? ` · page ${page + 1} of ${pages}` : '');

  const rows = outlets.map((o) => {
    const name = escapeMarkdown(clip(o.outletKnown ? o.outlet : `${o.outlet} (no metadata)`, 100));
    const dates = o.from ? (o.from === o.to ? o.from : `${o.from} – ${o.to}`) : 'undated';
    return `**${name}** — ${o.articles} ${plural('article', o.articles)} · ${o.quotes} quotes · ${escapeMarkdown(clip(dates, 40))}`;
  });
  const description = joinLines(rows.length ? rows : ['No articles are loaded.'], SOURCES_DESCRIPTION_MAX);
  const embed: DiscordEmbed = { title: 'Outlets', color: BRAND_COLOR, description };
  const fields: NonNullable<DiscordEmbed['fields']> = [];
  if (page === pages - 1 && a.skipped.length)
    fields.push(fileListField(`Skipped ${a.skipped.length} ${plural('file', a.skipped.length)}`, a.skipped));
  if (page === pages - 1 && a.warnings.length)
    fields.push(fileListField(`Loaded with ${a.warnings.length} ${plural('warning', a.warnings.length)}`, a.warnings));
  if (fields.length) embed.fields = fields;
  return { content: summary, embeds: withinTotal([embed]), components: buttonRows(page, pages, options) };
}

/** Leaves room in the 6,000 characters for the two file-list fields. */
const SOURCES_DESCRIPTION_MAX = 3500;

function fileListField(name: string, files: ReadonlyArray<{ file: string; reason: string }>): { name: string; value: string } {
  const lines = files.map((f) => `${escapeMarkdown(clip(f.file, 120))}: ${escapeMarkdown(clip(f.reason, 200))}`);
  return field(name, joinLines(lines, DISCORD_LIMITS.fieldValue));
}

/** A field; Discord rejects an empty name or value, so blanks become a dash. */
function field(name: string, value: string): { name: string; value: string } {
  return { name: name.trim() ? name : '—', value: value.trim() ? value : '—' };
}

// ---------------------------------------------------------------------------------------------
// Help

function renderHelp(a: HelpAnswer): DiscordMessage {
  const commandFields = a.commands
    .slice(0, DISCORD_LIMITS.fields)
    .map((c) =>
      field(fitEscaped(`/${c.name}`, DISCORD_LIMITS.fieldName), `${fitEscaped(c.description, 600)}\n${codeSpan(clip(c.usage, 300))}`),
    );
  const syntaxFields = a.syntax
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

// ---------------------------------------------------------------------------------------------
// Buttons

function buttonRows(page: number, pages: number, options: DiscordRenderOptions): DiscordActionRow[] {
  const ids = options.buttons;
  if (!ids) return [];
  const buttons: DiscordButton[] = [];
  if (pages > 1) {
    buttons.push({ type: 2, style: 2, label: '◀ Previous', custom_id: ids.customId('page', Math.max(0, page - 1)), disabled: page === 0 });
    buttons.push({
      type: 2,
      style: 2,
      label: 'Next ▶',
      custom_id: ids.customId('page', Math.min(pages - 1, page + 1)),
      disabled: page === pages - 1,
    });
  }
  if (ids.publish) buttons.push({ type: 2, style: 1, label: 'Post publicly', custom_id: ids.customId('publish', page) });
  return buttons.length ? [{ type: 1, components: buttons }] : [];
}

// ---------------------------------------------------------------------------------------------
// Text safety

/**
 * Escapes Discord markdown (`\ * _ ~ \` | [ ]`, and `# > - 1.` where they would start a line) and
 * defuses mentions, so corpus text renders as written. Newlines become spaces.
 */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const escaped = flat.replace(/[\\*_~`|[\]]/g, '\\$&').replace(/^([#>-]|\d+\.)/, '\\$1');
  return defuseMentions(escaped);
}

/**
 * Breaks every mention and mention-like syntax (`@everyone`, `@here`, `<@id>`, `<@&id>`, `<#id>`,
 * `</cmd:id>`, `<t:…>`, `<:emoji:id>`) with an invisible zero-width space. `allowedMentions` already
 * stops pings; this also stops them rendering as mentions.
 */
export function defuseMentions(text: string): string {
  return text.replace(/@(?=everyone|here)/gi, '@\u200b').replace(/<(?=[@#/:]|a:|t:|id:)/g, '<\u200b');
}

/** Escaped text of at most `max` characters: cuts the raw text (so no escape or mark is split), then escapes. */
function fitEscaped(text: string, max: number): string {
  let keep = Math.min(text.length, max);
  let out = escapeMarkdown(clip(text, keep));
  while (out.length > max && keep > 1) {
    keep = Math.max(1, keep - Math.max(1, out.length - max));
    out = escapeMarkdown(clip(text, keep));
  }
  return out.length <= max ? out : '…';
}

/**
 * The last guard on the 6,000 characters a message's embeds may hold: drops whole fields from the
 * end (then whole embeds), never cutting through formatting. Renderers budget so this rarely acts.
 */
function withinTotal(embeds: DiscordEmbed[]): DiscordEmbed[] {
  const out = embeds.slice(0, DISCORD_LIMITS.embeds).map((e) => ({ ...e, fields: e.fields?.slice(0, DISCORD_LIMITS.fields) }));
  while (out.length && embedChars(out) > DISCORD_LIMITS.embedTotal) {
    const last = out[out.length - 1]!;
    if (last.fields?.length) last.fields = last.fields.slice(0, -1);
    else out.pop();
  }
  return out.map((e) => (e.fields ? e : withoutFields(e)));
}

function withoutFields(e: DiscordEmbed): DiscordEmbed {
  const { fields: _fields, ...rest } = e;
  return rest;
}

/** The characters Discord counts towards the 6,000 per message. */
export function embedChars(embeds: readonly DiscordEmbed[]): number {
  let n = 0;
  for (const e of embeds) {
    n += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
    for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  }
  return n;
}

/** For plain-text places (footer, author): no markdown there, but mentions still defused. */
function plainText(text: string): string {
  return defuseMentions(text.replace(/\s+/g, ' ').trim());
}

/** An inline code span; backticks inside would end it, so they become quotes. */
/** Inline code; backticks and backslashes are swapped for look-alikes, so nothing can close the span early. */
function codeSpan(text: string): string {
  return `\`${defuseMentions(text.replace(/`/g, "'").replace(/\\/g, '⧵').replace(/\s+/g, ' '))}\``;
}

/** Only absolute http(s) URLs Discord will accept; anything else is left out rather than rejected by the API. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.href.length <= DISCORD_LIMITS.url ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Cuts `text` to at most `max` characters with `…`, never inside a surrogate pair or after a lone `\`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = safeCut(text, Math.max(0, max - 1));
  while (cut > 0 && text[cut - 1] === '\\') cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return at > 0 && code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** Joins whole lines up to `max` characters; lines that don't fit are replaced by one `…` line. */
function joinLines(lines: string[], max: number): string {
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const extra = (out.length ? 1 : 0) + line.length;
    const reserve = i < lines.length - 1 ? 2 : 0;
    if (used + extra + reserve > max) {
      if (!out.length) return clip(line, max);
      out.push('…');
      break;
    }
    out.push(line);
    used += extra;
  }
  return out.join('\n');
}

function clampPage(page: number | undefined, pages: number): number {
  return Math.min(Math.max(0, Math.floor(page ?? 0)), pages - 1);
}

function outletColor(outlet: string): number {
  let hash = 0;
  for (const ch of outlet) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return OUTLET_COLORS[hash % OUTLET_COLORS.length] ?? BRAND_COLOR;
}

function plural(word: string, n: number): string {
  return n === 1 ? word : `${word}s`;
}
