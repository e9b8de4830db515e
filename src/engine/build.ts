/**
 * Turns loaded articles into passages: quotes are extracted from each article's whole text (so a
 * quote can run over paragraphs and a pronoun can look back), speakers are unified across the
 * corpus, then each paragraph becomes one passage carrying the quotes that open or run in it.
 */
import type { Article } from '../corpus/article.ts';
import { extractQuotes } from '../quotes/extract.ts';
import type { Quote, Speaker } from '../quotes/quote.ts';
import { SpeakerRegistry } from '../quotes/mentions/speakers.ts';
import type { Passage, PassageQuote } from '../search/passage.ts';
import { QUOTE_MARKS } from '../text/marks.ts';
import { warnExtractionFailed } from './extraction-failures.ts';

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
  return quotesOfText(article.paragraphs.join(PARAGRAPH_SEPARATOR), (error) => warnExtractionFailed(article.id, error));
}

/**
 * `extractQuotes`, never throwing: an article the extractor fails on is indexed without quotes
 * (its text stays searchable) rather than stopping the build of every other article; `failed` is
 * told the error (a caller knowing the article warns once, `warnExtractionFailed`).
 */
export function quotesOfText(text: string, failed?: (error: unknown) => void): Quote[] {
  try {
    return extractQuotes(text);
  } catch (error) {
    failed?.(error);
    return [];
  }
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

/**
 * Which paragraphs of an article a quote runs in (1), by the test `passagesOf` gives a passage its
 * quotes: a paragraph is quoted exactly when its passage has quotes.
 */
export function quotedParagraphs(paragraphs: readonly string[], quotes: readonly Quote[]): Uint8Array {
  const quoted = new Uint8Array(paragraphs.length);
  let start = 0;
  paragraphs.forEach((text, p) => {
    const end = start + text.length;
    if (quotes.some((q) => !(q.end <= start || q.start >= end))) quoted[p] = 1;
    start = end + PARAGRAPH_SEPARATOR.length;
  });
  return quoted;
}

/**
 * A quote as the store keeps it, with the paragraphs it runs over: `[first, start of first, start
 * of the next, …]` (starts are offsets in the article text), so a passage finds its quotes and
 * their spans without reading the article's other paragraphs.
 */
export type SpannedQuote = Quote & { paragraphSpans?: number[] };

/** Sets `paragraphSpans` on each quote of an article whose paragraphs are at hand (as `passagesOf` finds them). */
export function spanQuotes(article: Article, quotes: readonly SpannedQuote[]): void {
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const text of article.paragraphs) {
    starts.push(offset);
    ends.push(offset + text.length);
    offset += text.length + PARAGRAPH_SEPARATOR.length;
  }
  for (const q of quotes) {
    const spans: number[] = [];
    starts.forEach((start, p) => {
      if (q.end <= start || q.start >= (ends[p] ?? 0)) return;
      if (!spans.length) spans.push(p);
      spans.push(start);
    });
    q.paragraphSpans = spans;
  }
}

const NO_QUOTES: readonly PassageQuote[] = Object.freeze([]);

/**
 * A passage built when asked for (an index whose passages live in the store): its text is read
 * only when used, its quotes found from their stored spans (`spanQuotes`), no other paragraph read.
 */
export class LazyPassage implements Passage {
  #text: string | undefined;
  #quotes: PassageQuote[] | undefined;
  /** The article's quotes, or how to read them (a store's: read only when a passage's quotes are asked for). */
  #articleQuotes: readonly SpannedQuote[] | (() => readonly SpannedQuote[]);

  constructor(
    readonly id: number,
    readonly article: Article,
    readonly paragraph: number,
    articleQuotes: readonly SpannedQuote[] | (() => readonly SpannedQuote[]),
  ) {
    this.#articleQuotes = articleQuotes;
  }

  #allQuotes(): readonly SpannedQuote[] {
    if (typeof this.#articleQuotes === 'function') this.#articleQuotes = this.#articleQuotes();
    return this.#articleQuotes;
  }

  /** True once the text is held (read when first asked for, or given by `holdText`). */
  get holdsText(): boolean {
    return this.#text !== undefined;
  }

  /** The passage's text as read with others' in one read (`PassagesById.readTexts`): not read again when asked for. */
  holdText(text: string): void {
    this.#text ??= text;
  }

  get text(): string {
    if (this.#text === undefined) {
      const reader = this.article as Article & { paragraph?: (index: number) => string };
      this.#text = reader.paragraph ? reader.paragraph(this.paragraph) : (this.article.paragraphs[this.paragraph] ?? '');
    }
    return this.#text;
  }

  get quotes(): PassageQuote[] {
    if (this.#quotes) return this.#quotes;
    const k = this.paragraph;
    const all = this.#allQuotes();
    if (all.some((q) => !q.paragraphSpans)) {
      this.#quotes = passagesOf(this.article, all, this.id - k)[k]?.quotes ?? [];
      return this.#quotes;
    }
    const inside = all.filter((q) => {
      const first = q.paragraphSpans![0] ?? 0;
      return first <= k && k < first + q.paragraphSpans!.length - 1;
    });
    if (!inside.length) return (this.#quotes = NO_QUOTES as PassageQuote[]);
    this.#quotes = inside.map((quote) => new SpanInPassage(this, quote, quote.paragraphSpans![1 + k - quote.paragraphSpans![0]!]!));
    return this.#quotes;
  }

  /**
   * `quotes`' entry for `quote` (one of the article's quotes, with its spans, as every quote of the
   * article has them), worked out from its spans alone: the article's other quotes are not read.
   */
  quoteHere(quote: SpannedQuote): PassageQuote | undefined {
    const spans = quote.paragraphSpans;
    if (this.#quotes || !spans) return this.quotes.find((q) => q.quote === quote);
    const first = spans[0] ?? 0;
    const k = this.paragraph;
    return first <= k && k < first + spans.length - 1 ? new SpanInPassage(this, quote, spans[1 + k - first]!) : undefined;
  }
}

/** A quote in a lazy passage: its span in the passage's text worked out (and the text read) only when asked for. */
class SpanInPassage implements PassageQuote {
  #span: { start: number; end: number } | undefined;
  readonly #passage: Passage;
  /** Offset of the passage's paragraph in the article text. */
  readonly #offset: number;

  constructor(
    passage: Passage,
    readonly quote: Quote,
    offset: number,
  ) {
    this.#passage = passage;
    this.#offset = offset;
  }

  private span(): { start: number; end: number } {
    if (!this.#span) {
      const { text } = this.#passage;
      const at = this.#offset;
      this.#span = innerSpan(text, Math.max(this.quote.start, at) - at, Math.min(this.quote.end, at + text.length) - at);
    }
    return this.#span;
  }

  get start(): number {
    return this.span().start;
  }

  get end(): number {
    return this.span().end;
  }
}

/** The quoted words inside a span that may include its quotation marks. */
function innerSpan(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && (QUOTE_MARKS.includes(text[start] ?? '') || /\s/.test(text[start] ?? ''))) start++;
  while (end > start && (QUOTE_MARKS.includes(text[end - 1] ?? '') || /\s/.test(text[end - 1] ?? ''))) end--;
  return { start, end };
}
