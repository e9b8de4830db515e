import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/index.ts';
import { AUTO_MINISEARCH_MAX_BYTES, checkHeapFor, chooseIndex } from '../../src/startup/index-choice.ts';

describe('choosing the index engine', () => {
  it('auto: MiniSearch up to the documented size, SQLite above it, and says why', () => {
    const small = chooseIndex('auto', AUTO_MINISEARCH_MAX_BYTES, undefined);
    expect(small.engine).toBe('minisearch');
    expect(small.make().kind).toBe('minisearch');
    expect(small.why).toMatch(/^auto: corpus ≈ 64 MB of text, within MiniSearch's 64 MB$/);
    const big = chooseIndex('auto', AUTO_MINISEARCH_MAX_BYTES + 1, '/tmp/x/index.sqlite');
    expect(big).toMatchObject({ engine: 'sqlite', sqlitePath: '/tmp/x/index.sqlite' });
    expect(big.why).toMatch(/above MiniSearch's 64 MB/);
  });

  it('an explicit SEARCH_ENGINE wins whatever the size', () => {
    expect(chooseIndex('sqlite', 10, undefined)).toMatchObject({ engine: 'sqlite', why: 'SEARCH_ENGINE=sqlite' });
    expect(chooseIndex('minisearch', 10 * AUTO_MINISEARCH_MAX_BYTES, undefined).engine).toBe('minisearch');
  });

  it('refuses a corpus too big for the heap with what to do, instead of a V8 abort later', () => {
    const limit = 4096 * 2 ** 20;
    expect(() => checkHeapFor('minisearch', 100 * 2 ** 20, limit)).not.toThrow();
    let error: unknown;
    try {
      checkHeapFor('minisearch', 600 * 2 ** 20, limit);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(
      /needs about \d+ MB of memory to index with minisearch, and this process may use 4096 MB: set SEARCH_ENGINE=sqlite/,
    );
    expect(() => checkHeapFor('sqlite', 300 * 2 ** 20, limit)).not.toThrow();
    expect(() => checkHeapFor('sqlite', 2000 * 2 ** 20, limit)).toThrow(/--max-old-space-size=\d+/);
  });
});
