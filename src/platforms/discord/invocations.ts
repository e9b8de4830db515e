/**
 * Buttons carry a short id, not the command: a custom_id holds only 100 characters, and a query
 * with filters may not fit. The invocation behind each id stays here, in a bounded cache (least
 * recently used first out, and nothing older than the time to live), so a page button re-runs the
 * same command for another page. After a restart or expiry the button says so. The page is in the
 * custom id; the cached invocation is the shared `Invocation` (`commands/invocation.ts`).
 */
import { randomBytes } from 'node:crypto';
import type { Invocation } from '../../../commands/invocation.ts';
import type { ButtonAction } from '../../render/discord.ts';

export interface InvocationCacheOptions {
  maxEntries: number;
  ttlMs: number;
  now?: () => number;
}

export const DEFAULT_INVOCATION_CACHE: InvocationCacheOptions = { maxEntries: 5_000, ttlMs: 60 * 60 * 1000 };

export class InvocationCache {
  private readonly entries = new Map<string, { invocation: Invocation; storedAt: number }>();
  private readonly now: () => number;

  constructor(private readonly options: InvocationCacheOptions = DEFAULT_INVOCATION_CACHE) {
    this.now = options.now ?? Date.now;
  }

  /** Keeps the invocation under a fresh id and returns the id. */
  remember(invocation: Invocation): string {
    const id = randomBytes(6).toString('base64url');
    this.entries.set(id, { invocation, storedAt: this.now() });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return id;
  }

  /** The invocation, or `undefined` when it was never kept, was evicted or has expired. */
  recall(id: string): Invocation | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt > this.options.ttlMs) {
      this.entries.delete(id);
      return undefined;
    }
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.invocation;
  }

  get size(): number {
    return this.entries.size;
  }
}

const PREFIX = 'nb';

/** `nb:page:Zk3x9QaB:2`: well under Discord's 100 characters. */
export function buttonCustomId(action: ButtonAction, id: string, page: number): string {
  return `${PREFIX}:${action}:${id}:${page}`;
}

export function parseButtonCustomId(customId: string): { action: ButtonAction; id: string; page: number } | undefined {
  const m = /^nb:(page|publish):([\w-]{1,32}):(\d{1,4})$/.exec(customId);
  if (!m) return undefined;
  return { action: m[1] as ButtonAction, id: m[2]!, page: Number(m[3]) };
}
