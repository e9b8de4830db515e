/**
 * The command line's ways in from the web: `newsroom add <url…>` (one line per address: the file
 * written, outlet, headline, date; or why not; exit 1 when any failed) and `newsroom feeds poll`
 * (progress and one summary line per feed; exit 1 when a feed could not be read).
 */
import { addArticle, type AddOutcome } from '../../ingest/add.ts';
import { readFeedList, type FeedEntry } from '../../ingest/feed-list.ts';
import { defaultStateFile, FeedState } from '../../ingest/feed-state.ts';
import { reasonOf } from '../../ingest/errors.ts';
import type { Fetcher } from '../../ingest/fetcher.ts';
import { addedLine, pollFeed, type FeedSummary } from '../../ingest/poll.ts';

export interface IngestCliDeps {
  fetcher: Fetcher;
  corpusDir: string;
  feedsFile: string;
  /** The feed state file (default: `.cache/feeds/<corpus name>.json` beside the corpus). */
  stateFile?: string;
  json: boolean;
  write: (text: string) => void;
}

const STATUS: Record<'added' | 'updated' | 'unchanged', string> = {
  added: 'added',
  updated: 'updated',
  unchanged: 'unchanged (already in the corpus)',
};

export async function runAdd(urls: readonly string[], outlet: string | undefined, deps: IngestCliDeps): Promise<number> {
  const outcomes: AddOutcome[] = [];
  for (const url of urls) {
    const outcome = await addArticle(deps.fetcher, deps.corpusDir, url, outlet ? { outlet } : {});
    outcomes.push(outcome);
    if (deps.json) continue;
    deps.write(outcome.ok ? `${STATUS[outcome.status]}: ${addedLine(outcome)}` : `failed: ${url}: ${outcome.reason}`);
  }
  if (deps.json)
    deps.write(
      JSON.stringify(
        outcomes.map(({ ...o }) => ('paragraphs' in o ? { ...o, paragraphs: o.paragraphs.length } : o)),
        null,
        2,
      ),
    );
  return outcomes.every((o) => o.ok) ? 0 : 1;
}

export async function runFeedsPoll(feed: string | undefined, deps: IngestCliDeps): Promise<number> {
  let entries: FeedEntry[];
  try {
    entries = await readFeedList(deps.feedsFile);
  } catch (error) {
    if (!feed) {
      deps.write(`Feeds not polled: ${reasonOf(error)}`);
      return 1;
    }
    entries = [];
  }
  if (feed) {
    const url = URL.parse(feed)?.href;
    if (!url || !/^https?:/.test(url)) {
      deps.write(`--feed "${feed}" is not an http(s) address.`);
      return 2;
    }
    entries = [entries.find((e) => e.url === url) ?? { url }];
  }
  if (!entries.length) {
    deps.write(
      `No feeds to poll: ${deps.feedsFile} lists none (or does not exist). List them there (see docs/ingest.md) or pass --feed URL.`,
    );
    return 1;
  }
  const state = await FeedState.open(deps.stateFile ?? defaultStateFile(deps.corpusDir));
  const summaries: FeedSummary[] = [];
  for (const entry of entries) {
    summaries.push(
      await pollFeed(entry, { fetcher: deps.fetcher, corpusDir: deps.corpusDir, state, report: (line) => !deps.json && deps.write(line) }),
    );
  }
  if (deps.json) deps.write(JSON.stringify(summaries, null, 2));
  return summaries.every((s) => s.ok) ? 0 : 1;
}
