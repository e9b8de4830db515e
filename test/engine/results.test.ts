import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import type { Candidate } from '../../src/engine/find.ts';
import { ENGINE_DEFAULTS } from '../../src/engine/options.ts';
import { shapeResults } from '../../src/engine/results.ts';

// Shaping picks the best few candidates per outlet without sorting them all; this checks it against
// the plain definition (sort everything, take the first distinct ones) on many random hit lists.
const OUTLETS = ['Axios', 'The National', 'ZBC News'];

function article(i: number): Article {
  const outlet = OUTLETS[i % OUTLETS.length]!;
  return {
    id: `a${i % 7}`,
    file: `a${i % 7}.md`,
    outlet,
    outletKnown: true,
    headline: `Headline ${i % 7}`,
    published: `2022-04-${String(10 + (i % 5)).padStart(2, '0')}`,
    paragraphs: [],
    removedParagraphs: 0,
  };
}

const hitList = fc.array(
  fc.record({
    article: fc.nat(8),
    paragraph: fc.nat(2),
    score: fc.constantFrom(1, 2, 2.5, 3, 7),
    words: fc.constantFrom('provocation in Bucha', 'talks in Istanbul', 'a major breakthrough'),
  }),
  { minLength: 30, maxLength: 200, size: 'max' },
);

function candidatesOf(hits: Array<{ article: number; paragraph: number; score: number; words: string }>): Candidate[] {
  const articles = new Map<number, Article>();
  return hits.map((h, id) => {
    const a = articles.get(h.article % 9) ?? article(h.article);
    articles.set(h.article % 9, a);
    return { passage: { id, article: a, paragraph: h.paragraph, text: h.words, quotes: [] }, score: h.score, terms: new Set<string>() };
  });
}

/** The definition: every candidate of an outlet sorted, then the first distinct (article, words). */
function expected(candidates: Candidate[], perOutlet: number): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const sorted = [...candidates].sort(
    (a, b) =>
      b.score - a.score ||
      (a.passage.article.published ?? '').localeCompare(b.passage.article.published ?? '') ||
      a.passage.article.outlet.localeCompare(b.passage.article.outlet) ||
      a.passage.article.id.localeCompare(b.passage.article.id) ||
      a.passage.paragraph - b.passage.paragraph,
  );
  for (const outlet of OUTLETS) {
    const seen = new Set<string>();
    const shown: string[] = [];
    for (const c of sorted.filter((x) => x.passage.article.outlet === outlet)) {
      const key = `${c.passage.article.id} ${c.passage.text}`;
      if (shown.length === perOutlet || seen.has(key)) continue;
      seen.add(key);
      shown.push(`${key} ¶${c.passage.paragraph + 1} ${c.score}`);
    }
    if (shown.length) out.set(outlet, shown);
  }
  return out;
}

describe('answer shaping', () => {
  it('shows per outlet exactly the best distinct excerpts a full sort would, for any hit list', () => {
    fc.assert(
      fc.property(hitList, fc.integer({ min: 1, max: 5 }), (hits, perOutlet) => {
        const candidates = candidatesOf(hits);
        const answer = shapeResults({
          request: { command: 'search', query: 'q', perOutlet },
          parsed: { terms: ['q'], phrases: [], outlets: [] },
          found: { candidates, relaxed: false },
          scopeOutlets: OUTLETS,
          undatedLeftOut: 0,
          unknownOutletFiles: [],
          perOutlet: ENGINE_DEFAULTS.perOutlet,
          excerptLength: ENGINE_DEFAULTS.excerptLength,
        });
        const shown = new Map(
          answer.results.map((r) => [r.outlet, r.excerpts.map((e) => `${e.article} ${e.text} ¶${e.paragraph} ${e.score}`)]),
        );
        expect(shown).toEqual(expected(candidates, perOutlet));
        expect(answer.total).toBeLessThanOrEqual(candidates.length);
      }),
    );
  });
});
