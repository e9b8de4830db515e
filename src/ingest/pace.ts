/**
 * At most one request per `intervalMs` to each host: requests to one host queue behind each other,
 * requests to different hosts run side by side. Memory stays small: hosts idle for a while are forgotten.
 */
export class HostPace {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Resolves when a request to `host` may start, and books that slot. */
  async wait(host: string): Promise<void> {
    if (this.intervalMs <= 0) return;
    const now = this.now();
    if (this.next.size > 1_000) for (const [h, at] of this.next) if (at < now) this.next.delete(h);
    const at = Math.max(now, this.next.get(host) ?? 0);
    this.next.set(host, at + this.intervalMs);
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }
}
