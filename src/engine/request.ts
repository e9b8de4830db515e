/** What callers send the engine and the rows it exports: types only, shared by the engine and its helpers. */

export interface SearchRequest {
  command: 'quote' | 'search';
  /** What the user typed, filters included. */
  query: string;
  /** Structured options (Discord's `outlet:` / `speaker:` fields); combined with the query's filters. */
  outlet?: string;
  speaker?: string;
  /** Excerpts shown per outlet. */
  perOutlet?: number;
  /** Outlets this audience may not see (licensed copy restricted to some channels). */
  hiddenOutlets?: ReadonlySet<string>;
}

/** One row of the fact-checkers' quote export. */
export interface QuoteRow {
  article: string;
  outlet: string;
  headline: string;
  url?: string;
  published?: string;
  paragraph: number;
  text: string;
  speaker: string | null;
  mention: string | null;
  cue: string | null;
}
