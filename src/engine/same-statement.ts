/**
 * `/quote`: the same statement as a quote found, carried by another outlet in a paragraph without
 * the topic word but beside one with it (The National's "We know who prepared this provocation",
 * ¶7 after its Bucha ¶6): shown too, as a context match, so it does not look as if that outlet
 * never carried it.
 *
 * Each member is checked on the paragraphs around its quote only (read one by one from a store),
 * and the passage of a member kept is the one the index gives, not every passage of its article.
 */
import type { QuoteInArticle, Statement } from '../compare/statements.ts';
import type { Article } from '../corpus/article.ts';
import type { Quote } from '../quotes/quote.ts';
import type { Passage, PassageQuote } from '../search/passage.ts';
import { fold } from '../text/fold.ts';
import { LazyPassage, passagesOf, type SpannedQuote } from './build.ts';
import { candidateOf, type Candidate, type Found, type Scope } from './find.ts';
import { inFilters, visibleStatements } from './scope.ts';
import type { StatementIndex } from './statement-index.ts';
import type { CorpusView } from './view.ts';

export interface SameStatementContext {
  view: CorpusView;
  /** True when `article` is in a live file and any embargo has lifted (the request's instant). */
  shows: (article: Article) => boolean;
  statements: StatementIndex;
  /** The passage with this id, visible or not (the index's). */
  passage: (id: number) => Passage | undefined;
  /**
   * The texts of these paragraphs by passage id, in one read (a store's; absent in memory); null
   * where the store found every word of `holding` in the text (ASCII words: see `QuoteTables.paragraphTexts`).
   */
  texts?: (ids: readonly number[], holding?: readonly string[]) => ReadonlyMap<number, string | null> | undefined;
}

/** An article whose paragraphs are read one at a time from a store (`StoredArticle`). */
type Stored = Article & { firstId: number; paragraph: (index: number) => string };

const isStored = (a: Article): a is Stored => typeof (a as Partial<Stored>).paragraph === 'function' && 'firstId' in a;

/** The candidates to add: members of the found quotes' statements, from other paragraphs, beside the topic words. */
export function sameStatementElsewhere(at: SameStatementContext, found: Found, terms: readonly string[], scope: Scope): Candidate[] {
  const have = new Set(found.candidates.map((c) => c.quote?.quote));
  const statements = new Set<Statement>();
  // Quotes of the statements (as seen) already gone through: another found quote among them adds nothing.
  const done = new Set<Quote>();
  const out: Candidate[] = [];
  const folded = terms.map((t) => fold(t));
  const shownInScope = (a: Article) => at.shows(a) && inFilters(a, scope);
  const foldedText = new Map<string, string>();
  const foldOnce = (text: string) => {
    let f = foldedText.get(text);
    if (f === undefined) foldedText.set(text, (f = fold(text)));
    return f;
  };
  const wanted = (m: QuoteInArticle) => {
    if (!shownInScope(m.article)) return false;
    const speaker = scope.speakerKeys && scope.speakers?.speakerOf(m.quote);
    return !scope.speakerKeys || (speaker !== undefined && scope.speakerKeys.has(speaker.key));
  };
  // A term with a line break is looked for in the paragraphs joined: the neighbours are always read.
  const lacksTerm = (text: string) => folded.some((t) => t.includes('\n') || (t.length > 0 && !foldOnce(text).includes(t)));
  const around = at.texts ? aroundMembers(at, found, have, wanted, lacksTerm, folded) : undefined;
  const read = (article: Article, k: number) =>
    isStored(article) ? (around?.texts?.get(article.firstId + k) ?? article.paragraph(k)) : (article.paragraphs[k] ?? '');
  const holds = (article: Article, k: number) => isStored(article) && around?.holding.has(article.firstId + k) === true;
  const besideTopic = besideCheck(folded, foldOnce, read, holds);
  for (const c of found.candidates) {
    if (c.quote && done.has(c.quote.quote)) continue;
    // A quote alone in its statement (or in none) has no member to add: its statement is not read.
    const statement =
      c.quote && !c.partial && at.statements.mayShare(c.quote.quote)
        ? around?.statements.has(c.quote.quote)
          ? around.statements.get(c.quote.quote)
          : at.statements.statementOf(c.quote.quote, c.passage.article)
        : undefined;
    if (!statement || statements.has(statement)) continue;
    statements.add(statement);
    // Every member already found or out of the audience's scope: none can be added, so the
    // statement is not regrouped as the audience sees it (costly when a filter leaves out members).
    if (statement.members.every((m) => have.has(m.quote) || !shownInScope(m.article))) continue;
    // As the audience sees the statement: quotes linked to this one only through a hidden member are not "the same".
    const seen = visibleStatements(at.shows, statement, scope).find((s) => s.members.some((m) => m.quote === c.quote!.quote));
    for (const m of seen?.members ?? []) done.add(m.quote);
    const keys = scope.speakerKeys;
    for (const m of seen?.members ?? []) {
      if (have.has(m.quote)) continue;
      if (keys) {
        const speaker = scope.speakers?.speakerOf(m.quote);
        if (!(speaker && keys.has(speaker.key))) continue;
      }
      // Beside the topic: the paragraph before or after it has the words (the outlet split its report).
      if (!besideTopic(m.article, m.quote.paragraph)) continue;
      const p = m.quote.paragraph;
      const spans = (m.quote as SpannedQuote).paragraphSpans;
      let passage: Passage | undefined;
      let quote: PassageQuote | undefined;
      // A shown stored article's passage is the index's, and the quote runs in it when its spans say
      // so (`LazyPassage.quoteHere`): both are built only when the answer shows the match.
      if (isStored(m.article) && spans) {
        if (!runsIn(spans, p)) continue;
        // A file replaced or removed meanwhile (`forget` deletes its paragraphs): the paragraph as the
        // check read it, without quotes (the quote then spans it whole), rather than no passage.
        const article = m.article;
        const lazy = new SiblingPassage(article, p, () => passageOf(at, article, p) ?? goneParagraph(article, p, around?.texts));
        [passage, quote] = [lazy, new SiblingQuote(lazy, m.quote)];
      } else {
        passage = passageOf(at, m.article, p);
        quote = passage && quoteIn(passage, m.article, m.quote);
      }
      if (!passage || !quote) continue;
      have.add(m.quote);
      out.push(candidateOf(passage, quote, c.score * 0.5, NO_TERMS, false, undefined, true));
    }
  }
  return out;
}

/** A same-statement match's index terms: none (it is beside the topic, not on it); one set shared by all, never changed. */
const NO_TERMS: ReadonlySet<string> = new Set();

/**
 * `beside(article, p)`: true when the paragraphs before, at and after `p` (those there are), joined
 * by line breaks and folded, hold every (folded) term. A term without a line break is in the joined
 * text exactly when it is in one of them, and folding them one by one is folding them joined (a
 * line break ends any case or accent context): so the quote's own paragraph is read first, and the
 * others only for the terms it lacks. `holds(article, k)`: paragraph k is known to hold every term
 * (the store checked it), so it is not read. The terms are sorted out once, not for each of the
 * thousands of members a common word's statements have.
 */
function besideCheck(
  terms: readonly string[],
  fold: (text: string) => string,
  read: (article: Article, k: number) => string,
  holds: (article: Article, k: number) => boolean,
): (article: Article, p: number) => boolean {
  if (terms.some((t) => t.includes('\n')))
    return (article, p) => {
      const count = article.paragraphCount ?? article.paragraphs.length;
      const joined = fold(
        [p - 1, p, p + 1]
          .filter((k) => k >= 0 && k < count)
          .map((k) => read(article, k))
          .join('\n'),
      );
      return terms.every((t) => joined.includes(t));
    };
  // An empty term is in any text.
  const words = terms.filter((t) => t.length > 0);
  return (article, p) => {
    if (!words.length) return true;
    const count = article.paragraphCount ?? article.paragraphs.length;
    let missing = words;
    // The paragraph itself, then the one before, then the one after.
    for (let i = 0; i < 3; i++) {
      const k = i === 0 ? p : i === 1 ? p - 1 : p + 1;
      if (k < 0 || k >= count) continue;
      if (holds(article, k)) return true;
      const text = fold(read(article, k));
      missing = missing.filter((t) => !text.includes(t));
      if (!missing.length) return true;
    }
    return false;
  };
}

/**
 * Each found quote's statement (as `statementOf` gives it), and the texts of the paragraphs the
 * check reads around the members of those statements it may add (not found, by a wanted speaker,
 * in a shown article within the filters), read from the store at once: each member's own paragraph,
 * then the ones before and after it where that one lacks a term. At 500k articles `/quote Iran`
 * checks thousands of members; reading their paragraphs one by one was most of its time. Where the
 * terms are plain ASCII words (no line break), the store checks them itself (`holding`: the ids
 * of paragraphs it found them all in, whose texts are not read into JavaScript at all).
 */
function aroundMembers(
  at: SameStatementContext,
  found: Found,
  have: ReadonlySet<Quote | undefined>,
  wanted: (m: QuoteInArticle) => boolean,
  lacksTerm: (text: string) => boolean,
  terms: readonly string[],
): { statements: Map<Quote, Statement | undefined>; texts: ReadonlyMap<number, string> | undefined; holding: ReadonlySet<number> } {
  const statements = new Map<Quote, Statement | undefined>();
  const members = new Set<Quote>();
  const seen = new Set<Statement>();
  const checked: Array<{ firstId: number; p: number; count: number }> = [];
  // What the loop below asks of each candidate's quote, read from the store at once.
  at.statements.prefetch(found.candidates.flatMap((c) => (c.quote && !c.partial ? [c.quote.quote] : [])));
  for (const c of found.candidates) {
    if (!c.quote || c.partial || members.has(c.quote.quote) || !at.statements.mayShare(c.quote.quote)) continue;
    const statement = at.statements.statementOf(c.quote.quote, c.passage.article);
    statements.set(c.quote.quote, statement);
    if (!statement || seen.has(statement)) continue;
    seen.add(statement);
    for (const m of statement.members) {
      members.add(m.quote);
      if (have.has(m.quote) || !isStored(m.article) || !wanted(m)) continue;
      checked.push({ firstId: m.article.firstId, p: m.quote.paragraph, count: m.article.paragraphCount ?? 0 });
    }
  }
  const holding = new Set<number>();
  if (!checked.length) return { statements, texts: undefined, holding };
  // Only words the store's ASCII check reads as `fold` does (lower case, no line break, not empty).
  const plain = terms.length > 0 && terms.every((t) => /^[\x20-\x7e]+$/.test(t)) ? terms : [];
  const texts = new Map<number, string>();
  const take = (read: ReadonlyMap<number, string | null>) => {
    for (const [id, text] of read)
      if (text === null) holding.add(id);
      else texts.set(id, text);
  };
  const own = at.texts!([...new Set(checked.filter((m) => m.p < m.count).map((m) => m.firstId + m.p))], plain);
  if (!own) return { statements, texts: undefined, holding };
  take(own);
  const near = new Set<number>();
  for (const { firstId, p, count } of checked) {
    if (p < count && (holding.has(firstId + p) || !lacksTerm(texts.get(firstId + p) ?? ''))) continue;
    for (const k of [p - 1, p + 1]) if (k >= 0 && k < count && !own.has(firstId + k)) near.add(firstId + k);
  }
  if (near.size) take(at.texts!([...near], plain) ?? new Map());
  return { statements, texts, holding };
}

/** `quote`'s place in `passage` (of `article`): a store's passage places it from its spans, without reading its article's other quotes. */
function quoteIn(passage: Passage, article: Article, quote: Quote): PassageQuote | undefined {
  return passage instanceof LazyPassage && isStored(article) ? passage.quoteHere(quote) : passage.quotes.find((q) => q.quote === quote);
}

/** True when a quote with these paragraph spans runs in paragraph `k` (as `LazyPassage.quoteHere` tells). */
const runsIn = (spans: readonly number[], k: number) => (spans[0] ?? 0) <= k && k < (spans[0] ?? 0) + spans.length - 1;

/**
 * A same-statement match's passage: its article and paragraph known, its id, text and quotes those
 * of the passage `passageOf` gives, built when first asked for. A common word's matches are mostly
 * grouped, ranked on article and paragraph, and counted: at 500k articles `/quote Ukraine` adds
 * some 13,000, of which the answer shows a few dozen.
 */
class SiblingPassage implements Passage {
  #built: Passage | undefined;
  readonly #build: () => Passage;

  constructor(
    readonly article: Article,
    readonly paragraph: number,
    build: () => Passage,
  ) {
    this.#build = build;
  }

  get real(): Passage {
    return (this.#built ??= this.#build());
  }

  get id(): number {
    return this.real.id;
  }

  get text(): string {
    return this.real.text;
  }

  get quotes(): PassageQuote[] {
    return this.real.quotes;
  }
}

/** The match's quote in its `SiblingPassage`: placed (the passage built) when its words are first asked for. */
class SiblingQuote implements PassageQuote {
  #built: PassageQuote | undefined;

  constructor(
    private readonly passage: SiblingPassage,
    readonly quote: Quote,
  ) {}

  private get real(): PassageQuote {
    // The spans said the quote runs in the paragraph, so the index's passage places it (`quoteHere`);
    // an article the index no longer holds (a file being replaced) gets the whole paragraph.
    const passage = this.passage.real;
    return (this.#built ??= quoteIn(passage, this.passage.article, this.quote) ?? {
      quote: this.quote,
      start: 0,
      end: passage.text.length,
    });
  }

  get start(): number {
    return this.real.start;
  }

  get end(): number {
    return this.real.end;
  }
}

/** Paragraph `p` of a stored article the index and the store no longer hold: its text as read before (`texts`), else empty. */
function goneParagraph(article: Stored, p: number, texts: ReadonlyMap<number, string> | undefined): Passage {
  return { id: article.firstId + p, article, paragraph: p, text: texts?.get(article.firstId + p) ?? '', quotes: [] };
}

/** Paragraph `p`'s passage: the index's for a stored article, else built from the article (its quotes as the view shows them). */
function passageOf(at: SameStatementContext, article: Article, p: number): Passage | undefined {
  if (isStored(article)) {
    const passage = at.passage(article.firstId + p);
    if (passage?.article === article) return passage;
  }
  return passagesOf(article, at.view.quotesOfArticle(article), -1)[p];
}
