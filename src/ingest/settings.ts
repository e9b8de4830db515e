/**
 * What the environment sets for adding articles from the web (read and checked by `src/config`):
 * the fetcher's allow-list, robots.txt, size cap; the feed list and how often it is polled.
 */
import path from 'node:path';

export interface IngestSettings {
  /** INGEST_ALLOW_HOSTS: hosts or addresses that may be private or local. */
  allowHosts: ReadonlySet<string>;
  /** INGEST_ROBOTS: honour robots.txt (default on). */
  robots: boolean;
  /** INGEST_MAX_MB in bytes (default 5 MB). */
  maxBytes: number;
  /** FEEDS_FILE, absolute (default `feeds.yaml` beside the corpus folder). */
  feedsFile: string;
  /** FEEDS_INTERVAL_MINUTES; undefined: `npm start` does not poll (`off`). */
  feedsIntervalMinutes?: number;
}

/** `feeds.yaml` in the folder that holds the corpus folder. */
export function defaultFeedsFile(corpusDir: string): string {
  return path.join(path.dirname(corpusDir), 'feeds.yaml');
}
