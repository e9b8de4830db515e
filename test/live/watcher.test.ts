import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, IndexedCorpus, INDEX_ENGINES } from '../../src/engine/index.ts';
import { startLiveEngine, type LiveEngine } from '../../src/startup/engine.ts';

// The same live behaviour on both index engines (the seam makes it one code path).
for (const searchEngine of ['minisearch', 'sqlite'] as const) liveSuite(searchEngine);

function liveSuite(searchEngine: 'minisearch' | 'sqlite'): void {
  let scratch: string;
  let live: LiveEngine;
  let engine: Engine;
  const messages: string[] = [];

  const article = (outlet: string, title: string, body: string) =>
    `---\noutlet: ${outlet}\ntitle: ${title}\npublished: 2024-05-01\n---\n${body}\n`;
  const found = (query: string) => engine.search({ command: 'search', query }).total;

  /** Polls `condition` until it holds (the machine is slow and noisy: no fixed sleeps). */
  async function eventually(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'live-test-'));
    const corpus = join(scratch, 'corpus');
    await import('node:fs/promises').then((fs) => fs.mkdir(corpus));
    await writeFile(
      join(corpus, 'first.md'),
      article('Daily Planet', 'Harbour opens', 'The harbour of Kelmarsh opened on Monday after repairs.'),
    );
    const logger = pino({ level: 'debug' }, { write: (line: string) => void messages.push((JSON.parse(line) as { msg: string }).msg) });
    live = await startLiveEngine(corpus, logger, { snapshotDir: false, searchEngine, watch: { stableMs: 100, retryMs: 100 } });
    engine = live.engine;
  });

  afterAll(async () => {
    await live.close();
    await rm(scratch, { recursive: true, force: true });
  });

  describe(`live corpus (${searchEngine} index)`, () => {
    it('indexes a file added while running, for the next query', async () => {
      expect(found('Quillfeather')).toBe(0);
      await writeFile(
        join(scratch, 'corpus', 'second.md'),
        article('Evening Star', 'Bridge report', 'Engineer Ada Quillfeather inspected the bridge at dawn.'),
      );
      await eventually(() => found('Quillfeather') === 1);
      expect(engine.outletNames()).toContain('Evening Star');
    });

    it('replaces a changed file: new words found, old words gone', async () => {
      await writeFile(
        join(scratch, 'corpus', 'second.md'),
        article('Evening Star', 'Bridge report', 'Engineer Ada Brackenridge inspected the tunnel at noon.'),
      );
      await eventually(() => found('Brackenridge') === 1);
      expect(found('Quillfeather')).toBe(0);
    });

    it('drops a deleted file', async () => {
      await unlink(join(scratch, 'corpus', 'second.md'));
      await eventually(() => found('Brackenridge') === 0);
      expect(engine.outletNames()).not.toContain('Evening Star');
    });

    it('does not index a half-written file until it is complete', async () => {
      const path = join(scratch, 'corpus', 'wire.json');
      const record = { outlet: 'Wire', title: 'Storm', text: 'A storm named Zephyrine reached the coast.' };
      const full = JSON.stringify([record]);
      await writeFile(path, full.slice(0, full.length - 20));
      await eventually(() => messages.some((m) => m.startsWith('wire.json could not be read yet')));
      expect(found('Zephyrine')).toBe(0);
      await writeFile(path, full);
      await eventually(() => found('Zephyrine') === 1);
    });
  });

  describe('queries during a large update', () => {
    it('keeps answering while hundreds of articles are indexed, never blocked for the whole update', async () => {
      const articles = Array.from({ length: 1200 }, (_, i) => ({
        id: `a${i}`,
        outlet: `Outlet ${i % 7}`,
        title: `Report ${i}`,
        published: '2024-05-02',
        text: Array.from(
          { length: 6 },
          (_, p) => `Paragraph ${p} of report ${i}: "We will rebuild the harbour," said Mayor Ines Valcourt on Tuesday.`,
        ).join('\n\n'),
      }));
      const load = { articles: [], skipped: [], warnings: [] };
      const { loadJson } = await import('../../src/corpus/load-records.ts');
      Object.assign(load, await loadJson('bulk.json', Buffer.from(JSON.stringify(articles)), { gzip: false }));
      let answered = 0;
      let done = false;
      // A corpus of its own, as the watcher holds one: the engine only reads it.
      const corpus = new IndexedCorpus({ index: INDEX_ENGINES[searchEngine] });
      const reader = new Engine(corpus);
      const applying = corpus.apply([{ file: 'bulk.json', load }], []).then(() => (done = true));
      while (!done) {
        await new Promise((resolve) => setImmediate(resolve));
        reader.search({ command: 'search', query: 'Valcourt harbour' });
        answered++;
      }
      await applying;
      // Counted in turns of the event loop, not in time (a loaded machine judges the same thing):
      // the update yielded between its slices, and a query was answered in each pause.
      expect(answered).toBeGreaterThanOrEqual(3);
      expect(reader.search({ command: 'search', query: 'Valcourt' }).total).toBeGreaterThan(0);
    });
  });
}
