/**
 * Passages by id, built on demand from the shown files' articles: what the index reads when the
 * corpus has a store (`SearchIndex.attach`), so no passage object lives longer than a query. A
 * table of the articles in passage-id order is built once per corpus change; a passage is found by
 * a binary search over it, its text read only when used (`LazyPassage`).
 */
import type { Article } from '../corpus/article.ts';
import type { Quote } from '../quotes/quote.ts';
import type { Passage } from '../search/passage.ts';
import type { PassageSource, Visibility } from '../search/search-index.ts';
import { LazyPassage, type SpannedQuote } from './build.ts';

interface ArticleTable {
  /** Passage id of each article's first paragraph, ascending. */
  starts: number[];
  articles: Article[];
  quotes: Quote[][];
  /** Positions of the articles quoting each speaker (every kind), built when first needed. */
  bySpeaker?: Map<string, number[]>;
}

/** The files a corpus shows (articles, their quotes, their first passage id). */
interface ShownFile {
  firstId: number;
  load: { articles: Article[] };
  quotes: Quote[][];
}

const paragraphCount = (article: Article) => article.paragraphCount ?? article.paragraphs.length;

export class PassagesById implements PassageSource {
  private table: ArticleTable | undefined;

  constructor(private readonly files: () => Iterable<ShownFile>) {}

  /** The shown files changed: the table is rebuilt when next needed. */
  changed(): void {
    this.table = undefined;
  }

  get(id: number): Passage | undefined {
    const t = this.articleTable();
    const at = this.position(t, id);
    return at ? this.passageAt(t, at[0], at[1]) : undefined;
  }

  /** The shown article passage `id` belongs to, without building the passage. */
  articleOf(id: number): Article | undefined {
    const t = this.articleTable();
    const at = this.position(t, id);
    return at ? t.articles[at[0]] : undefined;
  }

  /** [article position, paragraph] of passage `id` (a binary search over the articles' first ids). */
  private position(t: ArticleTable, id: number): [number, number] | undefined {
    let lo = 0;
    let hi = t.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((t.starts[mid] ?? 0) <= id) lo = mid;
      else hi = mid - 1;
    }
    const article = t.articles[lo];
    const k = id - (t.starts[lo] ?? 0);
    return article && k >= 0 && k < paragraphCount(article) ? [lo, k] : undefined;
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
      for (const a of this.speakerIndex(t).get(key) ?? []) {
        for (const quote of t.quotes[a] ?? []) {
          if (quote.speaker?.key !== key) continue;
          const spans = (quote as SpannedQuote).paragraphSpans ?? [quote.paragraph, 0];
          const first = spans[0] ?? 0;
          for (let k = first; k < first + spans.length - 1; k++) ids.set((t.starts[a] ?? 0) + k, [a, k]);
        }
      }
    }
    for (const id of [...ids.keys()].sort((x, y) => x - y)) {
      const [a, k] = ids.get(id)!;
      const p = this.passageAt(t, a, k);
      if (visible(p) && filter(p)) yield p;
    }
  }

  private passageAt(t: ArticleTable, a: number, k: number): Passage {
    return new LazyPassage((t.starts[a] ?? 0) + k, t.articles[a]!, k, (t.quotes[a] ?? []) as SpannedQuote[]);
  }

  private speakerIndex(t: ArticleTable): Map<string, number[]> {
    if (t.bySpeaker) return t.bySpeaker;
    const bySpeaker = new Map<string, number[]>();
    t.quotes.forEach((quotes, a) => {
      for (const q of quotes) {
        if (!q.speaker) continue;
        const list = bySpeaker.get(q.speaker.key);
        if (!list) bySpeaker.set(q.speaker.key, [a]);
        else if (list[list.length - 1] !== a) list.push(a);
      }
    });
    t.bySpeaker = bySpeaker;
    return bySpeaker;
  }

  private articleTable(): ArticleTable {
    if (this.table) return this.table;
    const t: ArticleTable = { starts: [], articles: [], quotes: [] };
    const files = [...this.files()].sort((x, y) => x.firstId - y.firstId);
    for (const f of files) {
      let id = f.firstId;
      f.load.articles.forEach((article, i) => {
        t.starts.push(id);
        t.articles.push(article);
        t.quotes.push(f.quotes[i] ?? []);
        id += paragraphCount(article);
      });
    }
    this.table = t;
    return t;
  }
}
