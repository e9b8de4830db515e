/** Listing the files of a corpus folder, recursively, in a stable order. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SkippedFile } from './article.ts';

/** Dotfiles (and dot-folders) and READMEs are the folder's own notes, not articles. */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || name.toLowerCase() === 'readme.md';
}

/**
 * Paths (relative to `dir`, with `/` separators, sorted) of the files and symlinks under `dir`.
 * Sub-folders that cannot be listed and special files (sockets, pipes, devices) are reported, not thrown.
 * Throws only when `dir` itself cannot be listed.
 */
export async function listCorpusFiles(dir: string): Promise<{ files: string[]; skipped: SkippedFile[] }> {
  const files: string[] = [];
  const skipped: SkippedFile[] = [];

  async function visit(relDir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(join(dir, relDir), { withFileTypes: true });
    } catch (error) {
      if (relDir === '') throw error;
      skipped.push({ file: relDir, reason: `folder could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` });
      return;
    }
    for (const entry of entries) {
      if (isIgnored(entry.name)) continue;
      const relPath = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      if (entry.isDirectory()) await visit(relPath);
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(relPath);
      else skipped.push({ file: relPath, reason: 'not a regular file' });
    }
  }

  await visit('');
  files.sort();
  return { files, skipped };
}
