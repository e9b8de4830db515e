/**
 * A store's quotes, read per article (or per quote, for a statement's members) when a search, a
 * statement or a lookup reaches them: no quote of the archive is in the heap at start. A quote is
 * decoded once and stays the same object for as long as anything holds it (statements and views
 * compare quotes by identity): each decoded quote holds its article's family, the shelf holds the
 * families weakly, and those last used strongly (`Recent`).
 */
import type { QuoteLists } from '../engine/file-quotes.ts';
import type { Speaker } from '../quotes/quote.ts';
import { decodeQuoteColumn, QuoteColumn } from './quote-column.ts';
import { decodeQuote, type QuoteRow } from './quote-rows.ts';
import { flagsAt } from './quoted-paragraphs.ts';
import type { QuoteHome, QuoteTextReader, StoredQuote } from './stored-article.ts';

/** The quotes of one article decoded so far (by position), and its column once read (`quote-column.ts`). */
interface Family extends QuoteHome {
  quotes: Array<StoredQuote | undefined>;
  column?: QuoteColumn;
  /** Every quote decoded: `quotes` is the article's list. */
  whole: boolean;
}

export class QuoteShelf {
  private readonly families = new Map<number, WeakRef<Family>>();
  private readonly recent = new Recent<Family>(1024);
  private readonly collected = new FinalizationRegistry<number>((seq) => {
    if (this.families.get(seq)?.deref() === undefined) this.families.delete(seq);
  });

  constructor(
    /** The quotes of the article in row `seq`, as `article_rows.quotes` holds them (`quote-column.ts`). */
    private readonly rowOf: (seq: number) => string | undefined,
    /** Speakers by id. */
    private readonly speakers: readonly Speaker[],
    private readonly reader: QuoteTextReader,
    /** The quotes of the articles in these rows, as `rowOf` gives each: `[seq, value]`, in one read (`readAhead`). */
    private readonly rowsOf?: (seqs: readonly number[]) => Iterable<[number, string]>,
  ) {}

  /**
   * Reads the rows of these articles' quotes (article rows) that are not read yet in one read
   * (`rowsOf`), each kept as its column for `quotesIn` to parse what a paragraph asks: a `/quote`
   * topic search asks for the quotes of several hundred candidate articles, and one read per
   * article (a statement run, its B-tree probe and, cold, its own page fetch each) was most of what
   * a common word's first query cost. One read of many rows walks them in row order.
   */
  readAhead(seqs: Iterable<number>): void {
    if (!this.rowsOf) return;
    const unread = new Set<number>();
    for (const seq of seqs) {
      const family = this.recent.get(seq) ?? this.families.get(seq)?.deref();
      if (!family || (!family.whole && !family.column)) unread.add(seq);
    }
    if (unread.size < 2) return;
    for (const [seq, value] of this.rowsOf([...unread])) {
      const family = this.family(seq);
      if (!family.whole) family.column ??= new QuoteColumn(value);
      this.recent.set(seq, family);
    }
  }

  /** The quotes of the article in row `seq`. */
  quotes(seq: number): readonly StoredQuote[] {
    const family = this.family(seq);
    if (!family.whole) {
      const rows = family.column ? family.column.rows() : decodeQuoteColumn(this.rowOf(seq) ?? '[[0]]');
      rows.forEach((row, i) => (family.quotes[i] ??= decodeQuote(row, this.speakers, i, family)));
      family.quotes.length = rows.length;
      family.whole = true;
      family.column = undefined;
    }
    this.recent.set(seq, family);
    return family.quotes as StoredQuote[];
  }

  /**
   * The quotes of the article in row `seq` that run in its paragraph `paragraph` (0-based), in
   * article order: its row is read, but only its table and those quotes' rows are parsed and decoded
   * (a search's candidate passage needs its own quotes, and a news article has a dozen).
   */
  quotesIn(seq: number, paragraph: number): readonly StoredQuote[] {
    const family = this.family(seq);
    this.recent.set(seq, family);
    if (family.whole) return (family.quotes as StoredQuote[]).filter((q) => runsIn(q.paragraphSpans, paragraph));
    const column = (family.column ??= new QuoteColumn(this.rowOf(seq) ?? '[[0]]'));
    const out: StoredQuote[] = [];
    for (let i = 0; i < column.length; i++)
      if (column.runsIn(i, paragraph)) out.push((family.quotes[i] ??= decodeQuote(column.row(i), this.speakers, i, family)));
    return out;
  }

  /** The `index`-th quote of the article in row `seq`, decoded from `row` (its stored row) without reading the article's. */
  quote(seq: number, index: number, row: QuoteRow): StoredQuote {
    const family = this.family(seq);
    return (family.quotes[index] ??= decodeQuote(row, this.speakers, index, family));
  }

  /** The article in row `seq` is gone (its row number may be given again). */
  drop(seq: number): void {
    this.families.delete(seq);
    this.recent.delete(seq);
  }

  private family(seq: number): Family {
    let family = this.recent.get(seq) ?? this.families.get(seq)?.deref();
    if (!family) {
      family = { seq, reader: this.reader, quotes: [], whole: false };
      this.families.set(seq, new WeakRef(family));
      this.collected.register(family, seq);
    }
    return family;
  }
}

/**
 * The families last used, held strongly: those of the last `size` articles used at least, twice
 * that at most (two generations of maps; an article used again moves to the newer one). A search
 * asks for a thousand candidates' quotes: an LRU cache's bookkeeping on each was about a third of
 * what decoding their paragraphs' quotes cost. Which families are held changes only what is decoded
 * again, never the quotes (the shelf's weak references keep a held quote's family the same).
 */
class Recent<T> {
  private newer = new Map<number, T>();
  private older = new Map<number, T>();

  constructor(private readonly size: number) {}

  get(key: number): T | undefined {
    const value = this.newer.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: number, value: T): void {
    if (this.newer.get(key) === value) return;
    if (this.newer.size >= this.size) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }

  delete(key: number): void {
    this.newer.delete(key);
    this.older.delete(key);
  }
}

/** True when a quote with these paragraph spans (`SpannedQuote.paragraphSpans`) runs in paragraph `k`. */
function runsIn(spans: readonly number[] | undefined, k: number): boolean {
  if (!spans) return true;
  const first = spans[0] ?? 0;
  return first <= k && k < first + spans.length - 1;
}

/** The quotes of one stored file's articles: each article's read from the shelf when asked for. */
export class StoredQuoteLists implements QuoteLists {
  constructor(
    /** Each article's row. */
    private readonly seqs: readonly number[],
    /** Each article's number of quotes. */
    private readonly counts: readonly number[],
    private readonly shelf: QuoteShelf,
    /** Which of the file's paragraphs hold a quote (`quoted-paragraphs.ts`), and the file's first passage id. */
    private readonly quoted: { digits: string; firstId: number },
  ) {}

  /** What runs in passage `id` of this file (`RUNS`, `SHOWN`), without reading a quote. */
  passageFlags(id: number): number {
    return flagsAt(this.quoted.digits, id - this.quoted.firstId);
  }

  /** The file's digits (`quoted-paragraphs.ts`), for its columns. */
  get quotedDigits(): string {
    return this.quoted.digits;
  }

  get length(): number {
    return this.seqs.length;
  }

  /** Reads the quotes of these articles (positions in the file) at once where not read yet (`QuoteShelf.readAhead`). */
  readAhead(articles: readonly number[]): void {
    this.shelf.readAhead(articles.map((a) => this.seqs[a]!).filter((seq) => seq !== undefined));
  }

  at(article: number): readonly StoredQuote[] | undefined {
    const seq = this.seqs[article];
    return seq === undefined ? undefined : this.shelf.quotes(seq);
  }

  count(article: number): number {
    return this.counts[article] ?? 0;
  }

  inParagraph(article: number, paragraph: number): readonly StoredQuote[] {
    const seq = this.seqs[article];
    return seq === undefined ? [] : this.shelf.quotesIn(seq, paragraph);
  }
}
