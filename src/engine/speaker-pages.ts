/**
 * `/quote <speaker>` with no topic, over a store: the answer shows a page per outlet (its oldest
 * quotes first) and the totals, so it is worked out from where the speaker's quotes are (article and
 * position, `SpeakerRefs`: no quote decoded) and only the articles a page shows are read. The scan
 * this replaces (`findHits` without words) built a passage and a candidate for every quote of the
 * speaker (29,551 for the Trumps at 37k articles, 13 times that at 500k) to show three per outlet.
 *
 * The same answer, exactly: a quote counts where the scan would have made it a candidate (its
 * article shown and in scope), a page is the one `firstDistinct` takes from the whole list in
 * `compareCandidates` order, and the candidates of an article are those the scan makes (the same
 * passages, the same order). An article whose candidates do not match its stored quotes gives up
 * (undefined), and the caller scans as before.
 */
import type { Article } from '../corpus/article.ts';
import type { Quote } from '../quotes/quote.ts';
import type { Passage } from '../search/passage.ts';
import type { SpannedQuote } from './build.ts';
import type { SpeakerRefs } from './corpus-quotes.ts';
import { candidateOf, type Candidate } from './find.ts';
import { DistinctPage, type OutletPage } from './results.ts';
import { firstK } from './multimap.ts';
import { LRUCache } from 'lru-cache';

/** A stored article: its first paragraph's passage id is known. */
type Placed = Article & { firstId: number };

export interface SpeakerPagesInput {
  /** Where the wanted speakers' quotes are (one entry per speaker key). */
  refs: readonly SpeakerRefs[];
  /** The wanted speakers (corpus keys: the audience sees every quote as the corpus names it). */
  keys: ReadonlySet<string>;
  /** The article is shown at the request's instant and passes the scope's outlets and dates. */
  accept: (article: Article) => boolean;
  /** The quotes of a shown article (decoded when read). */
  quotesOf: (article: Article) => readonly Quote[];
  /** The passage with this id (a shown one). */
  passage: (id: number) => Passage | undefined;
  /** Excerpts per outlet. */
  perOutlet: number;
  /** Where the counts by article and outlet of the same speakers and filters are remembered (for the same view). */
  memo?: { get(): CountedArticles | undefined; set(counted: CountedArticles): void };
}

/** The accepted articles holding the speakers' quotes, with how many each holds, and per outlet (dated, and the outlet's total). */
export interface CountedArticles {
  counted: ReadonlyMap<Placed, number>;
  /** `later`: how many of the outlet's quotes are later parts of a quotation running over paragraphs (`OutletPage.later`). */
  byOutlet: ReadonlyMap<string, { articles: readonly Dated[]; count: number; later: number }>;
}

export interface SpeakerPages {
  /** Per outlet with a quote: its page, and how many quotes it has in all. */
  pages: Map<string, OutletPage>;
  /** Every quote as the scan lists them (passage id order), built article by article as far as read. */
  inOrder: () => Generator<Candidate>;
}

/** Counts remembered per view (a view is replaced when the corpus changes or an embargo lifts), bounded by articles held. */
const COUNTS = new WeakMap<object, LRUCache<string, CountedArticles>>();

/**
 * Where `speakerPages` remembers its counts for these speakers and filters in this view (`/quote
 * Trump` again: the counting of some 150,000 articles at 500k is not done again). `filters` are what
 * decides which articles are accepted besides the view: outlets, dates and hidden outlets.
 */
export function countsMemo(
  view: object,
  keys: ReadonlySet<string>,
  filters: { outlets?: ReadonlySet<string>; hidden?: ReadonlySet<string>; since?: string; until?: string },
): NonNullable<SpeakerPagesInput['memo']> {
  let held = COUNTS.get(view);
  if (!held) {
    held = new LRUCache({ max: 64, maxSize: 300_000, sizeCalculation: (c) => 1 + c.counted.size });
    COUNTS.set(view, held);
  }
  const sorted = (set?: ReadonlySet<string>) => (set ? [...set].sort() : null);
  const key = JSON.stringify([sorted(keys), sorted(filters.outlets), sorted(filters.hidden), filters.since ?? null, filters.until ?? null]);
  const cache = held;
  return { get: () => cache.get(key), set: (counted) => cache.set(key, counted) };
}

/** Articles ordered first to find a page: more are ordered only when a page needs them. */
const FIRST_ARTICLES = 8;

const COLLATOR = new Intl.Collator();

/** An article with the rank of its date (`published`, or '9999' when undated) in collation order: equal dates, equal ranks. */
interface Dated {
  article: Placed;
  rank: number;
}

/**
 * `texts` in collation order, and for each whether it collates equal to the one before. Sorted by
 * code units first: for dates of one shape (digits in the same places) that is already collation
 * order, which one collator comparison per neighbour confirms (a sort by the collator compared
 * each date a dozen times: 20–40 ms of `/quote Trump` at 37k); else sorted again by the collator.
 */
export function collationOrder(texts: string[]): { sorted: string[]; same: boolean[] } {
  let sorted = texts.sort();
  const same: boolean[] = sorted.length ? [false] : [];
  for (let i = 1; i < sorted.length; i++) {
    const order = COLLATOR.compare(sorted[i - 1]!, sorted[i]!);
    if (order > 0) {
      sorted = sorted.sort((a, b) => COLLATOR.compare(a, b));
      return { sorted, same: sorted.map((t, k) => k > 0 && COLLATOR.compare(sorted[k - 1]!, t) === 0) };
    }
    same.push(order === 0);
  }
  return { sorted, same };
}

/** `compareCandidates`'s order of articles (its date, then id: one outlet), ties in passage id order. */
function byDateAndId(x: Dated, y: Dated): number {
  return sameDateAndId(x, y) || x.article.firstId - y.article.firstId;
}

function sameDateAndId(x: Dated, y: Dated): number {
  return x.rank - y.rank || COLLATOR.compare(x.article.id, y.article.id);
}

export function speakerPages(input: SpeakerPagesInput): SpeakerPages | undefined {
  let held = input.memo?.get();
  if (!held) {
    held = countArticles(input);
    input.memo?.set(held);
  }
  const { counted, byOutlet } = held;

  const built = new Map<Placed, Candidate[]>();

  let broken = false;
  const candidatesOf = (article: Placed): Candidate[] => {
    let list = built.get(article);
    if (!list) {
      list = articleCandidates(article, input);
      if (list?.length !== counted.get(article)) broken = true;
      built.set(article, (list ??= []));
    }
    return list;
  };

  const pages = new Map<string, OutletPage>();
  for (const [outlet, { articles, count, later }] of byOutlet) {
    const page = outletPage(articles, input.perOutlet, candidatesOf);
    if (broken) return undefined;
    pages.set(outlet, { ...page, count, later });
  }

  // The articles in passage id order, a few at a time: statements are read from the first candidates only.
  const inOrder = function* (): Generator<Candidate> {
    const accepted = [...counted.keys()];
    let after = -Infinity;
    for (let take = FIRST_ARTICLES * 8; ; take *= 4) {
      const next = firstAfter(accepted, after, take);
      for (const article of next) yield* candidatesOf(article);
      if (next.length < take) return;
      after = next[next.length - 1]!.firstId;
    }
  };
  return { pages, inOrder };
}

/** The accepted articles of the refs with their quote counts, and per outlet with their dates' ranks in collation order. */
function countArticles(input: SpeakerPagesInput): CountedArticles {
  // Quotes per accepted article.
  const counted = new Map<Placed, number>();
  // Later parts of a quotation running over paragraphs per accepted article (`countsAsQuotation`).
  const later = new Map<Placed, number>();
  const rejected = new Set<Article>();
  for (const { articles, counts, quotations } of input.refs) {
    for (let i = 0; i < articles.length; i++) {
      const article = articles[i] as Placed;
      const n = counted.get(article);
      if (n !== undefined) counted.set(article, n + counts[i]!);
      else if (!rejected.has(article)) {
        if (input.accept(article)) counted.set(article, counts[i]!);
        else rejected.add(article);
      }
      if (!rejected.has(article) && counts[i] !== quotations[i])
        later.set(article, (later.get(article) ?? 0) + counts[i]! - quotations[i]!);
    }
  }
  // Each outlet's articles, with their dates' ranks in collation order (each distinct date compared once).
  const dates = new Map<string, number>();
  for (const article of counted.keys()) dates.set(article.published ?? '9999', 0);
  const { sorted, same } = collationOrder([...dates.keys()]);
  sorted.forEach((date, i) => dates.set(date, i && same[i] ? dates.get(sorted[i - 1]!)! : i));
  const byOutlet = new Map<string, { articles: Dated[]; count: number; later: number }>();
  for (const [article, n] of counted) {
    const dated = { article, rank: dates.get(article.published ?? '9999')! };
    const parts = later.get(article) ?? 0;
    const entry = byOutlet.get(article.outlet);
    if (entry) {
      entry.articles.push(dated);
      entry.count += n;
      entry.later += parts;
    } else byOutlet.set(article.outlet, { articles: [dated], count: n, later: parts });
  }
  return { counted, byOutlet };
}

/**
 * The outlet's page as `firstDistinct` takes it from every candidate in `compareCandidates` order:
 * the first `count` with distinct words in their article, and how many candidates that walked.
 * Only the oldest articles are ordered; more when the page is not full before the last of them.
 */
function outletPage(
  articles: readonly Dated[],
  count: number,
  candidatesOf: (article: Placed) => Candidate[],
): { shown: Candidate[]; consumed: number } {
  for (let take = FIRST_ARTICLES; ; take *= 4) {
    const first = firstK(articles, take, byDateAndId);
    const all = first.length === articles.length;
    // The last group of equal date and id may go on among the articles not ordered: walked only when all are.
    let end = first.length;
    if (!all) while (end > 0 && sameDateAndId(first[end - 1]!, first[first.length - 1]!) === 0) end--;
    const page = new DistinctPage(count);
    for (let g = 0; g < end && !page.full;) {
      // A group: articles of equal date and id, whose candidates interleave by paragraph.
      let h = g + 1;
      while (h < end && sameDateAndId(first[g]!, first[h]!) === 0) h++;
      const group = h - g === 1 ? candidatesOf(first[g]!.article) : mergeByParagraph(first.slice(g, h).map((d) => candidatesOf(d.article)));
      for (const c of group) {
        if (page.full) break;
        page.offer(c);
      }
      g = h;
    }
    if (page.full || all) return { shown: page.shown, consumed: page.consumed };
  }
}

/** The `k` articles with the lowest first passage id above `after` (ids are each article's own), in that order. */
function firstAfter(articles: readonly Placed[], after: number, k: number): Placed[] {
  const top: Placed[] = [];
  for (const a of articles) {
    if (a.firstId <= after || (top.length === k && a.firstId >= top[k - 1]!.firstId)) continue;
    let at = top.length;
    while (at > 0 && a.firstId < top[at - 1]!.firstId) at--;
    top.splice(at, 0, a);
    if (top.length > k) top.pop();
  }
  return top;
}

/** Candidates of articles of equal date and id: by paragraph, ties in passage id order (as a stable sort of the scan gives). */
function mergeByParagraph(lists: Candidate[][]): Candidate[] {
  return lists.flat().sort((a, b) => a.passage.paragraph - b.passage.paragraph || a.passage.id - b.passage.id);
}

/**
 * The candidates the scan makes in one article: the passages its wanted quotes run in, in id
 * order, each of their wanted quotes once (where first met), in the passage's order. Undefined
 * when a passage is not the article's (the caller then scans).
 */
function articleCandidates(article: Placed, input: SpeakerPagesInput): Candidate[] | undefined {
  const wanted = (q: Quote) => q.speaker !== undefined && input.keys.has(q.speaker.key);
  const paragraphs = new Set<number>();
  for (const quote of input.quotesOf(article)) {
    if (!wanted(quote)) continue;
    const spans = (quote as SpannedQuote).paragraphSpans ?? [quote.paragraph, 0];
    const first = spans[0] ?? 0;
    for (let k = first; k < first + spans.length - 1; k++) paragraphs.add(k);
  }
  const out: Candidate[] = [];
  const seen = new Set<Quote>();
  for (const k of [...paragraphs].sort((x, y) => x - y)) {
    const passage = input.passage(article.firstId + k);
    if (!passage || passage.article !== article) return undefined;
    for (const q of passage.quotes) {
      if (!wanted(q.quote) || seen.has(q.quote)) continue;
      seen.add(q.quote);
      out.push(candidateOf(passage, q, 0, NO_TERMS, true));
    }
  }
  return out;
}

const NO_TERMS: ReadonlySet<string> = new Set();
