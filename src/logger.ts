/**
 * Structured logs (pino) on stderr, so stdout stays for answers. Human-readable when stderr is a
 * terminal, JSON lines otherwise (for log collectors).
 *
 * Secrets never reach the log, by two means: fields named like secrets are replaced by pino's
 * redaction, and every line is scrubbed just before it is written (message, error messages and
 * stacks, nested fields alike) of Slack tokens (`xoxb-…`, `xapp-…`, `xoxp-…`), `Bearer`
 * authorization values, Discord bot tokens, and the configured secrets themselves (see `registerSecret`).
 */
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import pretty from 'pino-pretty';

export type Logger = Pick<PinoLogger, 'info' | 'warn' | 'error' | 'debug' | 'child'>;

export const REDACTED_KEYS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'authorization',
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
];

const CENSOR = '[redacted]';

/** Token shapes redacted wherever they appear. */
const SECRET_PATTERNS = [
  /\bxox[abposre]-[A-Za-z0-9-]+/g,
  /\bxapp-[A-Za-z0-9-]+/g,
  /(?<=\bBearer\s+)[A-Za-z0-9._~+/=-]{8,}/g,
  /** Discord bot tokens: base64 user id, timestamp, HMAC. */
  /\b[A-Za-z0-9_-]{23,28}\.[A-Za-z0-9_-]{6,7}\.[A-Za-z0-9_-]{27,}/g,
];

const knownSecrets = new Set<string>();

/**
 * Adds a configured secret (a token without a recognisable shape, a signing secret) to what every
 * logger scrubs. Platforms call it with their credentials when they start.
 */
export function registerSecret(value: string | undefined): void {
  if (value && value.length >= 6) knownSecrets.add(value);
}

/** The text with every secret replaced by `[redacted]`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const secret of knownSecrets) if (out.includes(secret)) out = out.split(secret).join(CENSOR);
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, CENSOR);
  return out;
}

export interface LoggerOptions {
  pretty?: boolean;
  /** Where lines go instead of stderr (tests capture them). */
  destination?: DestinationStream;
}

export function createLogger(level: string, options: LoggerOptions = {}): PinoLogger {
  const usePretty = options.pretty ?? (options.destination === undefined && process.stderr.isTTY === true);
  const base = { level, redact: { paths: REDACTED_KEYS, censor: CENSOR }, base: undefined, hooks: { streamWrite: redactSecrets } };
  if (usePretty) {
    return pino(
      base,
      pretty({ destination: options.destination ?? 2, sync: true, colorize: true, ignore: 'pid,hostname', translateTime: 'HH:MM:ss' }),
    );
  }
  return pino(base, options.destination ?? pino.destination({ dest: 2, sync: true }));
}

/** A logger that drops everything (tests, `--json` runs). */
export function silentLogger(): PinoLogger {
  return pino({ level: 'silent' });
}
