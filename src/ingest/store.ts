/**
 * Writing an extracted article into the corpus folder as Markdown with YAML front matter, under
 * `web/<host>/<slug>-<hash>.md` (one file per canonical address, so adding it again finds the same
 * file). Written atomically: a dotfile beside it (which the loader and the watcher ignore) is
 * renamed over the target, so the index never sees half a file and a failed write leaves the old
 * one as it was.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import { IngestError } from './errors.ts';
import type { ExtractedArticle } from './extract.ts';
import { fold } from '../text/fold.ts';

/** The corpus sub-folder web articles go to. */
export const WEB_FOLDER = 'web';

/** The file (relative to the corpus folder, `/`-separated) an article at `url` is kept in. */
export function articlePath(url: string): string {
  const parsed = new URL(url);
  const host = parsed.hostname.replace(/^www\./, '').replace(/[^a-z0-9.-]/gi, '_') || 'unknown-host';
  const words = fold(decodeSafe(parsed.pathname))
    .replace(/\.(s?html?|php|aspx?|jsp)$/i, '')
    .split('/')
    .filter(Boolean)
    .slice(-2)
    .join('-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  const hash = createHash('sha256').update(url).digest('hex').slice(0, 10);
  return `${WEB_FOLDER}/${host}/${words ? `${words}-` : ''}${hash}.md`;
}

/** The article as the corpus keeps it: front matter (`outlet`, `url`, `published`, `byline`, `title`), then paragraphs. */
export function articleMarkdown(article: ExtractedArticle, fetchedFrom?: string): string {
  const front: Record<string, string> = { title: article.title, outlet: article.outlet, url: article.url };
  if (article.published) front.published = article.published;
  if (article.byline) front.byline = article.byline;
  if (article.language) front.language = article.language;
  if (fetchedFrom && fetchedFrom !== article.url) front.fetched_from = fetchedFrom;
  const body = article.blocks.map((b) => (b.heading ? `## ${b.text}` : escapeLine(b.text))).join('\n\n');
  return `---\n${YAML.stringify(front, { lineWidth: 0 })}---\n\n${body}\n`;
}

/** A paragraph that Markdown would read as a heading keeps its text: the `#` is escaped. */
function escapeLine(text: string): string {
  return /^#{1,6}\s/.test(text) ? `\\${text}` : text;
}

export type WriteStatus = 'added' | 'updated' | 'unchanged';

/** Writes `text` at `relPath` under `corpusDir` atomically; `unchanged` (and nothing written) when it holds that already. */
export async function writeArticle(corpusDir: string, relPath: string, text: string): Promise<WriteStatus> {
  const target = path.join(corpusDir, ...relPath.split('/'));
  const existing = await readFile(target, 'utf8').catch(() => undefined);
  if (existing === text) return 'unchanged';
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new IngestError('write_failed', { detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
  return existing === undefined ? 'added' : 'updated';
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
