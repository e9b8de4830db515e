/**
 * What the corpus looks like to a reader right now: the live, unembargoed articles and quotes, and
 * the aggregates queries need (outlets, speakers, counts). Computed once per corpus change (or when
 * an embargo lifts) rather than scanned on every query.
 */
import type { QuoteInArticle } from '../compare/statements.ts';
import type { Article, SkippedFile } from '../corpus/article.ts';
import type { Quote } from '../quotes/quote.ts';
import type { IndexedCorpus } from './corpus.ts';
import { quoteCountAt, quotesAt } from './file-quotes.ts';
import { ViewSpeakers, type SpeakerCount } from './view-speakers.ts';

export type { SpeakerCount } from './view-speakers.ts';

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

export class CorpusView {
  readonly articles: Article[] = [];
  readonly outlets = new Map<string, OutletStats>();
  /** Outlet names, sorted. */
  readonly outletNames: string[];
  readonly passages: number;
  readonly skipped: SkippedFile[] = [];
  readonly warnings: SkippedFile[] = [];
  /** The earliest embargo still in force (UTC ISO), after which this view is out of date. */
  readonly nextLift: string | undefined;
  /** The outlets of the articles of the file each problem was reported in (none for a file without articles). */
  private readonly problemOutlets = new Map<SkippedFile, readonly string[]>();
  private unknownFiles: Article[] | undefined;
  /** Every quote this view shows, in corpus order (read only when an audience needs them all). */
  private allQuotes: QuoteInArticle[] | undefined;
  /** Quotes of each person (corpus key) in every indexed file, embargoed ones included (read with `allQuotes`). */
  private corpusCounts: Map<string, number> | undefined;
  /** Speakers as each audience sees them, by the outlets it may not see (built on first use). */
  private readonly audiences = new Map<string, ViewSpeakers>();

  constructor(
    private readonly corpus: IndexedCorpus,
    readonly version: number,
    now: string,
  ) {
    let passages = 0;
    let nextLift: string | undefined;
    for (const file of corpus.indexedFiles()) {
      for (const s of file.load.skipped) this.skipped.push(s);
      for (const w of file.load.warnings) this.warnings.push(w);
      const outlets = [...new Set(file.load.articles.map((a) => a.outlet))];
      for (const problem of [...file.load.skipped, ...file.load.warnings]) if (outlets.length) this.problemOutlets.set(problem, outlets);
      file.load.articles.forEach((article, a) => {
        if (article.embargo !== undefined && article.embargo > now) {
          if (nextLift === undefined || article.embargo < nextLift) nextLift = article.embargo;
          return;
        }
        this.articles.push(article);
        passages += article.paragraphCount ?? article.paragraphs.length;
        // Counted, not read: a store knows each article's number of quotes.
        this.outletStats(article).quotes += quoteCountAt(file.quotes, a);
      });
    }
    for (const stats of this.outlets.values()) {
      if (stats.from) stats.from = stats.from.slice(0, 10);
      if (stats.to) stats.to = stats.to.slice(0, 10);
    }
    this.skipped.unshift(...corpus.skippedOutsideFiles);
    this.passages = passages;
    this.nextLift = nextLift;
    this.outletNames = [...this.outlets.keys()].sort();
    this.now = now;
  }

  private readonly now: string;

  /**
   * Every quote this view shows (live, unembargoed), in corpus order. A store's are all read: for
   * the export and for audiences that may not see some outlets or while an embargo is in force.
   */
  get quotes(): readonly QuoteInArticle[] {
    if (!this.allQuotes) {
      const quotes: QuoteInArticle[] = [];
      const counts = new Map<string, number>();
      for (const file of this.corpus.indexedFiles())
        file.load.articles.forEach((article, a) => {
          const shown = article.embargo === undefined || article.embargo <= this.now;
          for (const quote of quotesAt(file.quotes, a)) {
            if (quote.speaker?.kind === 'person') counts.set(quote.speaker.key, (counts.get(quote.speaker.key) ?? 0) + 1);
            if (shown) quotes.push({ article, quote });
          }
        });
      this.allQuotes = quotes;
      this.corpusCounts = counts;
    }
    return this.allQuotes;
  }

  /**
   * The problems an audience may be told of: not those of a file whose articles all belong to
   * outlets it may not see (the file's name is a trace of them).
   */
  problemsFor(hidden: ReadonlySet<string> | undefined, problems: readonly SkippedFile[]): SkippedFile[] {
    if (!hidden?.size) return [...problems];
    return problems.filter((p) => !this.problemOutlets.get(p)?.every((o) => hidden.has(o)));
  }

  /** Outlet names (sorted) an audience may see: those it may not see are as if they did not exist. */
  outletNamesFor(hidden?: ReadonlySet<string>): string[] {
    return hidden?.size ? this.outletNames.filter((o) => !hidden.has(o)) : this.outletNames;
  }

  /**
   * Speakers as an audience that may not see `hidden` outlets sees them: names, counts and lookups
   * from the quotes it may see only (see `ViewSpeakers`).
   */
  speakersFor(hidden?: ReadonlySet<string>): ViewSpeakers {
    const left = hidden?.size ? this.outletNames.filter((o) => hidden.has(o)) : [];
    const key = left.join('\u0000');
    let speakers = this.audiences.get(key);
    if (!speakers) {
      if (!left.length && this.nextLift === undefined) {
        // Every shown quote is visible: the corpus's own speakers and totals (a store's, from its tables).
        const read = this.corpus.read;
        const ranked = read.ranking();
        speakers = ViewSpeakers.whole(ranked ?? read.totals(), (k) => read.ofSpeaker(k), ranked !== undefined);
      } else {
        const out = new Set(left);
        const quotes = left.length ? this.quotes.filter((q) => !out.has(q.article.outlet)) : this.quotes;
        speakers = new ViewSpeakers(quotes, this.corpusCounts);
      }
      this.audiences.set(key, speakers);
    }
    return speakers;
  }

  /**
   * The files (one per article, in corpus order) of the articles whose outlet is not known, as an
   * audience that may not see `hidden` outlets sees them; the articles are read once per view.
   */
  unknownOutletFiles(hidden?: ReadonlySet<string>): string[] {
    this.unknownFiles ??= this.articles.filter((a) => !a.outletKnown);
    return this.unknownFiles.filter((a) => !hidden?.has(a.outlet)).map((a) => a.file);
  }

  /** Speakers with their quote counts, most quoted first, for an audience with no hidden outlet. */
  get speakers(): readonly SpeakerCount[] {
    return this.speakersFor().speakers;
  }

  /** The quotes of one article this view shows (none for an embargoed or retired one). */
  quotesOfArticle(article: Article): readonly Quote[] {
    if (article.embargo !== undefined && article.embargo > this.now) return [];
    return this.corpus.isLive(article) ? this.corpus.read.ofArticle(article) : [];
  }

  private outletStats(article: Article): OutletStats {
    let stats = this.outlets.get(article.outlet);
    if (!stats)
      this.outlets.set(
        article.outlet,
        (stats = { outlet: article.outlet, outletKnown: article.outletKnown, articles: 0, quotes: 0, undated: 0 }),
      );
    stats.articles++;
    // The earliest and latest dates as written, cut to days once the view is built (the order of
    // whole dates is that of their days: no string cut per article, half a million at 500k).
    const published = article.published;
    if (!published) stats.undated++;
    else {
      if (!stats.from || published < stats.from) stats.from = published;
      if (!stats.to || published > stats.to) stats.to = published;
    }
    return stats;
  }
}
