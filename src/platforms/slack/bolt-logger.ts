/**
 * Bolt (and its Web API and Socket Mode clients) log through this adapter into the app's pino
 * logger, so Slack's own messages land in the same structured log. Levels are pino's to decide.
 */
import { inspect } from 'node:util';
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../logger.ts';

export function boltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const forward =
    (method: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const err = args.find((a) => a instanceof Error);
      const msg = args
        .filter((a) => a !== err)
        .map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 3, breakLength: Infinity })))
        .join(' ');
      if (err) logger[method]({ err }, msg || (err as Error).message);
      else logger[method](msg);
    };
  return {
    debug: forward('debug'),
    info: forward('info'),
    warn: forward('warn'),
    error: forward('error'),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
