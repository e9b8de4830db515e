/**
 * Passages by id, built on demand from the shown files' articles: what the index reads when the
 * corpus has a store (`SearchIndex.attach`), so no passage object lives longer than a query. A
 * table of the articles in passage-id order is built once per corpus change; a passage is found by
 * a binary search over it, its text read only when used (`LazyPassage`).
 */
import type { QuoteInArticle } from '../compare/statements.ts';
import type { Article } from '../corpus/article.ts';
import type { Passage } from '../search/passage.ts';
import type { PassageSource, Visibility } from '../search/search-index.ts';
import { LazyPassage, type SpannedQuote } from './build.ts';
import { quoteCountAt, quotesNear, type FileQuotes, type QuoteLists } from './file-quotes.ts';

interface ArticleTable {
  /** Passage id of each article's first paragraph, ascending. */
  starts: number[];
  articles: Article[];
  /** Each article's file's quotes, and the article's position in its file. */
  lists: FileQuotes[];
  at: number[];
  /** Position of each article in this table (built when first needed). */
  positions?: Map<Article, number>;
  /** The article of the last lookup (a search's ids come in runs of one article's paragraphs). */
  last?: number;
}

/** The files a corpus shows (articles, their quotes, their first passage id). */
interface ShownFile {
  firstId: number;
  load: { articles: Article[] };
  quotes: FileQuotes;
}

const NO_QUOTES: readonly SpannedQuote[] = [];

/** A store's flags of a passage (`QuoteLists.passageFlags`): a quote runs in it. */
export const RUNS = 1;
/** A quote running in it has a speaker, or is a full sentence: only such a quote can answer `/quote`. */
export const SHOWN = 2;

/** A passage whose flags the store gave: what runs in it is known before its quotes are read. */
class FlaggedPassage extends LazyPassage {
  constructor(
    id: number,
    article: Article,
    paragraph: number,
    quotes: readonly SpannedQuote[] | (() => readonly SpannedQuote[]),
    readonly flags: number,
  ) {
    super(id, article, paragraph, quotes);
  }
}

/**
 * False when no quote of the passage can be one `/quote` shows (none with a speaker, none a full
 * sentence), known from the store's flags without reading its quotes; true when it may hold one
 * (or nothing is known: the passage's quotes say).
 */
export function mayQuote(p: Passage): boolean {
  return !(p instanceof FlaggedPassage) || (p.flags & SHOWN) !== 0;
}

/**
 * How a passage reads its quotes when asked: a store's article gives the quotes running in this
 * paragraph only, the others left undecoded (the passage places them from their spans as it would
 * among all of them). Made apart from `passageAt`, so that a passage with no quote to read (most of
 * a search's thousands) allocates no reader and no scope for one.
 */
function quotesReader(list: FileQuotes, at: number, k: number): () => readonly SpannedQuote[] {
  return () => quotesNear(list, at, k) as SpannedQuote[];
}

/** The passage id a stored article's `paragraph` reads for this passage's paragraph (undefined: not a stored article). */
function storedRowOf(p: Passage): number | undefined {
  const article = p.article as Article & { firstId?: number; paragraph?: unknown };
  return typeof article.paragraph === 'function' && typeof article.firstId === 'number' ? article.firstId + p.paragraph : undefined;
}

const paragraphCount = (article: Article) => article.paragraphCount ?? article.paragraphs.length;

export class PassagesById implements PassageSource {
  private table: ArticleTable | undefined;

  constructor(
    private readonly files: () => Iterable<ShownFile>,
    /** The shown quotes of one speaker (any kind), in corpus order. */
    private readonly speakerQuotes: (key: string) => readonly QuoteInArticle[],
    /** The texts of these paragraphs by passage id, in one read (a store's; undefined without one). */
    private readonly paragraphTexts?: (ids: readonly number[]) => ReadonlyMap<number, string | null> | undefined,
  ) {}

  /**
   * Reads the texts of these passages that are not held yet in one read, each passage then holding
   * its own (`LazyPassage.holdText`): ranking a common word's thousand candidates read their texts
   * one statement each (about 8 µs a row at 37k articles, cold). Only a stored article's paragraph
   * is read so (the row its own `paragraph` reads); any other passage reads its text when asked.
   */
  readTexts(passages: readonly Passage[]): void {
    if (!this.paragraphTexts) return;
    const unread = passages.filter((p): p is LazyPassage => p instanceof LazyPassage && !p.holdsText && storedRowOf(p) === p.id);
    if (unread.length < 2) return;
    const texts = this.paragraphTexts(unread.map((p) => p.id));
    if (!texts) return;
    for (const p of unread) {
      const text = texts.get(p.id);
      if (typeof text === 'string') p.holdText(text);
    }
  }

  /**
   * Reads at once the quotes of these passages' articles where a quote `/quote` shows may run in
   * the passage (`mayQuote`) and the article's are not read yet: a topic search's filter then finds
   * them read, instead of one read per article (`QuoteLists.readAhead`, one per file).
   */
  readQuotes(passages: readonly Passage[]): void {
    const t = this.articleTable();
    const byList = new Map<FileQuotes, number[]>();
    for (const p of passages) {
      if (!(p instanceof FlaggedPassage) || !(p.flags & SHOWN)) continue;
      const a = this.position(t, p.id);
      const list = t.lists[a];
      if (a < 0 || !list || !('readAhead' in list) || !list.readAhead) continue;
      const articles = byList.get(list);
      if (articles) articles.push(t.at[a]!);
      else byList.set(list, [t.at[a]!]);
    }
    for (const [list, articles] of byList) (list as QuoteLists).readAhead!(articles);
  }

  /** The shown files changed: the table is rebuilt when next needed. */
  changed(): void {
    this.table = undefined;
  }

  get(id: number): Passage | undefined {
    const t = this.articleTable();
    const a = this.position(t, id);
    return a < 0 ? undefined : this.passageAt(t, a, id - (t.starts[a] ?? 0));
  }

  /** The shown article passage `id` belongs to, without building the passage. */
  articleOf(id: number): Article | undefined {
    const t = this.articleTable();
    const a = this.position(t, id);
    return a < 0 ? undefined : t.articles[a];
  }

  /**
   * The position of passage `id`'s article (a binary search over the articles' first ids), -1 when
   * no shown article holds it. A number, not a pair: a search asks it of every id it reads (up to
   * 10,000 a search); with a pair each, the bench's `/quote` mix at 37k allocated about 80 MB more (of 820).
   */
  private position(t: ArticleTable, id: number): number {
    let lo = t.last ?? 0;
    // The last article still holds `id` when it is the last one starting at or before it.
    if (!((t.starts[lo] ?? 0) <= id && (lo + 1 >= t.starts.length || (t.starts[lo + 1] ?? 0) > id))) {
      lo = 0;
      let hi = t.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((t.starts[mid] ?? 0) <= id) lo = mid;
        else hi = mid - 1;
      }
      t.last = lo;
    }
    const article = t.articles[lo];
    const k = id - (t.starts[lo] ?? 0);
    return article && k >= 0 && k < paragraphCount(article) ? lo : -1;
  }

  *scan(visible: Visibility, filter: (p: Passage) => boolean): Generator<Passage> {
    const t = this.articleTable();
    for (let a = 0; a < t.articles.length; a++) {
      for (let k = 0; k < paragraphCount(t.articles[a]!); k++) {
        const p = this.passageAt(t, a, k);
        if (visible(p) && filter(p)) yield p;
      }
    }
  }

  *scanSpeakers(keys: ReadonlySet<string>, visible: Visibility, filter: (p: Passage) => boolean): Generator<Passage> {
    const t = this.articleTable();
    const ids = new Map<number, [number, number]>();
    for (const key of keys) {
      for (const { article, quote } of this.speakerQuotes(key)) {
        const a = this.positions(t).get(article);
        if (a === undefined) continue;
        const spans = (quote as SpannedQuote).paragraphSpans ?? [quote.paragraph, 0];
        const first = spans[0] ?? 0;
        for (let k = first; k < first + spans.length - 1; k++) ids.set((t.starts[a] ?? 0) + k, [a, k]);
      }
    }
    for (const id of [...ids.keys()].sort((x, y) => x - y)) {
      const [a, k] = ids.get(id)!;
      const p = this.passageAt(t, a, k);
      if (visible(p) && filter(p)) yield p;
    }
  }

  private passageAt(t: ArticleTable, a: number, k: number): Passage {
    // The article's quotes are read when the passage's are asked for: a search reads many
    // candidates' texts and few of their quotes (0.1–0.3 s of a 500k start's first answer).
    // An article with no quote (its count is known without reading) has none to read.
    const list = t.lists[a]!;
    const at = t.at[a]!;
    const id = (t.starts[a] ?? 0) + k;
    // Every passage built here is a `FlaggedPassage` (one object shape for the code that reads
    // thousands a search): an article with no quote (its count is known without reading) has none
    // to read, flags 0; a file whose flags are not stored may hold one where it has quotes.
    if (!quoteCountAt(list, at)) return new FlaggedPassage(id, t.articles[a]!, k, NO_QUOTES, 0);
    if (!('passageFlags' in list) || !list.passageFlags)
      return new FlaggedPassage(id, t.articles[a]!, k, quotesReader(list, at, k), RUNS | SHOWN);
    // Its flags, stored at write time: a paragraph no quote runs in has none to read (and no reader made).
    const flags = list.passageFlags(id);
    return new FlaggedPassage(id, t.articles[a]!, k, flags ? quotesReader(list, at, k) : NO_QUOTES, flags);
  }

  private positions(t: ArticleTable): Map<Article, number> {
    if (!t.positions) {
      t.positions = new Map();
      t.articles.forEach((article, a) => t.positions!.set(article, a));
    }
    return t.positions;
  }

  private articleTable(): ArticleTable {
    if (this.table) return this.table;
    const t: ArticleTable = { starts: [], articles: [], lists: [], at: [] };
    const files = [...this.files()].sort((x, y) => x.firstId - y.firstId);
    for (const f of files) {
      let id = f.firstId;
      f.load.articles.forEach((article, i) => {
        t.starts.push(id);
        t.articles.push(article);
        t.lists.push(f.quotes);
        t.at.push(i);
        id += paragraphCount(article);
      });
    }
    this.table = t;
    return t;
  }
}
