/**
 * Answer shaping: candidates become excerpts with citations, grouped by outlet (best outlet first),
 * a few per outlet, then the outlets in scope that had nothing. Every ordering has a tie-break, so
 * the same query on the same corpus always gives the same answer.
 */
import { note } from '../messages.ts';
import type { Excerpt, OutletResult, ParsedQueryView, ResultsAnswer } from '../answer.ts';
import { citationOf } from '../citation.ts';
import { makeExcerpt } from '../search/excerpt.ts';
import type { Article } from '../corpus/article.ts';
import { countsAsQuotation, type Quote, type Speaker } from '../quotes/quote.ts';
import type { Candidate, Found, SpeakerLens } from './find.ts';
import type { SearchRequest } from './request.ts';
import { fold } from '../text/fold.ts';
import { firstK } from './multimap.ts';

export interface ShapeInput {
  request: SearchRequest;
  parsed: ParsedQueryView;
  found: Found;
  /** Every outlet the query could have matched, for the "nothing from" line. */
  scopeOutlets: string[];
  /**
   * Outlets in scope a cut search could not settle (`reach.ts`): they may have older matches, so
   * they are never listed as having none; a note says the search was cut.
   */
  unchecked?: readonly string[];
  undatedLeftOut: number;
  unknownOutletFiles: string[];
  /** Excerpts per outlet when the request does not say, and their length (`EngineOptions`). */
  perOutlet: number;
  excerptLength: number;
  /** Speakers as the asking audience sees them (absent: the corpus's own). */
  speakers?: SpeakerLens;
  /**
   * Each outlet's page already taken (`speaker-pages.ts`: a speaker's quotes with no topic), in
   * place of ranking `found.candidates` (then empty) here.
   */
  pages?: ReadonlyMap<string, OutletPage>;
  /** Reads the details (headline, url) of these articles at once (a store's), before the excerpts cite them one by one. */
  readDetails?: (articles: readonly Article[]) => void;
}

/** An outlet's page: the candidates shown, how many of its candidates taking them walked, how many it has. */
export interface OutletPage {
  shown: Candidate[];
  consumed: number;
  count: number;
  /**
   * How many of its candidates are later parts of a quotation running over paragraphs
   * (`countsAsQuotation`): shown and paged as excerpts, not counted in the answer's total.
   */
  later?: number;
}

/** Excerpts per outlet for a request (`fallback`: the engine's default). */
export function perOutletOf(request: Pick<SearchRequest, 'perOutlet'>, fallback: number): number {
  return Math.max(1, request.perOutlet ?? fallback);
}

export function shapeResults(input: ShapeInput): ResultsAnswer {
  const { request, parsed, found } = input;
  const perOutlet = perOutletOf(request, input.perOutlet);
  const lens = input.speakers;
  const speakerOf = (q: Quote): Speaker | undefined => (lens ? lens.speakerOf(q) : q.speaker);
  // Group and rank the (possibly many thousand) candidates cheaply; excerpts, the costly part,
  // are cut only for the few shown per outlet.
  const byOutlet = new Map<string, Candidate[]>();
  for (const candidate of found.candidates) {
    const outlet = candidate.passage.article.outlet;
    const list = byOutlet.get(outlet);
    if (list) list.push(candidate);
    else byOutlet.set(outlet, [candidate]);
  }
  const pages =
    input.pages ??
    new Map(
      [...byOutlet].map(([outlet, list]) => [outlet, { ...firstDistinct(list, perOutlet), count: list.length, later: laterParts(list) }]),
    );

  input.readDetails?.([...pages.values()].flatMap((p) => p.shown.map((c) => c.passage.article)));
  const results: OutletResult[] = [];
  // The total counts quotations: a quotation running over paragraphs once, however many of its parts are excerpts.
  let total = 0;
  for (const [outlet, { shown, consumed, count, later }] of pages) {
    const best = shown[0]?.passage.article;
    if (!best) continue;
    total += Math.max(0, shown.length + count - consumed - (later ?? 0));
    results.push({
      outlet,
      outletKnown: best.outletKnown,
      headline: best.headline,
      url: best.url,
      published: best.published,
      excerpts: shown.map((c) =>
        toExcerpt(c, parsed.phrases, input.excerptLength, parsed.terms.length > 0 || parsed.phrases.length > 0, speakerOf),
      ),
      more: count - consumed,
    });
  }
  results.sort((a, b) => compareExcerpts(a.excerpts[0]!, b.excerpts[0]!) || COLLATOR.compare(a.outlet, b.outlet));

  const matches = parsed.terms.length || parsed.phrases.length ? countMatches(found.candidates) : undefined;
  const notes: string[] = [];
  if (found.relaxed) notes.push(note('any_word'));
  if (input.undatedLeftOut) notes.push(note('undated_left_out', { count: input.undatedLeftOut }));
  if (results.some((r) => !r.outletKnown)) {
    notes.push(note('unknown_outlet_files', { files: input.unknownOutletFiles.join(', ') }));
  }
  const matched = new Set(results.map((r) => r.outlet));
  const unchecked = (input.unchecked ?? []).filter((o) => !matched.has(o));
  // A cut search counted only the matches it read: say so, so no count reads as a total.
  if (found.complete === false) notes.push(note('newest_matches'));
  if (unchecked.length) notes.push(note('search_cut', { outlets: unchecked.join(', ') }));
  for (const o of unchecked) matched.add(o);
  return {
    kind: 'results',
    command: request.command,
    query: request.query,
    parsed,
    results,
    noMatch: input.scopeOutlets.filter((o) => !matched.has(o)),
    total,
    ...(found.complete === false ? { complete: false as const } : {}),
    ...(matches ? { matches } : {}),
    notes,
  };
}

function toExcerpt(
  c: Candidate,
  phrases: readonly string[],
  maxLength: number,
  topic: boolean,
  speakerOf: (q: Quote) => Speaker | undefined,
): Excerpt {
  const { passage, quote } = c;
  const article = passage.article;
  const source = quote ? passage.text.slice(quote.start, quote.end) : passage.text;
  const { text, marks } = makeExcerpt(source, { terms: c.terms, phrases, maxLength });
  const q = quote?.quote ?? soleQuote(c, speakerOf);
  return {
    ...citationOf(article, passage.paragraph),
    text,
    marks,
    isQuote: quote !== undefined,
    speaker: q ? speakerOf(q)?.name : undefined,
    mention: q?.mention?.text,
    cue: q?.cue,
    score: roundScore(c.score),
    ...(topic ? { match: matchOf(c) } : {}),
    ...(c.partial ? { partial: true } : {}),
  };
}

/** How many of these candidates are later parts of a quotation running over paragraphs (`countsAsQuotation`). */
function laterParts(candidates: readonly Candidate[]): number {
  let n = 0;
  for (const c of candidates) if (c.quote && !countsAsQuotation(c.quote.quote)) n++;
  return n;
}

/** How a candidate matched, best first (`countMatches`): its words, its paragraph, beside a statement found, some of the words. */
const QUOTE = 0;
const CONTEXT = 1;
const BESIDE = 2;
const PARTIAL = 3;

/**
 * The matches by how they matched, counted by quotation: the parts of one quotation running over
 * paragraphs (`Quote.partOf`) that are several candidates count once, as the best of them matched
 * (its words, its paragraph, beside a statement found, only some of the words).
 */
function countMatches(candidates: readonly Candidate[]): NonNullable<ResultsAnswer['matches']> {
  const matches: NonNullable<ResultsAnswer['matches']> = { quote: 0, context: 0, partial: 0 };
  const add = (how: number) => {
    if (how === PARTIAL) matches.partial++;
    else if (how === BESIDE) matches.beside = (matches.beside ?? 0) + 1;
    else if (how === QUOTE) matches.quote++;
    else matches.context++;
  };
  // A quotation's parts by article and whole's start: the best match among them (the lowest).
  const wholes = new Map<Article, Map<number, number>>();
  for (const c of candidates) {
    const how = c.partial ? PARTIAL : c.sibling ? BESIDE : matchOf(c) === 'quote' ? QUOTE : CONTEXT;
    const part = c.quote?.quote.partOf;
    if (!part) {
      add(how);
      continue;
    }
    let inArticle = wholes.get(c.passage.article);
    if (!inArticle) wholes.set(c.passage.article, (inArticle = new Map()));
    inArticle.set(part.start, Math.min(how, inArticle.get(part.start) ?? how));
  }
  for (const inArticle of wholes.values()) for (const how of inArticle.values()) add(how);
  return matches;
}

/** `quote` when the topic words are in the quotation (for a passage: in one of its quotations), else `context`. */
function matchOf(c: Candidate): 'quote' | 'context' {
  if (c.quote) return c.onTopic === false ? 'context' : 'quote';
  if (!c.terms.size) return 'context';
  const inQuote = c.passage.quotes.some((q) => {
    const words = fold(c.passage.text.slice(q.start, q.end));
    return [...c.terms].some((t) => words.includes(t));
  });
  return inQuote ? 'quote' : 'context';
}

/** Whole matches before partial ones, and quotations with the topic before those that only sit beside it. */
function rank(c: { partial?: boolean; match?: 'quote' | 'context' }): number {
  return (c.partial ? 2 : 0) + (c.match === 'context' ? 1 : 0);
}

/** `rank` of a candidate as its excerpt would have it (partial; a quote beside the topic: context), without making the excerpt's fields. */
function candidateRank(c: Candidate): number {
  return (c.partial ? 2 : 0) + (c.quote && c.onTopic === false ? 1 : 0);
}

/** For a `/search` excerpt, the quote's speaker is shown when the paragraph quotes one person only. */
function soleQuote(c: Candidate, speakerOf: (q: Quote) => Speaker | undefined) {
  const withSpeaker = c.passage.quotes.filter((q) => speakerOf(q.quote));
  const keys = new Set(withSpeaker.map((q) => speakerOf(q.quote)?.key));
  return keys.size === 1 ? withSpeaker[0]?.quote : undefined;
}

/** The order of `compareExcerpts`, on candidates (scores rounded as excerpts round them). */
function compareCandidates(a: Candidate, b: Candidate): number {
  const x = a.passage.article;
  const y = b.passage.article;
  return (
    candidateRank(a) - candidateRank(b) ||
    roundScore(b.score) - roundScore(a.score) ||
    COLLATOR.compare(x.published ?? '9999', y.published ?? '9999') ||
    COLLATOR.compare(x.outlet, y.outlet) ||
    COLLATOR.compare(x.id, y.id) ||
    a.passage.paragraph - b.passage.paragraph
  );
}

/** `localeCompare`'s order (default locale and options), without building a collator per comparison. */
const COLLATOR = new Intl.Collator();

function roundScore(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}

function compareExcerpts(a: Excerpt, b: Excerpt): number {
  return (
    rank(a) - rank(b) ||
    b.score - a.score ||
    COLLATOR.compare(a.published ?? '9999', b.published ?? '9999') ||
    COLLATOR.compare(a.outlet, b.outlet) ||
    COLLATOR.compare(a.article, b.article) ||
    a.paragraph - b.paragraph
  );
}

/**
 * A page filled from candidates offered in order: each the same words from the same article as one
 * taken before (a quote repeated in a standfirst, say) is passed over; `consumed` counts every
 * candidate offered, taken or not, until the page is full.
 */
export class DistinctPage {
  readonly shown: Candidate[] = [];
  consumed = 0;
  private readonly seen = new Set<string>();

  constructor(private readonly count: number) {}

  get full(): boolean {
    return this.shown.length === this.count;
  }

  offer(c: Candidate): void {
    if (this.full) return;
    this.consumed++;
    const words = c.quote ? c.passage.text.slice(c.quote.start, c.quote.end) : c.passage.text;
    const key = `${c.passage.article.id}\u0000${words}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.shown.push(c);
  }
}

/**
 * The best `count` candidates (in `compareCandidates` order), the same words from the same article
 * once, and how many candidates that took. Only the best few are ordered, not every candidate, so a
 * query with a hundred thousand hits costs one pass over them; the "more" count may then include a
 * repeat further down.
 */
function firstDistinct(candidates: Candidate[], count: number): { shown: Candidate[]; consumed: number } {
  for (let take = count * 4; ; take *= 4) {
    const best = firstK(candidates, take, compareCandidates);
    const page = new DistinctPage(count);
    for (const c of best) {
      if (page.full) break;
      page.offer(c);
    }
    if (page.full || best.length === candidates.length) return { shown: page.shown, consumed: page.consumed };
  }
}
