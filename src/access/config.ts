/**
 * Access settings from the environment: rate limits, allow-lists and outlet restrictions. Every
 * variable is optional; a malformed one throws an Error naming it, which stops start-up.
 *
 *   RATE_LIMIT_USER=10/60          10 commands per user per 60 s (default; `off` turns it off)
 *   RATE_LIMIT_CHANNEL=60/60       60 commands per channel per 60 s (default; `off` turns it off)
 *   ALLOWED_SLACK_TEAMS=T1,T2      answer only in these workspaces (unset: everywhere)
 *   ALLOWED_SLACK_CHANNELS=C1,C2   … only in these Slack channels
 *   ALLOWED_DISCORD_GUILDS=…       … only in these Discord servers
 *   ALLOWED_DISCORD_CHANNELS=…     … only in these Discord channels (a thread counts as its parent)
 *   RESTRICTED_OUTLETS='Reuters=C123|C456;AP=C789'   these outlets only in these channels
 */
import type { AllowLists } from './allow-list.ts';
import type { RateLimit } from './rate-limit.ts';
import { parseRestrictedOutlets, type OutletRestrictions } from './restricted-outlets.ts';

export interface AccessConfig {
  userLimit?: RateLimit;
  channelLimit?: RateLimit;
  allow: AllowLists;
  restrictedOutlets: OutletRestrictions;
}

export const DEFAULT_USER_LIMIT: RateLimit = { count: 10, windowMs: 60_000 };
export const DEFAULT_CHANNEL_LIMIT: RateLimit = { count: 60, windowMs: 60_000 };

/** Rate limits on with their defaults, answers everywhere, no outlet restricted. */
export const DEFAULT_ACCESS: AccessConfig = {
  userLimit: DEFAULT_USER_LIMIT,
  channelLimit: DEFAULT_CHANNEL_LIMIT,
  allow: {},
  restrictedOutlets: new Map(),
};

/** No limit, no list, no restriction: for a platform started on its own (tests, scripts). */
export const UNRESTRICTED_ACCESS: AccessConfig = { allow: {}, restrictedOutlets: new Map() };

export function accessConfigFromEnv(env: NodeJS.ProcessEnv): AccessConfig {
  const read = (name: string) => env[name]?.trim() || undefined;
  const allow: AllowLists = {};
  const lists = {
    slackTeams: 'ALLOWED_SLACK_TEAMS',
    slackChannels: 'ALLOWED_SLACK_CHANNELS',
    discordGuilds: 'ALLOWED_DISCORD_GUILDS',
    discordChannels: 'ALLOWED_DISCORD_CHANNELS',
  } as const;
  for (const [key, name] of Object.entries(lists) as Array<[keyof AllowLists, string]>) {
    const raw = read(name);
    if (raw !== undefined) allow[key] = idList(raw, name);
  }
  const restricted = read('RESTRICTED_OUTLETS');
  return {
    userLimit: rateLimit(read('RATE_LIMIT_USER'), 'RATE_LIMIT_USER', DEFAULT_USER_LIMIT),
    channelLimit: rateLimit(read('RATE_LIMIT_CHANNEL'), 'RATE_LIMIT_CHANNEL', DEFAULT_CHANNEL_LIMIT),
    allow,
    restrictedOutlets: restricted ? parseRestrictedOutlets(restricted) : new Map(),
  };
}

/** `COUNT/SECONDS` (`10/60`), or `off`. */
function rateLimit(raw: string | undefined, name: string, fallback: RateLimit): RateLimit | undefined {
  if (raw === undefined) return fallback;
  if (/^(off|0)$/i.test(raw)) return undefined;
  const m = /^(\d{1,6})\s*\/\s*(\d{1,6})\s*s?$/.exec(raw);
  if (!m || Number(m[1]) < 1 || Number(m[2]) < 1)
    throw new Error(`${name} must be COUNT/SECONDS such as 10/60 (10 commands a minute), or off (got "${raw}")`);
  return { count: Number(m[1]), windowMs: Number(m[2]) * 1000 };
}

function idList(raw: string, name: string): ReadonlySet<string> {
  const ids = raw
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const bad = ids.find((id) => !/^[A-Za-z0-9]{1,30}$/.test(id));
  if (bad !== undefined) throw new Error(`${name} must be a comma-separated list of ids (letters and digits), got "${bad}"`);
  if (!ids.length) throw new Error(`${name} is set but lists no id; unset it to allow everywhere`);
  return new Set(ids);
}
