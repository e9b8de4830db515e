/**
 * Structured logs (pino) on stderr, so stdout stays for answers. Human-readable when stderr is a
 * terminal, JSON lines otherwise (for log collectors). Secrets are redacted by key name.
 */
import { pino, type Logger as PinoLogger } from 'pino';
import pretty from 'pino-pretty';

export type Logger = Pick<PinoLogger, 'info' | 'warn' | 'error' | 'debug' | 'child'>;

export const REDACTED_KEYS = ['token', 'botToken', 'appToken', 'signingSecret', 'authorization', '*.token', '*.authorization', 'headers.authorization'];

export function createLogger(level: string, options: { pretty?: boolean } = {}): PinoLogger {
  const usePretty = options.pretty ?? process.stderr.isTTY === true;
  const base = { level, redact: { paths: REDACTED_KEYS, censor: '[redacted]' }, base: undefined };
  if (usePretty) {
    return pino(base, pretty({ destination: 2, sync: true, colorize: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' }));
  }
  return pino(base, pino.destination({ dest: 2, sync: true }));
}

/** A logger that drops everything (tests, `--json` runs). */
export function silentLogger(): PinoLogger {
  return pino({ level: 'silent' });
}
