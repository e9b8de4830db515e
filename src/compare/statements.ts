/**
 * Statements: the renderings of one utterance by one speaker across outlets. Two passes:
 * 1. substantial quotes (4+ content words) are linked when their IDF-weighted word containment is
 *    high enough, and linked quotes form a statement (union-find);
 * 2. short partial quotes (`"provocation"`, `"great breakthrough"`) then join the one statement
 *    they fit best, judged by their words and by the paragraph around them (the Axios
 *    "provocation" sits next to "Bucha", as does the full quote it comes from), but never link two
 *    statements together, so a shared word cannot chain different utterances into one.
 * Candidate pairs come from an inverted index of each speaker's rarer words, so the work grows with
 * the number of plausible pairs, not the square of a speaker's quotes.
 * The paragraph parts of one quotation running over paragraphs (`Quote.partOf`) are one utterance:
 * grouped as one item with all their words, members of the same statement, a part without a word
 * to compare included (`"No."`), and counted once.
 */
import type { Article } from '../corpus/article.ts';
import type { Quote, Speaker } from '../quotes/quote.ts';
import { candidates, Postings, type Counts } from './postings.ts';
import { compareTokens, identityKey } from './tokens.ts';
import { isTitle } from './titles.ts';

export interface QuoteInArticle {
  article: Article;
  quote: Quote;
}

export interface Statement {
  id: number;
  speaker: Speaker;
  members: QuoteInArticle[];
  /** Distinct outlets that carry it, sorted. */
  outlets: string[];
  /** 0–1: how sure the grouping is (the weakest link that holds a member in). */
  confidence: number;
}

export interface GroupingOptions {
  /** Minimum weighted containment for two substantial quotes to be the same utterance. */
  linkThreshold: number;
  /** Minimum weighted containment of a partial quote's words in a statement's quote for it to join. */
  attachThreshold: number;
  /** Minimum overlap of the paragraphs around a partial quote and the statement's quote. */
  contextThreshold: number;
  /** Quotes from articles published further apart than this are not compared. */
  maxDaysApart: number;
  /** Words in more than this many of one speaker's quotes within the date window are too common to propose pairs. */
  maxPostings: number;
}

export const DEFAULT_GROUPING: GroupingOptions = {
  linkThreshold: 0.5,
  attachThreshold: 0.4,
  contextThreshold: 0.3,
  maxDaysApart: 30,
  maxPostings: 200,
};

const SUBSTANTIAL = 4;
/** `localeCompare`'s order (default locale and options), without building a collator per comparison. */
const COLLATOR = new Intl.Collator();

interface Item {
  index: number;
  entry: QuoteInArticle;
  /** The quotes it stands for: `entry` alone, or every part of its quotation running over paragraphs (text order). */
  parts: QuoteInArticle[];
  speaker: Speaker;
  tokens: Set<string>;
  day?: number;
  /** Sum of the IDF weights of `tokens`, set once the speaker's IDF is known. */
  weight: number;
}

/**
 * `speakerOf`: who said each quote as the reader knows it (default: the quote's own speaker), so a
 * view that names speakers from what its reader may see groups and names statements by the same.
 */
export function groupStatements(
  quotes: readonly QuoteInArticle[],
  options: Partial<GroupingOptions> & { speakerOf?: (q: Quote) => Speaker | undefined } = {},
): Statement[] {
  const opts = { ...DEFAULT_GROUPING, ...options };
  const speakerOf = options.speakerOf ?? ((q: Quote) => q.speaker);
  const bySpeaker = new Map<string, Item[]>();
  const canonical = surnameAliases(quotes, speakerOf);
  /** The item of each quotation running over paragraphs, by article and whole's start: its later parts join it. */
  const wholes = new Map<Article, Map<number, Item>>();
  quotes.forEach((entry, index) => {
    const speaker = speakerOf(entry.quote);
    if (!speaker || !personQuote(entry, speakerOf)) return;
    const tokens = compareTokens(entry.quote.text);
    const part = entry.quote.partOf;
    const whole = part ? wholes.get(entry.article)?.get(part.start) : undefined;
    if (whole && whole.speaker.key === speaker.key) {
      whole.parts.push(entry);
      for (const t of tokens) whole.tokens.add(t);
      return;
    }
    if (!tokens.length && !part) return;
    const published = entry.article.published ? Date.parse(entry.article.published.slice(0, 10)) : NaN;
    const key = canonical.get(speaker.key) ?? speaker.key;
    const list = bySpeaker.get(key) ?? [];
    const item: Item = {
      index,
      entry,
      parts: [entry],
      speaker,
      tokens: new Set(tokens),
      day: Number.isNaN(published) ? undefined : published / 86_400_000,
      weight: 0,
    };
    list.push(item);
    bySpeaker.set(key, list);
    if (part) {
      const inArticle = wholes.get(entry.article) ?? new Map<number, Item>();
      inArticle.set(part.start, item);
      wholes.set(entry.article, inArticle);
    }
  });

  const statements: Statement[] = [];
  const counts: Counts = new Uint32Array(quotes.length);
  // One push per statement: spreading a speaker's statements into `push` overflows the stack past
  // about 120,000 (a family of the 500k archive).
  for (const items of bySpeaker.values()) {
    // A quotation whose parts have no word to compare (`"No."` / `"Never."`) is in no statement, as a one-paragraph one.
    const worded = items.some((i) => !i.tokens.size) ? items.filter((i) => i.tokens.size > 0) : items;
    if (worded.length) for (const s of groupOneSpeaker(worded, opts, counts)) statements.push(s);
  }
  return sortStatements(statements);
}

/**
 * A quote grouping considers: a person's words, not a title (it may still have no word to compare);
 * a paragraph part of a longer quotation is never a title (`"No."` closing it).
 */
export function personQuote(entry: QuoteInArticle, speakerOf: (q: Quote) => Speaker | undefined): boolean {
  return speakerOf(entry.quote)?.kind === 'person' && (entry.quote.partOf !== undefined || !isTitle(entry.quote.text));
}

/**
 * False when grouping surely puts this quote in no statement (not a person's words, a title, no word
 * to compare and no other part of a quotation to be grouped with), so such a quote can be told
 * apart without grouping. A part of a quotation running over paragraphs may be grouped.
 */
export function groupable(entry: QuoteInArticle, speakerOf: (q: Quote) => Speaker | undefined = (q) => q.speaker): boolean {
  return personQuote(entry, speakerOf) && (entry.quote.partOf !== undefined || compareTokens(entry.quote.text).length > 0);
}

/** Most outlets first, then most members, then first report; ids follow that order. Sorts in place. */
export function sortStatements(statements: Statement[]): Statement[] {
  const keys = new Map(statements.map((s) => [s, firstKey(s)]));
  statements.sort(
    (a, b) =>
      b.outlets.length - a.outlets.length || b.members.length - a.members.length || COLLATOR.compare(keys.get(a) ?? '', keys.get(b) ?? ''),
  );
  statements.forEach((s, i) => (s.id = i));
  return statements;
}

function groupOneSpeaker(items: Item[], opts: GroupingOptions, counts: Counts): Statement[] {
  const idf = inverseFrequencies(items);
  for (const i of items) {
    i.weight = 0;
    for (const t of i.tokens) i.weight += idf.get(t) ?? 0;
  }
  const containment = (a: Item, b: Item) => {
    let shared = 0;
    for (const t of a.tokens) if (b.tokens.has(t)) shared += idf.get(t) ?? 0;
    return shared / Math.max(1e-9, Math.min(a.weight, b.weight));
  };
  const contexts = new Map<Item, Set<string>>();
  const contextOf = (i: Item) => {
    let c = contexts.get(i);
    if (!c) contexts.set(i, (c = new Set(compareTokens(paragraphOf(i.entry.article, i.entry.quote.paragraph)))));
    return c;
  };
  const contextOverlap = (a: Item, b: Item) => {
    const ca = contextOf(a);
    const cb = contextOf(b);
    const [few, many] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
    let shared = 0;
    for (const t of few) if (many.has(t)) shared++;
    return shared / Math.max(1, few.size);
  };
  const comparable = (a: Item, b: Item) =>
    a.entry.article !== b.entry.article && (a.day === undefined || b.day === undefined || Math.abs(a.day - b.day) <= opts.maxDaysApart);

  const big = items.filter((i) => i.tokens.size >= SUBSTANTIAL);
  const small = items.filter((i) => i.tokens.size < SUBSTANTIAL);
  const parent = new Map<Item, Item>(big.map((i) => [i, i]));
  const find = (i: Item): Item => {
    let root = i;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(i, root);
    return root;
  };
  const bestLink = new Map<Item, number>();
  const spans = new Map<Item, Span>();
  for (const i of big) if (i.day !== undefined) spans.set(i, { first: i.day, last: i.day });
  const postings = new Postings(big);
  for (const a of big) {
    for (const b of candidates(a, postings, 3, opts, counts)) {
      if (b.index <= a.index || !comparable(a, b)) continue;
      const score = containment(a, b);
      if (score < opts.linkThreshold) continue;
      const ra = find(a);
      const rb = find(b);
      if (ra === rb) continue;
      // Undated quotes match any date: without this check one could chain years-apart quotes.
      const merged = joinSpans(spans.get(ra), spans.get(rb));
      if (merged && merged.last - merged.first > opts.maxDaysApart) continue;
      parent.set(ra, rb);
      if (merged) spans.set(rb, merged);
      bestLink.set(a, Math.max(bestLink.get(a) ?? 0, score));
      bestLink.set(b, Math.max(bestLink.get(b) ?? 0, score));
    }
  }

  const groups = new Map<Item, Item[]>();
  for (const i of big) {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  }
  const groupOf = new Map<Item, Item[]>();
  for (const members of groups.values()) for (const m of members) groupOf.set(m, members);

  const shortTwins = new Map<string, Item[]>();
  for (const s of small) {
    let best: { group: Item[]; score: number; tie: number } | undefined;
    for (const b of candidates(s, postings, 1, opts, counts)) {
      if (!comparable(s, b)) continue;
      const words = containment(s, b);
      const group = groupOf.get(b);
      if (!group || words < opts.attachThreshold || !sharesEnough(s, b)) continue;
      // The context overlap is at most 1: a pair that cannot beat the best even so is not read further.
      if (best && (words + 1) / 2 < best.score) continue;
      const context = contextOverlap(s, b);
      // A fragment that only partly matches ("great breakthrough" for "major breakthrough") needs
      // its surroundings to agree more.
      if (context < opts.contextThreshold + (words < 0.999 ? 0.1 : 0)) continue;
      if (!withinSpan(spanOf(group), s.day, opts.maxDaysApart)) continue;
      const score = (words + context) / 2;
      const tie = -b.index;
      if (
        !best ||
        score > best.score ||
        (score === best.score && group.length > best.group.length) ||
        (score === best.score && group.length === best.group.length && tie > best.tie)
      ) {
        best = { group, score, tie };
      }
    }
    if (best) {
      best.group.push(s);
      bestLink.set(s, best.score);
    } else {
      // A short quote no longer quote fits joins the same words from another article published
      // near it ("in principle"); both must be dated, or any common phrase would pair up.
      const key = identityKey(s.parts.map((p) => p.quote.text).join(' '));
      const twin = shortTwins.get(key);
      if (s.day !== undefined && twin?.some((m) => m.day !== undefined && comparable(s, m))) {
        twin.push(s);
        bestLink.set(s, 1);
      } else {
        const group = [s];
        groups.set(s, group);
        shortTwins.set(key, group);
      }
    }
  }

  const out: Statement[] = [];
  for (const members of new Set([...groups.values()])) {
    members.sort((a, b) => a.index - b.index);
    // The fullest name among the members (`Donald Trump` rather than `Trump`) names the statement.
    const first = [...members].sort((a, b) => b.speaker.key.length - a.speaker.key.length)[0];
    if (!first) continue;
    const links = members.map((m) => bestLink.get(m)).filter((l): l is number => l !== undefined);
    const linked = links.length ? Math.min(1, ...links) : 1;
    out.push({
      id: 0,
      speaker: first.speaker,
      members: members.flatMap((m) => m.parts),
      outlets: [...new Set(members.map((m) => m.entry.article.outlet))].sort(),
      confidence: Math.round(linked * 100) / 100,
    });
  }
  return out;
}

/**
 * A person known by surname alone in some articles (`trump`) and by full name in others (`donald
 * trump`) is one speaker when one full name ends with that surname, or when one such name has at
 * least four times the quotes of all the others together (the president, not his son); otherwise
 * the surname stays its own speaker (two Johnsons quoted alike are not merged).
 */
function surnameAliases(quotes: readonly QuoteInArticle[], speakerOf: (q: Quote) => Speaker | undefined): Map<string, string> {
  const counts = new Map<string, number>();
  for (const q of quotes) {
    // A quotation running over paragraphs counts once, by its first part.
    if (q.quote.partOf && q.quote.partOf.index > 0) continue;
    const speaker = speakerOf(q.quote);
    if (speaker?.kind === 'person') counts.set(speaker.key, (counts.get(speaker.key) ?? 0) + 1);
  }
  const full = new Map<string, string[]>();
  for (const k of counts.keys()) {
    const words = k.split(' ');
    if (words.length < 2) continue;
    const last = words[words.length - 1]!;
    const list = full.get(last);
    if (list) list.push(k);
    else full.set(last, [k]);
  }
  const out = new Map<string, string>();
  for (const k of counts.keys()) {
    if (k.includes(' ')) continue;
    const list = [...(full.get(k) ?? [])].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
    const top = list[0];
    if (!top) continue;
    const others = list.slice(1).reduce((n, o) => n + (counts.get(o) ?? 0), 0);
    if (list.length === 1 || (counts.get(top) ?? 0) >= 4 * others) out.set(k, top);
  }
  return out;
}

function inverseFrequencies(items: Item[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const i of items) for (const t of i.tokens) df.set(t, (df.get(t) ?? 0) + 1);
  const n = items.length + 1;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log(1 + n / d));
  return idf;
}

/** First and last publication day of a statement's dated members. */
interface Span {
  first: number;
  last: number;
}

function joinSpans(a: Span | undefined, b: Span | undefined): Span | undefined {
  if (!a || !b) return a ?? b;
  return { first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) };
}

function spanOf(members: Item[]): Span | undefined {
  let span: Span | undefined;
  for (const m of members) if (m.day !== undefined) span = joinSpans(span, { first: m.day, last: m.day });
  return span;
}

function withinSpan(span: Span | undefined, day: number | undefined, days: number): boolean {
  return !span || day === undefined || Math.max(span.last, day) - Math.min(span.first, day) <= days;
}

/** A fragment of three or more words must share all but one of them with the quote it joins. */
function sharesEnough(fragment: Item, quote: Item): boolean {
  let shared = 0;
  for (const t of fragment.tokens) if (quote.tokens.has(t)) shared++;
  return shared >= Math.max(1, fragment.tokens.size - 1);
}

/** One paragraph of an article, without reading the others when the article reads them from a store. */
function paragraphOf(article: Article, index: number): string {
  const reader = article as Article & { paragraph?: (index: number) => string };
  return reader.paragraph ? reader.paragraph(index) : (article.paragraphs[index] ?? '');
}

function firstKey(s: Statement): string {
  const first = s.members[0];
  return first ? `${first.article.id}\u0000${String(first.quote.start).padStart(9, '0')}` : '';
}
