import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { IndexedCorpus } from '../../src/engine/index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../../src/store/sqlite-store.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stale-speakers-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const people = ['Petra Vance', 'Ilse Marr', 'Teo Brandt'];

const article = (d: number): Article => ({
  id: `harbour#${d}`,
  file: 'harbour.jsonl',
  outlet: 'Quay Weekly',
  outletKnown: true,
  headline: `Harbour report ${d}`,
  published: `2031-04-${String(1 + (d % 28)).padStart(2, '0')}`,
  paragraphs: people.map((p, i) => `"The pier needs ${d + i} new planks before the storms," said ${p} at the meeting.`),
  removedParagraphs: 0,
});

describe('a change written to the store', () => {
  it('marks each of its person speakers stale once, however many quotes each has', async () => {
    let marks = 0;
    const prepare = Database.prototype.prepare;
    const spy = vi.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, sql: string) {
      const statement = prepare.call(this, sql);
      if (!sql.startsWith('INSERT OR IGNORE INTO stale')) return statement;
      const run = (statement.run as (...args: unknown[]) => Database.RunResult).bind(statement);
      return Object.assign(statement, { run: (...args: unknown[]) => (marks++, run(...args)) });
    } as typeof prepare);
    try {
      const index = new SqliteIndex({ path: join(dir, 'stale.sqlite') });
      const opened = openStore(index, 'test');
      const corpus = new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored);
      const articles = Array.from({ length: 8 }, (_, d) => article(d));
      await corpus.apply([{ file: 'harbour.jsonl', hash: 'h', load: { articles, skipped: [], warnings: [] } }], [], {
        deferStatements: true,
      });
      const stale = index.database.prepare('SELECT speaker FROM stale ORDER BY speaker').pluck().all();
      expect(stale).toEqual(['ilse marr', 'petra vance', 'teo brandt']);
      expect(marks).toBe(3);
      index.database.close();
    } finally {
      spy.mockRestore();
    }
  });
});
