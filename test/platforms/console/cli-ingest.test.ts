/**
 * `newsroom add` and `newsroom feeds poll` end to end against the local server, in process and
 * through the `newsroom` bin itself (one line per address, exit codes, answers alone on stdout).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fetcher } from '../../../src/ingest/fetcher.ts';
import { silentLogger } from '../../../src/logger.ts';
import { runCliRequest } from '../../../src/platforms/console/cli.ts';
import { parseCliArgs } from '../../../src/platforms/console/cli-args.ts';
import { LocalWeb } from '../../support/local-web.ts';
import { localFeed, serveSite } from '../../support/feed-site.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
let web: LocalWeb;

beforeAll(async () => {
  web = await LocalWeb.start();
  serveSite(web);
  web.route('/feeds/huffpost', (_req, res) =>
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(localFeed('HuffPostCanada.xml', web.base)),
  );
  web.route('/feeds/broken', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('not a feed'));
});

afterAll(async () => {
  await web.close();
});

async function cli(argv: string[], corpus: string, feedsFile = path.join(corpus, '..', 'feeds.yaml')) {
  const request = parseCliArgs(argv);
  if (request.kind === 'usage') throw new Error(request.text);
  const out: string[] = [];
  const code = await runCliRequest(request, {
    engine: () => Promise.reject(new Error('no engine needed')),
    ingest: () => ({ fetcher: new Fetcher({ allowHosts: new Set(['127.0.0.1']), perHostIntervalMs: 0 }), corpusDir: corpus, feedsFile }),
    color: false,
    logger: silentLogger(),
    write: (t) => out.push(t),
  });
  return { code, out };
}

describe('newsroom add', () => {
  it('prints one line per address and exits 1 when any failed, writing only what worked', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'cli-add-'));
    const { code, out } = await cli(['add', web.url('/pages/bbc-1/'), web.url('/missing'), 'ftp://x.test/a'], corpus);
    expect(code).toBe(1);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^added: web\/[\w.-]+\/[\w-]+\.md · BBC News · ".+" · 2015-07-24$/);
    expect(out[1]).toBe(`failed: ${web.url('/missing')}: The site answered 404 Not Found.`);
    expect(out[2]).toBe('failed: ftp://x.test/a: ftp addresses are not fetched; only http:// and https://.');
    expect(readdirSync(path.join(corpus, 'web'))).toHaveLength(1);
    const again = await cli(['add', web.url('/pages/bbc-1/')], corpus);
    expect(again.code).toBe(0);
    expect(again.out[0]).toMatch(/^unchanged \(already in the corpus\): web\//);
  });
});

describe('newsroom feeds poll', () => {
  it('polls the feeds of feeds.yaml once, or just --feed', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cli-feeds-'));
    const corpus = path.join(root, 'corpus');
    writeFileSync(
      path.join(root, 'feeds.yaml'),
      `- url: ${web.url('/feeds/huffpost')}\n  outlet: HuffPost Canada\n- ${web.url('/feeds/broken')}\n`,
    );
    const all = await cli(['feeds', 'poll'], corpus);
    expect(all.code).toBe(1);
    expect(all.out).toContain(`Feed ${web.url('/feeds/huffpost')}: 2 items, 2 added, 0 updated, 0 already added, 0 failed.`);
    expect(all.out).toContain(
      `Feed ${web.url('/feeds/broken')}: not polled: The feed could not be read: it is not RSS, Atom or JSON Feed.`,
    );
    const one = await cli(['feeds', 'poll', '--feed', web.url('/feeds/huffpost')], corpus);
    expect(one.code).toBe(0);
    expect(one.out.at(-1)).toBe(`Feed ${web.url('/feeds/huffpost')}: 2 items, 0 added, 0 updated, 2 already added, 0 failed.`);
  });

  it('says there is nothing to poll when no feed is listed', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'cli-nofeeds-'));
    const { code, out } = await cli(['feeds', 'poll'], corpus, path.join(corpus, 'none.yaml'));
    expect(code).toBe(1);
    expect(out[0]).toMatch(/^No feeds to poll: .*none\.yaml lists none/);
  });
});

describe('the newsroom bin', () => {
  const env = { ...process.env, INGEST_ALLOW_HOSTS: '127.0.0.1', LOG_LEVEL: 'info' };
  const bin = (args: string[]) =>
    run(process.execPath, [path.join(ROOT, 'bin/newsroom.js'), ...args], { cwd: ROOT, env }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it('prints only its lines on stdout (logs quiet by default, though LOG_LEVEL=info) and exits 0', async () => {
    const corpus = mkdtempSync(path.join(tmpdir(), 'bin-add-'));
    const add = await bin(['add', web.url('/pages/tmz-1/'), '--corpus', corpus, '--outlet', 'TMZ']);
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/^added: web\/[\w.-]+\/[\w-]+\.md · TMZ · ".+" · (undated|\d{4}-\d\d-\d\d)\n$/);
    expect(add.stderr).toBe('');
    expect(existsSync(path.join(corpus, 'web'))).toBe(true);
  }, 60_000);
});
