/**
 * The neutral answer model: what every command returns and every renderer (text, Slack Block Kit,
 * Discord embeds) consumes. It knows nothing about any chat platform. `--json` prints it as is,
 * so it is a public interface: add fields, don't rename them.
 */
import type { ErrorCode } from './errors.ts';

/** Where an excerpt comes from, enough to cite it. */
/** The most excerpts per outlet anyone can ask for: the `limit:` filter, the `limit` option, `--limit`. */
export const MAX_PER_OUTLET = 50;

export interface Citation {
  article: string;
  outlet: string;
  outletKnown: boolean;
  headline: string;
  url?: string;
  published?: string;
  /** 1-based paragraph number in the cleaned article. */
  paragraph: number;
}

export interface Excerpt extends Citation {
  /** The excerpt text, trimmed around the match with `…` where it was cut. */
  text: string;
  /** Matched terms as [start, end) character offsets into `text`. */
  marks: Array<[number, number]>;
  /** True when `text` is a direct quotation (without its quotation marks). */
  isQuote: boolean;
  speaker?: string;
  /** The words the quote was attributed to (`Mr Putin`, `he`) and the cue (`said`). */
  mention?: string;
  cue?: string;
  score: number;
  /**
   * Where the topic words are: `quote` (in the quotation itself, or for `/search` in a quotation of
   * the passage) or `context` (only in its paragraph). Absent when the query has no topic words.
   */
  match?: 'quote' | 'context';
  /** True when the passage has only some of the query's words: its outlet had no passage with them all. */
  partial?: boolean;
}

export interface OutletResult {
  outlet: string;
  outletKnown: boolean;
  /** The best excerpt's article, for a one-line citation. */
  headline: string;
  url?: string;
  published?: string;
  excerpts: Excerpt[];
  /** Excerpts found for this outlet beyond those shown. */
  more: number;
}

/** How the query was understood, as the answer reports it (the query parser's result extends it). */
export interface ParsedQueryView {
  /** Words to search for, as typed (stop words removed). */
  terms: string[];
  /** Exact phrases, checked against the passage text. */
  phrases: string[];
  /** Outlets asked for (`outlet:`), as resolved against the corpus in an answer. */
  outlets: string[];
  /** The speaker asked for (`speaker:` or a name among the words). */
  speaker?: string;
  /** Inclusive ISO bounds: `since` is the first day, `until` the last. */
  since?: string;
  until?: string;
}

export interface ResultsAnswer {
  kind: 'results';
  command: 'quote' | 'search';
  query: string;
  parsed: ParsedQueryView;
  results: OutletResult[];
  /** Outlets in scope with nothing matching. */
  noMatch: string[];
  total: number;
  /**
   * `false` when the index stopped reading early (SQLite on a very common word reads the newest
   * matches only): `total`, `matches` and each outlet's `more` are then lower bounds.
   */
  complete?: false;
  /**
   * How many excerpts found (shown or not) have the topic in the quotation, only in its paragraph
   * (`context`), or only some of the words; `beside`: the same statement as a quote found, from
   * another outlet that put the topic in the paragraph before or after it (their `match` is `context`).
   */
  matches?: { quote: number; context: number; partial: number; beside?: number };
  /** `/quote` with a speaker and topic: outlets with quotes by the speaker, none about the topic (so not "nothing from"). */
  offTopic?: Array<{ outlet: string; quotes: number }>;
  /** `/quote` only: statements among the results that several outlets carry, with their variants. */
  statements?: StatementView[];
  /** Things the reader should know (relaxed matching, unknown outlets, date-less articles left out). */
  notes: string[];
}

export interface SourcesAnswer {
  kind: 'sources';
  command: 'sources';
  outlets: Array<{ outlet: string; outletKnown: boolean; articles: number; quotes: number; from?: string; to?: string }>;
  articles: number;
  passages: number;
  quotes: number;
  speakers: number;
  skipped: Array<{ file: string; reason: string }>;
  warnings: Array<{ file: string; reason: string }>;
}

export interface HelpAnswer {
  kind: 'help';
  command: 'help';
  /** `path`: how the asker's platform reaches the command (`/who`, or `/newsroom who` on Slack). */
  commands: Array<{ name: string; path: string; description: string; usage: string }>;
  syntax: Array<{ example: string; meaning: string }>;
}

export interface ErrorAnswer {
  kind: 'error';
  command: string;
  code: ErrorCode;
  message: string;
}

/** One piece of a word-level diff of a variant against the statement's first-reported wording. */
export interface DiffPart {
  op: 'same' | 'added' | 'removed';
  text: string;
}

/** One wording of a statement, and every outlet that carries it that way. */
export interface Variant {
  text: string;
  outlets: string[];
  citations: Citation[];
  /** Editorial insertions in this wording (`[talks]`, `[T]he`): the same words as another wording but for these are not "identical". */
  editorial?: string[];
  /** True for the first-reported full wording, which the others are diffed against. */
  isBase: boolean;
  /** A fragment (a few words) quoted inside the outlet's own sentence, diffed against the words of the base it matches. */
  isPartial: boolean;
  /** Word diff against the base variant (empty for the base itself). */
  diff: DiffPart[];
}

/** Renderings of one utterance by one speaker across outlets. */
export interface StatementView {
  id: number;
  speaker: string;
  /** 0–1, and in words: how sure the grouping is that these are one utterance. */
  confidence: number;
  confidenceLabel: 'high' | 'medium' | 'low';
  outlets: string[];
  /**
   * The earliest publication, decided on instants (offsets converted to UTC; a date without a time
   * covers its whole UTC day). `sameDay`: outlets published the same day when a time is unknown on
   * either side, so nobody can tell which came first; `undatedOutlets` could have been earlier.
   * `certainty`: `sure`, `same-day` (ties) or `undated-others`.
   */
  firstReported?: {
    outlet: string;
    published: string;
    headline: string;
    url?: string;
    undatedOutlets: string[];
    sameDay?: string[];
    certainty?: 'sure' | 'same-day' | 'undated-others';
  };
  variants: Variant[];
  /** Outlets that report it only in their own words, with the sentence. */
  paraphrases: Array<Citation & { sentence: string }>;
}

export interface CompareAnswer {
  kind: 'compare';
  command: 'compare' | 'who';
  query: string;
  speaker?: string;
  statements: StatementView[];
  /** Matching statements carried by one outlet only (not shown). */
  singleOutlet: number;
  /** `/who`: how many outlets carry a quotation with the words, across every speaker. */
  outletsCarrying?: number;
  notes: string[];
}

export type Answer = ResultsAnswer | SourcesAnswer | HelpAnswer | ErrorAnswer | CompareAnswer;
