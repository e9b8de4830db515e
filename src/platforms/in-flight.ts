/**
 * Commands being answered, so a shutdown can stop taking new ones and wait for these to finish.
 * Platforms check `accepting` before starting a command and run its whole answer inside `track`.
 */
import { notice } from '../messages.ts';

/** What a user is told about a command that arrives while the bot is stopping. */
export const RESTARTING_MESSAGE = notice('restarting');

export class InFlight {
  private open = true;
  private readonly running = new Set<Promise<unknown>>();
  private readonly idle: Array<() => void> = [];

  get accepting(): boolean {
    return this.open;
  }

  get count(): number {
    return this.running.size;
  }

  /** Runs `work`, counted as in flight until it settles. */
  track<T>(work: () => Promise<T>): Promise<T> {
    const promise = work();
    this.running.add(promise);
    const done = () => {
      this.running.delete(promise);
      if (!this.running.size) for (const resolve of this.idle.splice(0)) resolve();
    };
    promise.then(done, done);
    return promise;
  }

  /** Stops taking new commands; resolves when the ones in flight have finished. */
  close(): Promise<void> {
    this.open = false;
    if (!this.running.size) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }
}
