/**
 * What the poller remembers between polls, in a small JSON file beside the corpus: each feed's
 * validators for conditional GET (ETag, Last-Modified), and each item already added (by GUID and by
 * address: the item's link and the article's canonical address) with the date it was updated, so an
 * item is fetched again only when it changed. Written atomically; a missing or unreadable file is
 * an empty memory (the worst case is fetching items again, which finds their files unchanged).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface FeedValidators {
  etag?: string;
  lastModified?: string;
  polledAt?: string;
}

export interface SeenItem {
  file: string;
  /** The item's own updated (or published) date when it was added. */
  updated?: string;
  /** Failed attempts so far (`file` is empty while it has not been added). */
  attempts?: number;
}

export interface FeedStateData {
  feeds: Record<string, FeedValidators>;
  items: Record<string, SeenItem>;
}

/** `.cache/feeds/<corpus folder name>.json` beside the corpus folder. */
export function defaultStateFile(corpusDir: string): string {
  return path.join(path.dirname(corpusDir), '.cache', 'feeds', `${path.basename(corpusDir)}.json`);
}

export class FeedState {
  private constructor(
    readonly file: string,
    private data: FeedStateData,
  ) {}

  static async open(file: string): Promise<FeedState> {
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as Partial<FeedStateData>;
      return new FeedState(file, { feeds: data.feeds ?? {}, items: data.items ?? {} });
    } catch {
      return new FeedState(file, { feeds: {}, items: {} });
    }
  }

  validators(feedUrl: string): FeedValidators {
    return this.data.feeds[feedUrl] ?? {};
  }

  setValidators(feedUrl: string, validators: FeedValidators): void {
    this.data.feeds[feedUrl] = validators;
  }

  /** The item seen under any of these keys (`guid:…`, `url:…`). */
  seen(keys: readonly string[]): SeenItem | undefined {
    for (const key of keys) {
      const item = this.data.items[key];
      if (item) return item;
    }
    return undefined;
  }

  remember(keys: readonly string[], item: SeenItem): void {
    for (const key of keys) this.data.items[key] = item;
  }

  async save(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temp, `${JSON.stringify(this.data)}\n`);
    await rename(temp, this.file);
  }
}
