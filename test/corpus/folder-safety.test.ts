/**
 * The bot reads only regular files inside the corpus folder: links that leave it, link loops,
 * named pipes, sockets and devices are skipped with a reason, and nothing can make reading stall.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, loadFile } from '../../src/corpus/load.ts';
import { listCorpusFiles } from '../../src/corpus/walk.ts';

const article = (title: string, body: string) => `---\noutlet: Harbour Gazette\ntitle: ${title}\npublished: 2024-03-02\n---\n${body}\n`;

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'folder-safety-'));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A fresh corpus folder with one ordinary article, and a folder beside it (outside the corpus). */
async function corpusWithNeighbour(name: string): Promise<{ corpus: string; outside: string }> {
  const corpus = join(scratch, name, 'corpus');
  const outside = join(scratch, name, 'private');
  await mkdir(corpus, { recursive: true });
  await mkdir(outside, { recursive: true });
  await writeFile(join(corpus, 'ferry.md'), article('Ferry', 'The night ferry to Oskarvik left on time.'));
  await writeFile(join(outside, 'payroll.md'), article('Payroll', 'The payroll password is Grimsbyquartz.'));
  return { corpus, outside };
}

function mkfifo(path: string): boolean {
  try {
    execFileSync('mkfifo', [path]);
    return true;
  } catch {
    return false;
  }
}

describe('links out of the corpus folder', () => {
  it('skips a link to a file outside the corpus folder, with a reason, and never reads it', async () => {
    const { corpus, outside } = await corpusWithNeighbour('file-out');
    await symlink(join(outside, 'payroll.md'), join(corpus, 'payroll.md'));
    const loaded = await loadCorpus(corpus);
    expect(loaded.articles.map((a) => a.id)).toEqual(['ferry.md']);
    expect(loaded.skipped).toEqual([{ file: 'payroll.md', reason: expect.stringMatching(/^a symbolic link to a place outside the corpus folder/) }]);
    expect(JSON.stringify(loaded)).not.toContain('Grimsbyquartz');
  });

  it('skips a link to a folder outside the corpus folder, and loadFile refuses a file reached through it', async () => {
    const { corpus, outside } = await corpusWithNeighbour('folder-out');
    await symlink(outside, join(corpus, 'archive'));
    const loaded = await loadCorpus(corpus);
    expect(loaded.articles.map((a) => a.id)).toEqual(['ferry.md']);
    expect(loaded.skipped.map((s) => s.file)).toEqual(['archive']);
    const direct = await loadFile(corpus, 'archive/payroll.md');
    expect(direct.articles).toEqual([]);
    expect(direct.skipped[0]?.reason).toMatch(/^a symbolic link to a place outside the corpus folder/);
  });

  it('refuses a path that climbs out of the folder by itself (../)', async () => {
    const { corpus } = await corpusWithNeighbour('climb');
    const direct = await loadFile(corpus, '../private/payroll.md');
    expect(direct).toEqual({ articles: [], skipped: [{ file: '../private/payroll.md', reason: 'a path outside the corpus folder; not read' }], warnings: [] });
  });

  it('follows links out of the folder when the operator opts in (followLinks)', async () => {
    const { corpus, outside } = await corpusWithNeighbour('opt-in');
    await symlink(join(outside, 'payroll.md'), join(corpus, 'payroll.md'));
    const loaded = await loadCorpus(corpus, { followLinks: true });
    expect(loaded.articles.map((a) => a.id)).toEqual(['ferry.md', 'payroll.md']);
  });
});

describe('links inside the corpus folder', () => {
  it('reads a corpus folder that is itself given through a link, as usual', async () => {
    const { corpus } = await corpusWithNeighbour('root-link');
    const alias = join(scratch, 'root-link', 'corpus-alias');
    await symlink(corpus, alias);
    const loaded = await loadCorpus(alias);
    expect(loaded.articles.map((a) => a.id)).toEqual(['ferry.md']);
    expect(loaded.skipped).toEqual([]);
  });

  it('skips a folder link that loops back (sub/up -> ..) and reads every article once', async () => {
    const { corpus } = await corpusWithNeighbour('loop');
    await mkdir(join(corpus, 'sub'));
    await writeFile(join(corpus, 'sub', 'dock.md'), article('Dock', 'The dock workers of Oskarvik voted on Friday.'));
    await symlink('..', join(corpus, 'sub', 'up'));
    const loaded = await loadCorpus(corpus);
    expect(loaded.articles.map((a) => a.id)).toEqual(['ferry.md', 'sub/dock.md']);
    expect(loaded.skipped).toEqual([{ file: 'sub/up', reason: expect.stringMatching(/^a symbolic link loop/) }]);
  });

  it('skips a link to a file that is read under its own name (no duplicate articles)', async () => {
    const { corpus } = await corpusWithNeighbour('alias');
    await symlink('ferry.md', join(corpus, 'also-ferry.md'));
    const loaded = await loadCorpus(corpus);
    expect(loaded.articles.map((a) => a.id)).toEqual(['ferry.md']);
    expect(loaded.skipped).toEqual([{ file: 'also-ferry.md', reason: 'a symbolic link to ferry.md, which is read under its own name' }]);
  });

  it('follows a link to a file of the corpus that is not read under its own name (another extension)', async () => {
    const { corpus } = await corpusWithNeighbour('other-extension');
    await writeFile(join(corpus, 'pier.draft'), article('Pier', 'The pier at Oskarvik reopened after the storm.'));
    await symlink('pier.draft', join(corpus, 'pier.md'));
    const loaded = await loadCorpus(corpus);
    expect(loaded.articles.map((a) => a.id)).toEqual(['ferry.md', 'pier.md']);
  });

  it('follows a link to a file kept in a hidden folder of the corpus', async () => {
    const { corpus } = await corpusWithNeighbour('hidden-target');
    await mkdir(join(corpus, '.store'));
    await writeFile(join(corpus, '.store', 'pier.md'), article('Pier', 'The pier at Oskarvik reopened after the storm.'));
    await symlink('.store/pier.md', join(corpus, 'pier.md'));
    const loaded = await loadCorpus(corpus);
    expect(loaded.articles.map((a) => a.id)).toEqual(['ferry.md', 'pier.md']);
  });

  it('reports a link that points at itself as a loop', async () => {
    const { corpus } = await corpusWithNeighbour('self');
    await symlink('self.md', join(corpus, 'self.md'));
    const loaded = await loadCorpus(corpus);
    expect(loaded.skipped).toEqual([{ file: 'self.md', reason: expect.stringMatching(/^a symbolic link loop/) }]);
  });
});

describe('files that are not regular files', () => {
  it('skips a named pipe with a reason, and loadFile never opens it (no stall)', async (context) => {
    const { corpus } = await corpusWithNeighbour('fifo');
    if (!mkfifo(join(corpus, 'pipe.md'))) return context.skip();
    const listing = await listCorpusFiles(corpus);
    expect(listing.files).toEqual(['ferry.md']);
    expect(listing.skipped).toEqual([{ file: 'pipe.md', reason: 'a named pipe (FIFO), not a regular file' }]);
    expect((await loadFile(corpus, 'pipe.md')).skipped).toEqual([{ file: 'pipe.md', reason: 'a named pipe (FIFO), not a regular file' }]);
  });

  it('skips a link to a named pipe inside the corpus folder the same way', async (context) => {
    const { corpus } = await corpusWithNeighbour('fifo-link');
    await mkdir(join(corpus, '.pipes'));
    if (!mkfifo(join(corpus, '.pipes', 'feed'))) return context.skip();
    await symlink('.pipes/feed', join(corpus, 'feed.jsonl'));
    const loaded = await loadCorpus(corpus);
    expect(loaded.articles.map((a) => a.id)).toEqual(['ferry.md']);
    expect(loaded.skipped).toEqual([{ file: 'feed.jsonl', reason: 'a named pipe (FIFO), not a regular file' }]);
  });

  it('skips a device reached through a link, without reading it', async () => {
    const { corpus } = await corpusWithNeighbour('device');
    await symlink('/dev/zero', join(corpus, 'zero.md'));
    const loaded = await loadCorpus(corpus, { followLinks: true });
    expect(loaded.skipped).toEqual([{ file: 'zero.md', reason: 'a device, not a regular file' }]);
  });
});
