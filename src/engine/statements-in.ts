/**
 * The statements an answer's quotes belong to (`/quote`, `/compare`, `/who`), as the asking
 * audience sees them: best-scoring first, each once, members it may not see taken out.
 *
 * `/quote` shows only the first few that several outlets carry. When the audience sees every quote
 * (no embargo in force, no hidden outlet) and no two of the candidates' speakers outside surname
 * families would be regrouped together (`mergeSurnameSpeakers`), the statements are read in rank
 * order and the reading stops at the last one shown: `/quote Trump` reads a few statements, each
 * alone from the store, instead of the family's every statement.
 */
import type { Statement } from '../compare/statements.ts';
import type { Article } from '../corpus/article.ts';
import type { Speaker } from '../quotes/quote.ts';
import type { Candidate, Found } from './find.ts';
import { mergeSurnameSpeakers, seesWholeFamily, visibleStatements, type Filters, type RegroupMemo } from './scope.ts';
import { surnameOf, type StatementIndex } from './statement-index.ts';
import type { CorpusView } from './view.ts';
import type { ViewSpeakers } from './view-speakers.ts';

export interface StatementsContext {
  view: CorpusView;
  /** True when `article` is in a live file and any embargo has lifted (the request's instant). */
  shows: (article: Article) => boolean;
  index: StatementIndex;
  regroupings: RegroupMemo;
}

/** The first `count` statements `keep` accepts, in the order of the whole list (what `/quote` shows). */
export interface StatementLimit {
  count: number;
  keep: (s: Statement) => boolean;
  /** `keep` drops every statement of one member (one outlet): a quote alone in its statement is not read (`mayShare`). */
  several?: boolean;
}

/**
 * The statements the found quotes belong to, best-scoring first, each once; members from hidden
 * outlets are taken out (a statement left with none is dropped). With `limit`, only the first
 * statements it keeps (the same as filtering the whole list, read as far as needed).
 */
export function statementsIn(at: StatementsContext, found: Found, scope: Filters, limit?: StatementLimit): Statement[] {
  const lens = scope.speakers ?? at.view.speakersFor(scope.hidden);
  const filters = { ...scope, speakers: lens };
  const speakers = (function* () {
    for (const c of found.candidates) yield c.quote?.quote.speaker;
  })();
  const first = limit && readsInOrder(at, speakers, filters) ? firstStatements(at, ranked(found.candidates), filters, limit) : undefined;
  if (first) return first;
  const all = everyStatement(at, found, filters);
  return limit ? all.filter(limit.keep).slice(0, limit.count) : all;
}

/**
 * Statements read one at a time before reading every statement of the found quotes' speakers
 * instead (a speaker quoted often whose statements are each carried by one outlet would otherwise
 * be read statement by statement).
 */
const MAX_READ_ALONE = 256;

function everyStatement(at: StatementsContext, found: Found, filters: Filters & Required<Pick<Filters, 'speakers'>>): Statement[] {
  const { index } = at;
  const lens = filters.speakers;
  const sees = (a: Article) => at.shows(a) && !filters.hidden?.has(a.outlet);
  // Each statement ranks by its best candidate (the first one, among equal scores). By id: a
  // statement read alone from the store may be read again as another object.
  const best = new Map<number, { statement: Statement; score: number; at: number }>();
  found.candidates.forEach((c, i) => {
    const statement = c.quote ? index.statementOf(c.quote.quote, c.passage.article) : undefined;
    if (!statement) return;
    const known = best.get(statement.id);
    if (!known) best.set(statement.id, { statement, score: c.score, at: i });
    else if (c.score > known.score) Object.assign(known, { score: c.score, at: i });
  });
  const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.at - b.at).map((b) => b.statement);
  // A surname family's statements (grouped over the whole family) stay as grouped when this audience sees all of it.
  const wholeFamily = (s: Statement) => {
    const surname = index.familyOfStatement(s);
    return surname !== undefined && seesWholeFamily(lens, surname, index.familyStatements(surname), sees);
  };
  const merged = new Set<Statement>();
  // Members the audience may not see are taken out first: they decide neither grouping nor names.
  const visible = ranked.flatMap((s) => {
    const pieces = visibleStatements(at.shows, s, filters);
    if (wholeFamily(s)) for (const p of pieces) merged.add(p);
    return pieces;
  });
  return mergeSurnameSpeakers(
    visible,
    (q) => lens.speakerOf(q),
    at.regroupings,
    (s) => merged.has(s),
  );
}

/**
 * True when the whole list is the ranked statements' visible pieces as they are: the audience sees
 * every quote (so it sees every family whole, named as the corpus names it), nothing waits to be
 * regrouped, and no bare surname outside a family is quoted beside a full name ending in it (what
 * `mergeSurnameSpeakers` would regroup: a statement outside a family is named by its one speaker).
 * `speakers`: those of the candidates' quotes (or more: the answer is then only more cautious).
 */
function readsInOrder(at: StatementsContext, speakers: Iterable<Speaker | undefined>, filters: Filters): boolean {
  const { view, index } = at;
  if (!index.settled) return false;
  // An audience that may not see everything (an embargo in force, a hidden outlet) reads in order
  // only when it sees every candidate person's family whole and named as the corpus names it (then
  // `everyStatement` keeps those families' statements as grouped); other members it may not see are
  // taken out of each statement by `visibleStatements` on both paths.
  const restricted = !view.seesEverything(filters.hidden);
  const lens = filters.speakers as Partial<Pick<ViewSpeakers, 'seesFamilyAsCorpus'>> | undefined;
  if (restricted && !lens?.seesFamilyAsCorpus) return false;
  const bare = new Set<string>();
  const full = new Set<string>();
  for (const speaker of speakers) {
    if (speaker?.kind !== 'person') continue;
    if (restricted && !lens!.seesFamilyAsCorpus!(speaker.key)) return false;
    const surname = surnameOf(speaker.key);
    if (index.isFamily(surname)) continue;
    (surname === speaker.key ? bare : full).add(surname);
  }
  for (const surname of full) if (bare.has(surname)) return false;
  return true;
}

/**
 * `/quote <speaker>` with no topic (`speaker-pages.ts`): the statements `limit` keeps, read from
 * the candidates in the order given (the scan's: every score is 0), as `statementsIn` would find
 * them; undefined when only the full list can tell (the caller then gives `statementsIn` every
 * candidate). `speakers`: every speaker the candidates may have.
 */
export function statementsInOrder(
  at: StatementsContext,
  candidates: Iterable<Candidate>,
  speakers: Iterable<Speaker>,
  scope: Filters,
  limit: StatementLimit,
): Statement[] | undefined {
  const filters = { ...scope, speakers: scope.speakers ?? at.view.speakersFor(scope.hidden) };
  return readsInOrder(at, speakers, filters) ? firstStatements(at, candidates, filters, limit) : undefined;
}

/** The candidates in rank order: best score first, then the first candidate with it (a stable sort keeps candidate order). */
function ranked(candidates: readonly Candidate[]): readonly Candidate[] {
  const sameScore = candidates.every((c) => c.score === candidates[0]!.score);
  return sameScore ? candidates : [...candidates].sort((a, b) => b.score - a.score);
}

/**
 * The ranked statements' visible pieces that `limit` keeps, read in rank order (`order`) until it
 * has enough; undefined when that takes more than `MAX_READ_ALONE` statements.
 */
function firstStatements(
  at: StatementsContext,
  order: Iterable<Candidate>,
  filters: Filters,
  limit: StatementLimit,
): Statement[] | undefined {
  const out: Statement[] = [];
  if (limit.count <= 0) return out;
  // By id: a statement read alone from the store may be read again as another object.
  const seen = new Set<number>();
  for (const c of order) {
    if (limit.several && c.quote && !at.index.mayShare(c.quote.quote)) continue;
    const s = c.quote ? at.index.statementOf(c.quote.quote, c.passage.article) : undefined;
    if (!s || seen.has(s.id)) continue;
    if (seen.size === MAX_READ_ALONE) return undefined;
    seen.add(s.id);
    for (const piece of visibleStatements(at.shows, s, filters)) {
      if (!limit.keep(piece)) continue;
      out.push(piece);
      if (out.length === limit.count) return out;
    }
  }
  return out;
}
