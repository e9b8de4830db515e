import { mkdtemp, rm, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, loadFile } from '../../src/corpus/load.ts';
import { Engine } from '../../src/engine/engine.ts';

const GOOD = '---\noutlet: Example Times\npublished: 2024-05-01\n---\nBridge reopens\n\n"It is a great day for the city," Mayor Jane Doe said at the reopening of the bridge.\n';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-faults-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('corpus faults: each bad file is skipped with its reason, the rest stays searchable', () => {
  it('skips a 50 MB file without reading it, and still answers from the good one', async () => {
    await writeFile(join(dir, 'good.md'), GOOD);
    await writeFile(join(dir, 'dump.txt'), 'A headline\n\n');
    await truncate(join(dir, 'dump.txt'), 50 * 1024 * 1024);
    const loaded = await loadCorpus(dir);
    expect(loaded.skipped).toEqual([{ file: 'dump.txt', reason: 'too large for one article (50.0 MB; the limit is 20.0 MB)' }]);
    const answer = new Engine(loaded).search({ command: 'quote', query: 'Doe bridge' });
    expect(answer.results.map((r) => r.outlet)).toEqual(['Example Times']);
    await unlink(join(dir, 'dump.txt'));
  });

  it('skips a file deleted between the listing and the read, naming it', async () => {
    await writeFile(join(dir, 'gone.md'), GOOD);
    await unlink(join(dir, 'gone.md'));
    const loaded = await loadFile(dir, 'gone.md');
    expect(loaded.articles).toEqual([]);
    expect(loaded.skipped).toEqual([{ file: 'gone.md', reason: expect.stringMatching(/^unreadable: no such file/) }]);
  });

  it('skips a binary file renamed .txt', async () => {
    await writeFile(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const loaded = await loadFile(dir, 'photo.txt');
    expect(loaded.skipped[0]?.reason).toMatch(/binary/);
    await unlink(join(dir, 'photo.txt'));
  });
});
