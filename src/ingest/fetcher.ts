/**
 * The careful fetcher: http and https only, at most `maxRedirects` redirects each checked again
 * like the first address (scheme, private address, robots.txt), one request per second per host,
 * robots.txt honoured (cached per origin), an honest User-Agent. Returns the final response, a 304
 * included (conditional GET); any other status outside 2xx is refused with the status.
 */
import { IngestError } from './errors.ts';
import { FETCH_DEFAULTS, ROBOTS_TOKEN, type FetchOptions } from './options.ts';
import { HostPace } from './pace.ts';
import { requestOnce, type RawResponse } from './request.ts';
import { ALLOW_ALL, DISALLOW_ALL, parseRobots, type Robots } from './robots.ts';

export interface Fetched extends RawResponse {
  /** The address the response came from, after redirects. */
  url: string;
}

const ROBOTS_MAX_BYTES = 512 * 1024;
const ROBOTS_TTL_MS = 60 * 60 * 1000;

/** A web address the fetcher accepts, or the reason it does not. */
export function parseWebUrl(text: string): URL {
  const url = URL.parse(text.trim());
  if (!url) throw new IngestError('bad_url', { url: text.trim() });
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new IngestError('bad_scheme', { scheme: url.protocol.replace(/:$/, '') });
  url.hash = '';
  return url;
}

export class Fetcher {
  readonly options: FetchOptions;
  private readonly pace: HostPace;
  private readonly robots = new Map<string, { robots: Robots; at: number }>();

  constructor(options: Partial<FetchOptions> = {}) {
    this.options = { ...FETCH_DEFAULTS, ...options };
    this.pace = new HostPace(this.options.perHostIntervalMs);
  }

  /** GET `address`, following redirects; `headers` (Accept, If-None-Match…) go with every hop. */
  async fetch(address: string | URL, headers: Record<string, string> = {}): Promise<Fetched> {
    let url = typeof address === 'string' ? parseWebUrl(address) : address;
    for (let hops = 0; ; hops++) {
      await this.checkRobots(url);
      await this.pace.wait(url.host);
      const res = await requestOnce(url, this.options, headers);
      const location = res.headers.location;
      if (res.status >= 300 && res.status < 400 && res.status !== 304 && location) {
        if (hops >= this.options.maxRedirects) throw new IngestError('too_many_redirects', { max: this.options.maxRedirects });
        const next = URL.parse(location, url.href);
        if (!next) throw new IngestError('bad_redirect', { location });
        url = parseWebUrl(next.href);
        continue;
      }
      if (res.status !== 304 && (res.status < 200 || res.status >= 300)) {
        throw new IngestError('http_status', { status: res.status, text: res.statusText });
      }
      return { ...res, url: url.href };
    }
  }

  private async checkRobots(url: URL): Promise<void> {
    if (!this.options.robots) return;
    const cached = this.robots.get(url.origin);
    let robots = cached && Date.now() - cached.at < ROBOTS_TTL_MS ? cached.robots : undefined;
    if (!robots) {
      robots = await this.readRobots(url);
      this.robots.set(url.origin, { robots, at: Date.now() });
    }
    if (!robots.allows(`${url.pathname}${url.search}`)) throw new IngestError('robots', { host: url.host, path: url.pathname });
  }

  private async readRobots(url: URL): Promise<Robots> {
    const robotsUrl = new URL('/robots.txt', url);
    try {
      for (let hops = 0; hops <= this.options.maxRedirects; hops++) {
        await this.pace.wait(robotsUrl.host);
        const res = await requestOnce(robotsUrl, this.options, {}, ROBOTS_MAX_BYTES);
        const location = res.headers.location;
        if (res.status >= 300 && res.status < 400 && location) {
          const next = URL.parse(location, robotsUrl.href);
          if (!next || (next.protocol !== 'http:' && next.protocol !== 'https:')) return ALLOW_ALL;
          robotsUrl.href = next.href;
          continue;
        }
        if (res.status >= 200 && res.status < 300) return parseRobots(res.body.toString('utf8'), ROBOTS_TOKEN, url.origin);
        return res.status >= 400 && res.status < 500 ? ALLOW_ALL : DISALLOW_ALL;
      }
      return ALLOW_ALL;
    } catch (error) {
      // The page itself would hit the same refusal (private address, timeout): let it say so.
      if (error instanceof IngestError && error.code !== 'too_large') throw error;
      return ALLOW_ALL;
    }
  }
}
