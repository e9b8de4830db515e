/**
 * Listing the files of a corpus folder, recursively, in a stable order. Which entries may be read
 * is `paths.ts`'s one definition: special files, links out of the folder, link loops and links to
 * what is read under its own name are reported in `skipped` with a reason, never opened.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SkippedFile } from './article.ts';
import { checkPath, corpusRoot, isIgnoredName, LOOP_REASON, type CorpusRoot, type PathPolicy } from './paths.ts';

const SPECIAL_REASONS: Array<[test: 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice', reason: string]> = [
  ['isFIFO', 'a named pipe (FIFO), not a regular file'],
  ['isSocket', 'a socket, not a regular file'],
  ['isCharacterDevice', 'a device, not a regular file'],
  ['isBlockDevice', 'a device, not a regular file'],
];

async function folderKey(path: string): Promise<string> {
  const stats = await stat(path);
  return `${stats.dev}:${stats.ino}`;
}

/**
 * Paths (relative to the folder, with `/` separators, sorted) of the files under it that may be read.
 * Sub-folders that cannot be listed and entries that may not be read are reported, not thrown.
 * Throws only when the folder itself cannot be listed.
 */
export async function listCorpusFiles(
  dir: string | CorpusRoot,
  policy: PathPolicy = {},
): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const root = typeof dir === 'string' ? await corpusRoot(dir, policy) : dir;
  const files: string[] = [];
  const skipped: SkippedFile[] = [];
  /** Device and inode of the folders listed so far: a folder reached twice (a loop, a bind mount) is not listed again. */
  const listed = new Set<string>([await folderKey(root.real)]);

  async function visit(relDir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(join(root.dir, relDir), { withFileTypes: true });
    } catch (error) {
      if (relDir === '') throw error;
      skipped.push({ file: relDir, reason: `folder could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    for (const entry of entries) {
      if (isIgnoredName(entry.name)) continue;
      const relPath = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isFile()) {
        files.push(relPath);
        continue;
      }
      const special = SPECIAL_REASONS.find(([test]) => entry[test]());
      if (special) {
        skipped.push({ file: relPath, reason: special[1] });
        continue;
      }
      // A folder, a link (or a folder reached through a linked parent): as `paths.ts` judges it.
      const verdict = await checkPath(root, relPath);
      if (verdict.kind === 'file') files.push(relPath);
      else if (verdict.kind === 'skip') {
        if (verdict.missing && entry.isSymbolicLink()) files.push(relPath); // the loader names the broken link
        else skipped.push({ file: relPath, reason: verdict.reason });
      } else if (listed.has(`${verdict.stats.dev}:${verdict.stats.ino}`)) skipped.push({ file: relPath, reason: LOOP_REASON });
      else {
        listed.add(`${verdict.stats.dev}:${verdict.stats.ino}`);
        await visit(relPath);
      }
    }
  }

  await visit('');
  files.sort();
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, skipped };
}
