/** One article as the rest of the bot sees it: metadata plus cleaned body paragraphs. */
export interface Article {
  /** Stable id: the file's path relative to the corpus folder; for JSON/JSONL records `file#id` (or `file#line`). */
  id: string;
  /** Path of the file it came from, relative to the corpus folder. */
  file: string;
  /** Outlet name as it should be shown; `UNKNOWN_OUTLET` when the file did not say. */
  outlet: string;
  /** False when the outlet was not given by the file (answers say so). */
  outletKnown: boolean;
  headline: string;
  url?: string;
  /** ISO 8601 date (`2022-04-26`) or date-time, when known. */
  published?: string;
  byline?: string;
  /** Language code from the metadata (`en`), when given. */
  language?: string;
  /** The id the source itself gave (front matter or JSON `id`), when it gave one. */
  sourceId?: string;
  /** Hidden from every answer until this moment (UTC ISO date-time), when the source set an embargo. */
  embargo?: string;
  /** Cleaned body paragraphs, boilerplate removed, headline not repeated. */
  paragraphs: string[];
  /**
   * `paragraphs.length`, when the article's texts are read on demand (the SQLite store): set, it
   * lets counts be taken without reading them.
   */
  paragraphCount?: number;
  /** Number of paragraphs the cleaner removed as boilerplate. */
  removedParagraphs: number;
}

export const UNKNOWN_OUTLET = 'Unknown';

/** A file (or JSONL record) that could not be loaded, and why, in words a user can act on. */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface LoadResult {
  articles: Article[];
  skipped: SkippedFile[];
  /** Loaded with a caveat (e.g. no date found, duplicate id renamed). */
  warnings: SkippedFile[];
}
