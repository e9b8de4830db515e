/**
 * Readers for the shapes of value the environment holds (ports, URLs, ids, rate limits). Each takes
 * the trimmed, non-empty text of one variable and returns the value, or throws an Error whose message
 * says what is expected; the schema turns that into a problem naming the variable.
 */
import type { RateLimit } from '../access/rate-limit.ts';

/** A whole number from `min` to 65535. */
export function port(min: 0 | 1) {
  return (raw: string): number => {
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min || n > 65535) throw new Error(`must be a port number from ${min} to 65535`);
    return n;
  };
}

/** A number from `min` to `max`, fractions allowed. */
export function number(min: number, max: number, unit: string) {
  return (raw: string): number => {
    const n = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || n < min || n > max) throw new Error(`must be a number of ${unit} from ${min} to ${max}`);
    return n;
  };
}

/** One of `choices`, exactly. */
export function oneOf<const T extends readonly string[]>(choices: T) {
  return (raw: string): T[number] => {
    if (!choices.includes(raw)) throw new Error(`must be one of ${choices.join(', ')}`);
    return raw as T[number];
  };
}

/** Any http(s) URL; `example` shows the expected shape in the message. */
export function httpUrl(example: string) {
  return (raw: string): URL => {
    const url = URL.parse(raw);
    if (url?.protocol !== 'https:' && url?.protocol !== 'http:') throw new Error(`must be an http(s) URL such as ${example}`);
    return url;
  };
}

/** Text that starts with `prefix` (a token's kind shows in its first letters). */
export function startingWith(prefix: string, what: string) {
  return (raw: string): string => {
    if (!raw.startsWith(prefix)) throw new Error(`must start with ${prefix} (${what})`);
    return raw;
  };
}

const SNOWFLAKE = /^\d{17,20}$/;

/** A Discord id (a "snowflake": 17 to 20 digits). */
export function snowflake(raw: string): string {
  if (!SNOWFLAKE.test(raw)) throw new Error('must be a numeric Discord id (17-20 digits)');
  return raw;
}

/** `COUNT/SECONDS` (`10/60`: 10 commands a minute), or `off` (also `0`): undefined. */
export function rateLimit(raw: string): RateLimit | undefined {
  if (/^(off|0)$/i.test(raw)) return undefined;
  const m = /^(\d{1,6})\s*\/\s*(\d{1,6})\s*s?$/.exec(raw);
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1) throw new Error('must be COUNT/SECONDS such as 10/60 (10 commands a minute), or off');
  return { count: Number(m[1]), windowMs: Number(m[2]) * 1000 };
}

/** The `COUNT/SECONDS` text of a limit: what `rateLimit` reads back. */
export function rateLimitText(limit: RateLimit): string {
  return `${limit.count}/${limit.windowMs / 1000}`;
}

/** Comma-separated ids of letters and digits (Slack's `C0123ABCD`, Discord's snowflakes). */
export function idList(raw: string): ReadonlySet<string> {
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const bad = ids.find((id) => !/^[A-Za-z0-9]{1,30}$/.test(id));
  if (bad !== undefined) throw new Error(`must be a comma-separated list of ids (letters and digits); "${bad}" is not one`);
  if (!ids.length) throw new Error('is set but lists no id; unset it to allow everywhere');
  return new Set(ids);
}

/** `on` or `off` (also true/false, yes/no, 1/0). */
export function onOff(raw: string): boolean {
  if (/^(on|true|yes|1)$/i.test(raw)) return true;
  if (/^(off|false|no|0)$/i.test(raw)) return false;
  throw new Error('must be on or off');
}

/** Comma-separated host names or IP addresses (lower-cased, IPv6 without brackets). */
export function hostList(raw: string): ReadonlySet<string> {
  const hosts = raw
    .split(',')
    .map((h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/^\[|\]$/g, ''),
    )
    .filter(Boolean);
  const bad = hosts.find((h) => !/^[a-z0-9.:-]{1,253}$/.test(h));
  if (bad !== undefined) throw new Error(`must be a comma-separated list of host names or IP addresses; "${bad}" is not one`);
  if (!hosts.length) throw new Error('is set but lists no host; unset it to allow none');
  return new Set(hosts);
}
