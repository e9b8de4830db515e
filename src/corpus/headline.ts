/** Finding an article's headline in its body when the metadata gives none. */
import { boilerplateRule, endsLikeSentence, isListHeading } from './boilerplate.ts';

/** How far into the body a headline line is looked for. */
const HEADLINE_SEARCH_DEPTH = 6;
const HEADLINE_MAX_LENGTH = 200;
const DERIVED_HEADLINE_LENGTH = 120;

export interface FoundHeadline {
  headline: string;
  /** Index of the paragraph that is the headline, when one is (it is then not body text). */
  index?: number;
}

/** The first sentence of a paragraph, cut at a word boundary when long. */
function firstSentence(paragraph: string): string {
  const sentence = /^.+?[.!?](?=\s|$)/.exec(paragraph)?.[0] ?? paragraph;
  if (sentence.length <= DERIVED_HEADLINE_LENGTH) return sentence;
  return `${sentence.slice(0, DERIVED_HEADLINE_LENGTH).replace(/\s+\S*$/, '')}…`;
}

/**
 * The headline of a body that starts with one: the first meaningful line (not a dateline, byline,
 * caption or other boilerplate) when it is short enough to be a title. When the body starts straight
 * with prose, the first sentence stands in as the headline and the paragraph stays in the body.
 */
export function findHeadline(paragraphs: readonly string[]): FoundHeadline | undefined {
  for (const [index, paragraph] of paragraphs.slice(0, HEADLINE_SEARCH_DEPTH).entries()) {
    if (boilerplateRule(paragraph) !== undefined || isListHeading(paragraph)) continue;
    const titleLike = paragraph.length <= HEADLINE_MAX_LENGTH && (!endsLikeSentence(paragraph) || paragraph.length <= DERIVED_HEADLINE_LENGTH);
    return titleLike ? { headline: paragraph, index } : { headline: firstSentence(paragraph) };
  }
  return undefined;
}
