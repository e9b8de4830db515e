/**
 * Answer → plain text for the console and the CLI, with ANSI colour when asked for. Pure: the same
 * answer always gives the same string. Text from articles and queries cannot steer the terminal.
 *
 * @example
 * renderText(answer, { color: false })
 * // The National · Vladimir Putin tells UN chief he still has 'hope' in Ukraine talks · 2022-04-26
 * //   “There was a provocation in the village of [Bucha], which the Russian army had nothing to do with”
 * //   — Vladimir Putin (Mr Putin said) · ¶7 · https://www.thenationalnews.com/…
 */
import { styleText } from 'node:util';
import type { Answer, CompareAnswer, DiffPart, Excerpt, HelpAnswer, ResultsAnswer, SourcesAnswer, StatementView } from '../answer.ts';
import { attributionWords } from './attribution.ts';

export interface TextOptions {
  color: boolean;
}

type Style = 'bold' | 'dim' | 'yellow' | 'cyan' | 'red' | 'green' | 'strikethrough';

export function renderText(unsafe: Answer, options: TextOptions): string {
  const answer = terminalSafe(unsafe);
  const s = (style: Style, text: string) => (options.color ? styleText(style, text) : text);
  switch (answer.kind) {
    case 'results':
      return renderResults(answer, s, options.color);
    case 'sources':
      return renderSources(answer, s);
    case 'help':
      return renderHelp(answer, s);
    case 'compare':
      return renderCompare(answer, s, options.color);
    case 'error':
      return s('red', `✗ ${answer.message}`);
  }
}

type Styler = (style: Style, text: string) => string;

/**
 * Control characters (other than newline and tab) and bidirectional overrides, which a terminal
 * would obey (an ESC sequence in an article could clear the screen or recolour it; an override
 * could reorder a citation), each become U+FFFD: one code unit for one, so marks stay aligned.
 */
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The answer with every string made safe to print (deeply; numbers and structure unchanged). */
function terminalSafe<T>(value: T): T {
  if (typeof value === 'string') return value.replace(TERMINAL_UNSAFE, '\uFFFD') as T;
  if (Array.isArray(value)) return value.map(terminalSafe) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, terminalSafe(v)])) as T;
  return value;
}

function renderResults(a: ResultsAnswer, s: Styler, color: boolean): string {
  const lines: string[] = [];
  const what = a.command === 'quote' ? 'quote' : 'passage';
  const speaker = a.parsed.speaker ? ` by ${a.parsed.speaker}` : '';
  const topic = [...a.parsed.terms, ...a.parsed.phrases.map((p) => `"${p}"`)].join(' ');
  const about = topic ? ` about ${topic}` : '';
  if (!a.results.length) {
    lines.push(s('yellow', `No ${what}s${speaker}${about} in the corpus.`));
  } else {
    lines.push(
      s('bold', `${a.total} ${plural(what, a.total)}${speaker}${about} from ${a.results.length} ${plural('outlet', a.results.length)}`),
    );
  }
  for (const r of a.results) {
    lines.push('');
    const outlet = r.outletKnown ? r.outlet : `${r.outlet} outlet (no metadata)`;
    lines.push(s('cyan', s('bold', outlet)));
    for (const e of r.excerpts) lines.push(...renderExcerpt(e, s, color));
    if (r.more) lines.push(s('dim', `  … ${r.more} more from ${r.outlet} (raise limit to see them)`));
  }
  if (a.noMatch.length) lines.push('', s('dim', `Nothing from: ${a.noMatch.join(', ')}`));
  if (a.statements?.length) {
    lines.push('', s('bold', 'Same statement, several outlets (see /compare):'));
    for (const st of a.statements) lines.push(...renderStatement(st, s, color));
  }
  for (const note of a.notes) lines.push(s('dim', `Note: ${note}`));
  return lines.join('\n');
}

function renderCompare(a: CompareAnswer, s: Styler, color: boolean): string {
  const lines: string[] = [];
  const by = a.speaker ? ` by ${a.speaker}` : '';
  if (!a.statements.length) {
    const single = a.singleOutlet ? ` (${a.singleOutlet} matching ${plural('statement', a.singleOutlet)} carried by one outlet only)` : '';
    lines.push(s('yellow', `No statement${by} matching "${a.query}" is carried by several outlets${single}.`));
  } else if (a.command === 'who') {
    lines.push(s('bold', `Who said "${a.query}": ${[...new Set(a.statements.map((st) => st.speaker))].join(', ')}`));
  } else {
    lines.push(
      s('bold', `${a.statements.length} ${plural('statement', a.statements.length)}${by} matching "${a.query}" carried by several outlets`),
    );
    if (a.singleOutlet) lines.push(s('dim', `(${a.singleOutlet} more carried by one outlet only)`));
  }
  for (const st of a.statements) lines.push(...renderStatement(st, s, color));
  for (const note of a.notes) lines.push(s('dim', `Note: ${note}`));
  return lines.join('\n');
}

function renderStatement(st: StatementView, s: Styler, color: boolean): string[] {
  const f = st.firstReported;
  const undated = f?.undatedOutlets.length ? `; ${f.undatedOutlets.join(', ')} undated` : '';
  const first = f ? ` · first reported by ${f.outlet} (${f.published.slice(0, 10)}${undated})` : '';
  const lines = [
    '',
    `${s('bold', st.speaker)} · ${st.outlets.length} ${plural('outlet', st.outlets.length)} · match: ${st.confidenceLabel} (${st.confidence.toFixed(2)})${first}`,
  ];
  for (const v of st.variants) {
    const cites = v.citations.map((c) => `${c.outlet} ¶${c.paragraph}`).join(', ');
    const label = v.outlets.length > 1 ? `${v.outlets.join(', ')}: identical` : (v.outlets[0] ?? '');
    const tag = v.isBase ? (v.isPartial ? ' (first wording)' : ' (first full wording)') : v.isPartial ? ' (partial quote)' : '';
    lines.push(`  ${s('cyan', label)}${s('dim', `${tag} · ${cites}`)}`);
    lines.push(`    “${v.diff.length ? renderDiff(v.diff, color) : v.text}”`);
  }
  for (const p of st.paraphrases) lines.push(`  ${s('cyan', p.outlet)} ${s('dim', `(paraphrase · ¶${p.paragraph})`)}`, `    ${p.sentence}`);
  return lines;
}

/** Removed words as [-old-], added as {+new+}; in colour, struck red and green. */
function renderDiff(parts: DiffPart[], color: boolean): string {
  return parts
    .map((p) => {
      if (p.op === 'same') return p.text;
      if (p.op === 'added') return color ? styleText('green', p.text) : `{+${p.text}+}`;
      return color ? styleText(['red', 'strikethrough'], p.text) : `[-${p.text}-]`;
    })
    .join('');
}

function renderExcerpt(e: Excerpt, s: Styler, color: boolean): string[] {
  const body = markText(e, (t) => (color ? styleText(['bold', 'yellow'], t) : `[${t}]`));
  const text = e.isQuote ? `“${body}”` : body;
  const via = attributionWords(e);
  const who = e.speaker ? `— ${s('bold', e.speaker)}${via ? s('dim', ` (${via})`) : ''} · ` : '';
  const citation = [e.headline, e.published?.slice(0, 10) ?? 'undated', `¶${e.paragraph}`, e.url ?? e.article].join(' · ');
  return [`  ${text}`, `    ${who}${s('dim', citation)}`];
}

/** Applies `mark` to each marked range of the excerpt text. */
export function markText(e: Pick<Excerpt, 'text' | 'marks'>, mark: (t: string) => string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of e.marks) {
    out += e.text.slice(at, start) + mark(e.text.slice(start, end));
    at = end;
  }
  return out + e.text.slice(at);
}

function renderSources(a: SourcesAnswer, s: Styler): string {
  const lines = [
    s(
      'bold',
      `${a.articles} ${plural('article', a.articles)} from ${a.outlets.length} ${plural('outlet', a.outlets.length)} · ${a.quotes} quotes by ${a.speakers} speakers · ${a.passages} passages`,
    ),
    '',
  ];
  const width = Math.max(6, ...a.outlets.map((o) => o.outlet.length));
  for (const o of a.outlets) {
    const dates = o.from ? (o.from === o.to ? o.from : `${o.from} – ${o.to}`) : 'undated';
    const name = o.outletKnown ? o.outlet : `${o.outlet} (no metadata)`;
    lines.push(
      `  ${name.padEnd(width + 14)} ${String(o.articles).padStart(5)} ${plural('article', o.articles).padEnd(8)} ${String(o.quotes).padStart(5)} quotes  ${s('dim', dates)}`,
    );
  }
  if (a.skipped.length) {
    lines.push('', s('yellow', `Skipped ${a.skipped.length} ${plural('file', a.skipped.length)}:`));
    for (const f of a.skipped) lines.push(`  ${f.file}: ${f.reason}`);
  }
  if (a.warnings.length) {
    lines.push('', s('dim', `Loaded with warnings (${a.warnings.length}):`));
    for (const f of a.warnings.slice(0, 20)) lines.push(s('dim', `  ${f.file}: ${f.reason}`));
    if (a.warnings.length > 20) lines.push(s('dim', `  … and ${a.warnings.length - 20} more`));
  }
  return lines.join('\n');
}

function renderHelp(a: HelpAnswer, s: Styler): string {
  const lines = [s('bold', 'Commands'), ''];
  for (const c of a.commands) lines.push(`  ${s('cyan', `/${c.name}`)}  ${c.description}`, s('dim', `      e.g. ${c.usage}`));
  lines.push('', s('bold', 'Query syntax'), '');
  for (const x of a.syntax) lines.push(`  ${s('cyan', x.example)}`, `      ${x.meaning}`);
  return lines.join('\n');
}

function plural(word: string, n: number): string {
  return n === 1 ? word : `${word}s`;
}
