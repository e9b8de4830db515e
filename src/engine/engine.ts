/**
 * The engine: the one facade commands talk to. It owns the loaded corpus, the quotes and speakers,
 * and the passage index, and answers searches with the neutral answer model. No chat SDK here.
 */
import type { CompareAnswer, ParsedQueryView, ResultsAnswer, SourcesAnswer, StatementView } from '../answer.ts';
import { findParaphrases } from '../compare/paraphrase.ts';
import { groupStatements, type Statement } from '../compare/statements.ts';
import { statementView } from '../compare/view.ts';
import type { Article, LoadResult, SkippedFile } from '../corpus/article.ts';
import { BotError } from '../errors.ts';
import type { Quote } from '../quotes/quote.ts';
import type { SpeakerRegistry } from '../quotes/speakers.ts';
import { PassageIndex } from '../search/index.ts';
import type { Passage } from '../search/passage.ts';
import { parseQuery, type ParsedQuery } from '../search/query.ts';
import { fold } from '../search/text.ts';
import { buildPassages } from './build.ts';
import { containsPhrase } from '../search/excerpt.ts';
import { findHits, type Found, type Scope } from './find.ts';
import { shapeResults } from './results.ts';

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

export class Engine {
  private readonly index = new PassageIndex();
  private readonly articles: readonly Article[];
  private readonly quotes: ReadonlyArray<{ article: Article; quote: Quote }>;
  private readonly speakers: SpeakerRegistry;
  private readonly skipped: readonly SkippedFile[];
  private readonly warnings: readonly SkippedFile[];
  private readonly statements: readonly Statement[];
  private readonly statementOf = new Map<Quote, Statement>();

  constructor(load: LoadResult) {
    this.articles = load.articles;
    this.skipped = load.skipped;
    this.warnings = load.warnings;
    const built = buildPassages(load.articles);
    this.quotes = built.quotes;
    this.speakers = built.speakers;
    this.index.add(built.passages);
    this.statements = groupStatements(this.quotes);
    for (const s of this.statements) for (const m of s.members) this.statementOf.set(m.quote, s);
  }

  /** Answers `/quote` and `/search`. Throws `BotError` for a query it cannot run. */
  search(request: SearchRequest): ResultsAnswer {
    const plan = this.plan(request);
    const found = findHits(this.index, plan.terms, plan.scope);
    const answer = shapeResults({
      request,
      parsed: plan.view,
      found,
      scopeOutlets: this.outletsInScope(plan.scope.outlets, plan.scope.hidden),
      undatedLeftOut: plan.parsed.since || plan.parsed.until ? this.articles.filter((a) => !a.published && (!plan.scope.outlets || plan.scope.outlets.has(a.outlet))).length : 0,
      unknownOutletFiles: this.articles.filter((a) => !a.outletKnown).map((a) => a.file),
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
    const plan = this.plan({ ...request, command: 'quote' });
    const found = findHits(this.index, plan.terms, plan.scope);
    found.candidates = found.candidates.filter((c) => c.onTopic);
    const statements = this.statementsIn(found, request.hiddenOutlets);
    return this.compareAnswer('compare', request.query, plan.view.speaker, statements, (s) => s.outlets.length > 1, request.hiddenOutlets);
  }

  /** `/who "phrase"`: who said it, and which outlets carried it with which wording. */
  who(phrase: string, hiddenOutlets?: ReadonlySet<string>): CompareAnswer {
    const parsed = parseQuery(/["“„«]/.test(phrase) ? phrase : `"${phrase.replace(/["”]/g, '')}"`);
    const wanted = parsed.phrases.length ? parsed.phrases : [parsed.raw];
    const scope: Scope = { command: 'quote', phrases: wanted, hidden: hiddenOutlets };
    const found = findHits(this.index, parsed.terms, scope);
    found.candidates = found.candidates.filter((c) => c.quote && wanted.every((p) => containsPhrase(c.passage.text.slice(c.quote!.start, c.quote!.end), p)));
    const answer = this.compareAnswer('who', phrase, undefined, this.statementsIn(found, hiddenOutlets), () => true, hiddenOutlets);
    if (!answer.statements.length) answer.notes.push(`No direct quotation contains ${wanted.map((p) => `"${p}"`).join(' ')}; try /search for reported speech.`);
    return answer;
  }

  sources(hiddenOutlets?: ReadonlySet<string>): SourcesAnswer {
    const byOutlet = new Map<string, SourcesAnswer['outlets'][number]>();
    for (const a of this.articles) {
      if (hiddenOutlets?.has(a.outlet)) continue;
      const entry = byOutlet.get(a.outlet) ?? { outlet: a.outlet, outletKnown: a.outletKnown, articles: 0, quotes: 0 };
      entry.articles++;
      const day = a.published?.slice(0, 10);
      if (day && (!entry.from || day < entry.from)) entry.from = day;
      if (day && (!entry.to || day > entry.to)) entry.to = day;
      byOutlet.set(a.outlet, entry);
    }
    for (const { article } of this.quotes) {
      const entry = byOutlet.get(article.outlet);
      if (entry) entry.quotes++;
    }
    return {
      kind: 'sources',
      command: 'sources',
      outlets: [...byOutlet.values()].sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet)),
      articles: this.articles.length,
      passages: this.index.size,
      quotes: this.quotes.length,
      speakers: this.speakers.list().length,
      skipped: [...this.skipped],
      warnings: [...this.warnings],
    };
  }

  /** Every extracted quote, in corpus order: the fact-checkers' export. */
  quoteRows(): QuoteRow[] {
    return this.quotes.map(({ article, quote }) => ({
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
    return this.speakers.list().map((s) => ({ name: s.speaker.name, quotes: s.quotes }));
  }

  /** Every statement group (one utterance by one speaker, across articles), most outlets first. */
  statementList(): readonly Statement[] {
    return this.statements;
  }

  passage(id: number): Passage | undefined {
    return this.index.get(id);
  }

  /** Parses a request and resolves its outlets and speaker against the corpus. */
  private plan(request: SearchRequest): { parsed: ParsedQuery; view: ParsedQueryView; terms: string[]; scope: Scope } {
    const parsed = parseQuery(request.query);
    if (request.outlet?.trim()) parsed.outlets.push(request.outlet.trim());
    if (request.speaker?.trim()) parsed.speaker = request.speaker.trim();
    const outlets = this.resolveOutlets(parsed.outlets);
    let speakerKeys = parsed.speaker ? this.resolveSpeaker(parsed.speaker) : undefined;
    let terms = parsed.terms;
    if (!speakerKeys && request.command === 'quote') {
      const found = this.speakerInTerms(terms);
      if (found) ({ keys: speakerKeys, rest: terms } = found);
    }
    const keys = speakerKeys;
    const speakerName = keys ? this.speakers.list().find((s) => keys.has(s.speaker.key))?.speaker.name : undefined;
    return {
      parsed,
      terms,
      scope: { command: request.command, outlets, speakerKeys, since: parsed.since, until: parsed.until, phrases: parsed.phrases, hidden: request.hiddenOutlets },
      view: { terms, phrases: parsed.phrases, outlets: outlets ? [...outlets] : [], speaker: speakerName, since: parsed.since, until: parsed.until },
    };
  }

  /**
   * The statements the found quotes belong to, best-scoring first, each once; members from hidden
   * outlets are taken out (a statement left with none is dropped).
   */
  private statementsIn(found: Found, hiddenOutlets?: ReadonlySet<string>): Statement[] {
    const seen = new Set<Statement>();
    const ordered = [...found.candidates].sort((a, b) => b.score - a.score);
    for (const c of ordered) {
      const statement = c.quote ? this.statementOf.get(c.quote.quote) : undefined;
      if (statement) seen.add(statement);
    }
    if (!hiddenOutlets?.size) return [...seen];
    const visible: Statement[] = [];
    for (const s of seen) {
      const members = s.members.filter((m) => !hiddenOutlets.has(m.article.outlet));
      if (members.length) visible.push({ ...s, members, outlets: s.outlets.filter((o) => !hiddenOutlets.has(o)) });
    }
    return visible;
  }

  private compareAnswer(command: 'compare' | 'who', query: string, speaker: string | undefined, statements: Statement[], shown: (s: Statement) => boolean, hidden?: ReadonlySet<string>): CompareAnswer {
    const kept = statements.filter(shown);
    const views: StatementView[] = kept.slice(0, MAX_STATEMENTS).map((s) => statementView(s, findParaphrases(s, this.index, hidden)));
    const notes: string[] = [];
    if (kept.length > MAX_STATEMENTS) notes.push(`${kept.length - MAX_STATEMENTS} more statements match; narrow the query to see them.`);
    return { kind: 'compare', command, query, speaker, statements: views, singleOutlet: statements.length - kept.length, notes };
  }

  private resolveOutlets(values: string[]): Set<string> | undefined {
    if (!values.length) return undefined;
    const names = [...new Set(this.articles.map((a) => a.outlet))].sort();
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

  private resolveSpeaker(value: string): Set<string> {
    const found = this.speakers.lookup(value);
    if (!found.length) {
      const known = this.speakers.list().filter((s) => s.speaker.kind === 'person').slice(0, 8).map((s) => s.speaker.name);
      throw new BotError('unknown_speaker', { speaker: value, known: known.join(', ') });
    }
    return new Set(found.map((s) => s.key));
  }

  /** In `/quote Putin Bucha`, finds the words naming a known speaker (two-word names first). */
  private speakerInTerms(terms: string[]): { keys: Set<string>; rest: string[] } | undefined {
    for (const width of [3, 2, 1]) {
      for (let i = 0; i + width <= terms.length; i++) {
        const found = this.speakers.lookup(terms.slice(i, i + width).join(' ')).filter((s) => s.kind === 'person');
        if (found.length) return { keys: new Set(found.map((s) => s.key)), rest: [...terms.slice(0, i), ...terms.slice(i + width)] };
      }
    }
    return undefined;
  }

  private outletsInScope(outlets: ReadonlySet<string> | undefined, hidden?: ReadonlySet<string>): string[] {
    const all = [...new Set(this.articles.map((a) => a.outlet))].filter((o) => !hidden?.has(o));
    return (outlets ? all.filter((o) => outlets.has(o)) : all).sort((a, b) => a.localeCompare(b));
  }
}

function listForMessage(names: string[]): string {
  return names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more (see /sources)` : names.join(', ');
}
