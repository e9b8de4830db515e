/**
 * Sliding-window rate limits keyed by who asks (`slack:T1:U1`) and where (`slack:C1`): at most
 * `count` commands in any `windowMs`. A refused command does not use up the allowance, so a user who
 * waits the time they are told is answered. Memory is bounded: idle keys are swept as it runs.
 */

export interface RateLimit {
  count: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  /** When refused: whole seconds until the oldest counted command leaves the window (at least 1). */
  retryAfterSeconds: number;
  /** When refused: true for the first refusal since the key was last allowed (tell the user once). */
  firstRefusal: boolean;
}

interface Window {
  /** Times of the commands counted in the window, oldest first (at most `count`). */
  times: number[];
  refused: boolean;
}

/** Keys are swept for idleness after this many checks. */
const SWEEP_EVERY = 1_000;

export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private checks = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Decides without counting; `take` counts. Both together: `check` then, when every limit allows, `take`. */
  check(key: string): RateDecision {
    if (++this.checks % SWEEP_EVERY === 0) this.sweep();
    const now = this.now();
    const window = this.windows.get(key);
    if (!window) return { allowed: true, retryAfterSeconds: 0, firstRefusal: false };
    while (window.times.length && (window.times[0] ?? 0) <= now - this.limit.windowMs) window.times.shift();
    if (window.times.length < this.limit.count) return { allowed: true, retryAfterSeconds: 0, firstRefusal: false };
    const firstRefusal = !window.refused;
    window.refused = true;
    const waitMs = (window.times[0] ?? now) + this.limit.windowMs - now;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)), firstRefusal };
  }

  take(key: string): void {
    const window = this.windows.get(key) ?? { times: [], refused: false };
    window.times.push(this.now());
    window.refused = false;
    if (window.times.length > this.limit.count) window.times.shift();
    this.windows.set(key, window);
  }

  /** Keys currently remembered (for tests and the health report). */
  get size(): number {
    return this.windows.size;
  }

  private sweep(): void {
    const cutoff = this.now() - this.limit.windowMs;
    for (const [key, window] of this.windows) {
      if ((window.times.at(-1) ?? 0) <= cutoff) this.windows.delete(key);
    }
  }
}
