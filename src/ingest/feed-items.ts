/**
 * A feed document (RSS 2.0, RSS 1.0/RDF, Atom, JSON Feed) → its items in one shape, through
 * feedsmith: title, link (the article to follow), GUID, and the date it was last updated. The bytes
 * are decoded as a feed reader must (byte order mark, XML declaration, then the HTTP charset).
 */
import { parseFeed } from 'feedsmith';
import { decodeBody } from './decode.ts';
import { IngestError } from './errors.ts';

export interface FeedItem {
  title: string;
  link?: string;
  guid?: string;
  /** ISO or as the feed wrote it: compared only with itself from poll to poll. */
  updated?: string;
}

export interface ParsedFeed {
  format: string;
  title?: string;
  items: FeedItem[];
}

type Loose = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
/** feedsmith gives some fields as `{ value }` (Atom text constructs, RSS guids). */
const val = (v: unknown): string | undefined => str(v) ?? (v && typeof v === 'object' ? str((v as Loose).value) : undefined);

export function parseFeedBody(body: Uint8Array, contentType: string | undefined, base: string): ParsedFeed {
  const head = Buffer.from(body.subarray(0, 64))
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  const text = decodeBody(body, contentType, head.startsWith('{') ? 'json' : 'xml');
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(head.startsWith('{') ? (JSON.parse(text) as unknown) : text.replace(/^\uFEFF/, '').trimStart());
  } catch (error) {
    const detail = (error as Error).message === 'Unrecognized feed format' ? 'it is not RSS, Atom or JSON Feed' : (error as Error).message;
    throw new IngestError('bad_feed', { detail });
  }
  const feed = parsed.feed as unknown as Loose;
  const raw = ((feed.items ?? feed.entries ?? []) as Loose[]).filter((i) => i && typeof i === 'object');
  return { format: parsed.format, title: val(feed.title), items: raw.map((item) => itemOf(item, parsed.format, base)) };
}

function itemOf(item: Loose, format: string, base: string): FeedItem {
  const dc = (item.dc ?? {}) as Loose;
  const title = val(item.title) ?? (Array.isArray(dc.titles) ? str(dc.titles[0]) : undefined) ?? '(untitled)';
  let link: string | undefined;
  let guid: string | undefined;
  let updated: string | undefined;
  if (format === 'atom') {
    const links = (Array.isArray(item.links) ? item.links : []) as Loose[];
    link = str((links.find((l) => !l.rel || l.rel === 'alternate') ?? links[0])?.href);
    guid = str(item.id);
    updated = str(item.updated) ?? str(item.published);
  } else if (format === 'json') {
    link = str(item.url) ?? str(item.external_url);
    guid = val(item.id);
    updated = str(item.date_modified) ?? str(item.date_published);
  } else {
    const g = item.guid as Loose | string | undefined;
    guid = val(g);
    const permalink = typeof g === 'object' && g?.isPermaLink !== false ? guid : undefined;
    link =
      str(item.link) ?? (permalink && /^https?:/i.test(permalink) ? permalink : undefined) ?? str((item.rdf as Loose | undefined)?.about);
    updated = str(item.pubDate) ?? (Array.isArray(dc.dates) ? str(dc.dates[0]) : undefined);
  }
  const resolved = link ? URL.parse(link, base)?.href : undefined;
  return {
    title: title.replace(/\s+/g, ' '),
    ...(resolved ? { link: resolved } : {}),
    ...(guid ? { guid } : {}),
    ...(updated ? { updated } : {}),
  };
}
