/**
 * Answer shaping: candidates become excerpts with citations, grouped by outlet (best outlet first),
 * a few per outlet, then the outlets in scope that had nothing. Every ordering has a tie-break, so
 * the same query on the same corpus always gives the same answer.
 */
import type { Excerpt, OutletResult, ParsedQueryView, ResultsAnswer } from '../answer.ts';
import { makeExcerpt } from '../search/excerpt.ts';
import type { Candidate, Found } from './find.ts';
import type { SearchRequest } from './engine.ts';

export const DEFAULT_PER_OUTLET = 3;

export interface ShapeInput {
  request: SearchRequest;
  parsed: ParsedQueryView;
  found: Found;
  /** Every outlet the query could have matched, for the "nothing from" line. */
  scopeOutlets: string[];
  undatedLeftOut: number;
  unknownOutletFiles: string[];
}

export function shapeResults(input: ShapeInput): ResultsAnswer {
  const { request, parsed, found } = input;
  const perOutlet = Math.max(1, request.perOutlet ?? DEFAULT_PER_OUTLET);
  const byOutlet = new Map<string, Excerpt[]>();
  for (const candidate of found.candidates) {
    const excerpt = toExcerpt(candidate, parsed.phrases);
    const list = byOutlet.get(excerpt.outlet) ?? [];
    list.push(excerpt);
    byOutlet.set(excerpt.outlet, list);
  }

  const results: OutletResult[] = [];
  for (const [outlet, excerpts] of byOutlet) {
    excerpts.sort(compareExcerpts);
    const unique = dedupe(excerpts);
    const best = unique[0];
    if (!best) continue;
    results.push({
      outlet,
      outletKnown: best.outletKnown,
      headline: best.headline,
      url: best.url,
      published: best.published,
      excerpts: unique.slice(0, perOutlet),
      more: Math.max(0, unique.length - perOutlet),
    });
  }
  results.sort((a, b) => compareExcerpts(a.excerpts[0]!, b.excerpts[0]!) || a.outlet.localeCompare(b.outlet));

  const notes: string[] = [];
  if (found.relaxed) notes.push('No passage has all the words; showing passages with any of them.');
  if (input.undatedLeftOut) notes.push(`${input.undatedLeftOut} article(s) with no date were left out by the date filter.`);
  if (results.some((r) => !r.outletKnown)) {
    notes.push(`"Unknown" outlet: ${input.unknownOutletFiles.join(', ')} had no outlet metadata.`);
  }
  const matched = new Set(results.map((r) => r.outlet));
  return {
    kind: 'results',
    command: request.command,
    query: request.query,
    parsed,
    results,
    noMatch: input.scopeOutlets.filter((o) => !matched.has(o)),
    total: results.reduce((n, r) => n + r.excerpts.length + r.more, 0),
    notes,
  };
}

function toExcerpt(c: Candidate, phrases: readonly string[]): Excerpt {
  const { passage, quote } = c;
  const article = passage.article;
  const source = quote ? passage.text.slice(quote.start, quote.end) : passage.text;
  const { text, marks } = makeExcerpt(source, { terms: c.terms, phrases });
  const q = quote?.quote ?? soleQuote(c);
  return {
    article: article.id,
    outlet: article.outlet,
    outletKnown: article.outletKnown,
    headline: article.headline,
    url: article.url,
    published: article.published,
    paragraph: passage.paragraph + 1,
    text,
    marks,
    isQuote: quote !== undefined,
    speaker: q?.speaker?.name,
    mention: q?.mention?.text,
    cue: q?.cue,
    score: Math.round(c.score * 1e6) / 1e6,
  };
}

/** For a `/search` excerpt, the quote's speaker is shown when the paragraph quotes one person only. */
function soleQuote(c: Candidate) {
  const withSpeaker = c.passage.quotes.filter((q) => q.quote.speaker);
  const keys = new Set(withSpeaker.map((q) => q.quote.speaker?.key));
  return keys.size === 1 ? withSpeaker[0]?.quote : undefined;
}

function compareExcerpts(a: Excerpt, b: Excerpt): number {
  return (
    b.score - a.score ||
    (a.published ?? '9999').localeCompare(b.published ?? '9999') ||
    a.outlet.localeCompare(b.outlet) ||
    a.article.localeCompare(b.article) ||
    a.paragraph - b.paragraph
  );
}

/** The same words from the same article appear once (a quote repeated in a standfirst, say). */
function dedupe(excerpts: Excerpt[]): Excerpt[] {
  const seen = new Set<string>();
  return excerpts.filter((e) => {
    const key = `${e.article}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
