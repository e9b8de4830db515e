/**
 * Finding what answers a query: passages from the index (all words first, any word if none has
 * them all), kept within the scope (outlets, dates, speaker, exact phrases), and for `/quote` the
 * quotations inside them.
 */
import { containsPhrase } from '../search/excerpt.ts';
import type { Article } from '../corpus/article.ts';
import type { Passage, PassageQuote } from '../search/passage.ts';
import type { FoundHits, PassageFinder, PassageHit, Spread } from '../search/search-index.ts';
import { processTerm, tokenize } from '../search/terms.ts';
import { fold } from '../text/fold.ts';
import { mayQuote } from './passages-by-id.ts';
import type { ViewSpeakers } from './view-speakers.ts';

/** Speakers as the asking audience sees them (names and keys from what it may see). */
export type SpeakerLens = Pick<ViewSpeakers, 'speakerOf' | 'corpusKeys'>;

export interface Scope {
  command: 'quote' | 'search';
  outlets?: ReadonlySet<string>;
  /** Speakers by their keys as `speakers` gives them (the audience's view). */
  speakerKeys?: ReadonlySet<string>;
  /**
   * The audience's speakers: a quote's speaker, and a passage's indexed speaker names, count only
   * as the audience may know them. Absent: the corpus's own (tests of the finder alone).
   */
  speakers?: SpeakerLens;
  since?: string;
  until?: string;
  phrases: readonly string[];
  /** Outlets the asker may not see. */
  hidden?: ReadonlySet<string>;
  /**
   * The articles holding quotes of `speakerKeys` (read from where a store keeps them, no quote
   * decoded), when the audience sees them as the corpus names them: a search by words then takes
   * any passage of those articles as one that may quote them, instead of listing the passages
   * quote by quote (the list may hold more than `filter` passes; it never misses one).
   */
  speakerArticles?: () => { articles: ReadonlySet<Article>; articleOf: (id: number) => Article | undefined };
  /** `/who`: every direct quotation counts, whoever the speaker (named, unnamed, organisation, none). */
  anyQuote?: boolean;
  /** Outlets in scope: once the hits with every word cover them all, no partial search is run. */
  outletCount?: number;
  /** Each search spread over groups of passages, a few hits each (the outlets a cut search missed: `reach.ts`). */
  spread?: Spread;
  /** Passes run on the words as typed only, no prefix or typo (`FindOptions.exactOnly`: the reach check of an exact search). */
  exactOnly?: ReadonlySet<'AND' | 'OR'>;
  /**
   * The every-word pass is known to find nothing in scope: the search this one completes read every
   * match of all the words, and none was in the outlets now searched (`reach.ts`). Only the
   * any-word pass runs.
   */
  noAllWords?: boolean;
  /**
   * The audience sees every quote (no hidden outlet, no embargo): `speakers` names each quote's
   * speaker as the corpus does, so no hit matched a name it may not see (`withoutUnseenNames` has
   * nothing to take out, and is skipped).
   */
  wholeLens?: boolean;
  /** What the caller keeps of the hits (`FindOptions.keep`, a hint); only with `wholeLens`. */
  keep?: (passage: Passage) => boolean;
}

/** A passage (for `/search`) or one quote in it (for `/quote`) that answers the query. */
export interface Candidate {
  passage: Passage;
  quote?: PassageQuote;
  score: number;
  /** Index terms that matched, for marking. */
  terms: ReadonlySet<string>;
  /** For a quote: its own words contain the query (not just its paragraph). */
  onTopic?: boolean;
  /** The passage has only some of the words (its outlet had no passage with them all). */
  partial?: boolean;
  /** `/quote`: the same statement as a quote found, from another outlet whose paragraph beside it has the words. */
  sibling?: boolean;
}

/**
 * A candidate with every field, in one order (undefined where it has none): candidates from the
 * search, its quotes, the same statements elsewhere and a speaker's pages then share one object
 * shape, so the code that groups, ranks and counts them (thousands a query) stays compiled for it.
 */
export function candidateOf(
  passage: Passage,
  quote: PassageQuote | undefined,
  score: number,
  terms: ReadonlySet<string>,
  onTopic?: boolean,
  partial?: boolean,
  sibling?: boolean,
): Candidate {
  return { passage, quote, score, terms, onTopic, partial, sibling };
}

export interface Found {
  candidates: Candidate[];
  /** True when no passage had every word and the search fell back to any word. */
  relaxed: boolean;
  /**
   * False when the index stopped reading matches early (a bound on cost): an outlet with no
   * candidate may still have matches. `allWords`: the every-word search itself was cut, so an
   * outlet's partial candidates may not be all it has.
   */
  complete?: false;
  /** `allWordsFrom`: every match of the every-word search at or above this id was read (its `readFrom`). */
  cut?: { allWords: boolean; allWordsFrom?: number };
  /**
   * The passes (every word, any word) that found their passages by the words as typed, no prefix
   * or typo tried (`FoundHits.exact`).
   */
  exact?: ReadonlySet<'AND' | 'OR'>;
}

/** `index`: the searches of one request, what its readers may see already bound. */
export function findHits(index: PassageFinder, terms: readonly string[], asked: Scope): Found {
  const scope = fixedScope(asked);
  const articleFilter = (a: Article) => articleInScope(a, scope);
  const among = scope.speakerKeys && (() => speakerPassages(index, scope));
  // With an exact phrase, the quotes' test follows the phrase's: both are needed, in either order
  // the same passages pass, and a phrase of common words (`"we will not"`: ten thousand passages
  // read, a few dozen holding it) would otherwise decode the quotes of every passage read.
  const verifyText = scope.phrases.length ? (p: Passage) => hasPhrases(p, scope) : undefined;
  const verify = verifyText && ((p: Passage) => verifyText(p) && quotesInScope(p, scope));
  const filter = verify ? (p: Passage) => passageInScope(p, scope) : (p: Passage) => inScope(p, scope);
  const words = [...terms, ...scope.phrases];
  // `filter` reads a passage's quotes (`quotesInScope`) unless it is a plain `/search`.
  const readsQuotes = scope.command === 'quote' || scope.speakerKeys !== undefined;
  if (!words.length) {
    const all = (p: Passage) => filter(p) && (!verify || verify(p));
    const keys = scope.speakerKeys && scope.speakers ? scope.speakers.corpusKeys(scope.speakerKeys) : scope.speakerKeys;
    const passages = keys ? index.scanSpeakers(keys, all) : index.scan(all);
    const candidates = [...passages].map((passage) => candidateOf(passage, undefined, 0, new Set<string>()));
    return { candidates: expand(candidates, scope), relaxed: false };
  }
  const partial = new Set<object>();
  const lens = scope.speakers;
  const cut: { allWords: boolean; any: boolean; allWordsFrom?: number } = { allWords: false, any: false };
  const exact = new Set<'AND' | 'OR'>();
  const search = (combineWith: 'AND' | 'OR', only: (p: Passage) => boolean, onlyArticles: (a: Article) => boolean) => {
    // The any-word search of a check gives no `below`: it replaces candidates the search it completes found.
    const s = scope.spread;
    const spread = s && { groupOf: s.groupOf, perGroup: s.perGroup, groups: s.groups, below: combineWith === 'AND' ? s.below : undefined };
    // Every field, in one order, whatever the request (see `fixedScope`).
    const found: FoundHits = index.find(words, {
      combineWith,
      filter: only,
      articleFilter: onlyArticles,
      among,
      readsQuotes,
      verify,
      verifyText,
      spread,
      exactOnly: scope.exactOnly?.has(combineWith) === true,
      keep: scope.keep && scope.wholeLens ? scope.keep : undefined,
    });
    if (found.exact) exact.add(combineWith);
    if (found.complete === false) {
      cut.any = true;
      if (combineWith === 'AND') {
        cut.allWords = true;
        cut.allWordsFrom = found.readFrom;
      }
    }
    if (!lens || scope.wholeLens) return found;
    // A passage's score without the words it matched only through a hidden name. By id: a stored
    // index builds a new passage object at every read, so the one asked for is never the same object.
    const rescore = (passage: Passage, rest: string[]) =>
      index.find(rest, { combineWith: 'OR', filter: (p) => p.id === passage.id && only(p), verify })[0]?.score;
    return withoutUnseenNames(found, lens, words, combineWith === 'AND' && words.length > 1, rescore);
  };
  let hits: PassageHit[] = scope.noAllWords ? [] : search('AND', filter, articleFilter);
  let relaxed = false;
  if (!hits.length && words.length > 1) {
    hits = search('OR', filter, articleFilter);
    relaxed = hits.length > 0;
    for (const h of hits) partial.add(h);
  } else if (words.length > 1) {
    // Per-outlet completeness: an outlet with no passage holding every word (its words spread over
    // paragraphs, or only some of them there) still shows its best partial passages, marked so.
    // When every outlet in scope already has a full match, the any-word search is skipped: it would
    // find nothing new and costs a pass over every word's postings.
    const covered = new Set(hits.map((h) => h.passage.article.outlet));
    const rest =
      scope.outletCount !== undefined && covered.size >= scope.outletCount
        ? []
        : search(
            'OR',
            (p) => !covered.has(p.article.outlet) && filter(p),
            (a) => !covered.has(a.outlet) && articleFilter(a),
          );
    for (const h of rest) partial.add(h);
    hits = hits.concat(rest);
  }
  // Hits share few distinct term lists: one Set per list, not one per hit.
  const termSets = new Map<string, ReadonlySet<string>>();
  const termsOf = (terms: string[]) => {
    const key = terms.join('\u0000');
    let set = termSets.get(key);
    if (!set) termSets.set(key, (set = new Set(terms)));
    return set;
  };
  const candidates = hits.map((h) => candidateOf(h.passage, undefined, h.score, termsOf(h.terms), undefined, partial.has(h)));
  return {
    candidates: expand(candidates, scope),
    relaxed,
    ...(cut.any
      ? {
          complete: false as const,
          cut: { allWords: cut.allWords, ...(cut.allWordsFrom !== undefined ? { allWordsFrom: cut.allWordsFrom } : {}) },
        }
      : {}),
    ...(exact.size ? { exact } : {}),
  };
}

/**
 * `scope` with every field, in one order: the tests run on each passage a search reads (`inScope`,
 * `articleInScope`, the index's loop over its matches) then see one object shape whichever request
 * built the scope. Scopes spread with a check's own fields (`reach.ts`, the passages naming a
 * speaker) had other shapes, and each new one deoptimised those tests, recompiled by the first
 * queries of a process (`readCandidates` 9 times, `inScope` 6, over the bench's `/quote` mix).
 */
function fixedScope(s: Scope): Scope {
  // Every key of `Scope` named (a field added there and not here fails to compile).
  const fixed: { [K in keyof Required<Scope>]: Scope[K] } = {
    command: s.command,
    outlets: s.outlets,
    speakerKeys: s.speakerKeys,
    speakers: s.speakers,
    since: s.since,
    until: s.until,
    phrases: s.phrases,
    hidden: s.hidden,
    speakerArticles: s.speakerArticles,
    anyQuote: s.anyQuote,
    outletCount: s.outletCount,
    spread: s.spread,
    exactOnly: s.exactOnly,
    noAllWords: s.noAllWords,
    wholeLens: s.wholeLens,
    keep: s.keep,
  };
  return fixed;
}

/** Passage ids quoting the scope's speakers, per request (its finder) and speaker set (the reach check reuses them). */
const SPEAKER_PASSAGES = new WeakMap<PassageFinder, WeakMap<ReadonlySet<string>, Pick<ReadonlySet<number>, 'has'>>>();

/**
 * The passages that may quote the scope's speakers (as the audience sees them): those the index
 * lists for their keys in the corpus, which a search by words then need not build one by one.
 */
function speakerPassages(index: PassageFinder, scope: Scope): Pick<ReadonlySet<number>, 'has'> {
  const wanted = scope.speakerKeys!;
  let byKeys = SPEAKER_PASSAGES.get(index);
  if (!byKeys) SPEAKER_PASSAGES.set(index, (byKeys = new WeakMap()));
  let ids = byKeys.get(wanted);
  if (!ids && scope.speakerArticles) {
    const { articles, articleOf } = scope.speakerArticles();
    byKeys.set(wanted, (ids = { has: (id) => articles.has(articleOf(id)!) }));
  } else if (!ids) {
    const keys = scope.speakers ? scope.speakers.corpusKeys(wanted) : wanted;
    const found = new Set<number>();
    for (const p of index.scanSpeakers(keys, () => true)) found.add(p.id);
    byKeys.set(wanted, (ids = found));
  }
  return ids;
}

/** The article's part of the scope: outlets, dates. */
export function articleInScope(a: Article, scope: Scope): boolean {
  if (scope.outlets && !scope.outlets.has(a.outlet)) return false;
  if (scope.hidden?.has(a.outlet)) return false;
  if (scope.since || scope.until) {
    const day = a.published?.slice(0, 10);
    if (!day || (scope.since && day < scope.since) || (scope.until && day > scope.until)) return false;
  }
  return true;
}

function inScope(p: Passage, scope: Scope): boolean {
  return passageInScope(p, scope) && quotesInScope(p, scope);
}

/** `inScope` without reading the passage's quotes: its article, and what the store's flags say of its quotes. */
function passageInScope(p: Passage, scope: Scope): boolean {
  if (!articleInScope(p.article, scope)) return false;
  if (scope.command === 'search' && !scope.speakerKeys) return true;
  // What the store keeps of the passage's quotes says none can be wanted: none is read.
  return scope.anyQuote === true || mayQuote(p);
}

/** The rest of `inScope` (after `passageInScope`): a quote of the passage is wanted. */
function quotesInScope(p: Passage, scope: Scope): boolean {
  if (scope.command === 'search' && !scope.speakerKeys) return true;
  return p.quotes.some((q) => isWanted(q, scope));
}

function hasPhrases(p: Passage, scope: Scope): boolean {
  return scope.phrases.every((phrase) => containsPhrase(p.text, phrase));
}

/**
 * A quote answers `/quote` when it is by the wanted speaker, or (no speaker asked for) when it has
 * a speaker at all or is a full quoted sentence: speaker-less scare quotes are not quotations.
 */
function isWanted(q: PassageQuote, scope: Scope): boolean {
  if (scope.anyQuote) return true;
  const speaker = scope.speakers ? scope.speakers.speakerOf(q.quote) : q.quote.speaker;
  if (scope.speakerKeys) return speaker !== undefined && scope.speakerKeys.has(speaker.key);
  return speaker !== undefined || q.quote.kind === 'full';
}

/** For `/quote`, one candidate per wanted quote in each passage (a quote over several paragraphs once). */
function expand(candidates: Candidate[], scope: Scope): Candidate[] {
  if (scope.command === 'search') return candidates;
  const out: Candidate[] = [];
  const seen = new Set<object>();
  for (const c of candidates) {
    for (const q of c.passage.quotes) {
      if (!isWanted(q, scope) || seen.has(q.quote)) continue;
      seen.add(q.quote);
      // Without topic words every quote is on topic: its text (read from the store) is not needed.
      const words = c.terms.size ? fold(c.passage.text.slice(q.start, q.end)) : '';
      const onTopic = !c.terms.size || holdsAny(words, c.terms) || scope.phrases.some((p) => containsPhrase(words, p));
      // A quote that itself contains the topic ranks above one that only shares a paragraph with it.
      out.push(candidateOf(c.passage, q, c.score * (onTopic ? 1 : 0.5), c.terms, onTopic, c.partial));
    }
  }
  return out;
}

/** True when `text` contains one of `terms` (no array of them made: this runs for each quote of a thousand candidates). */
function holdsAny(text: string, terms: ReadonlySet<string>): boolean {
  for (const t of terms) if (text.includes(t)) return true;
  return false;
}

/**
 * The index also matches the names of a passage's quoted speakers, as the corpus unified them: a
 * full name only a hidden article gives (`Odo` of `Odo Lindqvist`, where the passage says only
 * `Lindqvist`) must not find the passage. Such terms are taken out of each hit; a hit matched by
 * nothing else is dropped, and so is an all-words hit of several words that needed them (`allWords`):
 * the any-word search finds it again, as it would without the hidden article.
 */
function withoutUnseenNames(
  hits: PassageHit[],
  lens: SpeakerLens,
  words: readonly string[],
  allWords: boolean,
  rescore: (passage: Passage, words: string[]) => number | undefined,
): PassageHit[] {
  const out: PassageHit[] = [];
  let changed = false;
  for (const h of hits) {
    const unseen = unseenNameTerms(h.passage, lens);
    if (!unseen || !h.terms.some((t) => unseen.has(t))) {
      out.push(h);
      continue;
    }
    changed = true;
    const terms = h.terms.filter((t) => !unseen.has(t));
    if (!terms.length || allWords) continue;
    // Scored again on the words it has (the hidden name's words would rank it above its peers).
    const rest = words.filter((w) => !termsOf(w).every((t) => unseen.has(t)));
    const score = rest.length ? rescore(h.passage, rest) : undefined;
    if (score !== undefined) out.push({ ...h, terms, score });
  }
  return changed ? out.sort((a, b) => b.score - a.score) : out;
}

const termsOf = (text: string): string[] => tokenize(text).flatMap((t) => processTerm(t) ?? []);

/** Index terms of the passage's speaker names that neither its text nor the names the audience sees hold. */
function unseenNameTerms(p: Passage, lens: SpeakerLens): Set<string> | undefined {
  const differ = p.quotes.filter((q) => q.quote.speaker && lens.speakerOf(q.quote)?.name !== q.quote.speaker.name);
  if (!differ.length) return undefined;
  const seen = new Set([...termsOf(p.text), ...p.quotes.flatMap((q) => termsOf(lens.speakerOf(q.quote)?.name ?? ''))]);
  const unseen = new Set(differ.flatMap((q) => termsOf(q.quote.speaker!.name)).filter((t) => !seen.has(t)));
  return unseen.size ? unseen : undefined;
}
