/**
 * The polling loop `npm start` runs: every feed of `feeds.yaml` polled when its interval is due
 * (its own, else the default, 15 minutes), one feed at a time, the list re-read at each round so an
 * edit needs no restart. A failing feed or an unreadable list is logged and tried again next time;
 * nothing here ever throws into the process.
 */
import { readFeedList, type FeedEntry } from './feed-list.ts';
import { FeedState } from './feed-state.ts';
import type { Fetcher } from './fetcher.ts';
import { pollFeed, type FeedSummary } from './poll.ts';
import { reasonOf } from './errors.ts';

export interface PollerOptions {
  fetcher: Fetcher;
  corpusDir: string;
  feedsFile: string;
  stateFile: string;
  defaultIntervalMinutes: number;
  report: (line: string, level: 'info' | 'warn') => void;
  /** How often due feeds are looked for (default: a minute, or the shortest interval if shorter). */
  tickMs?: number;
}

export interface Poller {
  /** Stops polling; resolves once the item in hand, if any, is done. */
  stop(): Promise<void>;
  /** Summaries of every poll so far (tests; the health report could read them). */
  readonly history: readonly FeedSummary[];
}

export function startPolling(options: PollerOptions): Poller {
  const due = new Map<string, number>();
  const history: FeedSummary[] = [];
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();
  let listProblem = '';

  const intervalMs = (entry: FeedEntry) => (entry.intervalMinutes ?? options.defaultIntervalMinutes) * 60_000;

  async function runRound(): Promise<void> {
    let entries: FeedEntry[];
    try {
      entries = await readFeedList(options.feedsFile);
      listProblem = '';
    } catch (error) {
      const problem = reasonOf(error);
      if (problem !== listProblem) options.report(`Feeds not polled: ${problem}`, 'warn');
      listProblem = problem;
      return;
    }
    const state = await FeedState.open(options.stateFile);
    const now = Date.now();
    for (const entry of entries) {
      if (stopped) return;
      if ((due.get(entry.url) ?? 0) > now) continue;
      due.set(entry.url, now + intervalMs(entry));
      const deps = { fetcher: options.fetcher, corpusDir: options.corpusDir, state, report: options.report, stopping: () => stopped };
      history.push(await pollFeed(entry, deps));
      if (history.length > 1_000) history.splice(0, history.length - 1_000);
    }
  }

  const tick = options.tickMs ?? Math.min(60_000, options.defaultIntervalMinutes * 60_000);
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      round = runRound()
        .catch((error: unknown) => options.report(`Feed polling failed: ${reasonOf(error)}`, 'warn'))
        .then(schedule);
    }, tick);
    timer.unref();
  };
  round = runRound()
    .catch((error: unknown) => options.report(`Feed polling failed: ${reasonOf(error)}`, 'warn'))
    .then(schedule);

  return {
    history,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await round;
    },
  };
}
