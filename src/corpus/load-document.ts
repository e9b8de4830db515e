/** Loading one single-article text file (.md, .markdown, .txt), with or without YAML front matter. */
import type { LoadResult } from './article.ts';
import { buildArticle } from './build-article.ts';
import { decodeText } from './decode.ts';
import { parseFrontMatter } from './frontmatter.ts';
import { readArticleFields } from './metadata.ts';

export function loadDocument(file: string, bytes: Uint8Array, options: { markdown: boolean }): LoadResult {
  const result: LoadResult = { articles: [], skipped: [], warnings: [] };
  const decoded = decodeText(bytes);
  if ('reason' in decoded) {
    result.skipped.push({ file, reason: decoded.reason });
    return result;
  }
  if (decoded.text.trim() === '') {
    result.skipped.push({ file, reason: 'empty file' });
    return result;
  }

  const split = parseFrontMatter(decoded.text);
  if ('reason' in split) {
    result.skipped.push({ file, reason: split.reason });
    return result;
  }
  const { fields, problems } = readArticleFields(split.data);
  for (const problem of problems) result.warnings.push({ file, reason: `front matter ${problem}` });

  const built = buildArticle({ id: file, file, fields, body: split.body, markdown: options.markdown, dateFromText: true });
  if ('reason' in built) {
    result.skipped.push({ file, reason: built.reason });
    return result;
  }
  result.articles.push(built.article);
  if (built.missing.includes('date')) result.warnings.push({ file, reason: 'no date found' });
  if (built.missing.includes('outlet')) result.warnings.push({ file, reason: `no outlet given; shown as "${built.article.outlet}"` });
  return result;
}
