import { CLOSING_MARKS } from '../text/marks.ts';
import { attributeQuotes, type ArticleContext } from './attribute.ts';
import { findQuoteSpans, type QuoteSpan } from './finding/marks.ts';
import { hoverCards } from './finding/hover-cards.ts';
import { findNameMentions } from './mentions/names.ts';
import { promoteLoneNames } from './mentions/lone-names.ts';
import { trimSentenceWords } from './mentions/sentence-words.ts';
import { repairMismatches } from './finding/mismatch.ts';
import { splitParagraphs, type Paragraph } from './finding/paragraphs.ts';
import { splitParagraphParts } from './finding/paragraph-parts.ts';
import { newQuote, type Quote } from './quote.ts';
import { ArticlePeople } from './mentions/speakers.ts';
import { MASK, isUpperStart, isWordChar } from './tokens.ts';
import { splitCount } from './finding/letters.ts';

/** What may come right before a quotation that starts a sentence: punctuation, or a quotation's closing mark. */
const SENTENCE_LEAD = new Set([':', ',', '.', '!', '?', ';', '—', '–', '―', '‒', '-', '•', '(', ...CLOSING_MARKS]);
const SENTENCE_END = /[.!?,…;:—–-]$/;

/** Blank out every quotation (marks included) so that attribution never reads words inside quotes. */
function maskQuotes(text: string, spans: QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), MASK.repeat(s.end - s.start));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * `full` when the quotation reads as a sentence of its own: it starts with a capital (or `[`, `…`)
 * and either opens its sentence (paragraph start, after `:`, `,`, `.`, a dash or another quote) or
 * ends in sentence punctuation with a few words. Otherwise `partial`: `was "not a good idea," because`.
 */
function kindOf(text: string, span: QuoteSpan, para: Paragraph, quoteText: string): Quote['kind'] {
  let k = 0;
  while (k < quoteText.length && !isWordChar(quoteText[k])) k++;
  const firstChar = quoteText[k];
  const opensUpper =
    firstChar !== undefined && (isUpperStart(firstChar) || /\d/.test(firstChar) || quoteText[0] === '[' || quoteText[0] === '…');
  if (!opensUpper) return 'partial';
  let b = span.start - 1;
  while (b >= para.start && (text[b] === ' ' || text[b] === '\t')) b--;
  const leads = b < para.start || SENTENCE_LEAD.has(text[b] as string);
  return leads || (SENTENCE_END.test(quoteText) && splitCount(quoteText) >= 3) ? 'full' : 'partial';
}

/**
 * Extract the direct quotations of an article, each attributed to its speaker where the text says who.
 *
 * Paragraphs are separated by one or more newlines. Quote marks of every common style are handled
 * (`"…"`, `“…”`, `„…“`, `«…»`, `‹…›`, `‘…’`, `'…'`), apostrophes are told apart from single quotes,
 * an unbalanced mark is capped at its paragraph end, and a quotation whose paragraphs each open
 * with a mark and only the last closes is attributed as one, then reported as one Quote per
 * paragraph, each with its speaker (`paragraph-parts.ts`). Runs in linear time.
 *
 * @example
 * extractQuotes('Russian President Vladimir Putin met Antonio Guterres.\n\n"We still hope," Mr Putin said.\n"We are negotiating."')
 * // → [
 * //   { text: 'We still hope,', start: 56, end: 72, paragraph: 1, kind: 'full', cue: 'said',
 * //     mention: { text: 'Mr Putin', start: 73, end: 81 },
 * //     speaker: { name: 'Vladimir Putin', key: 'vladimir putin', kind: 'person' } },
 * //   { text: 'We are negotiating.', start: 88, end: 109, paragraph: 2, kind: 'full', cue: 'said',
 * //     mention: { text: 'Mr Putin', start: 73, end: 81 }, speaker: { ...the same: carried over } },
 * // ]
 */
export function extractQuotes(text: string): Quote[] {
  return analyseQuotes(text).quotes;
}

/**
 * `extractQuotes` with the article context attribution used (people, speakers in order). With
 * `model: false`, pronouns go to the nearest person of their gender instead of the trained ranker
 * (the training script reads features this way, so that they never depend on the weights).
 */
export function analyseQuotes(text: string, options: { model?: boolean } = {}): { quotes: Quote[]; ctx?: ArticleContext } {
  const paragraphs = splitParagraphs(text);
  const cards = hoverCards(text);
  let spans = repairMismatches(text, paragraphs, findQuoteSpans(text, paragraphs));
  if (cards.length > 0) spans = spans.filter((s) => !cards.some(([a, b]) => s.start >= a && s.end <= b));
  if (spans.length === 0) return { quotes: [] };
  const quotes: Quote[] = [];
  // The span each quote was built from, at the same index.
  const built: QuoteSpan[] = [];
  for (const span of spans) {
    const only = span.parts.length === 1 ? (span.parts[0] as [number, number]) : undefined;
    const quoteText = only
      ? text.slice(only[0], only[1]).trim()
      : span.parts
          .map(([s, e]) => text.slice(s, e).trim())
          .filter(Boolean)
          .join(' ');
    if (!/[\p{L}\p{N}]/u.test(quoteText)) continue;
    const para = paragraphs[span.paragraph] as Paragraph;
    quotes.push(newQuote(quoteText, span.start, span.end, span.paragraph, kindOf(text, span, para, quoteText)));
    built.push(span);
  }
  let masked = maskQuotes(text, spans);
  for (const [a, b] of cards) masked = masked.slice(0, a) + ' '.repeat(b - a) + masked.slice(b);
  // Names well after the last quotation cannot be antecedents of its attribution.
  const lastSpan = spans[spans.length - 1] as QuoteSpan;
  const mentions = findNameMentions(masked, paragraphs, lastSpan.end + 1000);
  trimSentenceWords(text, masked, mentions);
  promoteLoneNames(masked, mentions);
  const people = new ArticlePeople(mentions);
  // Every field set here, those filled in later too: an object that gains fields changes shape, and code reading it is compiled again.
  const ctx: ArticleContext = {
    text,
    masked,
    paragraphs,
    tokens: [],
    people,
    spoken: [],
    spokenAt: undefined,
    lastSpoken: undefined,
    lastSentenceStart: undefined,
    model: options.model,
  };
  attributeQuotes(ctx, quotes);
  return { quotes: splitParagraphParts(text, paragraphs, quotes, built, partKindIn(text, paragraphs)), ctx };
}

/**
 * The kind of a quotation part starting at `start` in a paragraph. (Returned by a function, not bound to a
 * name in `analyseQuotes`: tsx names a closure bound there on every call, at more cost than the closure.)
 */
function partKindIn(text: string, paragraphs: Paragraph[]): (start: number, paragraph: number, quoteText: string) => Quote['kind'] {
  return (start, paragraph, quoteText) =>
    kindOf(text, { start, end: start, parts: [], paragraph, closed: true }, paragraphs[paragraph] as Paragraph, quoteText);
}
