/**
 * The knobs of the SQLite FTS5 index, with their defaults (the same meaning as MiniSearch's where
 * the two share a name, so both engines answer alike).
 *
 * @example
 * new SqliteIndex({ path: '/var/lib/newsroom/index.sqlite' }) // kept between runs
 * new SqliteIndex({ maxCandidates: 1000 })                    // cheaper common words on a slow disk
 */
import { TERM_MATCH_DEFAULTS, type TermMatchOptions } from '../term-match.ts';

export interface SqliteIndexOptions extends TermMatchOptions {
  /** The database file; unset: in memory (tests, throw-away indexes). */
  path?: string;
  /** Index terms a prefix or a typo may expand to, most frequent first. */
  maxExpansions?: number;
  /**
   * Matching passages ranked per search at most, newest first (see `SqliteIndex.find`): bm25 scores
   * only these, so a word found in half the archive costs what a rarer one does.
   */
  maxCandidates?: number;
}

export const SQLITE_DEFAULTS: Required<Omit<SqliteIndexOptions, 'path'>> = {
  ...TERM_MATCH_DEFAULTS,
  maxExpansions: 32,
  // An answer shows a few excerpts per outlet: the best of the 1,000 newest matches is what a
  // newsroom asks for, and ranking more costs time for nothing a reader sees. Ranking every match
  // of a common word was the whole p99 at 150k (issue 14); at 37k, ranking up to 5,000 gave a raw
  // search p50 of 50 ms (each candidate is re-read to score it), 1,000 a fifth of that.
  maxCandidates: 1000,
};
