/**
 * Configuration: the one place that reads the environment (after `.env` through dotenv). Values are
 * validated at start; a bad one stops start-up with a message naming the variable and the fix.
 */
import path from 'node:path';
import { z } from 'zod';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const schema = z.object({
  CORPUS_DIR: z.string().trim().min(1, 'must not be empty').default('corpus'),
  LOG_LEVEL: z.enum(LEVELS, { message: `must be one of ${LEVELS.join(', ')}` }).default('info'),
});

export interface Config {
  corpusDir: string;
  logLevel: (typeof LEVELS)[number];
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
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])] ?? '')})`));
  }
  return { corpusDir: path.resolve(parsed.data.CORPUS_DIR), logLevel: parsed.data.LOG_LEVEL };
}
