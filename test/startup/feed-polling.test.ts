/**
 * Feed polling in `npm start`, end to end: `src/main.ts` runs as a child process with no chat
 * tokens (the local console, stdin kept open as a pipe), a temporary corpus of two seed articles and
 * a `feeds.yaml` listing a real saved feed served by a local server, its item pointing at a real
 * saved page on the same server. The poll at start-up writes the article under `web/127.0.0.1/`,
 * the watcher indexes it, the running console answers `/sources` and `/search` with it, and SIGTERM
 * ends the process with exit code 0 after closing the poller and the watcher.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalWeb } from '../support/local-web.ts';
import { localFeed, serveSite } from '../support/feed-site.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEEDS = ['000_91348ebda5e4144c.md', '001_079f09b1d0ce58c0.md'];
/** The saved page every item of the feed answers with (WordPress Tavern, in English). */
const PAGE = 'wordpress';
const HEADLINE = 'Stack Overflow Jobs Data Shows ReactJS Skills in High Demand';
const OUTLET = 'HuffPost Canada';
const WAIT_MS = 30_000;

let web: LocalWeb;
let root: string;
let corpus: string;
let feedUrl: string;
let child: ChildProcess;
let stdout = '';
const logLines: Array<{ msg?: string; [key: string]: unknown }> = [];

async function until<T>(what: string, find: () => T | undefined | false, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}\nstdout:\n${stdout}\nlog:\n${logLines.map((l) => l.msg).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The files the ingest code wrote for the local server's host. */
function webFiles(): string[] {
  const dir = path.join(corpus, 'web', '127.0.0.1');
  return existsSync(dir) ? readdirSync(dir).filter((f) => !f.startsWith('.')) : [];
}

/** Writes a command to the console and waits for every `expected` text in what it prints after it. */
async function ask(command: string, ...expected: string[]): Promise<string> {
  const from = stdout.length;
  child.stdin?.write(`${command}\n`);
  const answer = () => stdout.slice(from);
  return until(
    `${expected.map((e) => `"${e}"`).join(', ')} in the answer to ${command}`,
    () => expected.every((e) => answer().includes(e)) && answer(),
  );
}

beforeAll(async () => {
  web = await LocalWeb.start();
  serveSite(web, () => PAGE);
  // HuffPost Canada's real feed, its links pointing here, cut to its first item (one article to fetch).
  const feed = localFeed('HuffPostCanada.xml', web.base, (text) => text.replace(/(<\/item>)[\s\S]*<\/item>/, '$1'));
  web.route('/feeds/huffpost', (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed));
  feedUrl = web.url('/feeds/huffpost');

  root = mkdtempSync(path.join(tmpdir(), 'feed-polling-'));
  corpus = path.join(root, 'corpus');
  mkdirSync(corpus);
  for (const seed of SEEDS) copyFileSync(path.join(ROOT, 'corpus', seed), path.join(corpus, seed));
  const feedsFile = path.join(root, 'feeds.yaml');
  writeFileSync(feedsFile, `feeds:\n  - url: ${feedUrl}\n    outlet: ${OUTLET}\n`);

  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      CORPUS_DIR: corpus,
      SNAPSHOT_DIR: 'off',
      FEEDS_FILE: feedsFile,
      INGEST_ALLOW_HOSTS: '127.0.0.1',
      // No robots.txt request: one request fewer, and a second less of per-host pacing.
      INGEST_ROBOTS: 'off',
      LOG_LEVEL: 'info',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  let buffered = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        logLines.push(JSON.parse(line) as { msg?: string });
      } catch {
        logLines.push({ msg: line });
      }
    }
  });
  await until('the console to open', () => stdout.includes('Newsroom bot console.'), 60_000);
});

afterAll(async () => {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = once(child, 'exit');
    child.kill('SIGKILL');
    await exited;
  }
  await web?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('npm start follows the feeds of feeds.yaml', () => {
  it('polls the feed at start-up and writes its article under web/127.0.0.1/', async () => {
    expect(logLines.find((l) => l.msg === 'feeds: polling')).toMatchObject({ feedsFile: path.join(root, 'feeds.yaml') });
    const summary = await until('the feed summary', () => logLines.find((l) => l.msg?.startsWith(`Feed ${feedUrl}:`)));
    expect(summary.msg).toBe(`Feed ${feedUrl}: 1 item, 1 added, 0 updated, 0 already added, 0 failed.`);
    const [file] = await until('the article file', () => webFiles().length > 0 && webFiles());
    expect(webFiles()).toHaveLength(1);
    const text = readFileSync(path.join(corpus, 'web', '127.0.0.1', file ?? ''), 'utf8');
    expect(text).toContain(`outlet: ${OUTLET}`);
    expect(text).toContain(HEADLINE);
    expect(web.requestsFor('/feeds/huffpost')).toBe(1);
  });

  it('indexes the new article while running: /sources and /search answer with it', async () => {
    await until('the watcher to index the article', () =>
      logLines.find((l) => l.msg?.startsWith('corpus updated') && JSON.stringify(l.files).includes('web/127.0.0.1/')),
    );
    const sources = await ask('/sources', OUTLET, 'The National', 'UrduPoint');
    expect(sources).toMatch(/3 articles from 3 outlets/);
    await ask('/search ReactJS', HEADLINE, OUTLET);
  });

  // Regression: the console installed no SIGTERM handler, so the signal killed the process (exit
  // code null) before the poller and the watcher were closed.
  it('exits 0 on SIGTERM', async () => {
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    child.kill('SIGTERM');
    const [code, signal] = await Promise.race([
      exited,
      new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error('no exit within 30 s of SIGTERM')), WAIT_MS).unref()),
    ]);
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });
});
