/**
 * Loading a corpus folder (or one file of it) into Articles. Every problem with a file becomes a
 * `skipped` entry with a reason; one bad file never stops the rest from loading.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadResult } from './article.ts';
import { extensionOf, formatOf, SUPPORTED_EXTENSIONS } from './formats.ts';
import { loadDocument } from './load-document.ts';
import { loadJson, loadJsonLines } from './load-records.ts';
import { UniqueIds } from './unique-ids.ts';
import { listCorpusFiles } from './walk.ts';

/** Single-article files above this size are not articles (a misplaced dump or binary). */
export const MAX_ARTICLE_FILE_BYTES = 20 * 1024 * 1024;
/** Files loaded at once. */
const CONCURRENCY = 8;

export interface LoadOptions {
  /** Called after each file with the number of files done and the total. */
  onProgress?(done: number, total: number): void;
}

const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'unreadable: no such file (or a broken symbolic link)';
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable: permission denied';
  if (code === 'EISDIR') return 'unreadable: it is a folder, not a file';
  return `unreadable: ${(error as Error).message}`;
}

async function loadFileUnchecked(dir: string, relPath: string): Promise<LoadResult> {
  const empty = (reason: string): LoadResult => ({ articles: [], skipped: [{ file: relPath, reason }], warnings: [] });
  const format = formatOf(relPath);
  if (format === undefined) {
    return empty(`unsupported file type '${extensionOf(relPath)}' (expected ${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
  const path = join(dir, relPath);
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return empty('unreadable: it is a folder, not a file');
    if (!info.isFile()) return empty('not a regular file');
    size = info.size;
  } catch (error) {
    return empty(describeReadError(error));
  }

  if (format.format === 'jsonl') return loadJsonLines(relPath, path, { gzip: format.gzip });
  const singleArticle = format.format === 'markdown' || format.format === 'text';
  if (singleArticle && size > MAX_ARTICLE_FILE_BYTES) {
    return empty(`too large for one article (${megabytes(size)}; the limit is ${megabytes(MAX_ARTICLE_FILE_BYTES)})`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return empty(describeReadError(error));
  }
  if (format.format === 'json') return loadJson(relPath, bytes, { gzip: format.gzip });
  return loadDocument(relPath, bytes, { markdown: format.format === 'markdown' });
}

/** Makes ids unique across `results` in order, renaming repeats. */
function mergeResults(results: readonly LoadResult[]): LoadResult {
  const merged: LoadResult = { articles: [], skipped: [], warnings: [] };
  const ids = new UniqueIds();
  for (const result of results) {
    merged.skipped.push(...result.skipped);
    merged.warnings.push(...result.warnings);
    for (const article of result.articles) {
      const warning = ids.claim(article);
      if (warning !== undefined) merged.warnings.push(warning);
      merged.articles.push(article);
    }
  }
  return merged;
}

/**
 * Loads one file of the corpus (`relPath` relative to `dir`, `/`-separated). Never throws: any
 * problem is reported in `skipped`.
 */
export async function loadFile(dir: string, relPath: string): Promise<LoadResult> {
  try {
    return mergeResults([await loadFileUnchecked(dir, relPath)]);
  } catch (error) {
    return { articles: [], skipped: [{ file: relPath, reason: `could not be loaded: ${(error as Error).message}` }], warnings: [] };
  }
}

/**
 * Loads every article file under `dir` (recursively; dotfiles and README.md are ignored), in path order.
 * Throws only if `dir` itself cannot be read.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const listing = await listCorpusFiles(dir);
  const { files } = listing;
  const results: LoadResult[] = new Array<LoadResult>(files.length);
  let next = 0;
  let done = 0;
  async function worker(): Promise<void> {
    for (let index = next++; index < files.length; index = next++) {
      results[index] = await loadFile(dir, files[index] ?? '');
      done++;
      options.onProgress?.(done, files.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  const merged = mergeResults(results);
  merged.skipped.unshift(...listing.skipped);
  return merged;
}
