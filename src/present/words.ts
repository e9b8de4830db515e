/**
 * Every wording decision of an answer, once: plurals, dates, outlet labels, summary lines, variant
 * tags, the first-report line, page ranges. The presentation step (`present.ts`) uses these to fill
 * the view model; renderers use `count` for their own "N more" lines.
 *
 * @example
 * count(3, 'quote') // → '3 quotes'
 * wordingTag({ isBase: true, isPartial: true }) // → 'first wording'
 */
import type { CompareAnswer, Excerpt, ResultsAnswer, SourcesAnswer, StatementView, Variant } from '../answer.ts';
import type { Summary, WordingTag } from './view.ts';

export function plural(word: string, n: number): string {
  return n === 1 ? word : `${word}s`;
}

/** `1 quote`, `3 quotes` */
export function count(n: number, word: string): string {
  return `${n} ${plural(word, n)}`;
}

/** The label before the outlets in scope that had nothing matching. */
export const NOTHING_FROM = 'Nothing from';

/** `Nothing from: Axios, Reuters` */
export function nothingFrom(outlets: readonly string[]): string {
  return `${NOTHING_FROM}: ${outlets.join(', ')}`;
}

/** `5 more from Reuters`: excerpts of one outlet past those shown. */
export function moreFrom(n: number, outlet: string): string {
  return `${n} more from ${outlet}`;
}

/** `1 more quote`, `3 more quotes` */
export function countMore(n: number, word: string): string {
  return `${n} more ${plural(word, n)}`;
}

/** The day of an ISO date (`2022-04-26`), or `undated`. */
export function dateOf(published: string | undefined): string {
  return published ? published.slice(0, 10) : 'undated';
}

/** `Reuters`, or `Unknown (no metadata)` for an outlet the corpus has no metadata for. */
export function outletLabel(outlet: string, known: boolean): string {
  return known ? outlet : `${outlet} ${NO_METADATA}`;
}

export const NO_METADATA = '(no metadata)';

/** `2022-04-05 – 2022-04-06`, one day, or `undated`. */
export function dateRange(from: string | undefined, to: string | undefined): string {
  if (!from) return 'undated';
  return from === to || !to ? from : `${from} – ${to}`;
}

function summary(lead: string, rest: string, empty: boolean): Summary {
  return { lead, rest, empty, text: rest ? `${lead} ${rest}` : lead };
}

/**
 * `3 quotes by Vladimir Putin about Bucha, 9 more from paragraphs about it` + `from 2 outlets`, or
 * `No quotes about cats in the corpus`. The counts say where the topic is: in the quotation, only
 * in its paragraph, or (an outlet with no passage holding every word) only some of the words.
 */
export function resultsSummary(a: ResultsAnswer): Summary {
  const what = a.command === 'quote' ? 'quote' : 'passage';
  const speaker = a.parsed.speaker ? ` by ${a.parsed.speaker}` : '';
  const topic = [...a.parsed.terms, ...a.parsed.phrases.map((p) => `"${p}"`)].join(' ');
  const about = topic ? ` about ${topic}` : '';
  if (!a.results.length) return summary(`No ${what}s${speaker}${about} in the corpus`, '', true);
  const m = a.matches;
  // A cut search counted only the matches it read: its counts are lower bounds, and say so.
  const atLeast = a.complete === false ? 'At least ' : '';
  if (!m) return summary(`${atLeast}${count(a.total, what)}${speaker}${about}`, `from ${count(a.results.length, 'outlet')}`, false);
  const whole = a.command === 'quote' ? m.quote : m.quote + m.context;
  const context = a.command === 'quote' ? m.context : 0;
  const parts: string[] = [];
  if (whole) parts.push(`${count(whole, what)}${speaker}${about}`);
  if (context)
    parts.push(parts.length ? `${context} more from paragraphs about it` : `${count(context, what)}${speaker} from paragraphs${about}`);
  if (m.partial)
    parts.push(
      parts.length
        ? `${m.partial} more with only some of the words`
        : `${count(m.partial, what)}${speaker} with only some of the words${about}`,
    );
  const beside = m.beside ? `, and ${m.beside} of the same statements beside it elsewhere` : '';
  return summary(`${atLeast}${parts.join(', ')}`, `from ${count(a.results.length, 'outlet')}${beside}`, false);
}

/** `Quotes by Vladimir Putin, none about Bucha: Axios (4), ZBC News (10)`, or empty. */
export function offTopicLine(a: ResultsAnswer): string {
  if (!a.offTopic?.length) return '';
  const topic = [...a.parsed.terms, ...a.parsed.phrases.map((p) => `"${p}"`)].join(' ');
  return `Quotes by ${a.parsed.speaker ?? 'the speaker'}, none about ${topic}: ${a.offTopic.map((o) => `${o.outlet} (${o.quotes})`).join(', ')}`;
}

/** What an excerpt's match is, when it is not the whole topic in the quotation itself. */
export function matchNote(e: Pick<Excerpt, 'match' | 'partial' | 'isQuote'>, command?: string): string {
  if (e.partial && command === 'quote' && !e.isQuote) return 'partial: a passage naming the speaker, no quotation attributed';
  if (e.partial) return 'partial: only some of the words';
  if (e.isQuote && e.match === 'context') return 'topic in its paragraph or article, not in the quote';
  return '';
}

/**
 * `2 statements by X matching "bucha"` + `carried by several outlets`; for `/who`, `"…" is quoted by
 * 3 outlets:` + the speakers; when nothing matches, one sentence saying so.
 */
export function compareSummary(a: CompareAnswer): Summary {
  const by = a.speaker ? ` by ${a.speaker}` : '';
  if (a.command === 'who') {
    if (!a.statements.length) return summary(`No direct quotation contains ${a.query}`, '', true);
    const outlets = a.outletsCarrying ?? new Set(a.statements.flatMap((st) => st.outlets)).size;
    const speakers = a.statements.map((st) => `${st.speaker} (${count(st.outlets.length, 'outlet')})`);
    return summary(`Who said ${quoted(a.query)} (quoted by ${count(outlets, 'outlet')}):`, [...new Set(speakers)].join(', '), false);
  }
  if (!a.statements.length) return summary(`No statement${by} matching "${a.query}" is carried by several outlets`, '', true);
  return summary(`${count(a.statements.length, 'statement')}${by} matching "${a.query}"`, 'carried by several outlets', false);
}

function quoted(q: string): string {
  return /^".*"$/.test(q.trim()) ? q.trim() : `"${q.trim()}"`;
}

/** `2 more matching statements carried by one outlet only` (without `more` when none are shown), or empty. */
export function singleOutletLine(a: CompareAnswer): string {
  if (!a.singleOutlet) return '';
  const more = a.statements.length ? ' more' : '';
  return `${a.singleOutlet}${more} matching ${plural('statement', a.singleOutlet)} carried by one outlet only`;
}

export function sourcesSummary(a: SourcesAnswer): Summary {
  return summary(`${count(a.articles, 'article')} from ${count(a.outlets.length, 'outlet')}`, '', false);
}

export function sourcesStats(a: SourcesAnswer): string {
  return `${count(a.quotes, 'quote')} by ${count(a.speakers, 'speaker')} · ${count(a.passages, 'passage')}`;
}

/**
 * The base wording is `first full wording`, or `first wording` when even the first report quoted
 * only a fragment (calling a fragment "full" would be false); other fragments are `partial quote`.
 */
export function wordingTag(v: Pick<Variant, 'isBase' | 'isPartial'>): WordingTag | undefined {
  if (v.isBase) return v.isPartial ? 'first wording' : 'first full wording';
  return v.isPartial ? 'partial quote' : undefined;
}

/** `Axios`, or `Axios, Reuters: identical` when several outlets carry the wording word for word. */
export function wordingLabel(v: Pick<Variant, 'outlets'>): string {
  return v.outlets.length > 1 ? `${v.outlets.join(', ')}: identical` : (v.outlets[0] ?? '');
}

/** `editorial insertion: [talks]` for a wording with bracketed insertions, else empty. */
export function editorialLine(v: Pick<Variant, 'editorial'>): string {
  if (!v.editorial?.length) return '';
  return `${plural('editorial insertion', v.editorial.length)}: ${v.editorial.join(' ')}`;
}

/**
 * The first-report line, as sure as the dates allow: `first reported by Axios (2022-04-05 09:30 UTC)`;
 * `first reported 2022-04-26 by The National or Axios (same day, time unknown)` when a time is
 * missing on that day; undated outlets are named as ones that could have been earlier.
 */
export function firstReportWords(f: NonNullable<StatementView['firstReported']>): { date: string; undated: string; line: string } {
  const date = instantOf(f.published);
  const undated = f.undatedOutlets.length ? `${f.undatedOutlets.join(', ')} undated` : '';
  const tail = undated ? `; ${undated}, could be earlier` : '';
  if (f.sameDay?.length) {
    const who = [f.outlet, ...f.sameDay];
    const names = who.length > 2 ? `${who.slice(0, -1).join(', ')} or ${who[who.length - 1]}` : who.join(' or ');
    return { date, undated, line: `first reported ${dateOf(f.published)} by ${names} (same day, time unknown${tail})` };
  }
  return { date, undated, line: `first reported by ${f.outlet} (${date}${tail})` };
}

/** `2022-04-05 09:30 UTC` for a timed date (converted to UTC), the day alone otherwise. */
export function instantOf(published: string): string {
  if (!/T\d\d:\d\d/.test(published)) return dateOf(published);
  const t = Date.parse(/(Z|[+-]\d\d:?\d\d)$/.test(published) ? published : `${published}Z`);
  if (Number.isNaN(t)) return dateOf(published);
  return `${new Date(t).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `outlets 6–9 of 9` */
export function rangeLine(unit: string, first: number, shown: number, total: number): string {
  return `${plural(unit, total)} ${first + 1}–${first + shown} of ${total}`;
}

/** `Several outlets carry 2 of these statements` */
export function relatedLine(n: number): string {
  return `Several outlets carry ${n} of these ${plural('statement', n)}`;
}
