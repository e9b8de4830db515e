/**
 * Turns loaded articles into passages: quotes are extracted from each article's whole text (so a
 * quote can run over paragraphs and a pronoun can look back), speakers are unified across the
 * corpus, then each paragraph becomes one passage carrying the quotes that open or run in it.
 */
import type { Article } from '../corpus/article.ts';
import { extractQuotes } from '../quotes/extract.ts';
import type { Quote, Speaker } from '../quotes/quote.ts';
import { SpeakerRegistry } from '../quotes/speakers.ts';
import type { Passage, PassageQuote } from '../search/passage.ts';
import { QUOTE_MARKS } from '../text/marks.ts';

export const PARAGRAPH_SEPARATOR = '\n\n';

export interface BuiltCorpus {
  passages: Passage[];
  quotes: Array<{ article: Article; quote: Quote }>;
  speakers: SpeakerRegistry;
}

export function buildPassages(articles: readonly Article[], firstId = 0): BuiltCorpus {
  const perArticle = articles.map(extractArticleQuotes);
  const speakers = new SpeakerRegistry();
  speakers.unify(perArticle);
  shareSpeakers(perArticle);

  const passages: Passage[] = [];
  const quotes: BuiltCorpus['quotes'] = [];
  let id = firstId;
  articles.forEach((article, a) => {
    const articleQuotes = perArticle[a] ?? [];
    for (const quote of articleQuotes) quotes.push({ article, quote });
    for (const passage of passagesOf(article, articleQuotes, id)) passages.push(passage);
    id += article.paragraphs.length;
  });
  return { passages, quotes, speakers };
}

/** The direct quotations of one article, speakers resolved within the article only. */
export function extractArticleQuotes(article: Article): Quote[] {
  return extractQuotes(article.paragraphs.join(PARAGRAPH_SEPARATOR));
}

/**
 * One Speaker object per speaker: unification gives every quote its own copy, and 450k copies of a
 * few thousand names are memory for nothing. Equal name, key and kind share one object.
 */
export function shareSpeakers(perArticle: readonly Quote[][], shared = new Map<string, Speaker>()): Map<string, Speaker> {
  for (const quotes of perArticle) {
    for (const q of quotes) {
      if (!q.speaker) continue;
      const id = `${q.speaker.kind}\u0000${q.speaker.key}\u0000${q.speaker.name}`;
      const known = shared.get(id);
      if (known) q.speaker = known;
      else shared.set(id, q.speaker);
    }
  }
  return shared;
}

/** The passages (one per paragraph, ids from `firstId`) of an article whose quotes are known. */
export function passagesOf(article: Article, articleQuotes: readonly Quote[], firstId: number): Passage[] {
  const passages: Passage[] = [];
  let offset = 0;
  article.paragraphs.forEach((text, paragraph) => {
    const start = offset;
    const end = start + text.length;
    offset = end + PARAGRAPH_SEPARATOR.length;
    const inside: PassageQuote[] = [];
    for (const quote of articleQuotes) {
      if (quote.end <= start || quote.start >= end) continue;
      inside.push({ quote, ...innerSpan(text, Math.max(quote.start, start) - start, Math.min(quote.end, end) - start) });
    }
    passages.push({ id: firstId + paragraph, article, paragraph, text, quotes: inside });
  });
  return passages;
}

/** The quoted words inside a span that may include its quotation marks. */
function innerSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && (QUOTE_MARKS.includes(text[start] ?? '') || /\s/.test(text[start] ?? ''))) start++;
  while (end > start && (QUOTE_MARKS.includes(text[end - 1] ?? '') || /\s/.test(text[end - 1] ?? ''))) end--;
  return { start, end };
}
