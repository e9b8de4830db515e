/**
 * Speakers as one audience sees them: names, lookups, counts and suggestions computed from the
 * quotes that audience may see right now, never from an article it may not see.
 *
 * The corpus unifies speakers over every indexed article (`SpeakerRegistry`): a visible article's
 * `"…," Lindqvist said` becomes `Treasurer Odo Lindqvist` when only an embargoed article (or one
 * from an outlet restricted to other channels) gives that full name. Shown as is, the name would
 * leak what that article says. So each visible quote is given the name its own article gives the
 * person (the full name when the article writes it, else the surname as written), and those
 * article-level names are unified again over the visible quotes only, by the registry's rule: a
 * lone surname is the one visible full name ending in it, when exactly one does. The answers are
 * then those of a corpus without the hidden articles.
 */
import { LRUCache } from 'lru-cache';
import type { QuoteInArticle } from '../compare/statements.ts';
import { countsAsQuotation, type Quote, type Speaker } from '../quotes/quote.ts';
import { foldName } from '../text/fold.ts';
import { localName, type Local } from './local-name.ts';
import { push } from './multimap.ts';

export interface SpeakerCount {
  speaker: Speaker;
  quotes: number;
}

/** Quotes the lists of speakers' quotes last asked for may hold together (one longer is read again when asked for). */
const RECENT_QUOTES = 300_000;

export class ViewSpeakers {
  /** Speakers with their quote counts, most quoted first. */
  readonly speakers: SpeakerCount[];
  private readonly ofQuote = new Map<Quote, Speaker>();
  private readonly whole: boolean;
  private readonly byKey = new Map<string, SpeakerCount>();
  private readonly bySurname = new Map<string, SpeakerCount[]>();
  private readonly byFirstLast = new Map<string, SpeakerCount[]>();
  /** View key → the corpus keys of its quotes (for the index's speaker lookups). */
  private readonly corpusKeysOf = new Map<string, Set<string>>();
  private readonly quotes: readonly QuoteInArticle[];
  /** View key → the quotes this audience sees by that speaker, in corpus order (built on first use). */
  private byKeyQuotes: Map<string, QuoteInArticle[]> | undefined;
  /** With every quote visible: the corpus's quotes of one speaker, and those last asked for. */
  private wholeQuotesOf: ((key: string) => readonly QuoteInArticle[]) | undefined;
  /** Bounded by the quotes the lists hold, not by their number: one family's list at 500k articles holds 260k. */
  private readonly recent = new LRUCache<string, readonly QuoteInArticle[]>({
    max: 64,
    maxSize: RECENT_QUOTES,
    sizeCalculation: (list) => list.length + 1,
  });

  /**
   * Speakers as an audience that sees every quote of the corpus sees them: the corpus's own, from
   * its totals (`totals`, one entry per key) and its lookup of a speaker's quotes (`quotesOf`, in
   * corpus order), without a list of every quote.
   */
  static whole(totals: readonly SpeakerCount[], quotesOf: (key: string) => readonly QuoteInArticle[], sorted = false): ViewSpeakers {
    const view = new ViewSpeakers([], undefined, true, totals, sorted);
    view.wholeQuotesOf = quotesOf;
    return view;
  }

  /**
   * Speakers as an audience that may not see some articles sees them, when only the families of
   * names in `families` (surnames: a family is a surname and every key ending in it) have a quote
   * it may not see: those are `regrouped` (a view over their visible quotes alone), every other
   * speaker is the corpus's own (`whole`: their totals; `sorted` as `whole` says; `quotesOf` as
   * `whole` takes it). Names are unified within a family only, so the answers are those of a view
   * over every visible quote.
   */
  static split(
    whole: readonly SpeakerCount[],
    sorted: boolean,
    quotesOf: (key: string) => readonly QuoteInArticle[],
    regrouped: ViewSpeakers,
    families: ReadonlySet<string>,
  ): ViewSpeakers {
    const list = sorted ? mergeSorted(whole, regrouped.speakers) : [...whole, ...regrouped.speakers].sort(byCount);
    const view = new ViewSpeakers([], undefined, true, list, true);
    view.wholeQuotesOf = quotesOf;
    view.regrouped = regrouped;
    view.families = families;
    return view;
  }

  /** With `split`: the view of the families some of whose quotes are hidden, and those families. */
  private regrouped: ViewSpeakers | undefined;
  private families: ReadonlySet<string> = new Set();

  /** Whether the speaker with this key (corpus or view key) belongs to a regrouped family. */
  private inRegrouped(key: string): boolean {
    return this.families.has(familyOf(key));
  }

  /**
   * `quotes`: every quote the audience may see (live, unembargoed, not from a hidden outlet);
   * `corpusCounts`: the quotes of each speaker (corpus key) in the whole corpus, hidden ones included.
   * `whole`: the quotes are the whole corpus (nothing embargoed or hidden): the corpus's own speakers
   * are then what the audience sees, and nothing is recomputed. `totals`: with `whole`, the
   * speakers and their counts, instead of counting `quotes`; `sorted`: they are already in the
   * speakers' order (most quoted first, ties by key in collation order), as a store gives them.
   */
  constructor(
    quotes: readonly QuoteInArticle[],
    corpusCounts?: ReadonlyMap<string, number>,
    whole = false,
    totals?: readonly SpeakerCount[],
    sorted = false,
  ) {
    this.whole = whole;
    this.quotes = quotes;
    const locals: Array<{ quote: Quote; local: Local }> = [];
    const fullKeys = new Set<string>();
    const seen = new Map<string, number>();
    if (!whole)
      for (const { quote } of quotes)
        if (quote.speaker?.kind === 'person' && countsAsQuotation(quote))
          seen.set(quote.speaker.key, (seen.get(quote.speaker.key) ?? 0) + 1);
    // A full name all of whose quotes the audience sees is written in full in one of their articles:
    // its articles need not be read again.
    const allSeen = (key: string) => corpusCounts !== undefined && corpusCounts.get(key) === seen.get(key);
    for (const { article, quote } of whole ? [] : quotes) {
      const speaker = quote.speaker;
      if (!speaker) continue;
      if (speaker.kind !== 'person') {
        this.ofQuote.set(quote, speaker);
        continue;
      }
      const full = speaker.key.includes(' ');
      const local = full && allSeen(speaker.key) ? { key: speaker.key, name: speaker.name, exact: true } : localName(article, speaker);
      locals.push({ quote, local });
      if (local.key.includes(' ')) fullKeys.add(local.key);
    }
    // A lone surname is the one visible full name ending in it, when exactly one does.
    const fullBySurname = new Map<string, string[]>();
    for (const key of fullKeys) push(fullBySurname, key.slice(key.lastIndexOf(' ') + 1), key);
    const keyOf = (local: Local): string => {
      if (local.key.includes(' ')) return local.key;
      const full = fullBySurname.get(local.key);
      return full?.length === 1 ? full[0]! : local.key;
    };
    // Displayed in the most frequent spelling written exactly so, else as written with a middle name.
    // The corpus's own spelling when a visible article writes it so (always, when nothing is hidden).
    const exact = new Map<string, Map<string, number>>();
    const loose = new Map<string, Map<string, number>>();
    const corpusName = new Map<string, string>();
    for (const { quote, local } of locals) {
      if (keyOf(local) !== local.key) continue;
      count(local.exact ? exact : loose, local.key, local.name);
      if (quote.speaker!.key === local.key) corpusName.set(local.key, quote.speaker!.name);
    }
    const named = new Map<string, Speaker>();
    const nameOf = (key: string): string => {
      const written = exact.get(key);
      const own = corpusName.get(key);
      // The corpus names a speaker from their own quotes only: when all of them are visible, so is the name.
      if (own !== undefined && (written?.has(own) || allSeen(key))) return own;
      return mostFrequent(written) ?? mostFrequent(loose.get(key)) ?? key;
    };
    const speakerFor = (key: string): Speaker => {
      let s = named.get(key);
      if (!s) named.set(key, (s = { name: nameOf(key), key, kind: 'person' }));
      return s;
    };
    for (const { quote, local } of locals) {
      const key = keyOf(local);
      this.ofQuote.set(quote, speakerFor(key));
      addTo(this.corpusKeysOf, key, quote.speaker!.key);
    }
    if (whole && sorted && totals) {
      // A store's totals, in order: nothing to count or sort (one entry per key, made for this view).
      this.speakers = [...totals];
      for (const entry of this.speakers) this.indexSpeaker(entry);
      return;
    }
    const counts = new Map<string, SpeakerCount>();
    for (const { speaker, quotes: n } of totals ?? []) counts.set(speaker.key, { speaker, quotes: n });
    for (const { quote } of quotes) {
      const speaker = this.speakerOf(quote);
      if (!speaker) continue;
      // A quotation running over paragraphs counts once (`countsAsQuotation`), as in the corpus's totals.
      const n = countsAsQuotation(quote) ? 1 : 0;
      const entry = counts.get(speaker.key);
      if (entry) entry.quotes += n;
      else counts.set(speaker.key, { speaker, quotes: n });
      if (speaker.kind !== 'person') addTo(this.corpusKeysOf, speaker.key, speaker.key);
    }
    const entries = [...counts.values()];
    this.speakers = sorted && !quotes.length ? entries : entries.sort(byCount);
    for (const entry of this.speakers) this.indexSpeaker(entry);
  }

  /**
   * True when this audience sees every quote of the family of the speaker with this corpus key (its
   * surname and every name ending in it) and names each as the corpus does: nothing of that family
   * is hidden from it, so its statements are the corpus's own as grouped.
   */
  seesFamilyAsCorpus(key: string): boolean {
    return this.whole && !this.inRegrouped(key);
  }

  /** The speaker of a visible quote as this audience sees it; undefined for a quote with none (or not visible). */
  speakerOf(quote: Quote): Speaker | undefined {
    if (this.regrouped && quote.speaker && this.inRegrouped(quote.speaker.key)) return this.regrouped.speakerOf(quote);
    return this.whole ? quote.speaker : this.ofQuote.get(quote);
  }

  /** The quotes this audience sees by the speaker with this view key, in corpus order: no scan of every quote per query. */
  quotesOf(key: string): readonly QuoteInArticle[] {
    if (this.regrouped && this.inRegrouped(key)) return this.regrouped.quotesOf(key);
    if (this.wholeQuotesOf) {
      let found = this.recent.get(key);
      if (!found) this.recent.set(key, (found = this.wholeQuotesOf(key)));
      return found;
    }
    if (!this.byKeyQuotes) {
      this.byKeyQuotes = new Map();
      for (const q of this.quotes) {
        const speaker = this.speakerOf(q.quote);
        if (speaker) push(this.byKeyQuotes, speaker.key, q);
      }
    }
    return this.byKeyQuotes.get(key) ?? [];
  }

  /** The corpus keys behind these view keys: what the index's speaker lookups take. */
  corpusKeys(keys: ReadonlySet<string>): Set<string> {
    if (this.regrouped) {
      const out = new Set<string>();
      for (const k of keys) for (const c of this.inRegrouped(k) ? this.regrouped.corpusKeys(new Set([k])) : [k]) out.add(c);
      return out;
    }
    if (this.whole) return new Set(keys);
    const out = new Set<string>();
    for (const k of keys) for (const c of this.corpusKeysOf.get(k) ?? []) out.add(c);
    return out;
  }

  /**
   * True when one word is the whole name of a speaker who is no person (a country, an organisation:
   * `Iran`) quoted more than every person whose surname the word is (often a fragment read as a
   * name: `Is Iran`): typed alone, it names that speaker, not those people.
   */
  namesNonPerson(word: string): boolean {
    const key = foldName(word).trim();
    const other = this.byKey.get(key);
    if (!other || other.speaker.kind === 'person' || key.includes(' ')) return false;
    const people = (this.bySurname.get(key) ?? []).reduce((n, e) => n + e.quotes, 0);
    return other.quotes > people;
  }

  /** Known people matching a name: full key, surname, or first name + surname (the registry's rules). */
  lookupSpeaker(words: string): Speaker[] {
    const q = foldName(words).split(' ').filter(Boolean);
    if (q.length === 0) return [];
    const found = new Set<SpeakerCount>();
    const exact = this.byKey.get(q.join(' '));
    if (exact && exact.speaker.kind === 'person') found.add(exact);
    if (q.length === 1) for (const e of this.bySurname.get(q[0] ?? '') ?? []) found.add(e);
    if (q.length === 2) for (const e of this.byFirstLast.get(q.join(' ')) ?? []) found.add(e);
    return [...found].sort((a, b) => b.quotes - a.quotes).map((e) => e.speaker);
  }

  private indexSpeaker(entry: SpeakerCount): void {
    this.byKey.set(entry.speaker.key, entry);
    if (entry.speaker.kind !== 'person') return;
    // The words are those of `key.split(' ')`, without the copies: the last, and the first with it.
    const key = entry.speaker.key;
    const lastSpace = key.lastIndexOf(' ');
    if (lastSpace < 0) return;
    const last = key.slice(lastSpace + 1);
    push(this.bySurname, last, entry);
    const firstSpace = key.indexOf(' ');
    if (firstSpace < lastSpace) push(this.byFirstLast, `${key.slice(0, firstSpace)} ${last}`, entry);
  }
}

function count(map: Map<string, Map<string, number>>, key: string, form: string): void {
  let forms = map.get(key);
  if (!forms) map.set(key, (forms = new Map()));
  forms.set(form, (forms.get(form) ?? 0) + 1);
}

/** The most frequent form; ties to the first in collation order, so every view names a speaker alike. */
function mostFrequent(forms: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let n = 0;
  for (const [form, c] of forms ?? [])
    if (c > n || (c === n && best !== undefined && COLLATOR.compare(form, best) < 0)) [best, n] = [form, c];
  return best;
}

/** `localeCompare`'s order, without a collator per comparison. */
const COLLATOR = new Intl.Collator();

/** The speakers' order: most quoted first, ties by key in collation order. */
const byCount = (a: SpeakerCount, b: SpeakerCount): number => b.quotes - a.quotes || COLLATOR.compare(a.speaker.key, b.speaker.key);

/** The family of names a speaker key belongs to: its last word (`odo lindqvist`, `lindqvist`). */
export function familyOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** Two lists in `byCount` order as one (each of `extra`'s entries placed by a binary search in `list`). */
function mergeSorted(list: readonly SpeakerCount[], extra: readonly SpeakerCount[]): SpeakerCount[] {
  const out: SpeakerCount[] = [];
  let i = 0;
  for (const entry of extra) {
    let lo = i;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byCount(list[mid]!, entry) <= 0) lo = mid + 1;
      else hi = mid;
    }
    while (i < lo) out.push(list[i++]!);
    out.push(entry);
  }
  while (i < list.length) out.push(list[i++]!);
  return out;
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
