/**
 * The one definition of "may the bot read this path of the corpus folder", shared by the start-up
 * walk (`walk.ts`), the loader (`load.ts`) and the live watcher (`src/live/watcher.ts`):
 *
 * - only regular files are read: named pipes, sockets and devices are skipped with a reason (they
 *   are never opened, and files are opened non-blocking and checked again through the open handle);
 * - a symbolic link is followed only while its target stays inside the corpus folder (real paths
 *   compared), unless the operator opts in to links out (`followLinks`, CORPUS_FOLLOW_LINKS);
 * - a link to a file or folder that is read under its own name anyway is skipped (no duplicate
 *   articles), and a link to a folder that contains it (`sub/up -> ..`) is a loop, skipped;
 * - dotfiles, dot-folders and README.md are the folder's own notes, never articles.
 *
 * A link inside the corpus to a place that is not read under its own name (e.g. `pier.md ->
 * .store/pier.md`) is followed. Limits: the checks run on real paths just before opening, and the
 * opened handle is checked to be that same regular file (device and inode), so a swap between the
 * check and the read is refused rather than followed.
 */
import { realpathSync, statSync, type Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { formatOf } from './formats.ts';

export interface PathPolicy {
  /** Follow symbolic links whose target is outside the corpus folder (CORPUS_FOLLOW_LINKS). Default: no. */
  followLinks?: boolean;
}

/** The corpus folder as given and as its real path (links resolved). */
export interface CorpusRoot {
  dir: string;
  real: string;
  followLinks: boolean;
}

export type PathVerdict =
  | { kind: 'file' | 'folder'; real: string; stats: Stats }
  | { kind: 'skip'; reason: string; missing?: boolean };

export const LINK_OUT_REASON =
  'a symbolic link to a place outside the corpus folder; not followed (set CORPUS_FOLLOW_LINKS=on to follow links out of the folder)';
export const LOOP_REASON = 'a symbolic link loop (it leads back to a folder that contains it); not followed';

/** Dotfiles (and dot-folders) and READMEs are the folder's own notes, not articles. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.toLowerCase() === 'readme.md';
}

/** True when some part of the `/`-separated relative path is ignored. */
export function isIgnoredPath(relPath: string): boolean {
  return relPath !== '' && relPath.split('/').some(isIgnoredName);
}

export async function corpusRoot(dir: string, policy: PathPolicy = {}): Promise<CorpusRoot> {
  return { dir, real: await realpath(dir), followLinks: policy.followLinks === true };
}

export function corpusRootSync(dir: string, policy: PathPolicy = {}): CorpusRoot {
  return { dir, real: realpathSync(dir), followLinks: policy.followLinks === true };
}

/** Describes what is not a regular file or a folder. */
export function describeSpecial(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO), not a regular file';
  if (stats.isSocket()) return 'a socket, not a regular file';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device, not a regular file';
  return 'not a regular file';
}

function isInside(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

function describeResolveError(error: unknown): { kind: 'skip'; reason: string; missing?: boolean } {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return { kind: 'skip', reason: LOOP_REASON };
  if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'skip', reason: 'unreadable: no such file (or a broken symbolic link)', missing: true };
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'skip', reason: 'unreadable: permission denied' };
  return { kind: 'skip', reason: `unreadable: ${(error as Error).message}` };
}

/** The `/`-separated ancestors of `relPath` ('' first), without the path itself. */
function ancestorsOf(relPath: string): string[] {
  const parts = relPath.split('/');
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i).join('/'));
}

/**
 * The verdict once real paths are known: `real` is the path's own, `ancestorReals` those of the
 * folders above it (to find loops). Pure, so the async and sync checks agree.
 */
function judge(root: CorpusRoot, relPath: string, real: string, ancestorReals: readonly string[], stats: Stats): PathVerdict {
  const plain = join(root.real, relPath);
  if (real !== plain) {
    // Reached through a link somewhere on the way.
    if (stats.isDirectory() && ancestorReals.includes(real)) return { kind: 'skip', reason: LOOP_REASON };
    const inside = isInside(real, root.real);
    if (!inside && !root.followLinks) return { kind: 'skip', reason: LINK_OUT_REASON };
    if (inside) {
      const target = relative(root.real, real).split(sep).join('/');
      if (stats.isDirectory() && isInside(plain, real)) return { kind: 'skip', reason: LOOP_REASON };
      const readAnyway = stats.isDirectory() || (stats.isFile() && formatOf(target) !== undefined);
      if (!isIgnoredPath(target) && readAnyway) {
        return { kind: 'skip', reason: `a symbolic link to ${target === '' ? 'the corpus folder' : target}, which is read under its own name` };
      }
    }
  }
  if (stats.isDirectory()) return { kind: 'folder', real, stats };
  if (stats.isFile()) return { kind: 'file', real, stats };
  return { kind: 'skip', reason: describeSpecial(stats) };
}

/** A path that names a place outside the folder by itself (`../x`, `/etc/x`), before any link. */
const ESCAPES: PathVerdict = { kind: 'skip', reason: 'a path outside the corpus folder; not read' };
const escapes = (relPath: string) => isAbsolute(relPath) || relPath.split(/[\\/]/).includes('..');

/** May the bot read `relPath` (relative to the corpus folder, `/`-separated)? Never opens it; never throws. */
export async function checkPath(root: CorpusRoot, relPath: string): Promise<PathVerdict> {
  if (escapes(relPath)) return ESCAPES;
  try {
    const path = join(root.dir, relPath);
    const real = await realpath(path);
    const stats = await stat(real);
    const needAncestors = stats.isDirectory() && real !== join(root.real, relPath);
    const ancestorReals = needAncestors ? await Promise.all(ancestorsOf(relPath).map((a) => realpath(join(root.dir, a)))) : [];
    return judge(root, relPath, real, ancestorReals, stats);
  } catch (error) {
    return describeResolveError(error);
  }
}

/** `checkPath` without waiting (for the watcher's filter, which must answer at once). */
export function checkPathSync(root: CorpusRoot, relPath: string): PathVerdict {
  if (escapes(relPath)) return ESCAPES;
  try {
    const path = join(root.dir, relPath);
    const real = realpathSync(path);
    const stats = statSync(real);
    const needAncestors = stats.isDirectory() && real !== join(root.real, relPath);
    const ancestorReals = needAncestors ? ancestorsOf(relPath).map((a) => realpathSync(join(root.dir, a))) : [];
    return judge(root, relPath, real, ancestorReals, stats);
  } catch (error) {
    return describeResolveError(error);
  }
}
