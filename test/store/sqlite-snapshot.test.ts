/** With the SQLite index the database is the snapshot: reused at the next start, rebuilt (with a log line) when it cannot be. */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/index.ts';
import { buildEngine } from '../../src/startup/engine.ts';
import { STORE_VERSION } from '../../src/store/sqlite-store.ts';
import { CORPUS_DIR } from '../support/seed-engine.ts';

let scratch: string;
let corpus: string;
let snapshots: string;
let reference: string;

/**
 * The answers, without statement ids: an id names a statement uniquely within a process; a change
 * regroups only the speakers it touches, so ids need not be those a rebuild gives.
 */
const answers = (engine: Engine) =>
  JSON.stringify(
    [
      engine.search({ command: 'quote', query: 'Putin Bucha' }),
      engine.search({ command: 'search', query: 'Mariupol outlet:ZBC' }),
      engine.who('great breakthrough'),
      engine.sources(),
    ],
    (key, value: unknown) => (key === 'id' && typeof value === 'number' ? undefined : value),
  );

async function open(): Promise<{ engine: Engine; messages: string[] }> {
  const messages: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void messages.push((JSON.parse(line) as { msg: string }).msg) });
  const engine = await buildEngine(corpus, logger, { snapshotDir: snapshots, searchEngine: 'sqlite' });
  return { engine, messages };
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'sqlite-snapshot-test-'));
  corpus = join(scratch, 'corpus');
  snapshots = join(scratch, 'snapshots');
  await cp(CORPUS_DIR, corpus, { recursive: true });
  const first = await open();
  expect(first.messages).toContain('search engine: sqlite (SEARCH_ENGINE=sqlite)');
  // A first start creates the database: nothing was damaged, so nothing is reported as rebuilt.
  expect(first.messages.some((m) => m.startsWith('search database rebuilt'))).toBe(false);
  reference = answers(first.engine);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the SQLite database as the snapshot', () => {
  it('keeps everything in index.sqlite (no NDJSON snapshot) and reuses it at the next start', async () => {
    expect(await readdir(snapshots)).toContain('index.sqlite');
    expect(await readdir(snapshots)).not.toContain('snapshot.ndjson');
    const { engine, messages } = await open();
    expect(messages).toContain('search database loaded (5 files)');
    expect(messages.some((m) => m.startsWith('corpus changed'))).toBe(false);
    expect(messages.some((m) => m.startsWith('search database rebuilt'))).toBe(false);
    expect(answers(engine)).toBe(reference);
  });

  it('a damaged database is rebuilt from the corpus with a log line, and answers the same', async () => {
    const path = join(snapshots, 'index.sqlite');
    const bytes = await readFile(path);
    bytes.fill(0x5a, 0, 100);
    await writeFile(path, bytes);
    const { engine, messages } = await open();
    expect(messages.some((m) => /^search database rebuilt: the database (cannot be read|is damaged)/.test(m))).toBe(true);
    expect(answers(engine)).toBe(reference);
  });

  it('a database of another schema version is rebuilt', async () => {
    const db = new Database(join(snapshots, 'index.sqlite'));
    db.prepare("UPDATE meta SET value = '0' WHERE key = 'schema'").run();
    db.close();
    const { engine, messages } = await open();
    expect(messages).toContain('search database rebuilt: the database is of schema version 0, expected 3');
    expect(answers(engine)).toBe(reference);
  });

  it.each([
    ['another store version', '0'],
    ['store version 7 (quote rows without the part of a quotation running over paragraphs)', '7'],
  ])('a database of %s is rebuilt with a log line', async (_, version) => {
    const db = new Database(join(snapshots, 'index.sqlite'));
    db.prepare("UPDATE meta SET value = ? WHERE key = 'store'").run(version);
    db.close();
    const { engine, messages } = await open();
    expect(messages).toContain(`search database rebuilt: the database is of store version ${version}, expected ${STORE_VERSION}`);
    expect(answers(engine)).toBe(reference);
  });

  it('a database of store version 5 (no record of which paragraphs hold a quote) is rebuilt with a log line', async () => {
    const db = new Database(join(snapshots, 'index.sqlite'));
    db.prepare("UPDATE meta SET value = '5' WHERE key = 'store'").run();
    db.exec('ALTER TABLE articles DROP COLUMN quoted');
    db.close();
    const { engine, messages } = await open();
    expect(messages).toContain(`search database rebuilt: the database is of store version 5, expected ${STORE_VERSION}`);
    expect(answers(engine)).toBe(reference);
  });

  it('a database of store version 8 (counts of paragraph parts, not of quotations; no `quote_speakers.later`) is rebuilt with a log line', async () => {
    const db = new Database(join(snapshots, 'index.sqlite'));
    db.prepare("UPDATE meta SET value = '8' WHERE key = 'store'").run();
    db.exec('ALTER TABLE quote_speakers DROP COLUMN later');
    db.close();
    const { engine, messages } = await open();
    expect(messages).toContain(`search database rebuilt: the database is of store version 8, expected ${STORE_VERSION}`);
    expect(answers(engine)).toBe(reference);
  });

  it("a database of store version 6 (each article's quotes without the table of where each row is) is rebuilt with a log line", async () => {
    const db = new Database(join(snapshots, 'index.sqlite'));
    db.prepare("UPDATE meta SET value = '6' WHERE key = 'store'").run();
    db.prepare("UPDATE article_rows SET quotes = json_remove(quotes, '$[0]')").run();
    db.close();
    const { engine, messages } = await open();
    expect(messages).toContain(`search database rebuilt: the database is of store version 6, expected ${STORE_VERSION}`);
    expect(answers(engine)).toBe(reference);
  });

  it('after a file changes, only that file is processed and its new text is searchable', async () => {
    const name = (await readdir(corpus)).find((f) => f.endsWith('.md')) as string;
    const text = await readFile(join(corpus, name), 'utf8');
    await writeFile(join(corpus, name), `${text}\n\nThe zeppelinmarker paragraph was added later.\n`);
    const { engine, messages } = await open();
    expect(messages).toContain('corpus changed since the snapshot: 1 file(s) to index, 0 removed');
    expect(engine.search({ command: 'search', query: 'zeppelinmarker' }).total).toBe(1);
    await writeFile(join(corpus, name), text);
    const again = await open();
    expect(answers(again.engine)).toBe(reference);
  });

  it('a removed file is dropped from the database at the next start', async () => {
    const name = (await readdir(corpus)).find((f) => f.endsWith('.md')) as string;
    const text = await readFile(join(corpus, name), 'utf8');
    await rm(join(corpus, name));
    const { engine, messages } = await open();
    expect(messages).toContain('corpus changed since the snapshot: 0 file(s) to index, 1 removed');
    expect(engine.sources().articles).toBe(4);
    await writeFile(join(corpus, name), text);
    const again = await open();
    expect(again.engine.sources().articles).toBe(5);
    expect(answers(again.engine)).toBe(reference);
  });
});
