import { cp, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/index.ts';
import type { Logger } from '../../src/logger.ts';
import { buildEngine } from '../../src/startup/engine.ts';
import { SNAPSHOT_FORMAT } from '../../src/store/fingerprint.ts';
import { SNAPSHOT_FILE } from '../../src/store/snapshot.ts';
import { CORPUS_DIR } from '../support/seed-engine.ts';

let scratch: string;
let corpus: string;
let snapshots: string;
let reference: string;

function capture(): { logger: Logger; messages: string[] } {
  const messages: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void messages.push((JSON.parse(line) as { msg: string }).msg) });
  return { logger, messages };
}

/** Every answer kind, as JSON: two engines that give the same string answer the same. */
function answers(engine: Engine): string {
  return JSON.stringify([
    engine.search({ command: 'quote', query: 'Putin Bucha' }),
    engine.search({ command: 'search', query: 'Mariupol outlet:ZBC' }),
    engine.compare({ query: 'Bucha' }),
    engine.who('great breakthrough'),
    engine.sources(),
    engine.quoteRows(),
    engine.speakerList(),
    engine.statementList().map((s) => [s.id, s.speaker.name, s.outlets, s.members.length, s.confidence]),
  ]);
}

async function open(): Promise<{ engine: Engine; messages: string[] }> {
  const { logger, messages } = capture();
  const engine = await buildEngine(corpus, logger, { snapshotDir: snapshots });
  return { engine, messages };
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'snapshot-test-'));
  corpus = join(scratch, 'corpus');
  snapshots = join(scratch, 'snapshots');
  await cp(CORPUS_DIR, corpus, { recursive: true });
  const first = await open();
  expect(first.messages).toContain('no snapshot yet in ' + snapshots + '; building the index');
  reference = answers(first.engine);
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('index snapshot', () => {
  it('is reloaded instead of re-indexing, and gives identical answers', async () => {
    const { engine, messages } = await open();
    expect(messages).toContain('snapshot loaded (5 files)');
    expect(messages).not.toContain('index built');
    expect(answers(engine)).toBe(reference);
  });

  it('a damaged snapshot (bytes changed) means a rebuild with a log line, and the same answers', async () => {
    const path = join(snapshots, SNAPSHOT_FILE);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace('Bucha', 'Bucho'));
    const { engine, messages } = await open();
    expect(messages.some((m) => /^snapshot not usable \(checksum or line count does not match/.test(m))).toBe(true);
    expect(answers(engine)).toBe(reference);
  });

  it('a truncated snapshot means a rebuild', async () => {
    const path = join(snapshots, SNAPSHOT_FILE);
    await truncate(path, Math.floor((await readFile(path)).length / 2));
    const { engine, messages } = await open();
    expect(messages.some((m) => /^snapshot not usable \(.*\); rebuilding the index$/.test(m))).toBe(true);
    expect(answers(engine)).toBe(reference);
  });

  it('a snapshot of another format version means a rebuild', async () => {
    const path = join(snapshots, SNAPSHOT_FILE);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.replace(`"format":${SNAPSHOT_FORMAT}`, '"format":1'));
    const { engine, messages } = await open();
    expect(messages).toContain(`snapshot not usable (format 1, expected ${SNAPSHOT_FORMAT}); rebuilding the index`);
    expect(answers(engine)).toBe(reference);
  });

  it('names its index engine, and a snapshot written by another one means a rebuild', async () => {
    const path = join(snapshots, SNAPSHOT_FILE);
    const text = await readFile(path, 'utf8');
    const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { index: string };
    expect(header.index).toBe('minisearch');
    await writeFile(path, text.replace('"index":"minisearch"', '"index":"sqlite"'));
    const { engine, messages } = await open();
    expect(messages).toContain('snapshot not usable (index written by sqlite, expected minisearch); rebuilding the index');
    expect(answers(engine)).toBe(reference);
  });

  it('keeps every line small: the index writes itself in chunks, one line each', async () => {
    const text = await readFile(join(snapshots, SNAPSHOT_FILE), 'utf8');
    const lines = text.trimEnd().split('\n');
    const kinds = lines.map((l) => (JSON.parse(l) as { kind: string }).kind);
    expect(kinds.filter((k) => k === 'index').length).toBeGreaterThan(1);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(2_000_000);
  });

  it('garbage instead of a snapshot means a rebuild, never a failed start', async () => {
    await writeFile(join(snapshots, SNAPSHOT_FILE), '\u0000\u0001not json at all');
    const { engine, messages } = await open();
    expect(messages.some((m) => m.startsWith('snapshot not usable (line 1 is not valid JSON'))).toBe(true);
    expect(answers(engine)).toBe(reference);
  });

  it('a crash mid-write (a temp file left, never renamed) leaves the previous snapshot usable', async () => {
    const previous = await readFile(join(snapshots, SNAPSHOT_FILE), 'utf8');
    await writeFile(join(snapshots, `${SNAPSHOT_FILE}.tmp-99999-1`), previous.slice(0, 1000));
    const { engine, messages } = await open();
    expect(messages).toContain('snapshot loaded (5 files)');
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
  });
});
