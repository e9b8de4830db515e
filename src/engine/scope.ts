/**
 * The request's filters applied beyond the search itself: to statements and paraphrases (every
 * part of an answer keeps to `outlet:`, `since:`/`until:` and the access rules), to the speaker's
 * quotes an outlet has on other topics, and quotations no statement holds, grouped for `/who`.
 */
import { groupStatements, type QuoteInArticle, type Statement } from '../compare/statements.ts';
import { countsAsQuotation, type Quote, type Speaker } from '../quotes/quote.ts';
import type { Scope } from './find.ts';
import type { CorpusView } from './view.ts';
import type { SpeakerRefs } from './corpus-quotes.ts';
import { ViewSpeakers } from './view-speakers.ts';

import type { Article } from '../corpus/article.ts';

/** The filters every part of an answer keeps, and the audience's speakers. */
export type Filters = Pick<Scope, 'outlets' | 'since' | 'until' | 'hidden' | 'speakers'>;

/** True when an article (or a citation: `outlet`, `published`) passes the outlet, date and access filters. */
export function inFilters(a: { outlet: string; published?: string }, scope: Filters): boolean {
  if (scope.hidden?.has(a.outlet)) return false;
  if (scope.outlets && !scope.outlets.has(a.outlet)) return false;
  if (scope.since || scope.until) {
    const day = a.published?.slice(0, 10);
    if (!day || (scope.since && day < scope.since) || (scope.until && day > scope.until)) return false;
  }
  return true;
}

/**
 * Of `outlets` (those with nothing on the topic), each with quotes by the wanted speaker within the
 * filters, and how many. `refs`: where the wanted speakers' quotes are (a store's, for an audience
 * that sees every quote as the corpus names it): counted by article, no quote read.
 */
export function speakerQuotesIn(
  view: CorpusView,
  scope: Scope,
  outlets: readonly string[],
  refs?: readonly SpeakerRefs[],
): Array<{ outlet: string; quotes: number }> {
  const keys = scope.speakerKeys;
  if (!keys || !outlets.length) return [];
  const wanted = new Set(outlets);
  const counts = new Map<string, number>();
  if (refs) {
    // The same quotes as the speakers' lists below (every stored article's), by article.
    const ok = new Map<Article, boolean>();
    for (const { articles, quotations: held } of refs)
      articles.forEach((article, i) => {
        let yes = ok.get(article);
        if (yes === undefined) ok.set(article, (yes = wanted.has(article.outlet) && inFilters(article, scope)));
        if (yes) counts.set(article.outlet, (counts.get(article.outlet) ?? 0) + held[i]!);
      });
    return sortedCounts(counts);
  }
  const count = ({ article, quote }: QuoteInArticle) => {
    if (!countsAsQuotation(quote) || !wanted.has(article.outlet) || !inFilters(article, scope)) return;
    const speaker = scope.speakers ? scope.speakers.speakerOf(quote) : quote.speaker;
    if (!speaker || !keys.has(speaker.key)) return;
    counts.set(article.outlet, (counts.get(article.outlet) ?? 0) + 1);
  };
  // The audience's own speakers index their quotes by speaker: only the wanted speakers' are read.
  const lens = scope.speakers;
  if (lens instanceof ViewSpeakers) for (const key of keys) lens.quotesOf(key).forEach(count);
  else view.quotes.forEach(count);
  return sortedCounts(counts);
}

function sortedCounts(counts: ReadonlyMap<string, number>): Array<{ outlet: string; quotes: number }> {
  return [...counts]
    .map(([outlet, quotes]) => ({ outlet, quotes }))
    .sort((a, b) => b.quotes - a.quotes || a.outlet.localeCompare(b.outlet));
}

/**
 * Quotations that belong to no statement (unnamed sources, organisations, no speaker at all), as
 * statements for `/who`: one per named speaker, and one for all the others, named by how the
 * articles describe their sources (`unnamed: the men, the trio`) or `no speaker named`.
 */
export function looseStatements(quotes: readonly QuoteInArticle[], speakerOf: (q: Quote) => Speaker | undefined): Statement[] {
  const groups = new Map<string, QuoteInArticle[]>();
  for (const q of quotes) {
    const speaker = speakerOf(q.quote);
    const key = speaker?.kind === 'person' ? speaker.key : '';
    const list = groups.get(key);
    if (list) list.push(q);
    else groups.set(key, [q]);
  }
  const out: Statement[] = [];
  for (const [key, members] of groups) {
    const speaker: Speaker = key ? speakerOf(members[0]!.quote)! : { name: describeSources(members, speakerOf), key: '', kind: 'unnamed' };
    out.push({
      id: -1 - out.length,
      speaker,
      members,
      outlets: [...new Set(members.map((m) => m.article.outlet))].sort(),
      confidence: 1,
    });
  }
  return out.sort((a, b) => b.outlets.length - a.outlets.length);
}

function describeSources(members: readonly QuoteInArticle[], speakerOf: (q: Quote) => Speaker | undefined): string {
  const names = [...new Set(members.flatMap((m) => speakerOf(m.quote)?.name ?? []))];
  const none = members.some((m) => !speakerOf(m.quote));
  if (!names.length) return 'no speaker named';
  return `unnamed: ${names.slice(0, 4).join(', ')}${none ? ', or no speaker named' : ''}`;
}

/** Regroupings remembered by their members and names (the engine keeps a bounded LRU cache of them). */
export interface RegroupMemo {
  get(key: string): Statement[] | undefined;
  set(key: string, grouped: Statement[]): unknown;
}

/**
 * The statements found, with those of one person known by surname alone in some articles and by
 * full name in others (`Trump`, `Donald Trump`) regrouped together, so one utterance is one
 * statement. Only those speakers are regrouped; the rest keep their place and grouping.
 */
export function mergeSurnameSpeakers(
  statements: Statement[],
  speakerOf?: (q: Quote) => Speaker | undefined,
  memo?: RegroupMemo,
  merged?: (s: Statement) => boolean,
): Statement[] {
  // Statements of a family already grouped as a whole (`merged`) keep their grouping.
  const open = merged ? statements.filter((s) => !merged(s)) : statements;
  const keys = new Set(open.filter((s) => s.speaker.kind === 'person').map((s) => s.speaker.key));
  const surnames = new Set([...keys].filter((k) => !k.includes(' ')));
  const involved = (k: string) => surnames.has(k) || (k.includes(' ') && surnames.has(k.slice(k.lastIndexOf(' ') + 1)));
  const chosen = open.filter((s) => s.speaker.kind === 'person' && involved(s.speaker.key));
  if (!chosen.some((s) => !s.speaker.key.includes(' ')) || !chosen.some((s) => s.speaker.key.includes(' '))) return statements;
  const rank = new Map<QuoteInArticle['quote'], number>();
  statements.forEach((s, i) => s.members.forEach((m) => rank.set(m.quote, Math.min(rank.get(m.quote) ?? i, i))));
  const seen = new Set<QuoteInArticle['quote']>();
  const members = chosen.flatMap((s) => s.members).filter((m) => !seen.has(m.quote) && seen.add(m.quote));
  const regrouped = regroupOnce(members, speakerOf, memo).map((s) => ({
    s,
    at: Math.min(...s.members.map((m) => rank.get(m.quote) ?? Infinity)),
  }));
  const regroupedFrom = new Set(chosen);
  const kept = statements.map((s, at) => ({ s, at })).filter(({ s }) => !regroupedFrom.has(s));
  return [...kept, ...regrouped].sort((a, b) => a.at - b.at).map(({ s }) => s);
}

/** Per audience (its speakers, one per view), whether it sees each family whole: see `seesWholeFamily`. */
const SEEN_WHOLE = new WeakMap<object, Map<string, boolean>>();

/**
 * True when an audience sees a surname family's statements (grouped over the whole family when
 * built) exactly as they were grouped: every member visible to it (`sees`) and named by it
 * (`speakerOf`) as the corpus names it. Its answers are then those of a corpus without what it may
 * not see, with no regrouping; otherwise the family's speakers' own statements are regrouped for
 * it (`mergeSurnameSpeakers`). Remembered per `lens` (an audience's speakers in one view).
 */
export function seesWholeFamily(
  lens: object & { speakerOf(q: Quote): Speaker | undefined },
  surname: string,
  statements: readonly Statement[],
  sees: (a: Article) => boolean,
): boolean {
  let known = SEEN_WHOLE.get(lens);
  if (!known) SEEN_WHOLE.set(lens, (known = new Map()));
  let seen = known.get(surname);
  if (seen === undefined) {
    seen = statements.every((s) =>
      s.members.every((m) => {
        const own = m.quote.speaker;
        const named = lens.speakerOf(m.quote);
        return sees(m.article) && own !== undefined && named !== undefined && named.key === own.key && named.name === own.name;
      }),
    );
    known.set(surname, seen);
  }
  return seen;
}

/**
 * `groupStatements` of `members`, remembered in `memo`: the same speaker asked for again (`/quote
 * Trump` regroups every quote of the Trumps, reading their texts) is then answered without grouping
 * again. Grouping reads only the members (their words, paragraph and article date) and the speaker
 * each has (`speakerOf`), so the key is the members in order with the name each has: a remembered
 * grouping stays right across views and audiences, and a change of who a quote's speaker is (a
 * corpus change, a hidden outlet) is a different key.
 */
function regroupOnce(
  members: readonly QuoteInArticle[],
  speakerOf: ((q: Quote) => Speaker | undefined) | undefined,
  memo: RegroupMemo | undefined,
): Statement[] {
  if (!memo) return groupStatements(members, { speakerOf });
  const names = new Map<string, number>();
  const parts = members.map((m) => {
    const speaker = speakerOf ? speakerOf(m.quote) : m.quote.speaker;
    const name = speaker ? `${speaker.kind}\u0001${speaker.key}\u0001${speaker.name}` : '';
    let n = names.get(name);
    if (n === undefined) names.set(name, (n = names.size));
    return `${idOf(m.quote)}:${n}`;
  });
  const key = `${parts.join(',')}\u0000${[...names.keys()].join('\u0000')}`;
  let grouped = memo.get(key);
  if (!grouped) memo.set(key, (grouped = groupStatements(members, { speakerOf })));
  return grouped;
}
/** An id per quote object: quotes of a changed file are new objects, so a new key. */
const QUOTE_IDS = new WeakMap<Quote, number>();
let nextQuoteId = 0;

function idOf(quote: Quote): number {
  let id = QUOTE_IDS.get(quote);
  if (id === undefined) QUOTE_IDS.set(quote, (id = nextQuoteId++));
  return id;
}

/**
 * `s` as the audience sees it: without its members outside the request's filters (outlets, dates),
 * from hidden outlets or unseen articles (`shows`), since filters and access rules apply to every
 * part of an answer. A statement that lost members is grouped again from those left (members linked
 * only through an unseen one come apart, and its confidence is theirs), and every statement is named
 * as the audience knows its speaker (`scope.speakers`). Empty when no member is left.
 */
export function visibleStatements(shows: (a: Article) => boolean, s: Statement, scope: Filters): Statement[] {
  const shown = (a: Article) => shows(a) && inFilters(a, scope);
  const lens = scope.speakers;
  if (s.members.every((m) => shown(m.article))) return [lens ? named(s, lens.speakerOf.bind(lens)) : s];
  const members = s.members.filter((m) => shown(m.article));
  if (!members.length) return [];
  if (!lens) {
    const outlets = new Set(members.map((m) => m.article.outlet));
    return [{ ...s, members, outlets: s.outlets.filter((o) => outlets.has(o)) }];
  }
  const regrouped = groupStatements(members, { speakerOf: (q) => lens.speakerOf(q) });
  return regrouped.map((piece) => ({ ...piece, id: s.id }));
}

/** `s` named by the fullest name among its members as `speakerOf` gives them (as grouping names a statement). */
function named(s: Statement, speakerOf: (q: Quote) => Speaker | undefined): Statement {
  let speaker: Speaker | undefined;
  for (const m of s.members) {
    const name = speakerOf(m.quote);
    if (name && (!speaker || name.key.length > speaker.key.length)) speaker = name;
  }
  return speaker && speaker !== s.speaker ? { ...s, speaker } : s;
}
