import { ConfigError, loadConfig } from '../../src/config/index.ts';

/** The problems loading `env` reports, in the schema's order (none: an empty list). */
export function configProblems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}
