/**
 * Loading a corpus folder (or one file of it) into Articles. Every problem with a file becomes a
 * `skipped` entry with a reason; one bad file never stops the rest from loading.
 */
import type { LoadResult } from './article.ts';
import { extensionOf, formatOf, SUPPORTED_EXTENSIONS } from './formats.ts';
import { loadDocument } from './load-document.ts';
import { loadJson, loadJsonLines } from './load-records.ts';
import { describeOpenError, openCorpusFile } from './open.ts';
import { corpusRoot, type CorpusRoot, type PathPolicy } from './paths.ts';
import { UniqueIds } from './unique-ids.ts';
import { listCorpusFiles } from './walk.ts';

/** Single-article files above this size are not articles (a misplaced dump or binary). */
export const MAX_ARTICLE_FILE_BYTES = 20 * 1024 * 1024;
/** Files loaded at once. */
const CONCURRENCY = 8;

export interface LoadOptions extends PathPolicy {
  /** Called after each file with the number of files done and the total. */
  onProgress?(done: number, total: number): void;
}

const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

async function loadFileUnchecked(root: CorpusRoot, relPath: string): Promise<LoadResult> {
  const empty = (reason: string): LoadResult => ({ articles: [], skipped: [{ file: relPath, reason }], warnings: [] });
  const format = formatOf(relPath);
  if (format === undefined) {
    return empty(`unsupported file type '${extensionOf(relPath)}' (expected ${SUPPORTED_EXTENSIONS.join(', ')})`);
  }
  const opened = await openCorpusFile(root, relPath);
  if (!('handle' in opened)) return empty(opened.reason);
  const { handle, size } = opened;
  try {
    if (format.format === 'jsonl') return await loadJsonLines(relPath, handle, { gzip: format.gzip });
    const singleArticle = format.format === 'markdown' || format.format === 'text';
    if (singleArticle && size > MAX_ARTICLE_FILE_BYTES) {
      return empty(`too large for one article (${megabytes(size)}; the limit is ${megabytes(MAX_ARTICLE_FILE_BYTES)})`);
    }
    let bytes: Buffer;
    try {
      bytes = await handle.readFile();
    } catch (error) {
      return empty(describeOpenError(error));
    }
    if (format.format === 'json') return await loadJson(relPath, bytes, { gzip: format.gzip });
    return loadDocument(relPath, bytes, { markdown: format.format === 'markdown' });
  } finally {
    await handle.close().catch(() => undefined);
  }
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
 * Loads one file of the corpus (`relPath` relative to `dir`, `/`-separated), if `paths.ts` says the
 * bot may read it. Never throws: any problem is reported in `skipped`.
 */
export async function loadFile(dir: string | CorpusRoot, relPath: string, policy: PathPolicy = {}): Promise<LoadResult> {
  try {
    const root = typeof dir === 'string' ? await corpusRoot(dir, policy) : dir;
    return mergeResults([await loadFileUnchecked(root, relPath)]);
  } catch (error) {
    return { articles: [], skipped: [{ file: relPath, reason: `could not be loaded: ${(error as Error).message}` }], warnings: [] };
  }
}

/**
 * Loads every article file under `dir` (recursively; dotfiles and README.md are ignored; links as
 * `paths.ts` says), in path order.
 * Throws only if `dir` itself cannot be read.
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const root = await corpusRoot(dir, options);
  const listing = await listCorpusFiles(root);
  const { files } = listing;
  const results: LoadResult[] = new Array<LoadResult>(files.length);
  let next = 0;
  let done = 0;
  async function worker(): Promise<void> {
    for (let index = next++; index < files.length; index = next++) {
      results[index] = await loadFile(root, files[index] ?? '');
      done++;
      options.onProgress?.(done, files.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  const merged = mergeResults(results);
  merged.skipped.unshift(...listing.skipped);
  return merged;
}
