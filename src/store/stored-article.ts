/**
 * Articles and quotes as the SQLite store keeps them in the heap. An article: its metadata only. Its paragraphs are read
 * from the database when asked for (`paragraphs`, or one of them by `paragraph`), through a small
 * bounded cache, so memory stays flat as the archive grows. `paragraphCount` says how many there
 * are without reading them.
 */
import type { Article } from '../corpus/article.ts';
import type { Mention, Quote, Speaker } from '../quotes/quote.ts';

/** Where a stored article's texts come from (the store, with its cache). */
export interface ParagraphReader {
  /** Every paragraph of the article whose passages start at `firstId`. */
  paragraphs(firstId: number, count: number): string[];
  /** The paragraph with this passage id. */
  paragraph(id: number): string | undefined;
}

/** The metadata an article row holds (everything but the paragraphs). */
export type ArticleMeta = Omit<Article, 'paragraphs' | 'paragraphCount'>;

export class StoredArticle implements Article {
  declare id: string;
  declare file: string;
  declare outlet: string;
  declare outletKnown: boolean;
  declare headline: string;
  declare url?: string;
  declare published?: string;
  declare byline?: string;
  declare language?: string;
  declare sourceId?: string;
  declare embargo?: string;
  declare removedParagraphs: number;
  readonly #reader: ParagraphReader;

  constructor(
    meta: ArticleMeta,
    /** The article's row in the store. */
    readonly seq: number,
    /** Passage id of its first paragraph (the paragraphs' rows are `firstId …`). */
    readonly firstId: number,
    readonly paragraphCount: number,
    reader: ParagraphReader,
  ) {
    Object.assign(this, meta);
    this.#reader = reader;
  }

  get paragraphs(): string[] {
    return this.#reader.paragraphs(this.firstId, this.paragraphCount);
  }

  /** One paragraph (0-based), without reading the others. */
  paragraph(index: number): string {
    return this.#reader.paragraph(this.firstId + index) ?? '';
  }
}

/** Metadata of an article, for its row (paragraphs and counts left out). */
export function metaOf(article: Article): ArticleMeta {
  const { paragraphs: _p, paragraphCount: _c, ...meta } = article as Article & { seq?: number; firstId?: number };
  delete meta.seq;
  delete meta.firstId;
  return meta;
}

/** Where a stored quote's words come from (the store, with its cache). */
export interface QuoteTextReader {
  /** The words of the `index`-th quote of the article in row `seq`. */
  quoteText(seq: number, index: number): string;
}

/**
 * A quote as the store keeps it in the heap: offsets, kind, speaker, cue and mention, and the
 * paragraphs it runs over; its words (`text`) are read from the database when asked for.
 */
export class StoredQuote implements Quote {
  declare mention?: Mention;
  declare cue?: string;
  declare speaker?: Speaker;
  readonly #seq: number;
  readonly #index: number;
  readonly #reader: QuoteTextReader;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly paragraph: number,
    readonly kind: Quote['kind'],
    /** `[first paragraph, its start, the next one's start, …]` (see `SpannedQuote`). */
    readonly paragraphSpans: number[],
    seq: number,
    index: number,
    reader: QuoteTextReader,
  ) {
    this.#seq = seq;
    this.#index = index;
    this.#reader = reader;
  }

  get text(): string {
    return this.#reader.quoteText(this.#seq, this.#index);
  }
}
