/**
 * Every wording decision of an answer, once: plurals, dates, outlet labels, summary lines, variant
 * tags, the first-report line, page ranges. The presentation step (`present.ts`) uses these to fill
 * the view model; renderers use `count` for their own "N more" lines.
 *
 * @example
 * count(3, 'quote') // → '3 quotes'
 * wordingTag({ isBase: true, isPartial: true }) // → 'first wording'
 */
import type { CompareAnswer, ResultsAnswer, SourcesAnswer, StatementView, Variant } from '../answer.ts';
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

/** `3 quotes by Vladimir Putin about bucha` + `from 2 outlets`, or `No quotes about cats in the corpus`. */
export function resultsSummary(a: ResultsAnswer): Summary {
  const what = a.command === 'quote' ? 'quote' : 'passage';
  const speaker = a.parsed.speaker ? ` by ${a.parsed.speaker}` : '';
  const topic = [...a.parsed.terms, ...a.parsed.phrases.map((p) => `"${p}"`)].join(' ');
  const about = topic ? ` about ${topic}` : '';
  if (!a.results.length) return summary(`No ${what}s${speaker}${about} in the corpus`, '', true);
  return summary(`${count(a.total, what)}${speaker}${about}`, `from ${count(a.results.length, 'outlet')}`, false);
}

/**
 * `2 statements by X matching "bucha"` + `carried by several outlets`; for `/who`, `Who said "…":`
 * + the speakers; when nothing is carried twice, one sentence saying so.
 */
export function compareSummary(a: CompareAnswer): Summary {
  const by = a.speaker ? ` by ${a.speaker}` : '';
  if (!a.statements.length) return summary(`No statement${by} matching "${a.query}" is carried by several outlets`, '', true);
  if (a.command === 'who') return summary(`Who said "${a.query}":`, [...new Set(a.statements.map((st) => st.speaker))].join(', '), false);
  return summary(`${count(a.statements.length, 'statement')}${by} matching "${a.query}"`, 'carried by several outlets', false);
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

/** `first reported by Axios (2022-04-05; ZBC News undated)` and its parts. */
export function firstReportWords(f: NonNullable<StatementView['firstReported']>): { date: string; undated: string; line: string } {
  const date = dateOf(f.published);
  const undated = f.undatedOutlets.length ? `${f.undatedOutlets.join(', ')} undated` : '';
  return { date, undated, line: `first reported by ${f.outlet} (${date}${undated ? `; ${undated}` : ''})` };
}

/** `outlets 6–9 of 9` */
export function rangeLine(unit: string, first: number, shown: number, total: number): string {
  return `${plural(unit, total)} ${first + 1}–${first + shown} of ${total}`;
}

/** `Several outlets carry 2 of these statements` */
export function relatedLine(n: number): string {
  return `Several outlets carry ${n} of these ${plural('statement', n)}`;
}
