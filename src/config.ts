/**
 * Configuration: the one place that reads the environment (after `.env` through dotenv). Values are
 * validated at start; a bad one stops start-up with a message naming the variable and the fix.
 */
import path from 'node:path';
import { z } from 'zod';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** An empty variable counts as unset (not as 0). */
const blankAsUnset = <T extends z.ZodType>(inner: T) => z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v), inner);

const schema = z.object({
  CORPUS_DIR: z.string().trim().min(1, 'must not be empty').default('corpus'),
  LOG_LEVEL: z.enum(LEVELS, { message: `must be one of ${LEVELS.join(', ')}` }).default('info'),
  HEALTH_PORT: blankAsUnset(
    z.coerce
      .number({ message: 'must be a port number from 0 to 65535' })
      .int('must be a port number from 0 to 65535')
      .min(0, 'must be a port number from 0 to 65535')
      .max(65535, 'must be a port number from 0 to 65535')
      .optional(),
  ),
  HEALTH_HOST: z.string().trim().min(1, 'must not be empty').optional(),
  SNAPSHOT_DIR: z.string().trim().min(1, 'must not be empty').optional(),
  SHUTDOWN_GRACE_SECONDS: blankAsUnset(
    z.coerce
      .number({ message: 'must be a number of seconds from 1 to 300' })
      .min(1, 'must be a number of seconds from 1 to 300')
      .max(300, 'must be a number of seconds from 1 to 300')
      .optional(),
  ),
});

export interface Config {
  corpusDir: string;
  logLevel: (typeof LEVELS)[number];
  /** Serve `GET /healthz` on this port (absent: only on Slack HTTP mode's port, if any). */
  healthPort?: number;
  /** Interface for the health port; every interface when absent. */
  healthHost?: string;
  /** How long in-flight commands get after SIGTERM/SIGINT (absent: 10 s). */
  shutdownGraceMs?: number;
  /** Where the index snapshot is kept (absent: `.cache/snapshot/<corpus name>` beside the corpus); `false`: no snapshot. */
  snapshotDir?: string | false;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.`);
    this.name = 'ConfigError';
  }
}

/** Reads config from `env` (normally `process.env` after dotenv); `overrides` come from the command line. */
export function readConfig(env: NodeJS.ProcessEnv, overrides: { corpusDir?: string } = {}): Config {
  const parsed = schema.safeParse({ ...env, ...(overrides.corpusDir ? { CORPUS_DIR: overrides.corpusDir } : {}) });
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])] ?? '')})`),
    );
  }
  const { HEALTH_PORT, HEALTH_HOST, SHUTDOWN_GRACE_SECONDS, SNAPSHOT_DIR } = parsed.data;
  return {
    corpusDir: path.resolve(parsed.data.CORPUS_DIR),
    logLevel: parsed.data.LOG_LEVEL,
    ...(HEALTH_PORT !== undefined ? { healthPort: HEALTH_PORT } : {}),
    ...(HEALTH_HOST !== undefined ? { healthHost: HEALTH_HOST } : {}),
    ...(SHUTDOWN_GRACE_SECONDS !== undefined ? { shutdownGraceMs: SHUTDOWN_GRACE_SECONDS * 1000 } : {}),
    ...(SNAPSHOT_DIR !== undefined ? { snapshotDir: SNAPSHOT_DIR.toLowerCase() === 'off' ? false : path.resolve(SNAPSHOT_DIR) } : {}),
  };
}
