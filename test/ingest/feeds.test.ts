/**
 * Feeds end to end against the local server: the real feeds of ../shared/corpora/feeds parsed in
 * every format, then polled for real (conditional GET, items followed to local pages, items already
 * added not fetched again, an updated item replacing its file, bad feeds and items in one line each).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { parseFeedBody } from '../../src/ingest/feed-items.ts';
import { parseFeedList } from '../../src/ingest/feed-list.ts';
import { FeedState } from '../../src/ingest/feed-state.ts';
import { Fetcher } from '../../src/ingest/fetcher.ts';
import { pollFeed, type PollDeps } from '../../src/ingest/poll.ts';
import { feedBytes, LocalWeb } from '../support/local-web.ts';
import { byAddress, localFeed, PAGES, serveSite } from '../support/feed-site.ts';

const COUNTS: Record<string, [string, number]> = {
  'guardian.rss': ['rss', 55],
  'encoding.rss': ['rss', 40],
  'heise.atom': ['atom', 15],
  'rss-1.rss': ['rdf', 69],
  'customfields.rss': ['rss', 15],
  'itunes-href.rss': ['rss', 10],
  'wapowellness.xml': ['rss', 29],
  'TechCrunch.xml': ['rss', 20],
  'HuffPostCanada.xml': ['rss', 2],
  'aktuality.rss': ['rss', 30],
  'phpxml.rss': ['rss', 20],
  'DaringFireball.json': ['json', 48],
};

describe('reading real feeds', () => {
  it.each(Object.entries(COUNTS))('%s: every item with its title and link', (file, [format, items]) => {
    const type = file.endsWith('.json') ? 'application/feed+json' : 'application/rss+xml';
    const feed = parseFeedBody(feedBytes(file), type, 'http://127.0.0.1/');
    expect(feed.format).toBe(format);
    expect(feed.items).toHaveLength(items);
    for (const item of feed.items) {
      expect(item.title).not.toBe('(untitled)');
      expect(item.link).toMatch(/^https?:\/\//);
    }
  });

  it('reads the encoding the XML declaration names (ISO-8859-1), whatever the HTTP charset says', () => {
    const feed = parseFeedBody(feedBytes('encoding.rss'), 'application/rss+xml; charset=utf-8', 'http://127.0.0.1/');
    expect(feed.items[0]?.title).toMatch(/^Mãe de utente é a nova presidente/);
  });

  it('refuses a document that is no feed in one line', () => {
    expect(() => parseFeedBody(Buffer.from('<html><body>Hello</body></html>'), 'text/html', 'http://x/')).toThrow(
      'The feed could not be read: it is not RSS, Atom or JSON Feed.',
    );
  });
});

describe('feeds.yaml', () => {
  it('reads a list or feeds:, with outlets and intervals', () => {
    expect(
      parseFeedList(
        'feeds:\n  - url: https://example.org/rss\n    outlet: Example\n    interval: 2h\n  - https://example.org/atom\n',
        'feeds.yaml',
      ),
    ).toEqual([{ url: 'https://example.org/rss', outlet: 'Example', intervalMinutes: 120 }, { url: 'https://example.org/atom' }]);
  });

  it.each([
    ['- url: ftp://example.org/x\n', 'feeds.yaml: feed 1: "ftp://example.org/x" is not an http(s) address'],
    ['- url: https://e.org/x\n  interval: soon\n', 'feeds.yaml: feed 1: interval "soon" is not a number of minutes (e.g. 30, 30m or 2h)'],
    ['feeds: [unclosed\n', 'feeds.yaml: not valid YAML'],
    ['- url: https://e.org/x\n  colour: blue\n', 'feeds.yaml: expected a list of feeds'],
  ])('says what is wrong with %j', (text, message) => {
    expect(() => parseFeedList(text, 'feeds.yaml')).toThrow(message);
  });
});

describe('polling', () => {
  let web: LocalWeb;
  let corpus: string;
  let deps: PollDeps;
  const lines: string[] = [];
  let etag = '"v1"';
  let huffpost = localFeed('HuffPostCanada.xml', '');

  beforeAll(async () => {
    web = await LocalWeb.start();
    serveSite(web);
    huffpost = localFeed('HuffPostCanada.xml', web.base);
    web.route('/feeds/huffpost', (req, res) => {
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(huffpost);
    });
    web.route('/feeds/heise', (_req, res) =>
      res.writeHead(200, { 'content-type': 'application/atom+xml' }).end(localFeed('heise.atom', web.base)),
    );
    web.route('/feeds/json', (_req, res) => {
      const feed = JSON.parse(localFeed('DaringFireball.json', web.base).toString('utf8')) as { items: unknown[] };
      res.writeHead(200, { 'content-type': 'application/feed+json' }).end(JSON.stringify({ ...feed, items: feed.items.slice(0, 3) }));
    });
    web.route('/feeds/rdf', (_req, res) => {
      let n = 0;
      const rdf = localFeed('rss-1.rss', web.base, (t) => t.replace(/<item\b[\s\S]*?<\/item>\s*/g, (item) => (++n <= 3 ? item : '')));
      res.writeHead(200, { 'content-type': 'application/rdf+xml' }).end(rdf);
    });
    web.route('/feeds/broken', (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Moved</body></html>'));
    web.route('/feeds/linkless', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>No address here</title></item><item><title>Twice</title><link>${web.base}/site/x.test/a</link></item><item><title>Twice again</title><link>${web.base}/site/x.test/a</link></item></channel></rss>`,
        ),
    );
    corpus = mkdtempSync(path.join(tmpdir(), 'ingest-feeds-'));
    deps = {
      fetcher: new Fetcher({ allowHosts: new Set(['127.0.0.1']), perHostIntervalMs: 0 }),
      corpusDir: corpus,
      state: await FeedState.open(path.join(corpus, '..', `${path.basename(corpus)}-state.json`)),
      report: (line) => lines.push(line),
    };
  });

  afterAll(async () => {
    await web.close();
  });

  const pagesFetched = () => web.hits.filter((h) => h.startsWith('/site/')).length;

  it('adds each item of an RSS 2.0 feed, then asks again with its ETag and fetches nothing', async () => {
    const first = await pollFeed({ url: web.url('/feeds/huffpost'), outlet: 'HuffPost Canada' }, deps);
    expect(first.line).toBe(`Feed ${web.url('/feeds/huffpost')}: 2 items, 2 added, 0 updated, 0 already added, 0 failed.`);
    const loaded = await loadCorpus(corpus);
    expect(loaded.articles.filter((a) => a.outlet === 'HuffPost Canada')).toHaveLength(2);
    const fetched = pagesFetched();
    const second = await pollFeed({ url: web.url('/feeds/huffpost'), outlet: 'HuffPost Canada' }, deps);
    expect(second.line).toBe(`Feed ${web.url('/feeds/huffpost')}: not modified since the last poll.`);
    etag = '"v2"';
    const third = await pollFeed({ url: web.url('/feeds/huffpost') }, deps);
    expect(third).toMatchObject({ items: 2, added: 0, seen: 2 });
    expect(pagesFetched()).toBe(fetched);
  });

  it('fetches an item again when the feed says it was updated, and replaces its file', async () => {
    const url = web.url('/feeds/huffpost');
    const [item] = parseFeedBody(huffpost, 'application/rss+xml', url).items;
    // The first item's date (the channel's own pubDate comes first).
    let dates = 0;
    const bumped = huffpost
      .toString('latin1')
      .replace(/<pubDate>[^<]*<\/pubDate>/g, (d) => (++dates === 2 ? '<pubDate>Wed, 18 Oct 2017 12:00:00 GMT</pubDate>' : d));
    huffpost = Buffer.from(bumped, 'latin1');
    etag = '"v3"';
    const changed = new URL(item?.link ?? '').pathname;
    const other = PAGES.find((p) => p !== byAddress(changed)) ?? 'heise';
    serveSite(web, (p) => (p === changed ? other : byAddress(p)));
    const summary = await pollFeed({ url, outlet: 'HuffPost Canada' }, deps);
    expect(summary, summary.line).toMatchObject({ updated: 1, seen: 1, failed: 0 });
    expect(lines.some((l) => /^ {2}updated web\/127\.0\.0\.1\/.+ · HuffPost Canada · "/.test(l))).toBe(true);
    serveSite(web);
  });

  it.each([
    ['Atom', '/feeds/heise', 15],
    ['JSON Feed', '/feeds/json', 3],
    ['RSS 1.0 (RDF)', '/feeds/rdf', 3],
  ])('follows the items of %s', async (_format, route, items) => {
    const summary = await pollFeed({ url: web.url(route) }, deps);
    expect(summary, summary.line).toMatchObject({ ok: true, items, added: items, failed: 0 });
  });

  it('says in one line that a feed is malformed, an item has no link, an item is a duplicate', async () => {
    const broken = await pollFeed({ url: web.url('/feeds/broken') }, deps);
    expect(broken.line).toBe(`Feed ${web.url('/feeds/broken')}: not polled: The feed could not be read: it is not RSS, Atom or JSON Feed.`);
    const linkless = await pollFeed({ url: web.url('/feeds/linkless') }, deps);
    expect(linkless).toMatchObject({ items: 3, noLink: 1, added: 1, seen: 1 });
    expect(lines).toContain('  Feed item "No address here" has no link; skipped.');
    const unreachable = await pollFeed({ url: 'http://127.0.0.1:9/feed' }, deps);
    expect(unreachable.line).toBe('Feed http://127.0.0.1:9/feed: not polled: 127.0.0.1 could not be reached (ECONNREFUSED).');
  });

  it('keeps its memory in a small JSON file', () => {
    const saved = JSON.parse(readFileSync(deps.state.file, 'utf8')) as { feeds: object; items: object };
    expect(Object.keys(saved.feeds)).toContain(web.url('/feeds/huffpost'));
    expect(Object.keys(saved.items).length).toBeGreaterThan(20);
  });
});
