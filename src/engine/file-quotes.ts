/**
 * The quotes of a file's articles, in article order. In memory (MiniSearch, or a change being
 * built) an array per article; with a store (SQLite) lists read per article when asked for, so no
 * quote of the archive lives in the heap unless a query or a statement reaches it.
 */
import { quotationCount, type Quote } from '../quotes/quote.ts';

/** A store's quotes of a file's articles: each article's read when asked for; their number without reading them. */
export interface QuoteLists {
  readonly length: number;
  /** The quotes of the `article`-th article (the same objects for as long as any of them is held). */
  at(article: number): readonly Quote[] | undefined;
  /** How many quotations the `article`-th article has (`countsAsQuotation`), without reading them. */
  count(article: number): number;
  /**
   * The quotes of the `article`-th article that run in its paragraph `paragraph`, in article order,
   * each with its paragraph spans (`SpannedQuote`), the article's others left undecoded.
   */
  inParagraph?(article: number, paragraph: number): readonly Quote[];
  /** Reads the quotes of these articles at once, where not read yet (a store's: one read instead of one per article). */
  readAhead?(articles: readonly number[]): void;
  /** What runs in the file's passage `id`, stored at write time (`src/store/quoted-paragraphs.ts`: 0 none, `RUNS`, `SHOWN`). */
  passageFlags?(id: number): number;
}

export type FileQuotes = ReadonlyArray<readonly Quote[]> | QuoteLists;

/** The quotes of one article of a file. */
export function quotesAt(quotes: FileQuotes, article: number): readonly Quote[] {
  return quotes.at(article) ?? [];
}

/**
 * The quotes of one article of a file that may run in paragraph `paragraph` (a store's: only those,
 * with their spans; otherwise every quote of the article, for the caller to place).
 */
export function quotesNear(quotes: FileQuotes, article: number, paragraph: number): readonly Quote[] {
  return 'inParagraph' in quotes && quotes.inParagraph ? quotes.inParagraph(article, paragraph) : quotesAt(quotes, article);
}

/**
 * How many quotations one article of a file has (`countsAsQuotation`: the parts of one running over
 * paragraphs count once), read from the store's counts when it has them.
 */
export function quoteCountAt(quotes: FileQuotes, article: number): number {
  return 'count' in quotes ? quotes.count(article) : quotationCount(quotes[article] ?? []);
}

/** Every quote of a file, article by article (a store's are read: for work on one file). */
export function* eachQuote(quotes: FileQuotes): Generator<Quote> {
  for (let a = 0; a < quotes.length; a++) yield* quotesAt(quotes, a);
}

/** The quotes of a file as arrays (a store's are read). */
export function quoteArrays(quotes: FileQuotes): Array<readonly Quote[]> {
  const out: Array<readonly Quote[]> = [];
  for (let a = 0; a < quotes.length; a++) out.push(quotesAt(quotes, a));
  return out;
}
