/**
 * What the access policy takes: rate limits, allow-lists and outlet restrictions. `src/config` reads
 * them from the environment (`accessConfig`: RATE_LIMIT_*, ALLOWED_*, RESTRICTED_OUTLETS).
 */
import type { AllowLists } from './allow-list.ts';
import type { RateLimit } from './rate-limit.ts';
import type { OutletRestrictions } from './restricted-outlets.ts';
import type { ArticleAdder } from '../ingest/adder.ts';

/** Who may add articles from chat (`/add`): off until one list is set. */
export interface AddAllowLists {
  slackUsers?: ReadonlySet<string>;
  discordUsers?: ReadonlySet<string>;
  discordRoles?: ReadonlySet<string>;
}

export interface AccessConfig {
  userLimit?: RateLimit;
  channelLimit?: RateLimit;
  allow: AllowLists;
  restrictedOutlets: OutletRestrictions;
  /** ADD_ALLOWED_*: who may use `/add`; absent or empty: nobody. */
  addAllowed?: AddAllowLists;
  /** What `/add` uses to fetch and store; absent: `/add` is not available. */
  adder?: ArticleAdder;
}

/** 10 commands per user a minute: RATE_LIMIT_USER's default. */
export const DEFAULT_USER_LIMIT: RateLimit = { count: 10, windowMs: 60_000 };
/** 60 commands per channel a minute: RATE_LIMIT_CHANNEL's default. */
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
