/**
 * What the corpus looks like to a reader right now: the live, unembargoed articles and quotes, and
 * the aggregates queries need (outlets, speakers, counts). Computed once per corpus change (or when
 * an embargo lifts) rather than scanned on every query.
 */
import type { QuoteInArticle } from '../compare/statements.ts';
import type { Article, SkippedFile } from '../corpus/article.ts';
import type { Quote, Speaker } from '../quotes/quote.ts';
import { foldName } from '../quotes/speakers.ts';
import type { IndexedCorpus } from './corpus.ts';

export interface OutletStats {
  outlet: string;
  outletKnown: boolean;
  articles: number;
  quotes: number;
  /** Undated articles (left out by date filters). */
  undated: number;
  from?: string;
  to?: string;
}

export interface SpeakerCount {
  speaker: Speaker;
  quotes: number;
}

export class CorpusView {
  readonly articles: Article[] = [];
  readonly quotes: QuoteInArticle[] = [];
  readonly outlets = new Map<string, OutletStats>();
  /** Outlet names, sorted. */
  readonly outletNames: string[];
  readonly passages: number;
  readonly skipped: SkippedFile[] = [];
  readonly warnings: SkippedFile[] = [];
  /** Speakers with their quote counts, most quoted first. */
  readonly speakers: SpeakerCount[];
  /** The earliest embargo still in force (UTC ISO), after which this view is out of date. */
  readonly nextLift: string | undefined;
  private byArticle: Map<Article, Quote[]> | undefined;
  private readonly byKey = new Map<string, SpeakerCount>();
  private readonly bySurname = new Map<string, SpeakerCount[]>();
  private readonly byFirstLast = new Map<string, SpeakerCount[]>();

  constructor(
    corpus: IndexedCorpus,
    readonly version: number,
    now: string,
  ) {
    let passages = 0;
    let nextLift: string | undefined;
    const counts = new Map<string, SpeakerCount>();
    for (const file of corpus.indexedFiles()) {
      this.skipped.push(...file.load.skipped);
      this.warnings.push(...file.load.warnings);
      file.load.articles.forEach((article, a) => {
        if (article.embargo !== undefined && article.embargo > now) {
          if (nextLift === undefined || article.embargo < nextLift) nextLift = article.embargo;
          return;
        }
        this.articles.push(article);
        passages += article.paragraphCount ?? article.paragraphs.length;
        const stats = this.outletStats(article);
        for (const quote of file.quotes[a] ?? []) {
          this.quotes.push({ article, quote });
          stats.quotes++;
          if (!quote.speaker) continue;
          const entry = counts.get(quote.speaker.key);
          if (entry) entry.quotes++;
          else counts.set(quote.speaker.key, { speaker: quote.speaker, quotes: 1 });
        }
      });
    }
    this.skipped.unshift(...corpus.skippedOutsideFiles);
    this.passages = passages;
    this.nextLift = nextLift;
    this.outletNames = [...this.outlets.keys()].sort();
    this.speakers = [...counts.values()].sort((a, b) => b.quotes - a.quotes || COLLATOR.compare(a.speaker.key, b.speaker.key));
    for (const entry of this.speakers) this.indexSpeaker(entry);
  }

  /** The quotes of one article (built on first use). */
  quotesOfArticle(article: Article): readonly Quote[] {
    if (!this.byArticle) {
      this.byArticle = new Map();
      for (const { article: a, quote } of this.quotes) {
        const list = this.byArticle.get(a);
        if (list) list.push(quote);
        else this.byArticle.set(a, [quote]);
      }
    }
    return this.byArticle.get(article) ?? [];
  }

  /** Known people matching a name: full key, surname, or first name + surname (the registry's rules). */
  lookupSpeaker(words: string): Speaker[] {
    const q = foldName(words).split(' ').filter(Boolean);
    if (q.length === 0) return [];
    const found = new Set<SpeakerCount>();
    const exact = this.byKey.get(q.join(' '));
    if (exact && exact.speaker.kind === 'person') found.add(exact);
    if (q.length === 1) for (const e of this.bySurname.get(q[0] ?? '') ?? []) found.add(e);
    if (q.length === 2) for (const e of this.byFirstLast.get(q.join(' ')) ?? []) found.add(e);
    return [...found].sort((a, b) => b.quotes - a.quotes).map((e) => e.speaker);
  }

  private indexSpeaker(entry: SpeakerCount): void {
    this.byKey.set(entry.speaker.key, entry);
    if (entry.speaker.kind !== 'person') return;
    const w = entry.speaker.key.split(' ');
    const last = w[w.length - 1] ?? '';
    if (w.length > 1) push(this.bySurname, last, entry);
    if (w.length > 2) push(this.byFirstLast, `${w[0]} ${last}`, entry);
  }

  private outletStats(article: Article): OutletStats {
    let stats = this.outlets.get(article.outlet);
    if (!stats)
      this.outlets.set(
        article.outlet,
        (stats = { outlet: article.outlet, outletKnown: article.outletKnown, articles: 0, quotes: 0, undated: 0 }),
      );
    stats.articles++;
    const day = article.published?.slice(0, 10);
    if (!day) stats.undated++;
    if (day && (!stats.from || day < stats.from)) stats.from = day;
    if (day && (!stats.to || day > stats.to)) stats.to = day;
    return stats;
  }
}

/** `localeCompare`'s order, without a collator per comparison. */
const COLLATOR = new Intl.Collator();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
