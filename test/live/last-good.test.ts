/**
 * A file that becomes unreadable keeps its last good version indexed, with a warning listed in
 * /sources, until it is fixed or removed: while running and at the next start (from the snapshot).
 */
import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { healthReport } from '../../src/health/report.ts';
import { buildEngine, startLiveEngine, type LiveEngine } from '../../src/startup/engine.ts';

const record = (title: string, text: string) => JSON.stringify({ outlet: 'Harbour Gazette', title, published: '2024-03-02', text });
const DAMAGED = '{"outlet": "Harbour Gazette", "title": "Tide", "text": "The tide tables for Oskarvik were rev\u0000\u0000\u0000';
const KEPT = /^the new version could not be read \(.+\); the last good version stays indexed until the file is fixed or removed$/;

let scratch = '';
let live: LiveEngine | undefined;

afterEach(async () => {
  await live?.close();
  live = undefined;
  await rm(scratch, { recursive: true, force: true });
});

async function eventually(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function quietLogger(messages: string[] = []) {
  return pino({ level: 'debug' }, { write: (line: string) => void messages.push((JSON.parse(line) as { msg: string }).msg) });
}

async function corpusFolder(): Promise<string> {
  scratch = await mkdtemp(join(tmpdir(), 'last-good-'));
  const corpus = join(scratch, 'corpus');
  await mkdir(corpus);
  await writeFile(join(corpus, 'ferry.md'), '---\noutlet: Harbour Gazette\ntitle: Ferry\n---\nThe night ferry to Oskarvik left on time.\n');
  await writeFile(join(corpus, 'tide.json'), record('Tide', 'The tide tables for Oskarvik were revised by the harbour master.'));
  return corpus;
}

describe('keeping the last good version of a damaged file', () => {
  it('while running: keeps answering from it with a warning, then takes the fixed version, then drops it when removed', async () => {
    const corpus = await corpusFolder();
    const messages: string[] = [];
    live = await startLiveEngine(corpus, quietLogger(messages), {
      snapshotDir: false,
      searchEngine: 'minisearch',
      watch: { stableMs: 100, retryMs: 50, retries: 2 },
    });
    const l = live;
    const found = (query: string) => l.engine.search({ command: 'search', query }).total;
    expect(found('tide tables')).toBe(1);

    await writeFile(join(corpus, 'tide.json'), DAMAGED);
    await eventually(() => l.engine.sources().skipped.some((s) => s.file === 'tide.json'));
    expect(l.engine.sources().skipped.find((s) => s.file === 'tide.json')?.reason).toMatch(KEPT);
    expect(messages.some((m) => m.startsWith('tide.json: the new version could not be read'))).toBe(true);
    expect(found('tide tables')).toBe(1);
    expect(l.engine.sources().articles).toBe(2);
    expect(healthReport({ engine: l.engine, startedAt: 0, platforms: () => [] }).corpus.skippedFiles).toBe(1);

    await writeFile(join(corpus, 'tide.json'), record('Tide', 'The tide tables for Oskarvik were withdrawn for checks.'));
    await eventually(() => found('withdrawn') === 1);
    expect(l.engine.sources().skipped).toEqual([]);

    await writeFile(join(corpus, 'tide.json'), DAMAGED);
    await eventually(() => l.engine.sources().skipped.some((s) => s.file === 'tide.json'));
    await unlink(join(corpus, 'tide.json'));
    await eventually(() => found('withdrawn') === 0);
    expect(l.engine.sources().skipped).toEqual([]);
    expect(l.engine.sources().articles).toBe(1);
  });

  it('at start-up: a file damaged since the snapshot keeps its snapshot version, with a warning', async () => {
    const corpus = await corpusFolder();
    const snapshotDir = join(scratch, 'snapshot');
    const first = await buildEngine(corpus, quietLogger(), { snapshotDir, searchEngine: 'minisearch' });
    expect(first.search({ command: 'search', query: 'tide tables' }).total).toBe(1);

    await writeFile(join(corpus, 'tide.json'), DAMAGED);
    const messages: string[] = [];
    const second = await buildEngine(corpus, quietLogger(messages), { snapshotDir, searchEngine: 'minisearch' });
    expect(second.search({ command: 'search', query: 'tide tables' }).total).toBe(1);
    expect(second.sources().skipped).toEqual([{ file: 'tide.json', reason: expect.stringMatching(KEPT) }]);
    expect(messages.some((m) => m.startsWith('tide.json: the new version could not be read'))).toBe(true);

    // Still damaged at the next start: the snapshot kept the good version, so it is kept again.
    const third = await buildEngine(corpus, quietLogger(), { snapshotDir, searchEngine: 'minisearch' });
    expect(third.search({ command: 'search', query: 'tide tables' }).total).toBe(1);

    await unlink(join(corpus, 'tide.json'));
    const fourth = await buildEngine(corpus, quietLogger(), { snapshotDir, searchEngine: 'minisearch' });
    expect(fourth.search({ command: 'search', query: 'tide tables' }).total).toBe(0);
    expect(fourth.sources().skipped).toEqual([]);
  });
});
