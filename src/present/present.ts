/**
 * Answer → card: the one presentation step between the neutral answer and any markup. It decides
 * what a reader sees (summary line, groups on this page, tags, first-report line, citations, notes,
 * "N more" lines) and which actions the card offers, each carrying the invocation that produced the
 * answer with the page it shows. Pure: the same answer, invocation and options give the same card.
 *
 * @example
 * present(answer, { ...DEFAULT_PRESENT_OPTIONS, invocation: { command: 'compare', options: { query: 'Bucha' } } })
 * // → { kind: 'compare', summary: { text: '2 statements matching "Bucha" carried by several outlets', … }, groups: [...], actions: [] }
 */
import type { Invocation } from '../../commands/invocation.ts';
import type { Answer, Citation, CompareAnswer, Excerpt, OutletResult, ResultsAnswer, SourcesAnswer, StatementView } from '../answer.ts';
import { attributionWords } from './attribution.ts';
import { ACTION_LABELS, DEFAULT_PRESENT_OPTIONS, type PerPage, type PresentOptions } from './options.ts';
import { pageSlice, type Slice } from './paging.ts';
import type { Action, Card, CitationView, Group, MoreView, OutletGroup, PageView, StatementGroup } from './view.ts';
import {
  compareSummary,
  count,
  countMore,
  dateOf,
  dateRange,
  editorialLine,
  firstReportWords,
  matchNote,
  offTopicLine,
  NO_METADATA,
  outletLabel,
  plural,
  rangeLine,
  relatedLine,
  resultsSummary,
  singleOutletLine,
  sourcesStats,
  sourcesSummary,
  wordingLabel,
  wordingTag,
} from './words.ts';

export function present(answer: Answer, options: Partial<PresentOptions> = {}): Card {
  const o: PresentOptions = { ...DEFAULT_PRESENT_OPTIONS, ...options };
  const invocation = o.invocation ?? invocationOf(answer);
  const page = o.page ?? invocation.page ?? 0;
  switch (answer.kind) {
    case 'results':
      return presentResults(answer, o, invocation, page);
    case 'compare':
      return presentCompare(answer, o, invocation, page);
    case 'sources':
      return presentSources(answer, o, invocation, page);
    case 'help':
      return {
        kind: 'help',
        command: answer.command,
        summary: { lead: 'How to ask the newsroom bot', rest: '', empty: false, text: 'How to ask the newsroom bot' },
        notes: [],
        commands: answer.commands,
        syntax: answer.syntax,
        actions: actions('help', o, invocation, pageSlice(0, 0, 1)),
      };
    case 'error':
      return {
        kind: 'error',
        command: answer.command,
        summary: summaryOf(answer.message),
        notes: [],
        actions: [],
        message: answer.message,
      };
  }
}

/** The invocation an answer implies, for callers that did not pass the one that produced it. */
export function invocationOf(answer: Answer): Invocation {
  const query = answer.kind === 'results' || answer.kind === 'compare' ? answer.query : '';
  return { command: answer.command, options: query ? { query } : {} };
}

/** One citation, as every surface words it. */
export function citationView(c: Citation): CitationView {
  return {
    article: c.article,
    outlet: c.outlet,
    outletLabel: outletLabel(c.outlet, c.outletKnown),
    outletNote: c.outletKnown ? '' : NO_METADATA,
    headline: c.headline || c.article,
    date: dateOf(c.published),
    paragraph: `¶${c.paragraph}`,
    url: c.url,
  };
}

export function outletGroup(r: OutletResult, command: ResultsAnswer['command']): OutletGroup {
  const article = r.excerpts[0]?.article;
  return {
    kind: 'outlet',
    outlet: r.outlet,
    outletLabel: outletLabel(r.outlet, r.outletKnown),
    headline: r.headline,
    url: r.url,
    excerpts: r.excerpts.map((e: Excerpt) => ({
      text: e.text,
      marks: e.marks,
      isQuote: e.isQuote,
      speaker: e.speaker?.trim() ? e.speaker : undefined,
      attribution: attributionWords(e),
      citation: citationView(e),
      sameArticle: e.article === article,
      ...(e.match ? { match: e.match } : {}),
      ...(e.partial ? { partial: true } : {}),
      matchNote: matchNote(e, command),
    })),
    more: r.more,
    noun: command === 'quote' ? 'quote' : 'passage',
  };
}

export function statementGroup(st: StatementView): StatementGroup {
  const f = st.firstReported;
  return {
    kind: 'statement',
    speaker: st.speaker,
    outlets: count(st.outlets.length, 'outlet'),
    match: `match: ${st.confidenceLabel} (${st.confidence.toFixed(2)})`,
    matchShort: `match: ${st.confidenceLabel}`,
    firstReport: f && { outlet: f.outlet, headline: f.headline, url: f.url, undatedOutlets: f.undatedOutlets, ...firstReportWords(f) },
    wordings: st.variants.map((v) => ({
      text: v.text,
      diff: v.diff,
      outlets: v.outlets,
      label: wordingLabel(v),
      tag: wordingTag(v),
      editorial: editorialLine(v),
      citations: v.citations.map(citationView),
    })),
    paraphrases: st.paraphrases.map((p) => ({
      outlet: p.outlet,
      sentence: p.sentence,
      paragraph: `¶${p.paragraph}`,
      citation: citationView(p),
    })),
  };
}

function presentResults(a: ResultsAnswer, o: PresentOptions, invocation: Invocation, page: number): Card {
  const all = a.results.map((r) => outletGroup(r, a.command));
  const slice = pageSlice(all.length, page, perPage(o.outletsPerPage, all));
  const compare: Invocation = { command: 'compare', options: a.query ? { query: a.query } : {} };
  const statements = a.statements ?? [];
  return {
    kind: 'results',
    command: a.command,
    query: a.query,
    summary: resultsSummary(a),
    notes: a.notes,
    page: pageView(slice, 'outlet'),
    groups: all.slice(slice.first, slice.first + slice.shown),
    noMatch: slice.remaining ? [] : a.noMatch,
    offTopic: slice.remaining ? '' : offTopicLine(a),
    more: moreView(slice, 'outlet', o, invocation),
    related: statements.length
      ? { count: statements.length, text: relatedLine(statements.length), invocation: compare, statements: statements.map(statementGroup) }
      : undefined,
    actions: actions('results', o, invocation, slice),
  };
}

function presentCompare(a: CompareAnswer, o: PresentOptions, invocation: Invocation, page: number): Card {
  const all = a.statements.map(statementGroup);
  const slice = pageSlice(all.length, page, perPage(o.statementsPerPage, all));
  return {
    kind: 'compare',
    command: a.command,
    query: a.query,
    summary: compareSummary(a),
    notes: a.notes,
    page: pageView(slice, 'statement'),
    groups: all.slice(slice.first, slice.first + slice.shown),
    singleOutlet: singleOutletLine(a),
    more: moreView(slice, 'statement', o, invocation),
    actions: actions('compare', o, invocation, slice),
  };
}

function presentSources(a: SourcesAnswer, o: PresentOptions, invocation: Invocation, page: number): Card {
  const slice = pageSlice(a.outlets.length, page, o.sourcesPerPage);
  const last = !slice.remaining;
  return {
    kind: 'sources',
    command: a.command,
    summary: sourcesSummary(a),
    stats: sourcesStats(a),
    notes: [],
    page: pageView(slice, 'outlet'),
    rows: a.outlets.slice(slice.first, slice.first + slice.shown).map((x) => ({
      outlet: x.outlet,
      outletLabel: outletLabel(x.outlet, x.outletKnown),
      outletNote: x.outletKnown ? '' : NO_METADATA,
      articles: x.articles,
      quotes: x.quotes,
      articlesText: count(x.articles, 'article'),
      quotesText: count(x.quotes, 'quote'),
      dates: dateRange(x.from, x.to),
    })),
    skipped: last ? a.skipped : [],
    warnings: last ? a.warnings : [],
    more: moreView(slice, 'outlet', o, invocation),
    actions: actions('sources', o, invocation, slice),
  };
}

function perPage(choice: PerPage, groups: readonly Group[]): number {
  return typeof choice === 'number' ? choice : choice(groups);
}

function pageView(slice: Slice, unit: string): PageView {
  const paged = slice.pages > 1;
  return {
    page: slice.page,
    pages: slice.pages,
    first: slice.first,
    shown: slice.shown,
    total: slice.first + slice.shown + slice.remaining,
    range: paged ? rangeLine(unit, slice.first, slice.shown, slice.first + slice.shown + slice.remaining) : '',
    label: paged ? `page ${slice.page + 1} of ${slice.pages}` : '',
  };
}

function atPage(invocation: Invocation, page: number): Invocation {
  return { ...invocation, options: { ...invocation.options }, page };
}

function moreView(slice: Slice, unit: string, o: PresentOptions, invocation: Invocation): MoreView | undefined {
  if (!slice.remaining) return undefined;
  const left = slice.pages - slice.page - 1;
  const next = atPage(invocation, slice.page + 1);
  const view: MoreView = { count: slice.remaining, text: countMore(slice.remaining, unit), where: `the next ${plural('page', left)}` };
  if (!o.more) return view;
  if (o.paging === 'none') return { ...view, hint: { hint: 'next-page', invocation: next } };
  if (o.paging === 'more') return { ...view, action: { kind: 'more', label: ACTION_LABELS.more, invocation: next } };
  return view;
}

/** The buttons a card offers on this surface; each carries the invocation with the page it shows. */
function actions(kind: Card['kind'], o: PresentOptions, invocation: Invocation, slice: Slice): Action[] {
  if (kind === 'error' || o.noButtonsFor.includes(kind) || o.paging === 'none') return [];
  const out: Action[] = [];
  const here = atPage(invocation, slice.page);
  if (o.paging === 'pages' && slice.pages > 1) {
    out.push({
      kind: 'page',
      label: ACTION_LABELS.previous,
      invocation: atPage(invocation, Math.max(0, slice.page - 1)),
      disabled: slice.page === 0,
    });
    out.push({
      kind: 'page',
      label: ACTION_LABELS.next,
      invocation: atPage(invocation, Math.min(slice.pages - 1, slice.page + 1)),
      disabled: slice.page === slice.pages - 1,
    });
  }
  if (o.share) out.push({ kind: 'share', label: ACTION_LABELS.share[o.share], invocation: here, primary: true });
  if (o.paging === 'more' && o.more && slice.remaining) {
    out.push({ kind: 'more', label: ACTION_LABELS.more, invocation: atPage(invocation, slice.page + 1) });
  }
  return out;
}

function summaryOf(text: string): Card['summary'] {
  return { lead: text, rest: '', empty: false, text };
}
