/**
 * `feeds.yaml`: the feeds the desk follows. Either a list, or `feeds:` holding one; each feed is a
 * `url` (or just the address as a string), with an optional `outlet` (recorded instead of the
 * pages' own site name) and an optional `interval` (minutes, or `30m`, `2h`; the poller's default
 * otherwise). Read with `yaml`, checked with zod; a problem names the file and the entry.
 *
 * @example
 * feeds:
 *   - url: https://www.theguardian.com/world/rss
 *     outlet: The Guardian
 *   - url: https://example.org/feed.json
 *     interval: 1h
 */
import { readFile } from 'node:fs/promises';
import YAML from 'yaml';
import { z } from 'zod';

export interface FeedEntry {
  url: string;
  outlet?: string;
  /** Minutes between polls; absent: the poller's default. */
  intervalMinutes?: number;
}

export class FeedListError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'FeedListError';
  }
}

function minutes(value: string | number): number | undefined {
  if (typeof value === 'number') return value > 0 ? value : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m|min|minutes?|h|hours?)?\s*$/i.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]) * (/^h/i.test(m[2] ?? '') ? 60 : 1);
  return n > 0 ? n : undefined;
}

const entrySchema = z.union([
  z.string().transform((url) => ({ url })),
  z
    .object({ url: z.string().min(1), outlet: z.string().trim().min(1).optional(), interval: z.union([z.string(), z.number()]).optional() })
    .strict(),
]);
const listSchema = z.union([z.array(entrySchema), z.object({ feeds: z.array(entrySchema).default([]) }).strict()]);

export function parseFeedList(text: string, file: string): FeedEntry[] {
  let data: unknown;
  try {
    data = YAML.parse(text) ?? [];
  } catch (error) {
    throw new FeedListError(file, `not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
  const parsed = listSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new FeedListError(
      file,
      `expected a list of feeds (each "url:", optional "outlet:", "interval:")${where}: ${issue?.message ?? ''}`,
    );
  }
  const entries = Array.isArray(parsed.data) ? parsed.data : parsed.data.feeds;
  return entries.map((entry, n) => {
    const url = URL.parse(entry.url.trim());
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
      throw new FeedListError(file, `feed ${n + 1}: "${entry.url}" is not an http(s) address`);
    const out: FeedEntry = { url: url.href };
    if ('outlet' in entry && entry.outlet) out.outlet = entry.outlet;
    if ('interval' in entry && entry.interval !== undefined) {
      const m = minutes(entry.interval);
      if (m === undefined)
        throw new FeedListError(file, `feed ${n + 1}: interval "${entry.interval}" is not a number of minutes (e.g. 30, 30m or 2h)`);
      out.intervalMinutes = m;
    }
    return out;
  });
}

/** The feeds listed in `file`; none when it does not exist. */
export async function readFeedList(file: string): Promise<FeedEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new FeedListError(file, `could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseFeedList(text, file);
}
