/**
 * robots.txt, read by `robots-parser` (RFC 9309 groups, longest match, `*` and `$` in paths). A
 * missing robots.txt (4xx) allows everything; one that cannot be read (5xx, unreachable) disallows
 * everything, as the RFC says: the fetcher decides those two before anything is parsed.
 */
import robotsParserModule from 'robots-parser';

/** The package is CommonJS (`module.exports = function`); its typings declare an ES default export. */
const robotsParser = robotsParserModule as unknown as (
  url: string,
  text: string,
) => { isAllowed(url: string, ua?: string): boolean | undefined };

export interface Robots {
  allows(pathAndQuery: string): boolean;
}

export const ALLOW_ALL: Robots = { allows: () => true };
export const DISALLOW_ALL: Robots = { allows: () => false };

/**
 * The rules of `text` for our `token`, for paths of the site at `origin` (a robots.txt reached
 * through a redirect still speaks for the site that was asked).
 *
 * @example
 * parseRobots('User-agent: *\nDisallow: /private', 'newsroom-bot', 'https://a.test').allows('/private/x') // → false
 */
export function parseRobots(text: string, token: string, origin: string): Robots {
  const robots = robotsParser(new URL('/robots.txt', origin).href, text);
  return { allows: (pathAndQuery) => robots.isAllowed(new URL(pathAndQuery, origin).href, token) !== false };
}
