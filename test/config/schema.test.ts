/** `.env.example` documents every variable the schema reads, in the schema's order, with its default. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENV_DEFAULTS, VARIABLES } from '../../src/config/index.ts';

const lines = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8').split('\n');
/** `NAME=value` or `# NAME=value` (a variable left unset), with any trailing comment dropped. */
const entries = lines.flatMap((line) => {
  const m = /^(#\s*)?([A-Z][A-Z0-9_]*)=(\S*)/.exec(line);
  return m ? [{ name: m[2] ?? '', value: m[3] ?? '', commented: m[1] !== undefined }] : [];
});

describe('.env.example', () => {
  it('lists every variable of the schema once, in the same order', () => {
    expect(entries.map((e) => e.name)).toEqual(VARIABLES);
  });

  it('sets each variable that has a default to that default, and leaves the others commented out', () => {
    for (const entry of entries) {
      const fallback = (ENV_DEFAULTS as Record<string, string>)[entry.name];
      if (fallback === undefined) expect(entry.commented, entry.name).toBe(true);
      else expect(entry, entry.name).toEqual({ name: entry.name, value: fallback, commented: false });
    }
  });
});
