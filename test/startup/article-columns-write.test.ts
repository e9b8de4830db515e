/**
 * Start-up writes the articles' columns of every file without them; when that write fails (a full
 * disk) it says so in a warning and serves, and the next start reads those files' rows.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEngine } from '../../src/startup/engine.ts';
import { CORPUS_DIR } from '../support/seed-engine.ts';

let scratch = '';

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function start(corpus: string, snapshots: string) {
  const lines: Array<{ level: number; msg: string }> = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) });
  const engine = await buildEngine(corpus, logger, { snapshotDir: snapshots, searchEngine: 'sqlite' });
  // The warnings about the columns (the seeds give loader warnings of their own).
  return { engine, warnings: lines.filter((l) => l.level === 40 && /columns/.test(l.msg)).map((l) => l.msg) };
}

describe("start-up's write of the articles' columns", () => {
  it('logs a warning when the write fails (a full disk), keeps serving, and the next start reads the rows', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'article-columns-write-'));
    const corpus = join(scratch, 'corpus');
    const snapshots = join(scratch, 'snapshots');
    await cp(CORPUS_DIR, corpus, { recursive: true });
    const first = await start(corpus, snapshots);
    expect(first.warnings).toEqual([]);
    const expected = JSON.stringify(first.engine.sources());

    // The columns are gone (as after a change) and the disk refuses to write them again.
    const db = new Database(join(snapshots, 'index.sqlite'));
    db.exec(`UPDATE files SET articles = NULL;
      CREATE TRIGGER full_disk BEFORE UPDATE OF articles ON files WHEN NEW.articles IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;`);
    db.close();
    const second = await start(corpus, snapshots);
    expect(second.warnings).toEqual([expect.stringMatching(/could not save the articles' columns/)]);
    expect(JSON.stringify(second.engine.sources())).toBe(expected);

    // The disk has room again: the next start writes them, and says nothing.
    const again = new Database(join(snapshots, 'index.sqlite'));
    again.exec('DROP TRIGGER full_disk');
    again.close();
    const third = await start(corpus, snapshots);
    expect(third.warnings).toEqual([]);
    expect(JSON.stringify(third.engine.sources())).toBe(expected);
    const check = new Database(join(snapshots, 'index.sqlite'), { readonly: true });
    expect(check.prepare('SELECT count(*) FROM files WHERE articles IS NULL').pluck().get()).toBe(0);
    check.close();
  });
});
