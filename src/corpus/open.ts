/**
 * Opening a corpus file for reading, safely: the path must pass `checkPath` (a regular file inside
 * the corpus folder), it is opened non-blocking without following a final link (so a named pipe
 * swapped in can never stall the read), and the open handle must be that same regular file.
 */
import { constants, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { checkPath, describeSpecial, type CorpusRoot } from './paths.ts';

export type Opened = { handle: FileHandle; size: number } | { reason: string; missing?: boolean };

const FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW;

export function describeOpenError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'unreadable: no such file (or a broken symbolic link)';
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable: permission denied';
  if (code === 'EISDIR') return 'unreadable: it is a folder, not a file';
  if (code === 'ELOOP') return 'changed into a symbolic link while being opened; not read';
  return `unreadable: ${(error as Error).message}`;
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/** Opens `relPath` of the corpus for reading, or says why it may not or cannot be read. Never throws. */
export async function openCorpusFile(root: CorpusRoot, relPath: string): Promise<Opened> {
  const verdict = await checkPath(root, relPath);
  if (verdict.kind === 'skip') return { reason: verdict.reason, ...(verdict.missing ? { missing: true } : {}) };
  if (verdict.kind === 'folder') return { reason: 'unreadable: it is a folder, not a file' };
  let handle: FileHandle;
  try {
    handle = await open(verdict.real, FLAGS);
  } catch (error) {
    return { reason: describeOpenError(error), ...((error as NodeJS.ErrnoException).code === 'ENOENT' ? { missing: true } : {}) };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) {
      await handle.close();
      return { reason: describeSpecial(stats) };
    }
    if (!sameFile(stats, verdict.stats)) {
      await handle.close();
      return { reason: 'replaced while being opened; not read (it is read again at its next change)' };
    }
    return { handle, size: stats.size };
  } catch (error) {
    await handle.close().catch(() => undefined);
    return { reason: describeOpenError(error) };
  }
}

/** SHA-1 of a corpus file's bytes, opened as `openCorpusFile` does; undefined when it may not or cannot be read. */
export async function corpusFileHash(root: CorpusRoot, relPath: string): Promise<string | undefined> {
  const opened = await openCorpusFile(root, relPath);
  if (!('handle' in opened)) return undefined;
  try {
    const hash = createHash('sha1');
    for await (const chunk of opened.handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false })) hash.update(chunk as Buffer);
    return hash.digest('hex');
  } catch {
    return undefined;
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
}
