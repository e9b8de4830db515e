/** A pino logger that keeps its lines in memory, so tests can wait for "ignored an event" and the like. */
import { pino, type Logger } from 'pino';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export class CapturedLog {
  readonly lines: LogLine[] = [];
  readonly logger: Logger;
  private readonly waiters: Array<{ match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }> = [];

  constructor() {
    this.logger = pino({ level: 'debug', base: undefined }, { write: (chunk: string) => this.add(JSON.parse(chunk) as LogLine) });
  }

  waitFor(match: (l: LogLine) => boolean): Promise<LogLine> {
    const found = this.lines.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  private add(line: LogLine): void {
    this.lines.push(line);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(line)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  }
}
