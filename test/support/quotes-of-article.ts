/**
 * One article's quotes as statement grouping takes them: the paragraphs are extracted as the
 * pipeline does, each quote paired with its article (dated 2026-03-04, its id as file and headline).
 */
import type { QuoteInArticle } from '../../src/compare/statements.ts';
import type { Article } from '../../src/corpus/article.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';

export function quotesOfArticle(id: string, outlet: string, paragraphs: string[]): QuoteInArticle[] {
  const article: Article = {
    id,
    file: id,
    outlet,
    outletKnown: true,
    headline: id,
    published: '2026-03-04',
    paragraphs,
    removedParagraphs: 0,
  };
  return extractQuotes(paragraphs.join('\n\n')).map((quote) => ({ article, quote }));
}
