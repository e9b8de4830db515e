/**
 * The engine: the one facade commands talk to. It reads the indexed corpus (which may change while
 * the bot runs: see `corpus.ts`) and answers with the neutral answer model. No chat SDK here.
 *
 * Every request is answered for one instant, taken from the clock once at its start: the view of
 * the corpus (live files, embargoes lifted by then) and the visibility its searches carry are both
 * computed for that instant and passed down; nothing reads the time or the engine's state later.
 */
import { LRUCache } from 'lru-cache';
import { note } from '../messages.ts';
import type { CompareAnswer, ResultsAnswer, SourcesAnswer, StatementView } from '../answer.ts';
import { findParaphrases } from '../compare/paraphrase.ts';
import type { Statement } from '../compare/statements.ts';
import { statementView } from '../compare/view.ts';
import type { Article, LoadResult } from '../corpus/article.ts';
import type { Passage } from '../search/passage.ts';
import { parsePhrase } from '../search/query.ts';
import { containsPhrase } from '../search/excerpt.ts';
import { finderFor, type PassageFinder } from '../search/search-index.ts';
import { contentsOf, IndexedCorpus } from './corpus.ts';
import { articleInScope, candidateOf, findHits, type Found, type Scope } from './find.ts';
import { engineSettings, type EngineOptions, type EngineSettings } from './options.ts';
import { outletsInScope, planSearch, undatedIn, type Plan } from './plan.ts';
import { fold } from '../text/fold.ts';
import type { QuoteRow, SearchRequest } from './request.ts';
import { reachOutlets } from './reach.ts';
import { perOutletOf, shapeResults } from './results.ts';
import { countsMemo, speakerPages } from './speaker-pages.ts';
import { sameStatementElsewhere, type SameStatementContext } from './same-statement.ts';
import type { SpeakerRefs } from './corpus-quotes.ts';
import { rankByTyped } from './suggest.ts';
import { CorpusView } from './view.ts';
import { inFilters, looseStatements, speakerQuotesIn, visibleStatements, type Filters } from './scope.ts';
import { statementsIn, statementsInOrder, type StatementLimit, type StatementsContext } from './statements-in.ts';

export type { EngineOptions } from './options.ts';
export type { QuoteRow, SearchRequest } from './request.ts';

/** What readers may see at one instant: the request's view, visibility and searches. */
interface Moment {
  view: CorpusView;
  /** True when `article` is in a live file and any embargo has lifted by `now`. */
  shows: (article: Article) => boolean;
  /** The index's searches, with this instant's visibility bound. */
  finder: PassageFinder;
}

export class Engine {
  private readonly corpus: IndexedCorpus;
  private readonly settings: EngineSettings;
  /** The last view computed, and the instant it was computed for (views are costly; reused while valid). */
  private last: { view: CorpusView; now: string } | undefined;
  /** Statements regrouped across surname and full name, by their members (see `mergeSurnameSpeakers`): the 64 most recently used. */
  private readonly regroupings = new LRUCache<string, Statement[]>({ max: 64 });

  /** Over a loaded corpus (built now, synchronously), or over an already indexed one. */
  constructor(source: LoadResult | IndexedCorpus, options: EngineOptions = {}) {
    this.settings = engineSettings(options);
    if (source instanceof IndexedCorpus) {
      this.corpus = source;
    } else {
      const { contents, other } = contentsOf(source);
      this.corpus = new IndexedCorpus(this.settings);
      this.corpus.applyNow(contents, []);
      if (other.length) this.corpus.setExtraSkipped(other);
    }
  }

  /** The instant a request is answered for (the clock read once), with what readers see then. */
  private moment(): Moment {
    const now = new Date(this.settings.clock()).toISOString();
    const shows = (article: Article) => this.corpus.isLive(article) && (article.embargo === undefined || article.embargo <= now);
    const visible = (p: Passage) => shows(p.article);
    return { view: this.viewAt(now), shows, finder: finderFor(this.corpus.index, visible) };
  }

  /** The view for `now`: the last one while the corpus has not changed and no embargo has lifted since. */
  private viewAt(now: string): CorpusView {
    const last = this.last;
    if (
      last &&
      last.view.version === this.corpus.version &&
      now >= last.now &&
      (last.view.nextLift === undefined || now < last.view.nextLift)
    )
      return last.view;
    const view = new CorpusView(this.corpus, this.corpus.version, now);
    this.last = { view, now };
    return view;
  }

  /** Answers `/quote` and `/search`. Throws `BotError` for a query it cannot run. */
  search(request: SearchRequest): ResultsAnswer {
    const at = this.moment();
    const { view } = at;
    const plan = planSearch(request, view);
    const refs = this.speakerRefs(at, plan.scope);
    if (refs)
      plan.scope.speakerArticles = () => ({ articles: new Set(refs.flatMap((r) => r.articles)), articleOf: this.corpus.articleOfPassage });
    const pages = this.speakerPages(at, plan, request, refs);
    const found: Found = pages ? { candidates: [], relaxed: false } : findHits(at.finder, plan.terms, plan.scope);
    const scopeOutlets = outletsInScope(view, plan.scope.outlets, plan.scope.hidden);
    const unchecked = reachOutlets(
      at.finder,
      plan.terms,
      plan.scope,
      found,
      scopeOutlets,
      (id) => this.corpus.articleOfPassage(id)?.outlet,
    );
    if (request.command === 'quote' && plan.terms.length)
      for (const c of sameStatementElsewhere(this.sameContext(at), found, plan.terms, plan.scope)) found.candidates.push(c);
    const answer = shapeResults({
      request: { ...request, perOutlet: request.perOutlet ?? plan.parsed.limit },
      parsed: plan.view,
      found,
      scopeOutlets,
      unchecked,
      undatedLeftOut: plan.parsed.since || plan.parsed.until ? undatedIn(view, plan.scope.outlets, plan.scope.hidden) : 0,
      unknownOutletFiles: view.unknownOutletFiles(plan.scope.hidden),
      perOutlet: this.settings.perOutlet,
      excerptLength: this.settings.excerptLength,
      speakers: plan.scope.speakers,
      pages: pages?.pages,
      readDetails: (articles) => this.corpus.read.readDetails(articles),
    });
    answer.noMatch = answer.noMatch.filter((o) => !plan.scope.hidden?.has(o));
    answer.notes.unshift(...plan.notes);
    if (request.command === 'quote' && plan.scope.speakerKeys && (plan.terms.length || plan.scope.phrases.length)) {
      const offTopic = speakerQuotesIn(view, plan.scope, answer.noMatch, refs);
      if (offTopic.length) {
        answer.offTopic = offTopic;
        const has = new Set(offTopic.map((o) => o.outlet));
        answer.noMatch = answer.noMatch.filter((o) => !has.has(o));
      }
    }
    const topic = plan.terms.length > 0 || plan.scope.phrases.length > 0;
    if (request.command === 'quote' && plan.view.speaker && topic && answer.noMatch.length) this.passagesNaming(at, plan, request, answer);
    // The statements shown are carried by two outlets at least (`limit.keep`), and a statement as
    // the audience sees it holds only members within the filters: with one outlet asked for, none
    // can be shown, and none is read.
    if (request.command === 'quote' && !(plan.scope.outlets && plan.scope.outlets.size < 2)) {
      const limit = { count: this.settings.maxStatementsInQuote, keep: (s: Statement) => s.outlets.length > 1, several: true };
      // A speaker's pages read the statements in the scan's order, as far as needed; else from every candidate.
      const inOrder = pages && statementsInOrder(this.statementsContext(at), pages.inOrder(), pages.speakers, plan.scope, limit);
      const shared = inOrder ?? this.statementsIn(at, pages ? findHits(at.finder, plan.terms, plan.scope) : found, plan.scope, limit);
      if (shared.length) answer.statements = shared.map((s) => statementView(s, []));
    }
    return answer;
  }

  /**
   * `/quote`: an outlet with no quote attributed to the speaker may still report the speaker on the
   * topic (the attribution was not found, or the words are reported speech): its best passage
   * naming the speaker with the topic words is shown, marked partial and not as a quote, rather
   * than "nothing from" it.
   */
  private passagesNaming(at: Moment, plan: Plan, request: SearchRequest, answer: ResultsAnswer): void {
    const surname = plan.view.speaker!.split(' ').pop()!;
    const folded = fold(surname);
    const names = new Map<Passage, boolean>();
    const naming = (p: Passage) => {
      let has = names.get(p);
      if (has === undefined) names.set(p, (has = fold(p.text).includes(folded)));
      return has;
    };
    // Only the passages naming the speaker are kept: the index need not rank the others (`keep`).
    const scope: Scope = { ...plan.scope, command: 'search', speakerKeys: undefined, outlets: new Set(answer.noMatch), keep: naming };
    const found = findHits(at.finder, [surname, ...plan.terms], scope);
    found.candidates = found.candidates
      .filter((c) => naming(c.passage))
      .map((c) => candidateOf(c.passage, c.quote, c.score, c.terms, c.onTopic, true, c.sibling));
    if (!found.candidates.length) return;
    const extra = shapeResults({
      request: { ...request, command: 'search', perOutlet: 1 },
      parsed: plan.view,
      found,
      scopeOutlets: answer.noMatch,
      undatedLeftOut: 0,
      unknownOutletFiles: [],
      perOutlet: 1,
      excerptLength: this.settings.excerptLength,
      speakers: plan.scope.speakers,
      readDetails: (articles) => this.corpus.read.readDetails(articles),
    });
    // A passage, not a quotation: no speaker is claimed for it.
    for (const r of extra.results) r.excerpts = r.excerpts.map(({ speaker: _s, mention: _m, cue: _c, ...e }) => e);
    answer.results.push(...extra.results);
    answer.noMatch = extra.noMatch;
    answer.total += extra.total;
    if (answer.matches) answer.matches.partial += extra.total;
  }

  /**
   * `/compare`: the statements (one utterance, several outlets) whose quotes match the query, each
   * with its wordings diffed and the outlets that only paraphrase it.
   */
  compare(request: Omit<SearchRequest, 'command'>): CompareAnswer {
    const at = this.moment();
    const plan = planSearch({ ...request, command: 'quote' }, at.view);
    const found = findHits(at.finder, plan.terms, plan.scope);
    found.candidates = found.candidates.filter((c) => c.onTopic && !c.partial);
    const statements = this.statementsIn(at, found, plan.scope);
    const multi = (s: Statement) => s.outlets.length > 1;
    const answer = this.compareAnswer(at, 'compare', request.query, plan.view.speaker, statements, multi, plan.scope);
    answer.notes.unshift(...plan.notes);
    return answer;
  }

  /**
   * `/who "phrase"`: every direct quotation containing the words, whoever the speaker (named,
   * unnamed, an organisation, or none), grouped by utterance, with how many outlets carry it. One
   * outlet is an answer, not a miss.
   */
  who(phrase: string, hiddenOutlets?: ReadonlySet<string>): CompareAnswer {
    const at = this.moment();
    const parsed = parsePhrase(phrase);
    const wanted = parsed.phrases.length ? parsed.phrases : [parsed.raw];
    const speakers = at.view.speakersFor(hiddenOutlets);
    const scope: Scope = { command: 'quote', phrases: wanted, hidden: hiddenOutlets, anyQuote: true, speakers };
    const found = findHits(at.finder, parsed.terms, scope);
    found.candidates = found.candidates.filter(
      (c) => c.quote && !c.partial && wanted.every((p) => containsPhrase(c.passage.text.slice(c.quote!.start, c.quote!.end), p)),
    );
    const statements = this.statementsIn(at, found, scope);
    const grouped = new Set(statements.flatMap((s) => s.members.map((m) => m.quote)));
    const loose = found.candidates.filter((c) => c.quote && !grouped.has(c.quote.quote) && at.shows(c.passage.article));
    const looseQuotes = loose.map((c) => ({ article: c.passage.article, quote: c.quote!.quote }));
    for (const s of looseStatements(looseQuotes, (q) => speakers.speakerOf(q))) statements.push(s);
    const answer = this.compareAnswer(at, 'who', phrase, undefined, statements, () => true, scope);
    answer.outletsCarrying = new Set(statements.flatMap((s) => s.outlets)).size;
    if (!answer.statements.length) answer.notes.push(note('no_direct_quotation', { phrases: wanted.map((p) => `"${p}"`).join(' ') }));
    return answer;
  }

  sources(hiddenOutlets?: ReadonlySet<string>): SourcesAnswer {
    const { view } = this.moment();
    const shown = [...view.outlets.values()].filter((o) => !hiddenOutlets?.has(o.outlet));
    const left = view.outlets.size > shown.length;
    const outlets = shown.map(({ outlet, outletKnown, articles, quotes, from, to }) => ({
      outlet,
      outletKnown,
      articles,
      quotes,
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    }));
    return {
      kind: 'sources',
      command: 'sources',
      outlets: outlets.sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet)),
      // Totals over what this audience may see: an outlet hidden from it counts nowhere.
      articles: shown.reduce((n, o) => n + o.articles, 0),
      passages: left ? shown.reduce((n, o) => n + o.passages, 0) : view.passages,
      quotes: shown.reduce((n, o) => n + o.quotes, 0),
      speakers: view.speakersFor(hiddenOutlets).speakers.length,
      skipped: view.problemsFor(hiddenOutlets, view.skipped),
      warnings: view.problemsFor(hiddenOutlets, view.warnings),
    };
  }

  /** Every extracted quote the audience may see, in corpus order: the fact-checkers' export. */
  quoteRows(hiddenOutlets?: ReadonlySet<string>): QuoteRow[] {
    const { view } = this.moment();
    const speakers = view.speakersFor(hiddenOutlets);
    return view.quotes
      .filter(({ article }) => !hiddenOutlets?.has(article.outlet))
      .map(({ article, quote }) => ({
        article: article.id,
        outlet: article.outlet,
        headline: article.headline,
        url: article.url,
        published: article.published,
        paragraph: quote.paragraph + 1,
        text: quote.text,
        speaker: speakers.speakerOf(quote)?.name ?? null,
        mention: quote.mention?.text ?? null,
        cue: quote.cue ?? null,
      }));
  }

  /** Outlet names, most articles first (for autocomplete and help). */
  outletNames(hiddenOutlets?: ReadonlySet<string>): string[] {
    return this.sources(hiddenOutlets).outlets.map((o) => o.outlet);
  }

  /** Speakers with their quote counts, most quoted first, as an audience that may not see `hiddenOutlets` sees them. */
  speakerList(hiddenOutlets?: ReadonlySet<string>): Array<{ name: string; quotes: number }> {
    return this.moment()
      .view.speakersFor(hiddenOutlets)
      .speakers.map((s) => ({ name: s.speaker.name, quotes: s.quotes }));
  }

  /**
   * Outlet names for what the user is typing: names starting with it, then with a word starting
   * with it, then containing it (accents and case ignored); most articles first within each.
   */
  outletSuggestions(typed: string, hiddenOutlets?: ReadonlySet<string>): string[] {
    return rankByTyped(this.outletNames(hiddenOutlets), typed, (name) => name);
  }

  /** Speakers for what the user is typing, ranked as `outletSuggestions`; most quoted first within each rank. */
  speakerSuggestions(typed: string, hiddenOutlets?: ReadonlySet<string>): Array<{ name: string; quotes: number }> {
    return rankByTyped(this.speakerList(hiddenOutlets), typed, (s) => s.name);
  }

  /** Every statement group (one utterance by one speaker, across articles), most outlets first. */
  statementList(hiddenOutlets?: ReadonlySet<string>): readonly Statement[] {
    const at = this.moment();
    const scope = { hidden: hiddenOutlets, speakers: at.view.speakersFor(hiddenOutlets) };
    return this.corpus.statements.list().flatMap((s) => visibleStatements(at.shows, s, scope));
  }

  passage(id: number): Passage | undefined {
    const p = this.corpus.index.get(id);
    return p && this.moment().shows(p.article) ? p : undefined;
  }

  /** The statements the found quotes belong to, as the request's audience sees them (`statements-in.ts`). */
  private statementsIn(at: Moment, found: Found, scope: Filters, limit?: StatementLimit): Statement[] {
    return statementsIn(this.statementsContext(at), found, scope, limit);
  }

  private sameContext(at: Moment): SameStatementContext {
    return {
      ...at,
      statements: this.corpus.statements,
      passage: (id) => this.corpus.index.get(id),
      ...(this.corpus.read.stored
        ? { texts: (ids: readonly number[], holding?: readonly string[]) => this.corpus.read.paragraphTexts(ids, holding) }
        : {}),
    };
  }

  private statementsContext(at: Moment): StatementsContext {
    return { ...at, index: this.corpus.statements, regroupings: this.regroupings };
  }

  /**
   * Where the scope's speakers' quotes are (`SpeakerRefs`), when a store keeps them and the audience
   * sees every quote (so as the corpus names their speakers): read once per request.
   */
  private speakerRefs(at: Moment, scope: Scope): SpeakerRefs[] | undefined {
    const keys = scope.speakerKeys;
    const { view } = at;
    if (!keys || !view.seesEverything(scope.hidden)) return undefined;
    const refs = [...keys].flatMap((key) => this.corpus.read.refsOf(key) ?? []);
    return refs.length === keys.size ? refs : undefined;
  }

  /** `/quote <speaker>` with no topic: each outlet's page from where the speaker's quotes are (`speaker-pages.ts`). */
  private speakerPages(at: Moment, plan: Plan, request: SearchRequest, refs: SpeakerRefs[] | undefined) {
    const { scope } = plan;
    const keys = scope.speakerKeys;
    if (request.command !== 'quote' || !keys || !refs || plan.terms.length || scope.phrases.length) return undefined;
    const pages = speakerPages({
      refs,
      keys,
      accept: (a) => at.shows(a) && articleInScope(a, scope),
      quotesOf: (a) => this.corpus.read.ofArticle(a),
      passage: (id) => this.corpus.index.get(id),
      perOutlet: perOutletOf({ perOutlet: request.perOutlet ?? plan.parsed.limit }, this.settings.perOutlet),
      memo: countsMemo(at.view, keys, scope),
    });
    // Every speaker the candidates may have, as people (`statementsInOrder` is then only more cautious).
    return pages && { ...pages, speakers: [...keys].map((key) => ({ key, name: key, kind: 'person' as const })) };
  }

  private compareAnswer(
    at: Moment,
    command: 'compare' | 'who',
    query: string,
    speaker: string | undefined,
    statements: Statement[],
    shown: (s: Statement) => boolean,
    scope: Filters,
  ): CompareAnswer {
    const max = this.settings.maxStatements;
    const kept = statements.filter(shown);
    const views: StatementView[] = kept.slice(0, max).map((s) =>
      statementView(
        s,
        findParaphrases(s, at.finder, scope.hidden).filter((p) => inFilters(p, scope)),
      ),
    );
    const notes: string[] = [];
    if (kept.length > max) notes.push(note('more_statements', { count: kept.length - max }));
    return { kind: 'compare', command, query, speaker, statements: views, singleOutlet: statements.length - kept.length, notes };
  }
}
