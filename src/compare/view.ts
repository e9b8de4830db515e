/**
 * A statement as the reader sees it: its wordings (identical ones merged), each diffed word by
 * word against the first-reported wording, the outlet that reported it first, and the outlets that
 * only paraphrase it.
 */
import { diffWords } from 'diff';
import type { DiffPart, StatementView, Variant } from '../answer.ts';
import { citationOf } from '../citation.ts';
import type { QuoteInArticle, Statement } from './statements.ts';
import { compareTokens, identityKey } from './tokens.ts';

export function statementView(statement: Statement, paraphrases: StatementView['paraphrases']): StatementView {
  const ordered = [...statement.members].sort(byPublication);
  const byWording = new Map<string, QuoteInArticle[]>();
  for (const m of ordered) {
    const key = identityKey(m.quote.text);
    const list = byWording.get(key);
    if (list) list.push(m);
    else byWording.set(key, [m]);
  }
  // The base wording is the first-published full quotation: diffing against a one-word partial
  // quote would mark everything. A partial quote is diffed against the words of the base it
  // corresponds to: "great breakthrough" against "major breakthrough".
  const groups = [...byWording.values()];
  const isPartial = (g: QuoteInArticle[]) => compareTokens(g[0]?.quote.text ?? '').length < 4;
  const baseGroup = groups.find((g) => !isPartial(g)) ?? groups[0];
  const base = baseGroup?.[0]?.quote.text ?? '';
  const variants: Variant[] = [...groups]
    .sort((a, b) => Number(b === baseGroup) - Number(a === baseGroup) || Number(isPartial(a)) - Number(isPartial(b)))
    .map((members) => ({
      text: members[0]?.quote.text ?? '',
      outlets: [...new Set(members.map((m) => m.article.outlet))],
      citations: members.map((m) => citationOf(m.article, m.quote.paragraph)),
      isBase: members === baseGroup,
      isPartial: isPartial(members),
      diff:
        members === baseGroup
          ? []
          : isPartial(members)
            ? partialDiff(base, members[0]?.quote.text ?? '')
            : wordDiff(base, members[0]?.quote.text ?? ''),
    }));
  const first = ordered.find((m) => m.article.published);
  return {
    id: statement.id,
    speaker: statement.speaker.name,
    confidence: statement.confidence,
    confidenceLabel: statement.confidence >= 0.8 ? 'high' : statement.confidence >= 0.6 ? 'medium' : 'low',
    outlets: statement.outlets,
    firstReported: first?.article.published
      ? {
          outlet: first.article.outlet,
          published: first.article.published,
          headline: first.article.headline,
          url: first.article.url,
          undatedOutlets: [...new Set(ordered.filter((m) => !m.article.published).map((m) => m.article.outlet))],
        }
      : undefined,
    variants,
    paraphrases,
  };
}

/** Word-level diff (the `diff` package's `diffWords`), case-insensitive so only wording shows. */
export function wordDiff(from: string, to: string): DiffPart[] {
  return diffWords(from, to, { ignoreCase: true }).map((c) => ({
    op: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}

/** Diffs a fragment against the window of the base wording, of the same length, it best matches. */
export function partialDiff(base: string, fragment: string): DiffPart[] {
  const words = base.split(/\s+/).filter(Boolean);
  const size = fragment.split(/\s+/).filter(Boolean).length;
  const wanted = new Set(compareTokens(fragment));
  let best = { at: -1, shared: 0 };
  for (let at = 0; at + size <= words.length; at++) {
    const shared = compareTokens(words.slice(at, at + size).join(' ')).filter((t) => wanted.has(t)).length;
    if (shared > best.shared) best = { at, shared };
  }
  if (best.at < 0) return [];
  const window = words
    .slice(best.at, best.at + size)
    .join(' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return wordDiff(window, fragment);
}

/** Earliest publication first; undated last; then outlet and article for a stable order. */
function byPublication(a: QuoteInArticle, b: QuoteInArticle): number {
  return (
    (a.article.published ?? '9999').localeCompare(b.article.published ?? '9999') ||
    a.article.outlet.localeCompare(b.article.outlet) ||
    a.article.id.localeCompare(b.article.id) ||
    a.quote.start - b.quote.start
  );
}
