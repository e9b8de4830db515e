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
  /**
   * Matching passages read per search at most, candidates or not: a filter or an exact phrase that
   * few matches pass (`"we will not"` is the word `not` in the index, then a check of each text)
   * would otherwise read the whole archive's matches, a text read each.
   */
  maxScanned?: number;
  /**
   * Matching ids read per search at most when the caller spreads it over groups
   * (`FindOptions.spread`: the outlets a first search did not reach). Ids outside the groups are
   * skipped without building a passage, so each costs FTS5's walk alone; past this the search says
   * it was cut.
   */
  maxIdsRead?: number;
  /**
   * Passages read and checked per spread search with a costly test (`FindOptions.verify`: an exact
   * phrase, one text read each) at most: `maxScanned` for the check of unreached outlets. Past this
   * the check says it was cut, and the outlets it did not settle are reported as not searched to
   * the end. Cheap filters (dates, speakers) keep `maxScanned`.
   */
  maxScannedSpread?: number;
}

export const SQLITE_DEFAULTS: Required<Omit<SqliteIndexOptions, 'path'>> = {
  ...TERM_MATCH_DEFAULTS,
  maxExpansions: 32,
  // An answer shows a few excerpts per outlet: the best of the 1,000 newest matches is what a
  // newsroom asks for, and ranking more costs time for nothing a reader sees. Ranking every match
  // of a common word was the whole p99 at 150k (issue 14); at 37k, ranking up to 5,000 gave a raw
  // search p50 of 50 ms (each candidate is re-read to score it), 1,000 a fifth of that.
  maxCandidates: 1000,
  // At 37k, `"we will not"` read about 60,000 matches (one text read and phrase check each) for
  // 0.9 s; 10,000 bounds any search to about 0.1 s of reading, newest first like the candidates.
  maxScanned: 10_000,
  // Walking ids costs about 0.6 µs each on the 2-core machine (295,000 ids of a word in 96% of
  // 300,000 passages: 177 ms), so 100,000 bound the check to about 60 ms. A lookup per outlet
  // instead (`rowid BETWEEN`) was tried: FTS5 then reads most of a common word's list for each
  // lookup (28 ms each for that word), far worse for an outlet spread over thousands of runs.
  maxIdsRead: 100_000,
  // On the bench's 200 queries at 37k the check built at most 926 passages, except where a filter
  // or an exact phrase rejects nearly every match (`"we will not"`: 10,000 texts read and checked
  // for 25 hits, as long again as the search it completed). 1,000 bounds the phrase checks (a
  // speaker or date filter costs no text read, and capping it left /quote outlets unsettled).
  maxScannedSpread: 1000,
};
