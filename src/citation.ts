import type { Citation } from './answer.ts';
import type { Article } from './corpus/article.ts';

/** How an answer cites a paragraph of an article (`paragraph` is 0-based here, 1-based in the citation). */
export function citationOf(article: Article, paragraph: number): Citation {
  return {
    article: article.id,
    outlet: article.outlet,
    outletKnown: article.outletKnown,
    headline: article.headline,
    url: article.url,
    published: article.published,
    paragraph: paragraph + 1,
  };
}
