/**
 * Articles whose quote extraction threw: such an article is still indexed (its text stays
 * searchable) with no quotes, and one warning names it and the error, so the extractor's bug can be
 * found instead of the article's quotes silently missing. Workers report by article position in
 * their batch (`prepareBatch`), the main thread warns with the article's id (`extractInWorkers`).
 */
import { createLogger, type Logger } from '../logger.ts';

/** Where the warnings go: the process's logger once `src/main.ts` wires it, else a logger of warnings. */
export type ExtractionWarning = (articleId: string, error: string) => void;

let report: ExtractionWarning | undefined;
let fallback: Logger | undefined;

/** The error as one line of text (name, message and where it was thrown): what a worker can post. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const at = error.stack
    ?.split('\n')
    .find((line) => line.trim().startsWith('at '))
    ?.trim();
  return `${error.name}: ${error.message}${at ? ` (${at})` : ''}`;
}

/** The warning written to `logger` (what `src/main.ts` passes to `onExtractionFailure`). */
export function extractionWarningsTo(logger: Logger): ExtractionWarning {
  return (articleId, text) =>
    logger.warn({ article: articleId, err: text }, `quote extraction failed on ${articleId}; indexed without quotes: ${text}`);
}

/** Warns once that this article's quotes could not be extracted (it is indexed without quotes). */
export function warnExtractionFailed(articleId: string, error: unknown): void {
  const text = typeof error === 'string' ? error : describeError(error);
  if (report) return report(articleId, text);
  // No process wired a logger (a script): a warning is always shown.
  fallback ??= createLogger('warn');
  extractionWarningsTo(fallback)(articleId, text);
}

/** Sends the warnings to `warn` instead (a test, or a caller with its own logger); returns what undoes it. */
export function onExtractionFailure(warn: ExtractionWarning): () => void {
  const before = report;
  report = warn;
  return () => {
    report = before;
  };
}
