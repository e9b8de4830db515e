/** A write the index refuses (a full disk under SQLite) keeps the old state answering, says so, and is retried. */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { Passage } from '../../src/search/passage.ts';
import { MiniSearchIndex } from '../../src/search/minisearch/minisearch-index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { buildEngine, startLiveEngine, type LiveEngine } from '../../src/startup/engine.ts';

class FullDiskIndex extends SqliteIndex {
  full = false;
  override put(passages: readonly Passage[]): void {
    if (this.full) throw new Error('database or disk is full');
    super.put(passages);
  }
}

const article = (title: string, body: string) => `---\noutlet: Daily Planet\ntitle: ${title}\npublished: 2024-05-01\n---\n${body}\n`;
let scratch = '';
let live: LiveEngine | undefined;

afterAll(async () => {
  await live?.close();
  await rm(scratch, { recursive: true, force: true });
});

async function eventually(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('a full disk while the corpus changes', () => {
  it('keeps the indexed version answering, logs why, and indexes the change once there is room', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'full-disk-test-'));
    const corpus = join(scratch, 'corpus');
    await mkdir(corpus);
    await writeFile(join(corpus, 'pier.md'), article('Pier', 'The old pier of Brindlecombe was repaired in spring.'));
    const index = new FullDiskIndex();
    const messages: string[] = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void messages.push((JSON.parse(line) as { msg: string }).msg) });
    live = await startLiveEngine(corpus, logger, {
      snapshotDir: false,
      engine: { index: () => index },
      watch: { stableMs: 100, retryMs: 100, failedRetryMs: 200 },
    });
    const found = (query: string) => live!.engine.search({ command: 'search', query }).total;
    expect(found('Brindlecombe')).toBe(1);

    index.full = true;
    await writeFile(join(corpus, 'pier.md'), article('Pier', 'The new pier of Saltmarrow opened in autumn.'));
    await eventually(() =>
      messages.some((m) =>
        /^could not index 1 changed file\(s\) \(database or disk is full\); the previous versions keep answering/.test(m),
      ),
    );
    expect(found('Brindlecombe')).toBe(1);
    expect(found('Saltmarrow')).toBe(0);

    index.full = false;
    await eventually(() => found('Saltmarrow') === 1);
    expect(found('Brindlecombe')).toBe(0);
  });
});

describe('a full disk when the snapshot is saved', () => {
  it('leaves no temp file behind, start after start, and removes one left by a crashed run', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'full-disk-snapshot-'));
    try {
      const corpus = join(folder, 'corpus');
      const snapshotDir = join(folder, 'snapshot');
      await mkdir(corpus);
      await mkdir(snapshotDir);
      await writeFile(join(corpus, 'pier.md'), article('Pier', 'The old pier of Brindlecombe was repaired in spring.'));
      // A temp file of a run that died mid-write (a pid no process can have).
      await writeFile(join(snapshotDir, 'snapshot.ndjson.tmp-4194309-1700000000000'), 'partial');
      const fullDisk = () => {
        const index = new MiniSearchIndex();
        index.persist = async (writer) => {
          await writer.write({ some: 'x'.repeat(1 << 16) });
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        };
        return index;
      };
      const messages: string[] = [];
      const logger = pino({ level: 'debug' }, { write: (line: string) => void messages.push((JSON.parse(line) as { msg: string }).msg) });
      for (let start = 0; start < 2; start++) {
        const engine = await buildEngine(corpus, logger, { snapshotDir, engine: { index: fullDisk } });
        expect(engine.search({ command: 'search', query: 'Brindlecombe' }).total).toBe(1);
      }
      expect(messages.filter((m) => m.startsWith('could not save the snapshot (ENOSPC'))).toHaveLength(2);
      expect((await readdir(snapshotDir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
