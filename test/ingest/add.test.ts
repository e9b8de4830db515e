/**
 * Adding pages by address, end to end against the local server: real saved news pages become
 * Markdown files with front matter under web/<host>/ that the corpus loader reads; pages with no
 * article, non-HTML bodies and errors are refused in one line with nothing written; adding again
 * leaves the file alone, a changed page replaces it.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { addArticle, type AddOutcome } from '../../src/ingest/add.ts';
import { Fetcher } from '../../src/ingest/fetcher.ts';
import { articlePath } from '../../src/ingest/store.ts';
import { LocalWeb, pageHtml } from '../support/local-web.ts';

let web: LocalWeb;
let corpus: string;
const fetcher = new Fetcher({ allowHosts: new Set(['127.0.0.1']), perHostIntervalMs: 0 });

const ARTICLE = (title: string, extra = '') => `<!doctype html><html lang="en"><head><title>${title} | Daily Ledger</title>
<meta property="og:site_name" content="Daily Ledger"><meta property="article:published_time" content="2024-03-05T09:30:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2024-03-05T09:30:00Z","author":{"@type":"Person","name":"Mara Quill"},"publisher":{"@type":"Organization","name":"Daily Ledger"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>
<p>The harbour authority voted on Tuesday to close the northern pier for repairs, a decision that will reroute ferries for most of the summer season and lengthen the commute of several thousand islanders.</p>
<p>"We cannot keep patching a structure that was built for boats half the size of today's," the authority's chair, Ines Varga, said after the vote.</p>
<p>Ferry operators said they had been warned months ago. "Nobody is surprised, but nobody planned for it either," said Tomas Reed, who runs the island line.</p>
<p>Work is due to begin in June and to end before the autumn storms, according to the authority's schedule published with the decision.${extra}</p>
</article><footer>© Daily Ledger</footer></body></html>`;

beforeAll(async () => {
  web = await LocalWeb.start();
  corpus = mkdtempSync(path.join(tmpdir(), 'ingest-add-'));
  writeFileSync(path.join(corpus, 'kept.md'), '---\noutlet: Kept\ntitle: Kept\n---\n\n"Nothing here may change," she said.\n');
  let version = 1;
  web.route('/ledger/pier', (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(ARTICLE('Northern pier to close for repairs', version > 1 ? ' The authority later added a night crossing.' : '')),
  );
  web.route('/ledger/bump', (_req, res) => {
    version++;
    res.writeHead(204).end();
  });
  web.route('/shell', (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        '<html><head><title>News app</title><script src="/app.js"></script></head><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>',
      ),
  );
  web.route('/paywall', (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        '<html><head><title>Budget talks stall</title></head><body><article><h1>Budget talks stall</h1><p>Negotiators left the room without a deal.</p><p>Subscribe to continue reading.</p></article></body></html>',
      ),
  );
  web.route('/soft-404', (_req, res) =>
    res
      .writeHead(200, { 'content-type': 'text/html' })
      .end('<html><head><title>Page not found</title></head><body><h1>Sorry, this page does not exist</h1></body></html>'),
  );
  web.route('/report.pdf', (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'));
});

afterAll(async () => {
  await web.close();
});

const ok = (o: AddOutcome) => {
  if (!o.ok) throw new Error(`expected the page to be added, got: ${o.reason}`);
  return o;
};

describe('adding an article by its address', () => {
  it('writes a real page as Markdown with front matter that the corpus loader reads, quotes and all', async () => {
    const added = ok(await addArticle(fetcher, corpus, web.url('/pages/bbc-1/')));
    expect(added.status).toBe('added');
    expect(added.file).toMatch(/^web\/[a-z0-9.-]+\/[a-z0-9-]+\.md$/);
    expect(added).toMatchObject({ outlet: 'BBC News', published: expect.stringMatching(/^2015-07-24/) });
    const text = readFileSync(path.join(corpus, added.file), 'utf8');
    expect(text).toMatch(/^---\ntitle: .+\noutlet: BBC News\nurl: http.+\npublished: .+\nbyline: BBC News\n/);
    const loaded = await loadCorpus(corpus);
    const article = loaded.articles.find((a) => a.file === added.file);
    expect(article?.paragraphs.length).toBeGreaterThan(10);
    expect(added.quotes.length).toBeGreaterThan(3);
    expect(added.quotes.some((q) => q.speaker)).toBe(true);
  });

  it('keeps paragraph breaks and reads JSON-LD, the byline and the date', async () => {
    const added = ok(await addArticle(fetcher, corpus, web.url('/ledger/pier')));
    expect(added).toMatchObject({
      outlet: 'Daily Ledger',
      title: 'Northern pier to close for repairs',
      published: '2024-03-05T09:30:00Z',
      byline: 'Mara Quill',
    });
    expect(added.file.startsWith('web/127.0.0.1/ledger-pier-')).toBe(true);
    const body = readFileSync(path.join(corpus, added.file), 'utf8').split('\n---\n')[1] ?? '';
    expect(body.trim().split('\n\n')).toHaveLength(4);
    expect(added.quotes).toHaveLength(2);
    expect(added.quotes[1]).toMatchObject({ speaker: 'Tomas Reed', cue: 'said', paragraph: 3 });
  });

  it('leaves the file alone when the same article is added again, and replaces it when the page changed', async () => {
    const first = ok(await addArticle(fetcher, corpus, web.url('/ledger/pier')));
    const file = path.join(corpus, first.file);
    const before = statSync(file).mtimeMs;
    expect(first.status).toBe('unchanged');
    expect(statSync(file).mtimeMs).toBe(before);
    await fetcher.fetch(web.url('/ledger/bump'));
    const again = ok(await addArticle(fetcher, corpus, web.url('/ledger/pier')));
    expect(again.status).toBe('updated');
    expect(again.file).toBe(first.file);
    expect(readFileSync(file, 'utf8')).toContain('night crossing');
  });

  it("stores the headline where Readability's reference has the site's og:title (yahoo-2)", async () => {
    const added = ok(await addArticle(fetcher, corpus, web.url('/pages/yahoo-2/')));
    // The reference extraction's title is "Yahoo News - Latest News & Headlines": not what a reader calls the title.
    expect(added.title).toBe('Russia: Space ship malfunctions, breaks up over Siberia');
  });

  it('records the outlet it is given instead of the page’s own', async () => {
    const added = ok(await addArticle(fetcher, corpus, web.url('/pages/wordpress/'), { outlet: 'WP Tavern' }));
    expect(added.outlet).toBe('WP Tavern');
  });

  it.each([
    ['/shell', /^No article found on the page: the page builds its text with JavaScript/],
    ['/paywall', /^No article found on the page: it is behind a paywall/],
    ['/soft-404', /^No article found on the page: it looks like an error page \("Page not found"\)/],
    ['/report.pdf', /^The address gives application\/pdf, not a web page\.$/],
    ['/nowhere', /^The site answered 404 Not Found\.$/],
  ])('refuses %s in one line and writes nothing', async (route, reason) => {
    const before = await listFiles(corpus);
    const outcome = await addArticle(fetcher, corpus, web.url(route));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.reason).toMatch(reason);
    expect(await listFiles(corpus)).toEqual(before);
    expect(readFileSync(path.join(corpus, 'kept.md'), 'utf8')).toContain('Nothing here may change');
  });
});

describe('where articles are kept', () => {
  it('names the file after the host and the address, the same for the same address', () => {
    expect(articlePath('https://www.example.com/news/2024/05/pier-closes.html')).toMatch(
      /^web\/example\.com\/05-pier-closes-[0-9a-f]{10}\.md$/,
    );
    expect(articlePath('https://example.com/a?id=1')).not.toBe(articlePath('https://example.com/a?id=2'));
    expect(articlePath('https://example.com/')).toMatch(/^web\/example\.com\/[0-9a-f]{10}\.md$/);
  });

  it('leaves no temporary file behind (it writes through a dotfile the loader ignores, then renames)', async () => {
    expect((await listFiles(corpus)).filter((f) => path.basename(f).startsWith('.'))).toEqual([]);
    expect(pageHtml('tmz-1').length).toBeGreaterThan(0);
  });
});

async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}
