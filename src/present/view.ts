/**
 * The view model: what an answer looks like on any surface, before any markup. One card per answer,
 * in the habit of chat SDK cards (a title, sections, actions), but shaped by this bot's answers: a
 * summary line, groups (an outlet with its excerpts, or a statement with its wordings), notes,
 * "N more" lines and actions. Every sentence a reader sees is decided here (see `words.ts`); the
 * renderers in `src/render/` only add markup (bold, quotes, links), escaping and platform limits.
 *
 * Strings here are raw (neither escaped nor clipped): each renderer makes them safe for its markup.
 */
import type { DiffPart, HelpAnswer } from '../answer.ts';
import type { Invocation } from '../../commands/invocation.ts';

/** One citation of a paragraph: outlet, headline, date, ¶paragraph, link. */
export interface CitationView {
  article: string;
  outlet: string;
  /** The outlet as shown: `Reuters`, or `Unknown (no metadata)` when the outlet is not known. */
  outletLabel: string;
  /** `(no metadata)` for an outlet the corpus knows nothing about, else empty. */
  outletNote: string;
  /** The headline, or the article id when the article has none. */
  headline: string;
  /** `2022-04-26`, or `undated`. */
  date: string;
  /** `¶7` */
  paragraph: string;
  url?: string;
}

export interface ExcerptView {
  text: string;
  /** Matched terms as [start, end) offsets into `text`. */
  marks: ReadonlyArray<[number, number]>;
  isQuote: boolean;
  speaker?: string;
  /** How the quote was attributed (`Mr Putin said`, `according to him`); empty when unknown. */
  attribution: string;
  citation: CitationView;
  /** True when the excerpt comes from the group's own article (its title or footer cites it already). */
  sameArticle: boolean;
  /** `quote` (the topic is in the quotation) or `context` (only in its paragraph); absent without topic words. */
  match?: 'quote' | 'context';
  /** Only some of the query's words (the outlet had no passage with them all). */
  partial?: boolean;
  /** `topic in its paragraph, not in the quote`, `partial: only some of the words`, or empty. */
  matchNote: string;
}

/** One outlet of a results answer. */
export interface OutletGroup {
  kind: 'outlet';
  outlet: string;
  outletLabel: string;
  /** The best excerpt's article. */
  headline: string;
  url?: string;
  excerpts: ExcerptView[];
  /** Excerpts the answer found beyond those it carries (a renderer adds those it cannot fit). */
  more: number;
  /** `quote` or `passage`: what an excerpt is called in "N more" lines. */
  noun: 'quote' | 'passage';
}

/** The tag a wording carries: `first wording` (the base, even when partial), `first full wording`, `partial quote`. */
export type WordingTag = 'first wording' | 'first full wording' | 'partial quote';

export interface WordingView {
  text: string;
  diff: readonly DiffPart[];
  outlets: string[];
  /** `Axios` or, when several outlets carry it word for word, `Axios, Reuters: identical`. */
  label: string;
  tag?: WordingTag;
  /** `editorial insertion: [talks]` when the wording has bracketed insertions, else empty. */
  editorial: string;
  citations: CitationView[];
}

export interface FirstReportView {
  outlet: string;
  date: string;
  headline: string;
  url?: string;
  undatedOutlets: string[];
  /** `X, Y undated` (empty when every outlet is dated): they could have been first, nobody can tell. */
  undated: string;
  /** `first reported by Axios (2022-04-05; ZBC News undated)` */
  line: string;
}

/** One statement of a comparison. */
export interface StatementGroup {
  kind: 'statement';
  speaker: string;
  /** `2 outlets` */
  outlets: string;
  /** `match: high (0.90)` and `match: high`. */
  match: string;
  matchShort: string;
  firstReport?: FirstReportView;
  wordings: WordingView[];
  paraphrases: Array<{ outlet: string; sentence: string; paragraph: string; citation: CitationView }>;
}

export type Group = OutletGroup | StatementGroup;

/** A button (or, where there are none, what the "N more" line points to). */
export interface Action {
  kind: 'share' | 'more' | 'page';
  label: string;
  /** The command that produced the answer, with the page this action shows. */
  invocation: Invocation;
  /** A page button that would go nowhere (first page's "Previous"). */
  disabled?: boolean;
  primary?: boolean;
}

/** Where the groups past this page are, for surfaces without buttons: the renderer words the way to them. */
export interface Hint {
  hint: 'next-page';
  invocation: Invocation;
}

export interface PageView {
  /** 0-based page shown, and how many there are. */
  page: number;
  pages: number;
  /** 0-based index of the first group shown, how many are shown, and how many in all. */
  first: number;
  shown: number;
  total: number;
  /** `outlets 6–9 of 9` when paged, else empty. */
  range: string;
  /** `page 2 of 2` when paged, else empty. */
  label: string;
}

/** The groups past this page: `4 more outlets` on the next page(s), and how to get there. */
export interface MoreView {
  count: number;
  text: string;
  /** `the next page` or `the next 2 pages`. */
  where: string;
  /** The button that shows them, when the surface has buttons; else `hint`. */
  action?: Action;
  hint?: Hint;
}

/** The headline: `lead` is the part platforms emphasise, `rest` follows it. */
export interface Summary {
  lead: string;
  rest: string;
  /** Nothing was found (some surfaces end the sentence with a full stop, and colour it). */
  empty: boolean;
  /** `lead rest`, for places without emphasis (a header, a notification). */
  text: string;
}

interface CardBase {
  command: string;
  summary: Summary;
  notes: string[];
  actions: Action[];
}

export interface ResultsCard extends CardBase {
  kind: 'results';
  query: string;
  page: PageView;
  groups: OutletGroup[];
  /** Outlets with nothing matching; only on the last page. */
  noMatch: string[];
  /** `Quotes by Vladimir Putin, none about Bucha: Axios (4)`: outlets with the speaker's quotes on other topics; only on the last page. */
  offTopic: string;
  more?: MoreView;
  /** Statements among the results that several outlets carry, and the command that compares them. */
  related?: { count: number; text: string; invocation: Invocation; statements: StatementGroup[] };
}

export interface CompareCard extends CardBase {
  kind: 'compare';
  query: string;
  page: PageView;
  groups: StatementGroup[];
  /** `2 more matching statements carried by one outlet only`, or empty. */
  singleOutlet: string;
  more?: MoreView;
}

export interface SourceRow {
  outlet: string;
  outletLabel: string;
  /** `(no metadata)` for an outlet the corpus knows nothing about, else empty. */
  outletNote: string;
  articles: number;
  quotes: number;
  /** `2 articles`, `5 quotes` */
  articlesText: string;
  quotesText: string;
  /** `2022-04-05 – 2022-04-06`, `2022-04-05` or `undated`. */
  dates: string;
}

export interface SourcesCard extends CardBase {
  kind: 'sources';
  /** `5 quotes by 2 speakers · 30 passages` */
  stats: string;
  page: PageView;
  rows: SourceRow[];
  /** The file lists, on the last page only. */
  skipped: Array<{ file: string; reason: string }>;
  warnings: Array<{ file: string; reason: string }>;
  more?: MoreView;
}

export interface HelpCard extends CardBase {
  kind: 'help';
  commands: HelpAnswer['commands'];
  syntax: HelpAnswer['syntax'];
}

export interface ErrorCard extends CardBase {
  kind: 'error';
  message: string;
}

export type Card = ResultsCard | CompareCard | SourcesCard | HelpCard | ErrorCard;
