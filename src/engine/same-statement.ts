/**
 * `/quote`: the same statement as a quote found, carried by another outlet in a paragraph without
 * the topic word but beside one with it (The National's "We know who prepared this provocation",
 * ¶7 after its Bucha ¶6): shown too, as a context match, so it does not look as if that outlet
 * never carried it.
 *
 * Each member is checked on the paragraphs around its quote only (read one by one from a store),
 * and the passage of a member kept is the one the index gives, not every passage of its article.
 */
import type { Statement } from '../compare/statements.ts';
import type { Article } from '../corpus/article.ts';
import type { Passage } from '../search/passage.ts';
import { fold } from '../text/fold.ts';
import { passagesOf } from './build.ts';
import type { Candidate, Found, Scope } from './find.ts';
import { visibleStatements } from './scope.ts';
import type { StatementIndex } from './statement-index.ts';
import type { CorpusView } from './view.ts';

export interface SameStatementContext {
  view: CorpusView;
  /** True when `article` is in a live file and any embargo has lifted (the request's instant). */
  shows: (article: Article) => boolean;
  statements: StatementIndex;
  /** The passage with this id, visible or not (the index's). */
  passage: (id: number) => Passage | undefined;
}

/** An article whose paragraphs are read one at a time from a store (`StoredArticle`). */
type Stored = Article & { firstId: number; paragraph: (index: number) => string };

const isStored = (a: Article): a is Stored => typeof (a as Partial<Stored>).paragraph === 'function' && 'firstId' in a;

/** The candidates to add: members of the found quotes' statements, from other paragraphs, beside the topic words. */
export function sameStatementElsewhere(at: SameStatementContext, found: Found, terms: readonly string[], scope: Scope): Candidate[] {
  const have = new Set(found.candidates.map((c) => c.quote?.quote));
  const statements = new Set<Statement>();
  const out: Candidate[] = [];
  const folded = terms.map((t) => fold(t));
  for (const c of found.candidates) {
    const statement = c.quote && !c.partial ? at.statements.statementOf(c.quote.quote, c.passage.article) : undefined;
    if (!statement || statements.has(statement)) continue;
    statements.add(statement);
    // As the audience sees the statement: quotes linked to this one only through a hidden member are not "the same".
    const seen = visibleStatements(at.shows, statement, scope).find((s) => s.members.some((m) => m.quote === c.quote!.quote));
    for (const m of seen?.members ?? []) {
      const keys = scope.speakerKeys;
      if (have.has(m.quote)) continue;
      const speaker = scope.speakers?.speakerOf(m.quote);
      if (keys && !(speaker && keys.has(speaker.key))) continue;
      // Beside the topic: the paragraph before or after it has the words (the outlet split its report).
      const near = fold(around(m.article, m.quote.paragraph).join('\n'));
      if (!folded.every((t) => near.includes(t))) continue;
      const passage = passageOf(at, m.article, m.quote.paragraph);
      const quote = passage?.quotes.find((q) => q.quote === m.quote);
      if (!passage || !quote) continue;
      have.add(m.quote);
      out.push({ passage, quote, score: c.score * 0.5, terms: new Set(), onTopic: false, sibling: true });
    }
  }
  return out;
}

/** The paragraphs before, at and after `p` (those there are). */
function around(article: Article, p: number): string[] {
  if (!isStored(article)) return article.paragraphs.slice(Math.max(0, p - 1), p + 2);
  const out: string[] = [];
  const count = article.paragraphCount ?? article.paragraphs.length;
  for (let k = Math.max(0, p - 1); k < Math.min(count, p + 2); k++) out.push(article.paragraph(k));
  return out;
}

/** Paragraph `p`'s passage: the index's for a stored article, else built from the article (its quotes as the view shows them). */
function passageOf(at: SameStatementContext, article: Article, p: number): Passage | undefined {
  if (isStored(article)) {
    const passage = at.passage(article.firstId + p);
    if (passage?.article === article) return passage;
  }
  return passagesOf(article, at.view.quotesOfArticle(article), -1)[p];
}
