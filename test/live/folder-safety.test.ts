/**
 * While the bot runs, the corpus folder cannot be turned against it: a named pipe, a link loop or a
 * link out of the folder is skipped with a reason (listed in /sources), files added afterwards are
 * still indexed, and shutdown completes.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { startLiveEngine, type LiveEngine } from '../../src/startup/engine.ts';

const article = (title: string, body: string) => `---\noutlet: Harbour Gazette\ntitle: ${title}\npublished: 2024-03-02\n---\n${body}\n`;

let scratch = '';
let live: LiveEngine | undefined;

afterEach(async () => {
  await live?.close();
  live = undefined;
  await rm(scratch, { recursive: true, force: true });
});

/** Polls `condition` until it holds (the machine is slow and shared: generous, no fixed sleeps). */
async function eventually(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function start(
  followLinks = false,
  setup?: (corpus: string) => Promise<void>,
): Promise<{ corpus: string; outside: string; messages: string[]; live: LiveEngine }> {
  scratch = await mkdtemp(join(tmpdir(), 'live-safety-'));
  const corpus = join(scratch, 'corpus');
  const outside = join(scratch, 'private');
  await mkdir(corpus);
  await mkdir(outside);
  await writeFile(join(corpus, 'ferry.md'), article('Ferry', 'The night ferry to Oskarvik left on time.'));
  await writeFile(join(outside, 'payroll.md'), article('Payroll', 'The payroll password is Grimsbyquartz.'));
  await writeFile(join(outside, 'tug.md'), article('Tug', 'The tug Vellmora towed the barge into port.'));
  if (followLinks) await symlink(join(outside, 'tug.md'), join(corpus, 'tug.md'));
  await setup?.(corpus);
  const messages: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void messages.push((JSON.parse(line) as { msg: string }).msg) });
  live = await startLiveEngine(corpus, logger, {
    snapshotDir: false,
    searchEngine: 'minisearch',
    followLinks,
    watch: { stableMs: 100, retryMs: 100 },
  });
  return { corpus, outside, messages, live };
}

const found = (l: LiveEngine, query: string) => l.engine.search({ command: 'search', query }).total;
const skipped = (l: LiveEngine) => l.engine.sources().skipped;

describe('the live watcher and hostile entries in the corpus folder', () => {
  it('skips a named pipe dropped in while running, keeps indexing later files, and still shuts down', async (context) => {
    const { corpus, messages, live: l } = await start();
    try {
      execFileSync('mkfifo', [join(corpus, 'drop.md')]);
    } catch {
      return context.skip();
    }
    await eventually(() => skipped(l).some((s) => s.file === 'drop.md'));
    expect(skipped(l)).toContainEqual({ file: 'drop.md', reason: 'a named pipe (FIFO), not a regular file' });
    expect(messages).toContain('skipped drop.md: a named pipe (FIFO), not a regular file');
    await writeFile(join(corpus, 'dock.md'), article('Dock', 'The dock workers of Oskarvik voted on Friday.'));
    await eventually(() => found(l, 'dock workers') === 1);
    await unlink(join(corpus, 'drop.md'));
    await eventually(() => !skipped(l).some((s) => s.file === 'drop.md'));
    await l.close();
    live = undefined;
  });

  it('closes while a named pipe sits in the folder', async (context) => {
    const { corpus, live: l } = await start();
    try {
      execFileSync('mkfifo', [join(corpus, 'drop.jsonl')]);
    } catch {
      return context.skip();
    }
    await eventually(() => skipped(l).some((s) => s.file === 'drop.jsonl'));
    await l.close();
    live = undefined;
  });

  it('does not follow a folder link loop added while running: five articles, one file added, six articles', async () => {
    const { corpus, live: l } = await start(false, async (dir) => {
      for (const n of [1, 2, 3, 4])
        await writeFile(join(dir, `notice-${n}.md`), article(`Notice ${n}`, `Harbour notice ${n} about the Oskarvik berths.`));
    });
    expect(l.engine.sources().articles).toBe(5);
    await mkdir(join(corpus, 'sub'));
    await symlink('..', join(corpus, 'sub', 'up'));
    await eventually(() => skipped(l).some((s) => s.file === 'sub/up'));
    expect(skipped(l).find((s) => s.file === 'sub/up')?.reason).toMatch(/^a symbolic link loop/);
    await writeFile(join(corpus, 'sub', 'dock.md'), article('Dock', 'The dock workers of Oskarvik voted on Friday.'));
    await eventually(() => found(l, 'dock workers') === 1);
    expect(l.engine.sources().articles).toBe(6);
  });

  it('does not follow a folder link loop present at start-up when files are added later', async () => {
    const { corpus, live: l } = await start(false, async (dir) => {
      await mkdir(join(dir, 'sub'));
      await symlink('..', join(dir, 'sub', 'up'));
    });
    expect(skipped(l).find((s) => s.file === 'sub/up')?.reason).toMatch(/^a symbolic link loop/);
    await writeFile(join(corpus, 'dock.md'), article('Dock', 'The dock workers of Oskarvik voted on Friday.'));
    await writeFile(join(corpus, 'sub', 'quay.md'), article('Quay', 'The quay at Oskarvik was widened.'));
    await eventually(() => found(l, 'dock workers') === 1 && found(l, 'quay') === 1);
    expect(l.engine.sources().articles).toBe(3);
  });

  it('skips a link to a file outside the corpus folder added while running, and never serves it', async () => {
    const { corpus, outside, live: l } = await start();
    await symlink(join(outside, 'payroll.md'), join(corpus, 'payroll.md'));
    await eventually(() => skipped(l).some((s) => s.file === 'payroll.md'));
    expect(skipped(l).find((s) => s.file === 'payroll.md')?.reason).toMatch(/^a symbolic link to a place outside the corpus folder/);
    await writeFile(join(corpus, 'dock.md'), article('Dock', 'The dock workers of Oskarvik voted on Friday.'));
    await eventually(() => found(l, 'dock workers') === 1);
    expect(found(l, 'Grimsbyquartz')).toBe(0);
  });

  it('skips a link to an outside folder added while running, and the files later put in it', async () => {
    const { corpus, outside, live: l } = await start();
    await symlink(outside, join(corpus, 'archive'));
    await eventually(() => skipped(l).some((s) => s.file === 'archive'));
    await writeFile(join(outside, 'ledger.md'), article('Ledger', 'The ledger code is Tamberlode.'));
    await writeFile(join(corpus, 'dock.md'), article('Dock', 'The dock workers of Oskarvik voted on Friday.'));
    await eventually(() => found(l, 'dock workers') === 1);
    expect(found(l, 'Grimsbyquartz')).toBe(0);
    expect(found(l, 'Tamberlode')).toBe(0);
  });

  it('follows links out of the folder at start-up and while running when the operator opts in (CORPUS_FOLLOW_LINKS)', async () => {
    const { corpus, outside, live: l } = await start(true);
    expect(found(l, 'Vellmora')).toBe(1);
    await symlink(join(outside, 'payroll.md'), join(corpus, 'payroll.md'));
    await eventually(() => found(l, 'Grimsbyquartz') === 1);
    expect(skipped(l)).toEqual([]);
  });
});
