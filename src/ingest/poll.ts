/**
 * Polling feeds: a conditional GET of each feed (ETag / Last-Modified: an unchanged feed costs one
 * 304), then each new item's link is followed and its article added. An item already added (same
 * GUID, same link, or a link that is an article's canonical address) is not fetched again unless the
 * feed says it was updated, in which case its file is replaced. One progress line per item added or
 * refused, one summary line per feed.
 */
import { addArticle } from './add.ts';
import { reasonOf } from './errors.ts';
import type { FeedEntry } from './feed-list.ts';
import { parseFeedBody, type FeedItem } from './feed-items.ts';
import type { FeedState } from './feed-state.ts';
import type { Fetcher } from './fetcher.ts';
import { ingestSentence } from '../messages.ts';

export interface PollDeps {
  fetcher: Fetcher;
  corpusDir: string;
  state: FeedState;
  /** One line of progress (an item added or refused, a feed's summary). */
  report: (line: string, level: 'info' | 'warn') => void;
  /** True once the process is stopping: the poll ends after the item in hand (the rest wait for the next poll). */
  stopping?: () => boolean;
}

export interface FeedSummary {
  feed: string;
  ok: boolean;
  notModified: boolean;
  items: number;
  added: number;
  updated: number;
  unchanged: number;
  seen: number;
  noLink: number;
  failed: number;
  /** The feed's own failure (unreachable, malformed), when it could not be read. */
  reason?: string;
  line: string;
}

const ACCEPT_FEED = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
/** A failing item is tried on this many polls, then left alone until the feed updates it. */
const MAX_ITEM_ATTEMPTS = 3;

export async function pollFeed(entry: FeedEntry, deps: PollDeps): Promise<FeedSummary> {
  const summary: FeedSummary = {
    feed: entry.url,
    ok: true,
    notModified: false,
    items: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    seen: 0,
    noLink: 0,
    failed: 0,
    line: '',
  };
  try {
    const previous = deps.state.validators(entry.url);
    const headers: Record<string, string> = { accept: ACCEPT_FEED };
    if (previous.etag) headers['if-none-match'] = previous.etag;
    if (previous.lastModified) headers['if-modified-since'] = previous.lastModified;
    const res = await deps.fetcher.fetch(entry.url, headers);
    if (res.status === 304) {
      summary.notModified = true;
      summary.line = `Feed ${entry.url}: not modified since the last poll.`;
      deps.state.setValidators(entry.url, { ...previous, polledAt: new Date().toISOString() });
      deps.report(summary.line, 'info');
      return summary;
    }
    const feed = parseFeedBody(res.body, String(res.headers['content-type'] ?? ''), res.url);
    summary.items = feed.items.length;
    let complete = true;
    for (const item of feed.items) {
      if (deps.stopping?.()) {
        complete = false;
        break;
      }
      await pollItem(item, entry, deps, summary);
    }
    // Validators are kept only for a feed read to the end with no item failing (failures get their
    // retries): otherwise the next poll's 304 would hide the items left.
    if (complete && !summary.failed)
      deps.state.setValidators(entry.url, {
        ...(typeof res.headers.etag === 'string' ? { etag: res.headers.etag } : {}),
        ...(typeof res.headers['last-modified'] === 'string' ? { lastModified: res.headers['last-modified'] } : {}),
        polledAt: new Date().toISOString(),
      });
  } catch (error) {
    summary.ok = false;
    summary.reason = reasonOf(error);
  }
  await deps.state
    .save()
    .catch((error: unknown) => deps.report(`Feed state ${deps.state.file} could not be saved: ${reasonOf(error)}`, 'warn'));
  summary.line = summary.ok
    ? `Feed ${entry.url}: ${summary.items} ${summary.items === 1 ? 'item' : 'items'}, ${summary.added} added, ${summary.updated} updated, ${summary.seen} already added` +
      `${summary.unchanged ? `, ${summary.unchanged} unchanged` : ''}${summary.noLink ? `, ${summary.noLink} without a link` : ''}, ${summary.failed} failed.`
    : `Feed ${entry.url}: not polled: ${summary.reason}`;
  deps.report(summary.line, summary.ok && !summary.failed ? 'info' : 'warn');
  return summary;
}

async function pollItem(item: FeedItem, entry: FeedEntry, deps: PollDeps, summary: FeedSummary): Promise<void> {
  if (!item.link) {
    summary.noLink++;
    deps.report(`  ${ingestSentence('item_no_link', { title: item.title.slice(0, 80) })}`, 'warn');
    return;
  }
  const keys = [...(item.guid ? [`guid:${item.guid}`] : []), `url:${item.link}`];
  const seen = deps.state.seen(keys);
  if (seen && (seen.updated === item.updated || item.updated === undefined)) {
    if (!seen.file && (seen.attempts ?? 0) < MAX_ITEM_ATTEMPTS) {
      // An item that failed before: try again, a few polls at most.
    } else {
      summary.seen++;
      return;
    }
  }
  const outcome = await addArticle(deps.fetcher, deps.corpusDir, item.link, entry.outlet ? { outlet: entry.outlet } : {});
  if (!outcome.ok) {
    summary.failed++;
    deps.state.remember(keys, {
      file: '',
      ...(item.updated ? { updated: item.updated } : {}),
      attempts: (seen?.file ? 0 : (seen?.attempts ?? 0)) + 1,
    });
    deps.report(`  ✗ ${item.link}: ${outcome.reason}`, 'warn');
    return;
  }
  summary[outcome.status]++;
  deps.state.remember([...keys, `url:${outcome.url}`], { file: outcome.file, ...(item.updated ? { updated: item.updated } : {}) });
  if (outcome.status !== 'unchanged') deps.report(`  ${outcome.status} ${addedLine(outcome)}`, 'info');
}

/** `web/host/file.md · Outlet · "Headline" · 2022-04-26` */
export function addedLine(a: { file: string; outlet: string; title: string; published?: string }): string {
  return `${a.file} · ${a.outlet} · "${a.title}" · ${a.published ? a.published.slice(0, 10) : 'undated'}`;
}
