/**
 * Real feeds served so that following their items works offline: the feed's own links are rewritten
 * by code to `http://127.0.0.1:<port>/site/<host>/<path>` (bytes otherwise unchanged, the encoding kept),
 * and every such address answers with a real saved page (alternating between a few), its canonical
 * link removed so each item stays its own article.
 */
import type { LocalWeb } from './local-web.ts';
import { feedBytes, pageHtml } from './local-web.ts';

export const PAGES = ['la-nacion', 'heise', 'tmz-1', 'wordpress'];

/** The feed with every absolute http(s) address (namespace names aside) pointing at the local server. */
export function localFeed(file: string, base: string, edit: (text: string) => string = (t) => t): Buffer {
  const text = feedBytes(file).toString('latin1');
  return Buffer.from(edit(text.replace(/(?<!xmlns(?::[\w-]+)?=["'])https?:\/\/([a-z0-9.-]+)\//gi, `${base}/site/$1/`)), 'latin1');
}

/** A real page without its canonical address (so the fetched address is the article's). */
export function pageWithoutCanonical(folder: string, extra = ''): string {
  return pageHtml(folder)
    .toString('utf8')
    .replace(/<link[^>]+rel=["']?canonical[^>]*>/gi, '')
    .replace(/<meta[^>]+property=["']og:url["'][^>]*>/gi, '')
    .replace('</body>', `${extra}</body>`);
}

/** Answers every `/site/…` address with a real page; `pick` chooses which (default: by the address). */
export function serveSite(web: LocalWeb, pick: (pathname: string) => string = byAddress): void {
  web.otherwise((pathname) =>
    pathname.startsWith('/site/')
      ? (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageWithoutCanonical(pick(pathname)))
      : undefined,
  );
}

/** The page an address answers with by default. */
export function byAddress(pathname: string): string {
  let h = 0;
  for (const c of pathname) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return PAGES[h % PAGES.length] ?? 'heise';
}
