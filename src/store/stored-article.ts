/**
 * Articles and quotes as the SQLite store keeps them in the heap. An article: its metadata only. Its paragraphs are read
 * from the database when asked for (`paragraphs`, or one of them by `paragraph`), through a small
 * bounded cache, so memory stays flat as the archive grows. `paragraphCount` says how many there
 * are without reading them.
 */
import type { Article } from '../corpus/article.ts';
import type { Mention, Quote, QuotePart, Speaker } from '../quotes/quote.ts';

/** Where a stored article's texts come from (the store, with its cache). */
export interface ParagraphReader {
  /** Every paragraph of the article whose passages start at `firstId`. */
  paragraphs(firstId: number, count: number): string[];
  /** The paragraph with this passage id. */
  paragraph(id: number): string | undefined;
  /** The metadata only an answer shows (`DETAIL_KEYS`) of the article in row `seq`. */
  details(seq: number): ArticleDetails;
  /** Reads the details of these rows at once, where not held yet (`details` then reads nothing). */
  readDetails?(seqs: readonly number[]): void;
}

/** Metadata read only for what an answer shows: kept in the database, not in the heap. */
export const DETAIL_KEYS = ['headline', 'url', 'byline', 'language', 'sourceId'] as const;
export type ArticleDetails = Partial<Pick<Article, (typeof DETAIL_KEYS)[number]>>;

/** The metadata an article row holds (everything but the paragraphs). */
export type ArticleMeta = Omit<Article, 'paragraphs' | 'paragraphCount'>;

/** The metadata every article row has (the fields `StoredArticle` declares, in its order). */
const FIXED_FIELDS = new Set(['id', 'file', 'outlet', 'outletKnown', 'published', 'embargo', 'removedParagraphs']);

export class StoredArticle implements Article {
  declare id: string;
  declare file: string;
  declare outlet: string;
  declare outletKnown: boolean;
  declare published?: string;
  declare embargo?: string;
  declare removedParagraphs: number;
  readonly #reader: ParagraphReader;

  constructor(
    meta: Partial<ArticleMeta>,
    /** The article's row in the store. */
    readonly seq: number,
    /** Passage id of its first paragraph (the paragraphs' rows are `firstId …`). */
    readonly firstId: number,
    readonly paragraphCount: number,
    reader: ParagraphReader,
    /** `meta` holds the fixed fields only (as `decodeColumns` makes them): nothing else to look for. */
    fixedOnly = false,
  ) {
    // The fields every row has, always in this order: one shape for every article (the archive's
    // 488k at 500k articles); anything else a row holds is added after them.
    this.id = meta.id!;
    this.file = meta.file!;
    this.outlet = meta.outlet!;
    this.outletKnown = meta.outletKnown!;
    this.published = meta.published;
    this.embargo = meta.embargo;
    this.removedParagraphs = meta.removedParagraphs!;
    this.#reader = reader;
    if (!fixedOnly)
      for (const key of Object.keys(meta))
        if (!FIXED_FIELDS.has(key)) (this as Record<string, unknown>)[key] = meta[key as keyof ArticleMeta];
  }

  get headline(): string {
    return this.#reader.details(this.seq).headline ?? '';
  }
  get url(): string | undefined {
    return this.#reader.details(this.seq).url;
  }
  get byline(): string | undefined {
    return this.#reader.details(this.seq).byline;
  }
  get language(): string | undefined {
    return this.#reader.details(this.seq).language;
  }
  get sourceId(): string | undefined {
    return this.#reader.details(this.seq).sourceId;
  }

  get paragraphs(): string[] {
    return this.#reader.paragraphs(this.firstId, this.paragraphCount);
  }

  /**
   * Reads at once the details of these articles (the stored ones) that their readers do not hold:
   * an answer cites a few hundred articles (headline, url), one read each before.
   */
  static readDetailsOf(articles: readonly Article[]): void {
    const byReader = new Map<ParagraphReader, number[]>();
    for (const a of articles) {
      if (!(a instanceof StoredArticle)) continue;
      const seqs = byReader.get(a.#reader);
      if (seqs) seqs.push(a.seq);
      else byReader.set(a.#reader, [a.seq]);
    }
    for (const [reader, seqs] of byReader) reader.readDetails?.(seqs);
  }

  /** One paragraph (0-based), without reading the others. */
  paragraph(index: number): string {
    return this.#reader.paragraph(this.firstId + index) ?? '';
  }
}

/** Metadata of an article for its row, in two parts: what the heap keeps, and the details (paragraphs and counts left out). */
export function metaOf(article: Article): { meta: Partial<ArticleMeta>; details: ArticleDetails } {
  const { paragraphs: _p, paragraphCount: _c, ...meta } = article as Article & { seq?: number; firstId?: number };
  delete meta.seq;
  delete meta.firstId;
  const details: ArticleDetails = {};
  for (const key of DETAIL_KEYS) {
    if (meta[key] !== undefined) (details as Record<string, unknown>)[key] = meta[key];
    delete (meta as Partial<ArticleMeta>)[key];
  }
  return { meta, details };
}

/** Where a stored quote's words come from (the store, with its cache). */
export interface QuoteTextReader {
  /** The words of the `index`-th quote of the article in row `seq`. */
  quoteText(seq: number, index: number): string;
  /** The words of its mention. */
  mentionText(seq: number, index: number): string;
}

/** Where a stored quote's article is (its row and the store's reader): held once per article, by each of its quotes. */
export interface QuoteHome {
  readonly seq: number;
  readonly reader: QuoteTextReader;
}

/**
 * A quote as the store keeps it in the heap: offsets, kind, speaker, cue, where its mention is, and
 * the paragraphs it runs over; its words and its mention's words are read from the database when
 * asked for. Narrow (a statement of a large family holds hundreds of thousands at 500k articles):
 * the article's row and reader are its home's, the mention's span two numbers.
 */
export class StoredQuote implements Quote {
  declare cue?: string;
  declare speaker?: Speaker;
  declare partOf?: QuotePart;
  /** Its article's row and reader; with the store's shelf, the article's decoded quotes, held so that a quote kept anywhere stays the one the store gives. */
  readonly #home: QuoteHome;
  readonly #index: number;
  readonly #mentionStart: number;
  readonly #mentionEnd: number;
  readonly #speakerId: number;

  constructor(
    readonly start: number,
    readonly end: number,
    readonly paragraph: number,
    readonly kind: Quote['kind'],
    /** `[first paragraph, its start, the next one's start, …]` (see `SpannedQuote`). */
    readonly paragraphSpans: number[],
    where: { home: QuoteHome; index: number; mention?: readonly [number, number] | undefined; speakerId: number },
  ) {
    this.#home = where.home;
    this.#index = where.index;
    this.#mentionStart = where.mention ? where.mention[0] : -1;
    this.#mentionEnd = where.mention ? where.mention[1] : -1;
    this.#speakerId = where.speakerId;
  }

  /** Its speaker's id in the store (-1: none). */
  get speakerId(): number {
    return this.#speakerId;
  }

  /** Where its mention is, without reading the words. */
  get mentionSpan(): readonly [number, number] | undefined {
    return this.#mentionStart < 0 ? undefined : [this.#mentionStart, this.#mentionEnd];
  }

  /** Its article's row and its position among the article's quotes. */
  get storedAt(): readonly [number, number] {
    return [this.#home.seq, this.#index];
  }

  get text(): string {
    return this.#home.reader.quoteText(this.#home.seq, this.#index);
  }

  get mention(): Mention | undefined {
    if (this.#mentionStart < 0) return undefined;
    return { text: this.#home.reader.mentionText(this.#home.seq, this.#index), start: this.#mentionStart, end: this.#mentionEnd };
  }
}
