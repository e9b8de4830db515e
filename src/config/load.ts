/**
 * Environment → validated config. `src/main.ts` (after dotenv) and the scripts call `loadConfig`
 * once; every problem is reported at once, each naming its variable and what it expects.
 */
import { configSchema, SECRET_VARIABLES, type Config } from './schema.ts';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example.`);
    this.name = 'ConfigError';
  }
}

/** What the command line may set instead of the environment. */
export interface ConfigOverrides {
  /** `--corpus`: wins over CORPUS_DIR. */
  corpusDir?: string;
}

/**
 * Reads every variable from `env` (normally `process.env` after dotenv). Throws a ConfigError listing
 * each problem as `NAME must … (got "value")`; a secret's value is never repeated.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, overrides: ConfigOverrides = {}): Config {
  const input: Record<string, string | undefined> = { ...env, ...(overrides.corpusDir ? { CORPUS_DIR: overrides.corpusDir } : {}) };
  const parsed = configSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const raw = input[name]?.trim();
      return `${name} ${issue.message}${raw && !SECRET_VARIABLES.has(name) ? ` (got ${JSON.stringify(raw)})` : ''}`;
    }),
  );
}
