/**
 * What the corpus looks like to a reader right now: the live, unembargoed articles and quotes, and
 * the aggregates queries need (outlets, speakers, counts). Computed once per corpus change (or when
 * an embargo lifts) rather than scanned on every query.
 */
import type { QuoteInArticle } from '../compare/statements.ts';
import type { Article, SkippedFile } from '../corpus/article.ts';
import { countsAsQuotation, type Quote, type Speaker } from '../quotes/quote.ts';
import type { IndexedCorpus } from './corpus.ts';
import { quoteCountAt, quotesAt } from './file-quotes.ts';
import { familyOf, ViewSpeakers, type SpeakerCount } from './view-speakers.ts';

export type { SpeakerCount } from './view-speakers.ts';

export interface OutletStats {
  outlet: string;
  outletKnown: boolean;
  articles: number;
  /** Passages (paragraphs) of its articles, counted, not read. */
  passages: number;
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
        const paragraphs = article.paragraphCount ?? article.paragraphs.length;
        passages += paragraphs;
        // Counted, not read: a store knows each article's numbers of paragraphs and quotes.
        const stats = this.outletStats(article);
        stats.quotes += quoteCountAt(file.quotes, a);
        stats.passages += paragraphs;
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
   * the export.
   */
  get quotes(): readonly QuoteInArticle[] {
    if (!this.allQuotes) {
      const quotes: QuoteInArticle[] = [];
      for (const file of this.corpus.indexedFiles())
        file.load.articles.forEach((article, a) => {
          if (article.embargo !== undefined && article.embargo > this.now) return;
          for (const quote of quotesAt(file.quotes, a)) quotes.push({ article, quote });
        });
      this.allQuotes = quotes;
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
   * True when an audience that may not see `hidden` outlets sees every quote this view shows: no
   * embargo in force, no outlet with articles hidden. Its speakers are then the corpus's own.
   */
  seesEverything(hidden?: ReadonlySet<string>): boolean {
    return this.nextLift === undefined && !(hidden?.size && this.outletNames.some((o) => hidden.has(o)));
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
      if (this.seesEverything(hidden)) {
        // Every shown quote is visible: the corpus's own speakers and totals (a store's, from its tables).
        const read = this.corpus.read;
        const ranked = read.ranking();
        speakers = ViewSpeakers.whole(ranked ?? read.totals(), (k) => read.ofSpeaker(k), ranked !== undefined);
      } else speakers = this.audienceSpeakers(new Set(left));
      this.audiences.set(key, speakers);
    }
    return speakers;
  }

  /**
   * Speakers as an audience that may not see the articles of the outlets in `out`, nor embargoed
   * ones, sees them. Only a family of names (a surname and every name ending in it) with a quote in
   * such an article can be named or counted otherwise than the corpus does: those families are
   * regrouped from their visible quotes (`ViewSpeakers`' rules), every other speaker is the corpus's
   * own with its totals. The work is that of the hidden articles (their speakers counted, a store's
   * without decoding) and of the families they touch, not of every quote.
   */
  private audienceSpeakers(out: ReadonlySet<string>): ViewSpeakers {
    const read = this.corpus.read;
    const now = this.now;
    const hiddenArticle = (a: Article) => out.has(a.outlet) || (a.embargo !== undefined && a.embargo > now);
    const hidden: Article[] = [];
    for (const file of this.corpus.indexedFiles()) for (const a of file.load.articles) if (hiddenArticle(a)) hidden.push(a);
    const hiddenSpeakers = read.speakersIn(hidden);
    const families = new Set(hiddenSpeakers.map((t) => familyOf(t.speaker.key)));
    // Each person's quotations in the whole corpus (hidden ones included, `countsAsQuotation`), for the families regrouped.
    const corpusCounts = new Map<string, number>();
    const countPerson = (speaker: Speaker, n: number) => {
      if (speaker.kind === 'person') corpusCounts.set(speaker.key, (corpusCounts.get(speaker.key) ?? 0) + n);
    };
    for (const { speaker, quotes } of hiddenSpeakers) countPerson(speaker, quotes);
    const ranked = read.ranking();
    const totals = ranked ?? read.totals();
    // The visible articles holding a quote of those families (a store's found without decoding).
    const holding = new Set<Article>();
    for (const { speaker } of totals) {
      if (!families.has(familyOf(speaker.key))) continue;
      const refs = read.refsOf(speaker.key);
      if (refs) for (const a of refs.articles) holding.add(a);
      else for (const q of read.ofSpeaker(speaker.key)) holding.add(q.article);
    }
    // Their quotes of those families, in corpus order (the order names and ties are decided in).
    const quotes: QuoteInArticle[] = [];
    for (const file of this.corpus.indexedFiles())
      for (const article of file.load.articles) {
        if (!holding.has(article) || hiddenArticle(article)) continue;
        for (const quote of read.ofArticle(article)) {
          if (!quote.speaker || !families.has(familyOf(quote.speaker.key))) continue;
          countPerson(quote.speaker, countsAsQuotation(quote) ? 1 : 0);
          quotes.push({ article, quote });
        }
      }
    const regrouped = new ViewSpeakers(quotes, corpusCounts);
    const kept = totals.filter((t) => !families.has(familyOf(t.speaker.key)));
    return ViewSpeakers.split(kept, ranked !== undefined, (k) => read.ofSpeaker(k), regrouped, families);
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
        (stats = { outlet: article.outlet, outletKnown: article.outletKnown, articles: 0, passages: 0, quotes: 0, undated: 0 }),
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
