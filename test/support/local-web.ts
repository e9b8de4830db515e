/**
 * A local web server on 127.0.0.1 for the ingest tests: the real saved pages of
 * `../shared/corpora/web-pages/` at `/pages/<folder>/` (as `text/html; charset=utf-8`), the real feeds
 * of `../shared/corpora/feeds/` at `/feeds/<file>` (bytes unchanged), and whatever routes a test adds
 * (redirects, huge or endless bodies, error pages). Every request is recorded; nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const SHARED = path.resolve(import.meta.dirname, '../../../shared/corpora');
export const PAGES_DIR = path.join(SHARED, 'web-pages');
export const FEEDS_DIR = path.join(SHARED, 'feeds');

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

const FEED_TYPES: Record<string, string> = {
  '.rss': 'application/rss+xml',
  '.xml': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.json': 'application/feed+json',
};

export function pageHtml(folder: string): Buffer {
  return readFileSync(path.join(PAGES_DIR, folder, 'source.html'));
}

export function feedBytes(file: string): Buffer {
  return readFileSync(path.join(FEEDS_DIR, file));
}

export class LocalWeb {
  /** Paths requested, in order (`/pages/bbc-1/`, `/robots.txt`…). */
  readonly hits: string[] = [];
  private readonly routes = new Map<string, Handler>();
  private fallback: ((pathname: string) => Handler | undefined) | undefined;
  private readonly server: http.Server;
  port = 0;

  private constructor() {
    this.server = http.createServer((req, res) => {
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
      this.hits.push(pathname);
      const handler = this.routes.get(pathname) ?? this.fallback?.(pathname) ?? builtIn(pathname);
      if (handler) handler(req, res);
      else res.writeHead(404, { 'content-type': 'text/html' }).end('<html><body><h1>Not found</h1></body></html>');
    });
  }

  static async start(): Promise<LocalWeb> {
    const web = new LocalWeb();
    await new Promise<void>((resolve) => web.server.listen(0, '127.0.0.1', resolve));
    web.port = (web.server.address() as AddressInfo).port;
    return web;
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  url(pathname: string): string {
    return `${this.base}${pathname}`;
  }

  route(pathname: string, handler: Handler): void {
    this.routes.set(pathname, handler);
  }

  /** Answers paths no route or built-in answers (a feed's article links). */
  otherwise(fallback: (pathname: string) => Handler | undefined): void {
    this.fallback = fallback;
  }

  requestsFor(pathname: string): number {
    return this.hits.filter((h) => h === pathname).length;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function builtIn(pathname: string): Handler | undefined {
  const page = /^\/pages\/([\w-]+)\/$/.exec(pathname)?.[1];
  if (page) return (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(page));
  const feed = /^\/feeds\/([\w.-]+)$/.exec(pathname)?.[1];
  if (feed)
    return (_req, res) => res.writeHead(200, { 'content-type': FEED_TYPES[path.extname(feed)] ?? 'application/xml' }).end(feedBytes(feed));
  return undefined;
}
