/**
 * Answer → plain text for the console and the CLI, with ANSI colour when asked for. Pure: the same
 * answer always gives the same string. Text from articles and queries cannot steer the terminal.
 * The presentation step (`src/present/`) decides what is said; this module only lays it out.
 *
 * @example
 * renderText(answer, { color: false })
 * // The National · Vladimir Putin tells UN chief he still has 'hope' in Ukraine talks · 2022-04-26
 * //   “There was a provocation in the village of [Bucha], which the Russian army had nothing to do with”
 * //   — Vladimir Putin (Mr Putin said) · ¶7 · https://www.thenationalnews.com/…
 */
import { styleText } from 'node:util';
import type { Invocation } from '../../commands/invocation.ts';
import { MAX_PER_OUTLET, type Answer, type DiffPart, type Excerpt } from '../answer.ts';
import { present } from '../present/present.ts';
import type { CompareCard, ExcerptView, HelpCard, ResultsCard, SourcesCard, StatementGroup } from '../present/view.ts';
import { count, moreFrom, nothingFrom, plural } from '../present/words.ts';
import { maskInvisible } from '../text/invisible.ts';

export interface TextOptions {
  color: boolean;
  /** The command and options that produced the answer (the console shows every outlet, so nothing pages yet). */
  invocation?: Invocation;
  /**
   * Where the text is read, so every "N more" names a way that works there: `console` (the REPL's
   * `/more`), `cli` (`--limit N`, `--page N`); without one, the `limit:` filter any surface takes.
   */
  surface?: 'console' | 'cli';
}

type Style = 'bold' | 'dim' | 'yellow' | 'cyan' | 'red' | 'green' | 'strikethrough';
type Styler = (style: Style, text: string) => string;

export function renderText(unsafe: Answer, options: TextOptions): string {
  const card = present(terminalSafe(unsafe), { invocation: options.invocation });
  const s: Styler = (style, text) => (options.color ? styleText(style, text) : text);
  switch (card.kind) {
    case 'results':
      return renderResults(card, s, options.color, options.surface);
    case 'sources':
      return renderSources(card, s);
    case 'help':
      return renderHelp(card, s);
    case 'compare':
      return renderCompare(card, s, options.color, options.surface);
    case 'error':
      return s('red', `✗ ${card.message}`);
  }
}

/**
 * Control characters (other than newline and tab), which a terminal would obey (an ESC sequence in
 * an article could clear the screen, recolour it or print a hidden link), and invisible characters
 * (`src/text/invisible.ts`: bidi overrides could reorder a citation, zero-width ones hide words),
 * each become U+FFFD: one code unit for one, so marks stay aligned.
 */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The answer with every string made safe to print (deeply; numbers and structure unchanged). */
function terminalSafe<T>(value: T): T {
  if (typeof value === 'string') return maskInvisible(value.replace(TERMINAL_CONTROLS, '\uFFFD')) as T;
  if (Array.isArray(value)) return value.map(terminalSafe) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, terminalSafe(v)])) as T;
  return value;
}

function renderResults(card: ResultsCard, s: Styler, color: boolean, surface: TextOptions['surface']): string {
  const lines = [card.summary.empty ? s('yellow', `${card.summary.text}.`) : s('bold', card.summary.text)];
  const shown = Math.max(0, ...card.groups.map((g) => g.excerpts.length));
  for (const g of card.groups) {
    lines.push('', s('cyan', s('bold', g.outletLabel)));
    for (const e of g.excerpts) lines.push(...renderExcerpt(e, s, color));
    if (g.more) lines.push(s('dim', `  … ${moreFrom(g.more, g.outlet)} (${moreExcerptsWay(surface, shown)})`));
  }
  if (card.noMatch.length) lines.push('', s('dim', nothingFrom(card.noMatch)));
  if (card.offTopic) lines.push(s('dim', card.offTopic));
  if (card.more) lines.push(s('dim', `${card.more.text}: ${nextPageWay(surface, card.page.page)}`));
  if (card.related) {
    lines.push('', s('bold', `Same statement, several outlets (see /${card.related.invocation.command}):`));
    for (const st of card.related.statements) lines.push(...renderStatement(st, s, color));
  }
  for (const note of card.notes) lines.push(s('dim', `Note: ${note}`));
  return lines.join('\n');
}

function renderCompare(card: CompareCard, s: Styler, color: boolean, surface: TextOptions['surface']): string {
  const lines: string[] = [];
  if (card.summary.empty) {
    lines.push(s('yellow', `${card.summary.text}${card.singleOutlet ? ` (${card.singleOutlet})` : ''}.`));
  } else {
    lines.push(s('bold', card.summary.text));
    if (card.command !== 'who' && card.singleOutlet) lines.push(s('dim', `(${card.singleOutlet})`));
  }
  for (const st of card.groups) lines.push(...renderStatement(st, s, color));
  if (card.more) lines.push(s('dim', `${card.more.text}: ${nextPageWay(surface, card.page.page)}`));
  for (const note of card.notes) lines.push(s('dim', `Note: ${note}`));
  return lines.join('\n');
}

/** How to see more excerpts of each outlet on this surface (`shown`: how many each shows now). */
export function moreExcerptsWay(surface: TextOptions['surface'], shown: number): string {
  const next = Math.min(MAX_PER_OUTLET, Math.max(shown, 1) + 10);
  if (surface === 'console') return `/more shows up to ${next} from each outlet`;
  if (surface === 'cli') return `--limit ${next} shows up to ${next} from each outlet`;
  return `add limit:${next} to the query to see up to ${next} from each outlet`;
}

/** How to reach the next page on this surface (`page`: the 0-based page shown). */
export function nextPageWay(surface: TextOptions['surface'], page: number): string {
  if (surface === 'console') return '/more shows the next page';
  if (surface === 'cli') return `--page ${page + 2} shows the next page`;
  return 'ask again for the next page';
}

function renderStatement(st: StatementGroup, s: Styler, color: boolean): string[] {
  const first = st.firstReport ? ` · ${st.firstReport.line}` : '';
  const lines = ['', `${s('bold', st.speaker)} · ${st.outlets} · ${st.match}${first}`];
  for (const w of st.wordings) {
    const cites = w.citations.map((c) => `${c.outlet} ${c.paragraph}`).join(', ');
    const tag = w.tag ? ` (${w.tag})` : '';
    const editorial = w.editorial ? ` · ${w.editorial}` : '';
    lines.push(`  ${s('cyan', w.label)}${s('dim', `${tag}${editorial} · ${cites}`)}`);
    lines.push(`    “${w.diff.length ? renderDiff(w.diff, color) : w.text}”`);
  }
  for (const p of st.paraphrases) lines.push(`  ${s('cyan', p.outlet)} ${s('dim', `(paraphrase · ${p.paragraph})`)}`, `    ${p.sentence}`);
  return lines;
}

/** Removed words as [-old-], added as {+new+}; in colour, struck red and green. */
function renderDiff(parts: readonly DiffPart[], color: boolean): string {
  return parts
    .map((p) => {
      if (p.op === 'same') return p.text;
      if (p.op === 'added') return color ? styleText('green', p.text) : `{+${p.text}+}`;
      return color ? styleText(['red', 'strikethrough'], p.text) : `[-${p.text}-]`;
    })
    .join('');
}

function renderExcerpt(e: ExcerptView, s: Styler, color: boolean): string[] {
  const body = markText(e, (t) => (color ? styleText(['bold', 'yellow'], t) : `[${t}]`));
  const text = e.isQuote ? `“${body}”` : body;
  const who = e.speaker ? `— ${s('bold', e.speaker)}${e.attribution ? s('dim', ` (${e.attribution})`) : ''} · ` : '';
  const c = e.citation;
  const citation = [c.headline, c.date, c.paragraph, c.url ?? c.article].join(' · ');
  const note = e.matchNote ? [`    ${s('yellow', `(${e.matchNote})`)}`] : [];
  return [`  ${text}`, `    ${who}${s('dim', citation)}`, ...note];
}

/** Applies `mark` to each marked range of the excerpt text. */
export function markText(e: Pick<Excerpt, 'text'> & { marks: ReadonlyArray<[number, number]> }, mark: (t: string) => string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of e.marks) {
    out += e.text.slice(at, start) + mark(e.text.slice(start, end));
    at = end;
  }
  return out + e.text.slice(at);
}

function renderSources(card: SourcesCard, s: Styler): string {
  const lines = [s('bold', `${card.summary.text} · ${card.stats}`), ''];
  const width = Math.max(6, ...card.rows.map((o) => o.outlet.length));
  for (const o of card.rows) {
    lines.push(
      `  ${o.outletLabel.padEnd(width + 14)} ${String(o.articles).padStart(5)} ${plural('article', o.articles).padEnd(8)} ${String(o.quotes).padStart(5)} ${plural('quote', o.quotes).padEnd(7)} ${s('dim', o.dates)}`,
    );
  }
  if (card.skipped.length) {
    lines.push('', s('yellow', `Skipped ${count(card.skipped.length, 'file')}:`));
    for (const f of card.skipped) lines.push(`  ${f.file}: ${f.reason}`);
  }
  if (card.warnings.length) {
    lines.push('', s('dim', `Loaded with warnings (${card.warnings.length}):`));
    for (const f of card.warnings.slice(0, 20)) lines.push(s('dim', `  ${f.file}: ${f.reason}`));
    if (card.warnings.length > 20) lines.push(s('dim', `  … and ${card.warnings.length - 20} more`));
  }
  return lines.join('\n');
}

function renderHelp(card: HelpCard, s: Styler): string {
  const lines = [s('bold', 'Commands'), ''];
  for (const c of card.commands) lines.push(`  ${s('cyan', c.path)}  ${c.description}`, s('dim', `      e.g. ${c.usage}`));
  lines.push('', s('bold', 'Query syntax'), '');
  for (const x of card.syntax) lines.push(`  ${s('cyan', x.example)}`, `      ${x.meaning}`);
  return lines.join('\n');
}
