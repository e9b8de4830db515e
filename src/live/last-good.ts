/**
 * "A file that becomes unreadable keeps its last good version indexed, with a warning, until it is
 * fixed or removed": the one rule, used by the live watcher and by start-up over a snapshot.
 */
import type { LoadResult, SkippedFile } from '../corpus/article.ts';
import type { FileContent, IndexedCorpus, IndexedFile } from '../engine/corpus.ts';
import type { Logger } from '../logger.ts';

/** True when a new load gave nothing (no article, some problem) while the indexed version has articles. */
export function keepsLastGood(load: LoadResult, indexed: IndexedFile | undefined): boolean {
  return load.articles.length === 0 && load.skipped.length > 0 && (indexed?.load.articles.length ?? 0) > 0;
}

/** Why the new version failed, in one line: the first problem, and how many more there were. */
export function firstProblem(skipped: readonly SkippedFile[]): string {
  const first = skipped[0]?.reason ?? 'unknown problem';
  return skipped.length > 1 ? `${first}; and ${skipped.length - 1} more problem(s)` : first;
}

/** The warning listed in /sources (and health's skipped count) while the last good version is kept. */
export function keptWarning(file: string, reason: string): SkippedFile {
  return {
    file,
    reason: `the new version could not be read (${reason}); the last good version stays indexed until the file is fixed or removed`,
  };
}

/**
 * Start-up over a snapshot: of the files loaded again, those whose new version gave nothing while
 * the snapshot's version has articles are left out (the snapshot's version stays, with the old
 * hash, so the next start tries again) and come back as warnings, logged.
 */
export function holdLastGood(
  contents: readonly FileContent[],
  corpus: Pick<IndexedCorpus, 'file'>,
  logger: Pick<Logger, 'warn'>,
): { contents: FileContent[]; kept: SkippedFile[] } {
  const kept: SkippedFile[] = [];
  const rest = contents.filter((c) => {
    if (!keepsLastGood(c.load, corpus.file(c.file))) return true;
    const warning = keptWarning(c.file, firstProblem(c.load.skipped));
    logger.warn({ file: c.file }, `${c.file}: ${warning.reason}`);
    kept.push(warning);
    return false;
  });
  return { contents: rest, kept };
}
