/**
 * The engine: the one facade commands talk to. It reads the indexed corpus (which may change while
 * the bot runs: see `corpus.ts`) through a view of what readers may see now (live files, embargoes
 * lifted), and answers searches with the neutral answer model. No chat SDK here.
 */
import type { CompareAnswer, ParsedQueryView, ResultsAnswer, SourcesAnswer, StatementView } from '../answer.ts';
import { findParaphrases } from '../compare/paraphrase.ts';
import type { Statement } from '../compare/statements.ts';
import { statementView } from '../compare/view.ts';
import { UNKNOWN_OUTLET, type Article, type LoadResult } from '../corpus/article.ts';
import { BotError } from '../errors.ts';
import type { Passage } from '../search/passage.ts';
import { parseQuery, type ParsedQuery } from '../search/query.ts';
import { fold } from '../search/text.ts';
import { containsPhrase } from '../search/excerpt.ts';
import { contentsOf, IndexedCorpus } from './corpus.ts';
import { findHits, type Found, type Scope } from './find.ts';
import { shapeResults } from './results.ts';
import { CorpusView } from './view.ts';

const MAX_STATEMENTS = 10;
const MAX_STATEMENTS_IN_QUOTE = 3;

export interface SearchRequest {
  command: 'quote' | 'search';
  /** What the user typed, filters included. */
  query: string;
  /** Structured options (Discord's `outlet:` / `speaker:` fields); combined with the query's filters. */
  outlet?: string;
  speaker?: string;
  /** Excerpts shown per outlet. */
  perOutlet?: number;
  /** Outlets this audience may not see (licensed copy restricted to some channels). */
  hiddenOutlets?: ReadonlySet<string>;
}

/** One row of the fact-checkers' quote export. */
export interface QuoteRow {
  article: string;
  outlet: string;
  headline: string;
  url?: string;
  published?: string;
  paragraph: number;
  text: string;
  speaker: string | null;
  mention: string | null;
  cue: string | null;
}

export interface EngineOptions {
  /** Milliseconds since the epoch, for embargoes (tests inject a clock). */
  clock?: () => number;
}

export class Engine {
  readonly corpus: IndexedCorpus;
  private readonly clock: () => number;
  private now = '';
  private current: CorpusView | undefined;

  /** Over a loaded corpus (built now, synchronously), or over an already indexed one. */
  constructor(source: LoadResult | IndexedCorpus, options: EngineOptions = {}) {
    this.clock = options.clock ?? Date.now;
    if (source instanceof IndexedCorpus) {
      this.corpus = source;
    } else {
      const { contents, other } = contentsOf(source);
      this.corpus = new IndexedCorpus();
      this.corpus.applyNow(contents, []);
      if (other.length) this.corpus.setExtraSkipped(other);
    }
    this.corpus.index.setVisibility((p) => this.isVisible(p.article));
  }

  /** True when readers may see `article` now: its file is live and any embargo has lifted. */
  isVisible(article: Article): boolean {
    return this.corpus.isLive(article) && (article.embargo === undefined || article.embargo <= this.now);
  }

  /** The view for this moment; every public method starts here, so embargoes are checked at query time. */
  private view(): CorpusView {
    this.now = new Date(this.clock()).toISOString();
    const v = this.current;
    if (v && v.version === this.corpus.version && (v.nextLift === undefined || this.now < v.nextLift)) return v;
    this.current = new CorpusView(this.corpus, this.corpus.version, this.now);
    return this.current;
  }

  /** Answers `/quote` and `/search`. Throws `BotError` for a query it cannot run. */
  search(request: SearchRequest): ResultsAnswer {
    const view = this.view();
    const plan = this.plan(request, view);
    const found = findHits(this.corpus.index, plan.terms, plan.scope);
    const answer = shapeResults({
      request,
      parsed: plan.view,
      found,
      scopeOutlets: this.outletsInScope(view, plan.scope.outlets, plan.scope.hidden),
      undatedLeftOut: plan.parsed.since || plan.parsed.until ? undatedIn(view, plan.scope.outlets) : 0,
      unknownOutletFiles: view.outlets.has(UNKNOWN_OUTLET) ? view.articles.filter((a) => !a.outletKnown).map((a) => a.file) : [],
    });
    answer.noMatch = answer.noMatch.filter((o) => !plan.scope.hidden?.has(o));
    if (request.command === 'quote') {
      const shared = this.statementsIn(found, request.hiddenOutlets).filter((s) => s.outlets.length > 1);
      if (shared.length) answer.statements = shared.slice(0, MAX_STATEMENTS_IN_QUOTE).map((s) => statementView(s, []));
    }
    return answer;
  }

  /**
   * `/compare`: the statements (one utterance, several outlets) whose quotes match the query, each
   * with its wordings diffed and the outlets that only paraphrase it.
   */
  compare(request: Omit<SearchRequest, 'command'>): CompareAnswer {
    const plan = this.plan({ ...request, command: 'quote' }, this.view());
    const found = findHits(this.corpus.index, plan.terms, plan.scope);
    found.candidates = found.candidates.filter((c) => c.onTopic);
    const statements = this.statementsIn(found, request.hiddenOutlets);
    return this.compareAnswer('compare', request.query, plan.view.speaker, statements, (s) => s.outlets.length > 1, request.hiddenOutlets);
  }

  /** `/who "phrase"`: who said it, and which outlets carried it with which wording. */
  who(phrase: string, hiddenOutlets?: ReadonlySet<string>): CompareAnswer {
    this.view();
    const parsed = parseQuery(/["“„«]/.test(phrase) ? phrase : `"${phrase.replace(/["”]/g, '')}"`);
    const wanted = parsed.phrases.length ? parsed.phrases : [parsed.raw];
    const scope: Scope = { command: 'quote', phrases: wanted, hidden: hiddenOutlets };
    const found = findHits(this.corpus.index, parsed.terms, scope);
    found.candidates = found.candidates.filter(
      (c) => c.quote && wanted.every((p) => containsPhrase(c.passage.text.slice(c.quote!.start, c.quote!.end), p)),
    );
    const answer = this.compareAnswer('who', phrase, undefined, this.statementsIn(found, hiddenOutlets), () => true, hiddenOutlets);
    if (!answer.statements.length)
      answer.notes.push(`No direct quotation contains ${wanted.map((p) => `"${p}"`).join(' ')}; try /search for reported speech.`);
    return answer;
  }

  sources(hiddenOutlets?: ReadonlySet<string>): SourcesAnswer {
    const view = this.view();
    const outlets = [...view.outlets.values()]
      .filter((o) => !hiddenOutlets?.has(o.outlet))
      .map(({ outlet, outletKnown, articles, quotes, from, to }) => ({
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
      articles: view.articles.length,
      passages: view.passages,
      quotes: view.quotes.length,
      speakers: view.speakers.length,
      skipped: [...view.skipped],
      warnings: [...view.warnings],
    };
  }

  /** Every extracted quote, in corpus order: the fact-checkers' export. */
  quoteRows(): QuoteRow[] {
    return this.view().quotes.map(({ article, quote }) => ({
      article: article.id,
      outlet: article.outlet,
      headline: article.headline,
      url: article.url,
      published: article.published,
      paragraph: quote.paragraph + 1,
      text: quote.text,
      speaker: quote.speaker?.name ?? null,
      mention: quote.mention?.text ?? null,
      cue: quote.cue ?? null,
    }));
  }

  /** Outlet names, most articles first (for autocomplete and help). */
  outletNames(hiddenOutlets?: ReadonlySet<string>): string[] {
    return this.sources(hiddenOutlets).outlets.map((o) => o.outlet);
  }

  /** Speakers with their quote counts, most quoted first. */
  speakerList(): Array<{ name: string; quotes: number }> {
    return this.view().speakers.map((s) => ({ name: s.speaker.name, quotes: s.quotes }));
  }

  /** Every statement group (one utterance by one speaker, across articles), most outlets first. */
  statementList(): readonly Statement[] {
    this.view();
    return this.corpus.statements.list().flatMap((s) => this.visibleStatement(s, undefined) ?? []);
  }

  passage(id: number): Passage | undefined {
    const p = this.corpus.index.get(id);
    this.view();
    return p && this.isVisible(p.article) ? p : undefined;
  }

  /** Parses a request and resolves its outlets and speaker against the corpus. */
  private plan(request: SearchRequest, corpus: CorpusView): { parsed: ParsedQuery; view: ParsedQueryView; terms: string[]; scope: Scope } {
    const parsed = parseQuery(request.query);
    if (request.outlet?.trim()) parsed.outlets.push(request.outlet.trim());
    if (request.speaker?.trim()) parsed.speaker = request.speaker.trim();
    const outlets = this.resolveOutlets(corpus, parsed.outlets);
    let speakerKeys = parsed.speaker ? this.resolveSpeaker(corpus, parsed.speaker) : undefined;
    let terms = parsed.terms;
    if (!speakerKeys && request.command === 'quote') {
      const found = this.speakerInTerms(corpus, terms);
      if (found) ({ keys: speakerKeys, rest: terms } = found);
    }
    const keys = speakerKeys;
    const speakerName = keys ? corpus.speakers.find((s) => keys.has(s.speaker.key))?.speaker.name : undefined;
    return {
      parsed,
      terms,
      scope: {
        command: request.command,
        outlets,
        speakerKeys,
        since: parsed.since,
        until: parsed.until,
        phrases: parsed.phrases,
        hidden: request.hiddenOutlets,
      },
      view: {
        terms,
        phrases: parsed.phrases,
        outlets: outlets ? [...outlets] : [],
        speaker: speakerName,
        since: parsed.since,
        until: parsed.until,
      },
    };
  }

  /**
   * The statements the found quotes belong to, best-scoring first, each once; members from hidden
   * outlets are taken out (a statement left with none is dropped).
   */
  private statementsIn(found: Found, hiddenOutlets?: ReadonlySet<string>): Statement[] {
    // Each statement ranks by its best candidate (the first one, among equal scores).
    const best = new Map<Statement, { score: number; at: number }>();
    found.candidates.forEach((c, at) => {
      const statement = c.quote ? this.corpus.statements.statementOf(c.quote.quote) : undefined;
      if (!statement) return;
      const known = best.get(statement);
      if (!known || c.score > known.score) best.set(statement, { score: c.score, at });
    });
    return [...best]
      .sort(([, a], [, b]) => b.score - a.score || a.at - b.at)
      .flatMap(([s]) => this.visibleStatement(s, hiddenOutlets) ?? []);
  }

  /** `s` without its members from hidden outlets or unseen articles; undefined when none is left. */
  private visibleStatement(s: Statement, hiddenOutlets: ReadonlySet<string> | undefined): Statement | undefined {
    const shown = (a: Article) => !hiddenOutlets?.has(a.outlet) && this.isVisible(a);
    if (s.members.every((m) => shown(m.article))) return s;
    const members = s.members.filter((m) => shown(m.article));
    if (!members.length) return undefined;
    const outlets = new Set(members.map((m) => m.article.outlet));
    return { ...s, members, outlets: s.outlets.filter((o) => outlets.has(o)) };
  }

  private compareAnswer(
    command: 'compare' | 'who',
    query: string,
    speaker: string | undefined,
    statements: Statement[],
    shown: (s: Statement) => boolean,
    hidden?: ReadonlySet<string>,
  ): CompareAnswer {
    const kept = statements.filter(shown);
    const views: StatementView[] = kept
      .slice(0, MAX_STATEMENTS)
      .map((s) => statementView(s, findParaphrases(s, this.corpus.index, hidden)));
    const notes: string[] = [];
    if (kept.length > MAX_STATEMENTS) notes.push(`${kept.length - MAX_STATEMENTS} more statements match; narrow the query to see them.`);
    return { kind: 'compare', command, query, speaker, statements: views, singleOutlet: statements.length - kept.length, notes };
  }

  private resolveOutlets(corpus: CorpusView, values: string[]): Set<string> | undefined {
    if (!values.length) return undefined;
    const names = corpus.outletNames;
    const slug = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
    const chosen = new Set<string>();
    for (const value of values) {
      const wanted = slug(value);
      const matches = names.filter((n) => slug(n) === wanted);
      const partial = matches.length ? matches : names.filter((n) => wanted.length >= 3 && slug(n).includes(wanted));
      if (!partial.length) throw new BotError('unknown_outlet', { outlet: value, known: listForMessage(names) });
      for (const n of partial) chosen.add(n);
    }
    return chosen;
  }

  private resolveSpeaker(corpus: CorpusView, value: string): Set<string> {
    const found = corpus.lookupSpeaker(value);
    if (!found.length) {
      const known = corpus.speakers
        .filter((s) => s.speaker.kind === 'person')
        .slice(0, 8)
        .map((s) => s.speaker.name);
      throw new BotError('unknown_speaker', { speaker: value, known: known.join(', ') });
    }
    return new Set(found.map((s) => s.key));
  }

  /** In `/quote Putin Bucha`, finds the words naming a known speaker (two-word names first). */
  private speakerInTerms(corpus: CorpusView, terms: string[]): { keys: Set<string>; rest: string[] } | undefined {
    for (const width of [3, 2, 1]) {
      for (let i = 0; i + width <= terms.length; i++) {
        const found = corpus.lookupSpeaker(terms.slice(i, i + width).join(' ')).filter((s) => s.kind === 'person');
        if (found.length) return { keys: new Set(found.map((s) => s.key)), rest: [...terms.slice(0, i), ...terms.slice(i + width)] };
      }
    }
    return undefined;
  }

  private outletsInScope(corpus: CorpusView, outlets: ReadonlySet<string> | undefined, hidden?: ReadonlySet<string>): string[] {
    const all = corpus.outletNames.filter((o) => !hidden?.has(o));
    return (outlets ? all.filter((o) => outlets.has(o)) : all).sort((a, b) => a.localeCompare(b));
  }
}

/** Undated articles in the outlets (all when none is given): date filters leave them out. */
function undatedIn(view: CorpusView, outlets: ReadonlySet<string> | undefined): number {
  let n = 0;
  for (const o of view.outlets.values()) if (!outlets || outlets.has(o.outlet)) n += o.undated;
  return n;
}

function listForMessage(names: string[]): string {
  return names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more (see /sources)` : names.join(', ');
}
