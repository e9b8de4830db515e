/**
 * A statement as the reader sees it: its wordings (identical ones merged), each diffed word by
 * word against the first-reported full wording, the outlet that reported it first, and the outlets
 * that only paraphrase it.
 *
 * - One article's rendering may be split over several quotations (`"…," he said. "…"`): its pieces
 *   are one rendering, in article order, never compared with each other, joined with ` … `. The
 *   paragraph parts of one quotation running over paragraphs (`Quote.partOf`) are one piece, joined
 *   with a space: the outlet printed those words without a cut.
 * - A fragment (a few words, or a quotation inside the writer's own sentence) is never the "first
 *   full wording".
 * - Wordings that differ only in editorial brackets (`[talks]`, `(talks)`, `[T]he`) are separate
 *   wordings, each with its insertions listed: they are not "identical".
 * - First report is decided on instants (see `firstReport`).
 */
import type { DiffPart, StatementView, Variant } from '../answer.ts';
import { citationOf } from '../citation.ts';
import type { Article } from '../corpus/article.ts';
import type { QuoteInArticle, Statement } from './statements.ts';
import { compareTokens, identityKey } from './tokens.ts';
import { wordDiff } from './word-diff.ts';

/** One outlet article's rendering: its pieces (article order) joined with ` … `. */
interface Rendering {
  article: Article;
  members: QuoteInArticle[];
  text: string;
  partial: boolean;
}

export function statementView(statement: Statement, paraphrases: StatementView['paraphrases']): StatementView {
  const renderings = byPublication(renderingsOf(statement.members));
  const byWording = new Map<string, Rendering[]>();
  for (const r of renderings) {
    const key = `${identityKey(r.text)}\u0000${editorialOf(r.text).join('\u0000')}`;
    const list = byWording.get(key);
    if (list) list.push(r);
    else byWording.set(key, [r]);
  }
  // The base wording is the first-published full quotation: diffing against a one-word partial
  // quote would mark everything. A partial quote is diffed against the words of the base it
  // corresponds to: "great breakthrough" against "major breakthrough".
  const groups = [...byWording.values()];
  const isPartial = (g: Rendering[]) => g.every((r) => r.partial);
  const baseGroup = groups.find((g) => !isPartial(g)) ?? groups[0];
  const base = baseGroup?.[0]?.text ?? '';
  const variants: Variant[] = [...groups]
    .sort((a, b) => Number(b === baseGroup) - Number(a === baseGroup) || Number(isPartial(a)) - Number(isPartial(b)))
    .map((members) => {
      const text = members[0]?.text ?? '';
      const editorial = editorialOf(text);
      return {
        text,
        outlets: [...new Set(members.map((m) => m.article.outlet))],
        citations: members.map((m) => citationOf(m.article, m.members[0]!.quote.paragraph)),
        ...(editorial.length ? { editorial } : {}),
        isBase: members === baseGroup,
        isPartial: isPartial(members),
        diff: members === baseGroup ? [] : isPartial(members) ? partialDiff(base, text) : wordDiff(base, text),
      };
    });
  return {
    id: statement.id,
    speaker: statement.speaker.name,
    confidence: statement.confidence,
    confidenceLabel: statement.confidence >= 0.8 ? 'high' : statement.confidence >= 0.6 ? 'medium' : 'low',
    outlets: statement.outlets,
    firstReported: firstReport(renderings.map((r) => r.article)),
    variants,
    paraphrases,
  };
}

/**
 * The members of each article as one rendering: pieces in article order, a piece whose words
 * another piece of the same article already holds (a tweet quoted, then embedded) left out.
 */
function renderingsOf(members: readonly QuoteInArticle[]): Rendering[] {
  const byArticle = new Map<Article, QuoteInArticle[]>();
  for (const m of members) {
    const list = byArticle.get(m.article);
    if (list) list.push(m);
    else byArticle.set(m.article, [m]);
  }
  return [...byArticle].map(([article, list]) => {
    const pieces = piecesOf([...list].sort((a, b) => a.quote.start - b.quote.start));
    // Each piece's words once, not once per pair compared.
    const keys = pieces.map((p) => identityKey(p.text));
    const kept = pieces.filter((_, i) => !keys.some((outer, j) => j !== i && holds(outer, keys[i]!, j < i)));
    return {
      article,
      members: kept.flatMap((p) => p.members),
      text: kept.map((p) => p.text).join(' … '),
      partial: kept.every((p) => p.members.every((m) => m.quote.kind === 'partial') || compareTokens(p.text).length < 4),
    };
  });
}

/** One piece of a rendering: a quotation, or the consecutive paragraph parts of one (`Quote.partOf`) with their words joined by a space. */
interface Piece {
  members: QuoteInArticle[];
  text: string;
}

/** The members (article order) as pieces: each part of a quotation joins the piece of the part right before it. */
function piecesOf(ordered: readonly QuoteInArticle[]): Piece[] {
  const pieces: Piece[] = [];
  let last: QuoteInArticle | undefined;
  for (const m of ordered) {
    const part = m.quote.partOf;
    const before = last?.quote.partOf;
    const piece = pieces[pieces.length - 1];
    if (piece && part && before && before.start === part.start && before.index + 1 === part.index) {
      piece.members.push(m);
      piece.text += ` ${m.quote.text}`;
    } else pieces.push({ members: [m], text: m.quote.text });
    last = m;
  }
  return pieces;
}

/** True when `outer`'s words (`identityKey`) hold all of `inner`'s (for equal ones, only the earlier holds the later). */
function holds(outer: string, inner: string, earlier: boolean): boolean {
  return outer === inner ? earlier : outer.includes(inner);
}

/** Editorial insertions: bracketed text in a quotation (`[talks]`, `[T]he`, `(sic)`). */
export function editorialOf(text: string): string[] {
  return [...text.matchAll(/[[(][^\])]{1,40}[\])]/g)].map((m) => m[0]);
}

/**
 * The earliest report, on instants: a time with an offset is converted to UTC; a date without a
 * time covers its whole UTC day, so it ties with every report of that day (`sameDay`) rather than
 * being ranked before or after one. Undated reports are never first; they are listed.
 */
export function firstReport(articles: readonly Article[]): StatementView['firstReported'] {
  const dated = articles.flatMap((a) => {
    const span = spanOf(a.published);
    return span ? [{ article: a, ...span }] : [];
  });
  if (!dated.length) return undefined;
  dated.sort((a, b) => a.start - b.start || a.end - b.end || a.article.outlet.localeCompare(b.article.outlet));
  // The report that must be first: the one whose latest possible instant is earliest.
  const first = dated.reduce((best, d) => (d.end < best.end || (d.end === best.end && d.start < best.start) ? d : best));
  const sameDay = [
    ...new Set(
      dated
        .filter((d) => d.article.outlet !== first.article.outlet && d.start < first.end && !(d.timed && first.timed))
        .map((d) => d.article.outlet),
    ),
  ];
  const undatedOutlets = [...new Set(articles.filter((a) => !spanOf(a.published)).map((a) => a.outlet))];
  const a = first.article;
  return {
    outlet: a.outlet,
    published: a.published!,
    headline: a.headline,
    url: a.url,
    undatedOutlets,
    ...(sameDay.length ? { sameDay } : {}),
    certainty: sameDay.length ? 'same-day' : undatedOutlets.length ? 'undated-others' : 'sure',
  };
}

/** The instants a publication date may stand for: [start, end] in ms (a date alone: its whole UTC day). */
function spanOf(published: string | undefined): { start: number; end: number; timed: boolean } | undefined {
  if (!published) return undefined;
  const timed = /T\d\d:\d\d/.test(published);
  if (timed) {
    const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(published) ? published : `${published}Z`;
    const t = Date.parse(zoned);
    return Number.isNaN(t) ? undefined : { start: t, end: t, timed };
  }
  const day = Date.parse(`${published.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(day) ? undefined : { start: day, end: day + 86_400_000 - 1, timed };
}

/** Diffs a fragment against the window of the base wording, of the same length, it best matches. */
export function partialDiff(base: string, fragment: string): DiffPart[] {
  const words = base.split(/\s+/).filter(Boolean);
  const size = fragment.split(/\s+/).filter(Boolean).length;
  // A fragment longer than the base (when the first wording is itself a fragment): the whole of both.
  if (size >= words.length) return wordDiff(base, fragment);
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

/**
 * Earliest publication first, as `firstReport` decides it (the earliest latest-possible instant, so
 * a date without a time comes after a timed report of its day); undated last; then outlet and article.
 * Each rendering's instants are worked out once, not once per comparison (a statement carried by
 * hundreds of articles at 500k sorted for seconds of a query's CPU).
 */
function byPublication(renderings: Rendering[]): Rendering[] {
  const keyed = renderings.map((r) => {
    const span = spanOf(r.article.published);
    return { r, end: span?.end ?? Infinity, start: span?.start ?? Infinity };
  });
  keyed.sort(
    (a, b) =>
      a.end - b.end ||
      a.start - b.start ||
      COLLATOR.compare(a.r.article.outlet, b.r.article.outlet) ||
      COLLATOR.compare(a.r.article.id, b.r.article.id),
  );
  return keyed.map((k) => k.r);
}

/** `localeCompare`'s order (default locale and options), without building a collator per comparison. */
const COLLATOR = new Intl.Collator();
