/**
 * Remembers the ids of the last events answered, so an event Slack delivers again (`X-Slack-Retry-Num`
 * over HTTP, `retry_attempt` over Socket Mode, always with the same `event_id`) is answered once.
 */
export class RecentEvents {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 5000) {}

  /** True the first time an id is offered; false for every repeat while it is remembered. */
  firstTime(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    if (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }
}
