import type { Article } from '../corpus/article.ts';
import type { Quote } from '../quotes/quote.ts';

/**
 * A paragraph of an article: the unit the index searches, so every hit is already an excerpt.
 * Quotes keep their own offsets into the article text; `quoteStart`/`quoteEnd` give them relative
 * to this paragraph's `text` (clipped to it for quotes that run over several paragraphs).
 */
export interface Passage {
  id: number;
  article: Article;
  /** 0-based index into `article.paragraphs`. */
  paragraph: number;
  text: string;
  quotes: PassageQuote[];
}

export interface PassageQuote {
  quote: Quote;
  /** Offsets of the quoted words (marks excluded) in the passage text. */
  start: number;
  end: number;
}
