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
import type { QuoteInArticle } from '../compare/statements.ts';
import type { Article } from '../corpus/article.ts';
import type { Quote, Speaker } from '../quotes/quote.ts';
import { wordSpans } from '../search/text.ts';
import { foldName } from '../text/fold.ts';
import { withoutPossessiveS } from '../text/marks.ts';

export interface SpeakerCount {
  speaker: Speaker;
  quotes: number;
}

/** The person as one article names them: `key` folded (full name, or surname alone), `name` as written there. */
interface Local {
  key: string;
  name: string;
}

/** Name forms each article gives its speakers (by corpus key), computed once per article. */
const LOCAL = new WeakMap<Article, Map<string, Local>>();

/** The words of the last article read word by word (its names are then cached in `LOCAL`). */
let lastWords: { article: Article; words: Array<{ word: string; folded: string }> } | undefined;

export class ViewSpeakers {
  /** Speakers with their quote counts, most quoted first. */
  readonly speakers: SpeakerCount[];
  private readonly ofQuote = new Map<Quote, Speaker>();
  private readonly byKey = new Map<string, SpeakerCount>();
  private readonly bySurname = new Map<string, SpeakerCount[]>();
  private readonly byFirstLast = new Map<string, SpeakerCount[]>();
  /** View key → the corpus keys of its quotes (for the index's speaker lookups). */
  private readonly corpusKeysOf = new Map<string, Set<string>>();

  /** `quotes`: every quote the audience may see (live, unembargoed, not from a hidden outlet). */
  constructor(quotes: readonly QuoteInArticle[]) {
    const locals: Array<{ quote: Quote; local: Local }> = [];
    const fullForms = new Map<string, Map<string, number>>();
    for (const { article, quote } of quotes) {
      const speaker = quote.speaker;
      if (!speaker) continue;
      if (speaker.kind !== 'person') {
        this.ofQuote.set(quote, speaker);
        continue;
      }
      const local = localName(article, quote, speaker);
      locals.push({ quote, local });
      if (local.key.includes(' ')) count(fullForms, local.key, local.name);
    }
    // A lone surname is the one visible full name ending in it, when exactly one does.
    const fullBySurname = new Map<string, string[]>();
    for (const key of fullForms.keys()) push(fullBySurname, key.slice(key.lastIndexOf(' ') + 1), key);
    const surnameForms = new Map<string, Map<string, number>>();
    const keyOf = (local: Local): string => {
      if (local.key.includes(' ')) return local.key;
      const full = fullBySurname.get(local.key);
      return full?.length === 1 ? full[0]! : local.key;
    };
    for (const { local } of locals) if (keyOf(local) === local.key && !local.key.includes(' ')) count(surnameForms, local.key, local.name);
    const named = new Map<string, Speaker>();
    const speakerFor = (key: string): Speaker => {
      let s = named.get(key);
      if (!s) named.set(key, (s = { name: mostFrequent(fullForms.get(key) ?? surnameForms.get(key)) ?? key, key, kind: 'person' }));
      return s;
    };
    for (const { quote, local } of locals) {
      const key = keyOf(local);
      this.ofQuote.set(quote, speakerFor(key));
      addTo(this.corpusKeysOf, key, quote.speaker!.key);
    }
    const counts = new Map<string, SpeakerCount>();
    for (const { quote } of quotes) {
      const speaker = this.ofQuote.get(quote);
      if (!speaker) continue;
      const entry = counts.get(speaker.key);
      if (entry) entry.quotes++;
      else counts.set(speaker.key, { speaker, quotes: 1 });
      if (speaker.kind !== 'person') addTo(this.corpusKeysOf, speaker.key, speaker.key);
    }
    this.speakers = [...counts.values()].sort((a, b) => b.quotes - a.quotes || COLLATOR.compare(a.speaker.key, b.speaker.key));
    for (const entry of this.speakers) this.indexSpeaker(entry);
  }

  /** The speaker of a visible quote as this audience sees it; undefined for a quote with none (or not visible). */
  speakerOf(quote: Quote): Speaker | undefined {
    return this.ofQuote.get(quote);
  }

  /** The corpus keys behind these view keys: what the index's speaker lookups take. */
  corpusKeys(keys: ReadonlySet<string>): Set<string> {
    const out = new Set<string>();
    for (const k of keys) for (const c of this.corpusKeysOf.get(k) ?? []) out.add(c);
    return out;
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
    const w = entry.speaker.key.split(' ');
    const last = w[w.length - 1] ?? '';
    if (w.length > 1) push(this.bySurname, last, entry);
    if (w.length > 2) push(this.byFirstLast, `${w[0]} ${last}`, entry);
  }
}

/**
 * How the quote's own article names its speaker: the corpus's full name when the article writes it
 * (first and last word, at most two words between), else the surname as the article writes it.
 */
function localName(article: Article, quote: Quote, speaker: Speaker): Local {
  let known = LOCAL.get(article);
  if (!known) LOCAL.set(article, (known = new Map()));
  const cached = known.get(speaker.key);
  if (cached) return cached;
  const local = findLocal(article, quote, speaker);
  known.set(speaker.key, local);
  return local;
}

function findLocal(article: Article, quote: Quote, speaker: Speaker): Local {
  const words = speaker.key.split(' ');
  const last = words[words.length - 1]!;
  if (words.length > 1 && article.paragraphs.some((p) => p.includes(speaker.name))) return { key: speaker.key, name: speaker.name };
  const mentioned = quote.mention ? lastWordOf(quote.mention.text) : undefined;
  if (words.length === 1 && mentioned && foldName(mentioned) === last) return { key: last, name: mentioned };
  const tokens = wordsOf(article);
  if (words.length > 1) {
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.folded !== words[0]) continue;
      for (let j = i + 1; j < Math.min(tokens.length, i + words.length + 2); j++) {
        if (tokens[j]!.folded !== last) continue;
        const written = tokens
          .slice(i, j + 1)
          .map((t) => t.word)
          .join(' ');
        return { key: speaker.key, name: written };
      }
    }
  }
  if (mentioned && foldName(mentioned) === last) return { key: last, name: mentioned };
  const surname = tokens.find((t) => t.folded === last);
  return { key: last, name: surname?.word ?? speaker.name.split(' ').pop() ?? last };
}

function lastWordOf(text: string): string | undefined {
  const spans = wordSpans(text);
  const word = spans[spans.length - 1]?.word;
  return word === undefined ? undefined : withoutPossessiveS(word);
}

function wordsOf(article: Article): Array<{ word: string; folded: string }> {
  if (lastWords?.article === article) return lastWords.words;
  const words = article.paragraphs.flatMap((p) =>
    wordSpans(p).map(({ word }) => {
      const bare = withoutPossessiveS(word).replace(/\.$/, '');
      return { word: bare, folded: foldName(bare) };
    }),
  );
  lastWords = { article, words };
  return words;
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
  for (const [form, c] of forms ?? []) if (c > n || (c === n && best !== undefined && COLLATOR.compare(form, best) < 0)) [best, n] = [form, c];
  return best;
}

/** `localeCompare`'s order, without a collator per comparison. */
const COLLATOR = new Intl.Collator();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
