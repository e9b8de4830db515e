/**
 * Removing what is not the article from its paragraphs: captions, bylines, datelines, promos, footers,
 * lists of other stories and author bios. Single-paragraph rules are in boilerplate.ts; this file adds
 * the rules that look at a paragraph's neighbours and position (tail lists, teaser pairs, bios).
 */
import {
  boilerplateRule,
  comparable,
  endsLikeSentence,
  isListHeading,
  isRelativeTime,
  isTruncated,
} from './boilerplate.ts';
import { normaliseWhitespace } from './paragraphs.ts';

export interface CleaningContext {
  /** The article's headline, so a repeat of it in the body can be removed. */
  headline?: string;
  /** The outlet's name, so a line that is only the outlet's name can be removed. */
  outlet?: string;
}

export interface RemovedParagraph {
  text: string;
  /** Which rule removed it (for reports such as scripts/check-cleaning.ts). */
  rule: string;
}

export interface CleaningReport {
  paragraphs: string[];
  removed: number;
  removedParagraphs: RemovedParagraph[];
}

const BULLET = /^[•●▪◦‣∙]\s*/;
/** `About Jane Doe` / `About the author`: the heading of an author bio. */
const ABOUT_HEADING = /^(?:[Aa]bout [Tt]he [Aa]uthors?|About \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}|ABOUT [\p{Lu}'’. -]+)$/u;
const BIO_MAX_PARAGRAPHS = 3;
const BIO_MAX_LENGTH = 600;
const TEASER_MAX_LENGTH = 200;
/** Shorter finished sentences may be teaser blurbs; from this length on they count as article prose. */
const PROSE_MIN_LENGTH = 80;

/** A full paragraph of prose: long enough, finished, and not boilerplate by any single-paragraph rule. */
function isProse(text: string, rule: string | undefined): boolean {
  return rule === undefined && text.length >= PROSE_MIN_LENGTH && endsLikeSentence(text);
}

/** An item of a story list: a teaser headline, a truncated excerpt or a "17 minutes ago" stamp. */
function isTeaser(text: string): boolean {
  return isTruncated(text) || isRelativeTime(text) || (text.length < TEASER_MAX_LENGTH && !endsLikeSentence(text));
}

function tidy(paragraph: string): string {
  return normaliseWhitespace(paragraph).replace(BULLET, '');
}

/** Like `cleanParagraphs`, and also says which paragraphs were removed by which rule. */
export function explainCleaning(input: readonly string[], context: CleaningContext = {}): CleaningReport {
  const paragraphs = input.map(tidy).filter((p) => p !== '');
  const count = paragraphs.length;
  const rules: (string | undefined)[] = paragraphs.map((p) => boilerplateRule(p, context));
  const singleRules = [...rules];
  const remove = (index: number, rule: string): void => {
    rules[index] ??= rule;
  };
  const at = (index: number): string => paragraphs[index] ?? '';

  // "Title: .." immediately followed by "Title: the full title": a story-list teaser pair.
  for (let i = 0; i + 1 < count; i++) {
    if (!isTruncated(at(i)) || at(i).length >= TEASER_MAX_LENGTH) continue;
    const stem = comparable(at(i));
    if (stem.length >= 10 && comparable(at(i + 1)).startsWith(stem)) {
      remove(i, 'truncated teaser');
      remove(i + 1, 'teaser');
    }
  }

  // A list heading ("Recent Stories", "Check Also", "Read more"): if no prose follows, cut it and the
  // rest; otherwise cut it and the run of teaser lines right after it.
  for (let i = 0; i < count; i++) {
    if (!isListHeading(at(i))) continue;
    rules[i] = 'list heading';
    const proseFollows = paragraphs.some((p, j) => j > i && isProse(p, singleRules[j]));
    if (!proseFollows) {
      for (let j = i + 1; j < count; j++) remove(j, 'after list heading');
      break;
    }
    for (let j = i + 1; j < count && (rules[j] !== undefined || isTeaser(at(j))); j++) remove(j, 'list after heading');
  }

  // "About Jane Doe" and a short bio, when nothing but removed text follows them.
  for (let i = 1; i < count; i++) {
    if (rules[i] !== undefined || !ABOUT_HEADING.test(at(i))) continue;
    let end = i + 1;
    while (end < count && end - i <= BIO_MAX_PARAGRAPHS && rules[end] === undefined && at(end).length <= BIO_MAX_LENGTH) end++;
    const restRemoved = rules.slice(end).every((rule) => rule !== undefined);
    if (end > i + 1 && restRemoved) {
      for (let j = i; j < end; j++) remove(j, 'author bio');
    }
  }

  const kept: string[] = [];
  const removedParagraphs: RemovedParagraph[] = [];
  paragraphs.forEach((text, index) => {
    const rule = rules[index];
    if (rule === undefined) kept.push(text);
    else removedParagraphs.push({ text, rule });
  });
  return { paragraphs: kept, removed: removedParagraphs.length, removedParagraphs };
}

/**
 * The article's own paragraphs, with boilerplate removed (see explainCleaning's rules), whitespace
 * normalised and bullet glyphs stripped. `removed` counts the paragraphs dropped as boilerplate.
 */
export function cleanParagraphs(paragraphs: string[], context: CleaningContext = {}): { paragraphs: string[]; removed: number } {
  const { paragraphs: kept, removed } = explainCleaning(paragraphs, context);
  return { paragraphs: kept, removed };
}
