/**
 * Signed requests already executed, so a byte-identical replay of one (same signature, same
 * timestamp) is not executed again. An entry is kept until its timestamp leaves the window in
 * which the request would still be accepted (then the request is refused as stale anyway), and
 * there are at most `capacity` entries: past that the oldest goes first. Only Slack can sign, so
 * reaching the cap means more than `capacity` genuine requests in ten minutes; it is logged.
 */
export class SeenRequests {
  private readonly expiry = new Map<string, number>();
  private warned = false;

  constructor(
    private readonly capacity = 10_000,
    private readonly onFull?: () => void,
  ) {}

  /** True the first time `key` is offered while remembered; false for every repeat until `expiresAtMs`. */
  firstTime(key: string, expiresAtMs: number, nowMs: number): boolean {
    this.forgetExpired(nowMs);
    const known = this.expiry.get(key);
    if (known !== undefined && known > nowMs) return false;
    this.expiry.set(key, expiresAtMs);
    if (this.expiry.size > this.capacity) {
      const oldest = this.expiry.keys().next().value;
      if (oldest !== undefined) this.expiry.delete(oldest);
      if (!this.warned) {
        this.warned = true;
        this.onFull?.();
      }
    }
    return true;
  }

  get size(): number {
    return this.expiry.size;
  }

  /** Entries are in arrival order, which is nearly expiry order: drop from the front while expired. */
  private forgetExpired(nowMs: number): void {
    for (const [key, expiresAt] of this.expiry) {
      if (expiresAt > nowMs) break;
      this.expiry.delete(key);
    }
  }
}
