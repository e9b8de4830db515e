/**
 * What the corpus looks like to a reader right now: the live, unembargoed articles and quotes, and
 * the aggregates queries need (outlets, speakers, counts). Computed once per corpus change (or when
 * an embargo lifts) rather than scanned on every query.
 */
import type { QuoteInArticle } from '../compare/statements.ts';
import type { Article, SkippedFile } from '../corpus/article.ts';
import type { Quote } from '../quotes/quote.ts';
import type { IndexedCorpus } from './corpus.ts';
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
  readonly quotes: QuoteInArticle[] = [];
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
  private byArticle: Map<Article, Quote[]> | undefined;
  private unknownFiles: Article[] | undefined;
  /** Quotes of each person (corpus key) in every indexed file, embargoed ones included. */
  private readonly corpusCounts = new Map<string, number>();
  /** Speakers as each audience sees them, by the outlets it may not see (built on first use). */
  private readonly audiences = new Map<string, ViewSpeakers>();

  constructor(
    corpus: IndexedCorpus,
    readonly version: number,
    now: string,
  ) {
    let passages = 0;
    let nextLift: string | undefined;
    for (const file of corpus.indexedFiles()) {
      this.skipped.push(...file.load.skipped);
      this.warnings.push(...file.load.warnings);
      const outlets = [...new Set(file.load.articles.map((a) => a.outlet))];
      for (const problem of [...file.load.skipped, ...file.load.warnings]) if (outlets.length) this.problemOutlets.set(problem, outlets);
      for (const quotes of file.quotes)
        for (const q of quotes)
          if (q.speaker?.kind === 'person') this.corpusCounts.set(q.speaker.key, (this.corpusCounts.get(q.speaker.key) ?? 0) + 1);
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
        }
      });
    }
    this.skipped.unshift(...corpus.skippedOutsideFiles);
    this.passages = passages;
    this.nextLift = nextLift;
    this.outletNames = [...this.outlets.keys()].sort();
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
      const out = new Set(left);
      const quotes = left.length ? this.quotes.filter((q) => !out.has(q.article.outlet)) : this.quotes;
      speakers = new ViewSpeakers(quotes, this.corpusCounts, !left.length && this.nextLift === undefined);
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
