/**
 * The polling loop `npm start` runs: feeds.yaml read at each round, each feed polled when due, the
 * articles written into the corpus folder, and a bad list or feed logged without stopping the loop.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Fetcher } from '../../src/ingest/fetcher.ts';
import { startPolling } from '../../src/ingest/poller.ts';
import { LocalWeb } from '../support/local-web.ts';
import { localFeed, serveSite } from '../support/feed-site.ts';

let web: LocalWeb;

beforeAll(async () => {
  web = await LocalWeb.start();
  serveSite(web);
  web.route('/feeds/huffpost', (req, res) => {
    if (req.headers['if-none-match'] === '"same"') return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"same"' }).end(localFeed('HuffPostCanada.xml', web.base));
  });
});

afterAll(async () => {
  await web.close();
});

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('the feed poller', () => {
  it('polls at start, again when due, and writes the articles into the corpus', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'poller-'));
    const corpus = path.join(root, 'corpus');
    const feedsFile = path.join(root, 'feeds.yaml');
    writeFileSync(feedsFile, `feeds:\n  - url: ${web.url('/feeds/huffpost')}\n    outlet: HuffPost Canada\n    interval: 0.005\n`);
    const lines: string[] = [];
    const poller = startPolling({
      fetcher: new Fetcher({ allowHosts: new Set(['127.0.0.1']), perHostIntervalMs: 0 }),
      corpusDir: corpus,
      feedsFile,
      stateFile: path.join(root, 'state.json'),
      defaultIntervalMinutes: 15,
      report: (line) => lines.push(line),
      tickMs: 50,
    });
    try {
      await until(() => poller.history.length >= 2, 'two polls');
    } finally {
      await poller.stop();
    }
    expect(poller.history[0]).toMatchObject({ added: 2, failed: 0 });
    expect(poller.history[1]).toMatchObject({ notModified: true });
    const loaded = await loadCorpus(corpus);
    expect(loaded.articles.map((a) => a.outlet)).toEqual(['HuffPost Canada', 'HuffPost Canada']);
    expect(lines.filter((l) => l.startsWith('Feed '))).toHaveLength(poller.history.length);
  });

  it('logs a broken feeds.yaml once and keeps going', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'poller-bad-'));
    const feedsFile = path.join(root, 'feeds.yaml');
    writeFileSync(feedsFile, 'feeds: [unclosed\n');
    const lines: string[] = [];
    const poller = startPolling({
      fetcher: new Fetcher({ allowHosts: new Set(['127.0.0.1']), perHostIntervalMs: 0 }),
      corpusDir: path.join(root, 'corpus'),
      feedsFile,
      stateFile: path.join(root, 'state.json'),
      defaultIntervalMinutes: 15,
      report: (line) => lines.push(line),
      tickMs: 20,
    });
    await until(() => lines.length >= 1, 'the problem');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await poller.stop();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Feeds not polled: .*feeds\.yaml: not valid YAML/);
  });
});
