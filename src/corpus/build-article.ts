/** Assembling an Article from metadata fields and a body text: headline, date, outlet, cleaned paragraphs. */
import { UNKNOWN_OUTLET, type Article } from './article.ts';
import { basename } from 'node:path';
import { cleanParagraphs } from './clean.ts';
import { findDateInText } from './dates.ts';
import { findHeadline } from './headline.ts';
import type { ArticleFields } from './metadata.ts';
import { splitParagraphs } from './paragraphs.ts';

export interface ArticleSource {
  id: string;
  file: string;
  fields: ArticleFields;
  body: string;
  /** Strip Markdown heading marks from body lines. */
  markdown?: boolean;
  /** Look for a date in the text when the fields give none (single-article files). */
  dateFromText?: boolean;
}

/** What the article lacks, for the caller to word as warnings. */
export type Missing = 'date' | 'outlet';

export type BuildResult = { article: Article; missing: Missing[] } | { reason: string };

export function buildArticle(source: ArticleSource): BuildResult {
  const { fields } = source;
  const paragraphs = splitParagraphs(source.body, { markdown: source.markdown });
  if (paragraphs.length === 0) return { reason: 'empty (no text)' };

  const found = fields.title === undefined ? findHeadline(paragraphs) : undefined;
  const headline = fields.title ?? found?.headline;
  if (headline === undefined) return { reason: 'empty after removing boilerplate' };
  const body = found?.index === undefined ? paragraphs : paragraphs.filter((_, i) => i !== found.index);

  const cleaned = cleanParagraphs(body, { headline, outlet: fields.outlet });
  if (cleaned.paragraphs.length === 0) {
    return { reason: found?.index === undefined ? 'empty after removing boilerplate' : 'empty after removing boilerplate (only a headline is left)' };
  }

  const published = fields.published ?? (source.dateFromText === true ? findDateInText(paragraphs) : undefined);
  const article: Article = {
    id: source.id,
    file: source.file,
    outlet: fields.outlet ?? outletWithoutMetadata(source.file, paragraphs),
    outletKnown: fields.outlet !== undefined,
    headline,
    paragraphs: cleaned.paragraphs,
    removedParagraphs: cleaned.removed,
  };
  if (fields.url !== undefined) article.url = fields.url;
  if (published !== undefined) article.published = published;
  if (fields.byline !== undefined) article.byline = fields.byline;
  if (fields.language !== undefined) article.language = fields.language;
  if (fields.id !== undefined) article.sourceId = fields.id;
  if (fields.embargo !== undefined) article.embargo = fields.embargo;

  const missing: Missing[] = [];
  if (published === undefined) missing.push('date');
  if (fields.outlet === undefined) missing.push('outlet');
  return { article, missing };
}

/**
 * A file with no outlet metadata is its own source, never merged with other such files into one
 * "Unknown": named from a link to a site in its text (`reuters.com`), else from its file name.
 */
export function outletWithoutMetadata(file: string, paragraphs: readonly string[]): string {
  for (const p of paragraphs.slice(0, 40)) {
    const m = /\bhttps?:\/\/(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})/i.exec(p);
    if (m?.[1]) return m[1].toLowerCase();
  }
  const name = basename(file.split('#')[0] ?? file);
  return name || UNKNOWN_OUTLET;
}
