/**
 * An article's context as attribution reads it, built from plain text (no masking, no tokens: the
 * resolver's tests tokenise what they need themselves).
 */
import type { ArticleContext } from '../../src/quotes/mentions/context.ts';
import { findNameMentions } from '../../src/quotes/mentions/names.ts';
import { splitParagraphs } from '../../src/quotes/finding/paragraphs.ts';
import { ArticlePeople } from '../../src/quotes/mentions/speakers.ts';

export function articleContext(text: string): ArticleContext {
  const paragraphs = splitParagraphs(text);
  return {
    text,
    masked: text,
    paragraphs,
    tokens: [],
    people: new ArticlePeople(findNameMentions(text, paragraphs)),
    spoken: [],
  };
}
