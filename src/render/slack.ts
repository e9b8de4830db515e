/**
 * Answer → Slack Block Kit message. Pure: the same answer and options always give the same message.
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
 * renderSlack(answer, { share: true })
 * // → { text: '3 quotes by Vladimir Putin about bucha from 2 outlets', blocks: [header, context, section, …, actions] }
 */
import type {
  Answer,
  Citation,
  CompareAnswer,
  Excerpt,
  HelpAnswer,
  OutletResult,
  ResultsAnswer,
  SourcesAnswer,
  StatementView,
  Variant,
} from '../answer.ts';
import { attributionWords } from './attribution.ts';
import { pageOf } from './paging.ts';

/** Slack's documented maximums for what this renderer produces. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  headerText: 150,
  sectionText: 3000,
  contextElements: 10,
  contextElementText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  messageText: 40_000,
} as const;

/** This renderer's own budgets, well inside Slack's limits so a message is never rejected. */
const BUDGET = {
  /** Blocks for outlets (or statements) on one page; the rest of the 50 is for header, footer and buttons. */
  groupBlocks: 40,
  /** Characters of outlet (or statement) text on one page. */
  groupChars: 12_000,
  excerptChars: 1_200,
  excerptsPerOutlet: 5,
  variantsPerStatement: 5,
  paraphrasesPerStatement: 3,
  paraphraseChars: 400,
  citationChars: 600,
  headline: 200,
  queryEcho: 300,
  lineList: 1_500,
  notes: 3,
  noteChars: 500,
  sourcesLines: 120,
  fallbackText: 3_000,
} as const;

export const SLACK_ACTIONS = { share: 'newsroom_share', more: 'newsroom_more' } as const;

/** What a "Share" or "More" button carries: enough to run the command again and show one page. */
export interface ActionValue {
  command: string;
  query: string;
  /** 0-based page to show. */
  page: number;
}

export interface MrkdwnText {
  type: 'mrkdwn';
  text: string;
  verbatim: true;
}

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji: boolean;
}

export interface Button {
  type: 'button';
  action_id: string;
  text: PlainText;
  value: string;
  style?: 'primary';
}

export type Block =
  | { type: 'header'; text: PlainText }
  | { type: 'section'; text: MrkdwnText }
  | { type: 'context'; elements: MrkdwnText[] }
  | { type: 'divider' }
  | { type: 'actions'; elements: Button[] };

export interface SlackMessage {
  /** Notification and accessibility fallback (mrkdwn, escaped). */
  text: string;
  blocks: Block[];
}

export interface SlackRenderOptions {
  /** 0-based page of outlets to show (results only). */
  page?: number;
  /** Adds a "Share in channel" button (for ephemeral answers). */
  share?: boolean;
  /** Adds a "More" button when outlets remain past this page. Default true. */
  more?: boolean;
  /** Slack user id of who shared the answer, shown above it. */
  sharedBy?: string;
}

export function renderSlack(answer: Answer, options: SlackRenderOptions = {}): SlackMessage {
  switch (answer.kind) {
    case 'results':
      return renderResults(answer, options);
    case 'sources':
      return finish(renderSources(answer), answer, options, 0);
    case 'help':
      return finish(renderHelp(answer), answer, options, 0);
    case 'compare':
      return renderCompare(answer, options);
    case 'error': {
      const text = `:warning: ${clip(escapeMrkdwn(unping(answer.message)), SLACK_LIMITS.sectionText)}`;
      return { text, blocks: [section(text)] };
    }
  }
}

/**
 * `&`, `<` and `>` as Slack wants them in any text field, so none of them starts a mention or link;
 * a lone surrogate (broken UTF-16) becomes U+FFFD.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const FORMATTING_LOOKALIKES: Record<string, string> = { '*': '∗', _: 'ˍ', '~': '∼', '`': 'ˋ' };

/**
 * Corpus text made inert in mrkdwn: one line, formatting characters swapped for look-alikes, and a
 * word joiner after the `@` of `@here`/`@channel`/`@everyone`; then escaped.
 */
export function inertMrkdwn(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const unformatted = oneLine.replace(/[*_~`]/g, (c) => FORMATTING_LOOKALIKES[c] ?? c);
  return escapeMrkdwn(unping(unformatted));
}

/** A word joiner after the `@` of `@here`, `@channel` and `@everyone`, so no client can read them as a broadcast. */
export function unping(text: string): string {
  return text.replace(/@(?=(here|channel|everyone)\b)/gi, '@\u2060');
}

export function encodeActionValue(value: ActionValue): string {
  return JSON.stringify(value);
}

/** A rendered answer before the buttons are added. */
interface Content {
  blocks: Block[];
  text: string;
  /** The page "More" shows, when there is one. */
  nextPage?: number;
}

function renderResults(a: ResultsAnswer, options: SlackRenderOptions): SlackMessage {
  const groups = a.results.map(outletBlocks);
  const shown = pageOf(a, options.page ?? 0, groupsPerPage(groups));
  const perPage = groupsPerPage(groups);
  const first = shown.page * perPage;

  const summary = resultsSummary(a);
  const blocks: Block[] = [header(summary)];
  const where = shown.pages > 1 ? ` · outlets ${first + 1}–${first + shown.answer.results.length} of ${a.results.length}` : '';
  blocks.push(context([`/${escapeMrkdwn(a.command)} ${clip(inertMrkdwn(a.query), BUDGET.queryEcho)}${where}`]));
  for (const group of groups.slice(first, first + shown.answer.results.length)) blocks.push(...group);
  if (shown.answer.noMatch.length) blocks.push(context([listLine('Nothing from', shown.answer.noMatch)]));
  if (a.statements?.length && !shown.remainingOutlets) {
    const n = a.statements.length;
    blocks.push(
      context([
        `${n} ${plural('statement', n)} here ${n === 1 ? 'is' : 'are'} carried by several outlets: \`/compare ${clip(inertMrkdwn(a.query), BUDGET.queryEcho)}\` shows the wordings side by side`,
      ]),
    );
  }
  if (a.notes.length) blocks.push(context(notesElements(a.notes)));
  if (shown.remainingOutlets) {
    const outlets = `${shown.remainingOutlets} more ${plural('outlet', shown.remainingOutlets)}`;
    blocks.push(
      context([
        options.more === false
          ? `${outlets} not shown`
          : `${outlets} on the next ${plural('page', shown.pages - shown.page - 1)}: press More`,
      ]),
    );
  }
  const content: Content = { blocks, text: escapeMrkdwn(summary), nextPage: shown.remainingOutlets ? shown.page + 1 : undefined };
  return finish(content, a, options, shown.page);
}

/** How many groups (outlets, statements) fit on one page: the widest group decides, so pages are stable. */
function groupsPerPage(groups: Block[][]): number {
  const widest = Math.max(1, ...groups.map((g) => g.length));
  const longest = Math.max(1, ...groups.map(blocksChars));
  return Math.max(1, Math.min(Math.floor(BUDGET.groupBlocks / widest), Math.floor(BUDGET.groupChars / longest)));
}

function renderCompare(a: CompareAnswer, options: SlackRenderOptions): SlackMessage {
  const by = a.speaker ? ` by ${a.speaker}` : '';
  let summary: string;
  if (!a.statements.length) summary = `No statement${by} matching "${a.query}" is carried by several outlets`;
  else if (a.command === 'who') summary = `Who said "${a.query}": ${[...new Set(a.statements.map((st) => st.speaker))].join(', ')}`;
  else summary = `${a.statements.length} ${plural('statement', a.statements.length)}${by} carried by several outlets`;

  const groups = a.statements.map(statementBlocks);
  const perPage = groupsPerPage(groups);
  const pages = Math.max(1, Math.ceil(groups.length / perPage));
  const page = Math.min(Math.max(0, Math.floor(options.page ?? 0)), pages - 1);
  const first = page * perPage;
  const shown = groups.slice(first, first + perPage);
  const remaining = Math.max(0, groups.length - first - shown.length);

  const blocks: Block[] = [header(summary)];
  const where = pages > 1 ? ` · statements ${first + 1}–${first + shown.length} of ${groups.length}` : '';
  blocks.push(context([`/${escapeMrkdwn(a.command)} ${clip(inertMrkdwn(a.query), BUDGET.queryEcho)}${where}`]));
  for (const group of shown) blocks.push(...group);
  if (a.singleOutlet)
    blocks.push(context([`${a.singleOutlet} more matching ${plural('statement', a.singleOutlet)} carried by one outlet only`]));
  if (a.notes.length) blocks.push(context(notesElements(a.notes)));
  if (remaining) {
    const more = `${remaining} more ${plural('statement', remaining)}`;
    blocks.push(
      context([options.more === false ? `${more} not shown` : `${more} on the next ${plural('page', pages - page - 1)}: press More`]),
    );
  }
  return finish({ blocks, text: escapeMrkdwn(summary), nextPage: remaining ? page + 1 : undefined }, a, options, page);
}

/** One statement: who and how sure, then each wording (as a quote, differences marked) and its outlets. */
function statementBlocks(st: StatementView): Block[] {
  const first = st.firstReported
    ? ` · first reported by ${clip(inertMrkdwn(st.firstReported.outlet), 200)} (${inertMrkdwn(st.firstReported.published.slice(0, 10))})`
    : '';
  const blocks: Block[] = [
    section(
      `*${clip(inertMrkdwn(st.speaker), 200)}* · ${st.outlets.length} ${plural('outlet', st.outlets.length)} · match: ${st.confidenceLabel} (${st.confidence.toFixed(2)})${first}`,
    ),
  ];
  const variants = st.variants.slice(0, BUDGET.variantsPerStatement);
  for (const v of variants) {
    blocks.push(section(`>“${variantText(v)}”`));
    blocks.push(context([variantCitation(v)]));
  }
  const hidden = st.variants.length - variants.length;
  const paraphrases = st.paraphrases
    .slice(0, BUDGET.paraphrasesPerStatement)
    .map(
      (p) =>
        `*${clip(inertMrkdwn(p.outlet), 200)}* (paraphrase · ¶${p.paragraph}): ${clip(inertMrkdwn(p.sentence), BUDGET.paraphraseChars)}`,
    );
  const more = hidden + st.paraphrases.length - Math.min(st.paraphrases.length, BUDGET.paraphrasesPerStatement);
  if (more) paraphrases.push(`… ${more} more ${plural('wording', more)}`);
  if (paraphrases.length) blocks.push(context(paraphrases));
  blocks.push({ type: 'divider' });
  return blocks;
}

/** The variant's words, added words in bold and removed ones struck through. */
function variantText(v: Variant): string {
  if (!v.diff.length) return styledText(v.text.replace(/\s/g, ' '), [], BUDGET.excerptChars);
  let text = '';
  const spans: StyledSpan[] = [];
  for (const part of v.diff) {
    const piece = part.text.replace(/\s/g, ' ');
    if (part.op !== 'same' && text && !text.endsWith(' ') && !piece.startsWith(' ')) text += ' ';
    const start = text.length;
    text += piece;
    if (part.op !== 'same') spans.push({ start, end: text.length, style: part.op === 'added' ? '*' : '~' });
  }
  return styledText(text, spans, BUDGET.excerptChars, { '*': ['{+', '+}'], '~': ['[-', '-]'] });
}

function variantCitation(v: Variant): string {
  const label = v.outlets.length > 1 ? `${v.outlets.map((o) => inertMrkdwn(o)).join(', ')}: identical` : inertMrkdwn(v.outlets[0] ?? '');
  const tag = v.isBase ? ' (first full wording)' : v.isPartial ? ' (partial quote)' : '';
  const line = (cite: (c: Citation) => string) => {
    const cites = v.citations.slice(0, 6).map(cite);
    if (v.citations.length > cites.length) cites.push(`${v.citations.length - cites.length} more`);
    return `*${clip(label, 600)}*${tag} · ${cites.join(', ')}`;
  };
  const linked = line(shortCitation);
  return linked.length <= SLACK_LIMITS.contextElementText ? linked : clip(line(citationLabel), SLACK_LIMITS.contextElementText);
}

function citationLabel(c: Citation): string {
  return `${clip(inertMrkdwn(c.outlet), 100)} ¶${c.paragraph}`;
}

/** `<url|Outlet ¶7>`, or unlinked when the article has no usable URL. */
function shortCitation(c: Citation): string {
  const label = citationLabel(c);
  const url = linkTarget(c.url);
  return url && url.length < 400 ? `<${url}|${linkLabel(label)}>` : label;
}

/** Adds who shared it, the buttons, and the fallback text. */
function finish(content: Content, answer: Answer, options: SlackRenderOptions, page: number): SlackMessage {
  const blocks = [...content.blocks];
  if (options.sharedBy && /^[UW][A-Z0-9]{1,30}$/.test(options.sharedBy)) {
    blocks.unshift(context([`Shared by <@${options.sharedBy}>`]));
  }
  const query = answer.kind === 'results' ? answer.query : '';
  const buttons: Button[] = [];
  if (options.share) buttons.push(button(SLACK_ACTIONS.share, 'Share in channel', { command: answer.command, query, page }, true));
  if (options.more !== false && content.nextPage !== undefined) {
    buttons.push(button(SLACK_ACTIONS.more, 'More', { command: answer.command, query, page: content.nextPage }));
  }
  const usable = buttons.filter((b) => b.value.length <= SLACK_LIMITS.buttonValue);
  if (usable.length) blocks.push({ type: 'actions', elements: usable });
  return { text: clip(unping(content.text), BUDGET.fallbackText), blocks };
}

function resultsSummary(a: ResultsAnswer): string {
  const what = a.command === 'quote' ? 'quote' : 'passage';
  const speaker = a.parsed.speaker ? ` by ${a.parsed.speaker}` : '';
  const topic = [...a.parsed.terms, ...a.parsed.phrases.map((p) => `"${p}"`)].join(' ');
  const about = topic ? ` about ${topic}` : '';
  if (!a.results.length) return `No ${what}s${speaker}${about} in the corpus`;
  return `${a.total} ${plural(what, a.total)}${speaker}${about} from ${a.results.length} ${plural('outlet', a.results.length)}`;
}

/** One outlet: a section (the quote) and a context line (its citation) per excerpt, then a divider. */
function outletBlocks(r: OutletResult): Block[] {
  const blocks: Block[] = [];
  const shown = r.excerpts.slice(0, BUDGET.excerptsPerOutlet);
  const more = r.more + r.excerpts.length - shown.length;
  shown.forEach((e, i) => {
    blocks.push(section(excerptText(e)));
    const citation = [citationText(e)];
    if (i === shown.length - 1 && more) citation.push(`… ${more} more from ${clip(inertMrkdwn(r.outlet), 200)}`);
    blocks.push(context(citation));
  });
  blocks.push({ type: 'divider' });
  return blocks;
}

/** `>“excerpt with *marked* words”` and, when known, `— *Speaker* (Mr Putin said)`. */
function excerptText(e: Excerpt): string {
  const who = e.speaker?.trim() ? `\n— *${clip(inertMrkdwn(e.speaker), 200)}*${attribution(e)}` : '';
  const open = e.isQuote ? '“' : '';
  const close = e.isQuote ? '”' : '';
  const room = Math.min(BUDGET.excerptChars, SLACK_LIMITS.sectionText - who.length - 8);
  return `>${open}${markedExcerpt(e, room)}${close}${who}`;
}

function attribution(e: Excerpt): string {
  const words = attributionWords(e);
  return words ? ` (${clip(inertMrkdwn(words), 200)})` : '';
}

/** The excerpt, inert, with matched words in bold, cut to `room` characters with `…`. */
function markedExcerpt(e: Pick<Excerpt, 'text' | 'marks'>, room: number): string {
  const text = e.text.replace(/\s/g, ' ');
  return styledText(
    text,
    e.marks.map(([start, end]) => ({ start, end, style: '*' as const })),
    room,
  );
}

interface StyledSpan {
  start: number;
  end: number;
  /** Slack's bold (`*`) or strike-through (`~`). */
  style: '*' | '~';
}

/**
 * One line of corpus text, inert, with spans styled where Slack will show the style, cut to `room`
 * characters with `…`. A span that starts or ends inside a word would show its asterisks instead of
 * the style: it stays plain, or with `unstyled` gets text markers (`[-removed-]`, `{+added+}`).
 */
function styledText(text: string, spans: StyledSpan[], room: number, unstyled?: Record<StyledSpan['style'], [string, string]>): string {
  const inRange = spans.map((span) => trimSpan(text, span)).filter((sp) => sp.start >= 0 && sp.end <= text.length && sp.start < sp.end);
  const marked = inRange
    .map((sp) => ({ ...sp, styled: isWordEdge(text, sp.start) && isWordEdge(text, sp.end) }))
    .filter((sp) => sp.styled || unstyled)
    .sort((x, y) => x.start - y.start);
  const render = (length: number): string => {
    let out = '';
    let at = 0;
    for (const { start, end, style, styled } of marked) {
      if (end > length || start < at) continue;
      const [open, close] = styled ? [style, style] : (unstyled?.[style] ?? ['', '']);
      out += inertPiece(text.slice(at, start)) + `${open}${inertMrkdwn(text.slice(start, end))}${close}`;
      at = end;
    }
    return out + inertPiece(text.slice(at, length));
  };
  return fitPrefix(text, render, room);
}

function trimSpan(text: string, span: StyledSpan): StyledSpan {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { ...span, start, end };
}

/** Like `inertMrkdwn` but keeps edge spaces, for pieces of one line. */
function inertPiece(text: string): string {
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) && text.trim() ? ' ' : '';
  return lead + inertMrkdwn(text) + trail;
}

function isWordEdge(text: string, at: number): boolean {
  const word = /[\p{L}\p{N}]/u;
  const before = text[at - 1] ?? ' ';
  const after = text[at] ?? ' ';
  return !(word.test(before) && word.test(after));
}

/** `*Outlet* · <url|Headline> · 2022-04-26 · ¶7` */
function citationText(e: Excerpt): string {
  const outlet = `*${clip(inertMrkdwn(e.outlet), 200)}*${e.outletKnown ? '' : ' (no metadata)'}`;
  const headline = clip(inertMrkdwn(e.headline || e.article), BUDGET.headline);
  const url = linkTarget(e.url);
  const linked = url && url.length < BUDGET.citationChars - 250 ? `<${url}|${linkLabel(headline)}>` : headline;
  const date = e.published?.slice(0, 10) ?? 'undated';
  return [outlet, linked, clip(inertMrkdwn(date), 40), `¶${e.paragraph}`].join(' · ');
}

/** A link label cannot hold `|` (it would end the label early in some clients): a look-alike instead. */
function linkLabel(label: string): string {
  return label.replace(/\|/g, '∣');
}

/** An http(s) URL safe inside `<url|label>`, or undefined (then the headline is shown unlinked). */
export function linkTarget(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(/[|<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replace(/&/g, '&amp;');
}

function renderSources(a: SourcesAnswer): Content {
  const summary = `${a.articles} ${plural('article', a.articles)} from ${a.outlets.length} ${plural('outlet', a.outlets.length)}`;
  const blocks: Block[] = [header(`Sources: ${summary}`)];
  blocks.push(
    context([
      `${a.quotes} ${plural('quote', a.quotes)} by ${a.speakers} ${plural('speaker', a.speakers)} · ${a.passages} ${plural('passage', a.passages)}`,
    ]),
  );
  const lines = a.outlets.slice(0, BUDGET.sourcesLines).map((o) => {
    const dates = o.from ? (o.from === o.to ? o.from : `${o.from} – ${o.to}`) : 'undated';
    const name = `*${clip(inertMrkdwn(o.outlet), 300)}*${o.outletKnown ? '' : ' (no metadata)'}`;
    return `${name} · ${o.articles} ${plural('article', o.articles)} · ${o.quotes} ${plural('quote', o.quotes)} · ${inertMrkdwn(dates)}`;
  });
  if (a.outlets.length > BUDGET.sourcesLines) lines.push(`… and ${a.outlets.length - BUDGET.sourcesLines} more outlets`);
  blocks.push(...chunkLines(lines).map(section));
  if (a.skipped.length) {
    const files = a.skipped.slice(0, 10).map((f) => `${inertMrkdwn(f.file)}: ${inertMrkdwn(f.reason)}`);
    if (a.skipped.length > 10) files.push(`… and ${a.skipped.length - 10} more`);
    blocks.push(
      section(clip(`*Skipped ${a.skipped.length} ${plural('file', a.skipped.length)}:*\n${files.join('\n')}`, SLACK_LIMITS.sectionText)),
    );
  }
  if (a.warnings.length)
    blocks.push(context([`${a.warnings.length} ${plural('file', a.warnings.length)} loaded with warnings (see the server log)`]));
  return { blocks, text: escapeMrkdwn(`Sources: ${summary}`) };
}

function renderHelp(a: HelpAnswer): Content {
  const blocks: Block[] = [header('How to ask the newsroom bot')];
  const commands = a.commands.map((c) => `*/${escapeMrkdwn(c.name)}*  ${escapeMrkdwn(c.description)}\n      e.g. ${escapeMrkdwn(c.usage)}`);
  blocks.push(...chunkLines(commands).map(section));
  const syntax = a.syntax.map((x) => `\`${escapeMrkdwn(x.example)}\`  ${escapeMrkdwn(x.meaning)}`);
  blocks.push(...chunkLines(['*Query syntax*', ...syntax]).map(section));
  blocks.push(
    context(['Mention me with your words to get the answer in a thread; mention me alone under a post to search for what it says.']),
  );
  return { blocks, text: 'How to ask the newsroom bot' };
}

/** Lines joined into section texts of at most 3000 characters, at most 10 sections. */
function chunkLines(lines: string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    const piece = clip(line, SLACK_LIMITS.sectionText);
    if (current && current.length + 1 + piece.length > SLACK_LIMITS.sectionText) {
      chunks.push(current);
      current = piece;
    } else {
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) chunks.push(current);
  return chunks.slice(0, 10);
}

function listLine(label: string, names: string[]): string {
  const render = (count: number) => {
    const rest = names.length - count;
    return `${label}: ${names.slice(0, count).map(inertMrkdwn).join(', ')}${rest ? ` and ${rest} more` : ''}`;
  };
  let count = names.length;
  while (count > 0 && render(count).length > BUDGET.lineList) count--;
  return render(count);
}

function notesElements(notes: string[]): string[] {
  const shown = notes.slice(0, BUDGET.notes).map((n) => clip(`Note: ${inertMrkdwn(n)}`, BUDGET.noteChars));
  if (notes.length > BUDGET.notes) shown.push(`… ${notes.length - BUDGET.notes} more notes`);
  return shown;
}

function header(text: string): Block {
  return {
    type: 'header',
    text: { type: 'plain_text', text: clip(escapeMrkdwn(unping(text.replace(/\s+/g, ' ').trim())), SLACK_LIMITS.headerText), emoji: false },
  };
}

function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, SLACK_LIMITS.sectionText), verbatim: true } };
}

function context(texts: string[]): Block {
  const elements = texts
    .slice(0, SLACK_LIMITS.contextElements)
    .map((t): MrkdwnText => ({ type: 'mrkdwn', text: clip(t, SLACK_LIMITS.contextElementText), verbatim: true }));
  return { type: 'context', elements };
}

function button(actionId: string, label: string, value: ActionValue, primary = false): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: label, emoji: false },
    value: encodeActionValue(value),
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

function blocksChars(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'section') n += b.text.text.length;
    if (b.type === 'context') for (const e of b.elements) n += e.text.length;
  }
  return n;
}

/**
 * Cuts already-escaped text to `max` characters with `…`, never inside an entity (`&amp;`) or a
 * surrogate pair. For text built with formatting (marks, links), use `fitPrefix` instead.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const amp = text.lastIndexOf('&', end);
  if (amp !== -1 && amp > end - 5 && !text.slice(amp, end).includes(';')) {
    const semi = text.indexOf(';', amp);
    if (semi === -1 || semi >= end) end = amp;
  }
  if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * The longest `render(prefixLength)` of `text` that fits in `max` characters with `…`, where
 * `render` grows with the prefix. The cut never splits a surrogate pair.
 */
function fitPrefix(text: string, render: (length: number) => string, max: number): string {
  if (text.length <= max * 4) {
    const whole = render(text.length);
    if (whole.length <= max) return whole;
  }
  let lo = 0;
  let hi = Math.min(text.length, max * 4);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(mid).length + 1 <= max) lo = mid;
    else hi = mid - 1;
  }
  if (/[\uD800-\uDBFF]/.test(text[lo - 1] ?? '')) lo--;
  return `${render(lo).trimEnd()}…`;
}

function plural(word: string, n: number): string {
  return n === 1 ? word : `${word}s`;
}
