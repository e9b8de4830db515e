/**
 * fast-check arbitraries for `/quote` and `/search` answers, shared by the renderers' property tests.
 * Each test brings its own hostile text (`text(n)` joins up to n pieces) and sizes; the shape of an
 * excerpt, an outlet's result and a results answer is defined once, here.
 */
import fc from 'fast-check';
import type { Excerpt, OutletResult, ResultsAnswer } from '../../src/answer.ts';

/** The hostile text a property test mixes into every field, and how large its answers get. */
export interface AnswerPieces {
  /** Text of up to `maxParts` hostile pieces. */
  text: (maxParts: number) => fc.Arbitrary<string>;
  /** Long text: an excerpt's text and the query. */
  long: fc.Arbitrary<string>;
  /** A line: headlines and notes. */
  line: fc.Arbitrary<string>;
  /** A citation link as it may arrive (valid, hostile or absent). */
  url: fc.Arbitrary<string | undefined>;
  /** A publication date as it may arrive. */
  published: fc.Arbitrary<string | undefined>;
  /** A cue as it may arrive. */
  cue: fc.Arbitrary<string | undefined>;
  /** Upper bounds: paragraph number, excerpts an outlet, outlets an answer, names in "nothing from", the total. */
  sizes: { paragraph: number; excerpts: number; outlets: number; noMatch: number; total: number; more: number };
}

/** Marks (start, end) inside `text`, sorted and not overlapping, as the engine returns them. */
export function marksFor(text: string): fc.Arbitrary<Array<[number, number]>> {
  return fc.array(fc.tuple(fc.nat(text.length), fc.nat(20)), { maxLength: 4 }).map((pairs) => {
    const sorted = pairs.map(([start, len]): [number, number] => [start, Math.min(text.length, start + len)]).sort((a, b) => a[0] - b[0]);
    const out: Array<[number, number]> = [];
    for (const [start, end] of sorted) if (end > start && (!out.length || start >= out[out.length - 1]![1])) out.push([start, end]);
    return out;
  });
}

/** One excerpt with hostile text in every field a renderer shows. */
export function excerptArbitrary(p: AnswerPieces): fc.Arbitrary<Excerpt> {
  return p.long.chain((text) =>
    fc.record({
      article: fc.constantFrom('a.md', 'b.md', 'c.md'),
      outlet: p.text(4),
      outletKnown: fc.boolean(),
      headline: p.line,
      url: p.url,
      published: p.published,
      paragraph: fc.integer({ min: 1, max: p.sizes.paragraph }),
      text: fc.constant(text),
      marks: marksFor(text),
      isQuote: fc.boolean(),
      speaker: fc.option(p.text(4), { nil: undefined }),
      mention: fc.option(p.text(3), { nil: undefined }),
      cue: p.cue,
      score: fc.double({ noNaN: true }),
    }),
  );
}

/** One outlet's result: at least one excerpt. */
export function outletArbitrary(p: AnswerPieces): fc.Arbitrary<OutletResult> {
  return fc.record({
    outlet: p.text(4),
    outletKnown: fc.boolean(),
    headline: p.line,
    url: p.url,
    published: fc.option(fc.constant('2022-04-26'), { nil: undefined }),
    excerpts: fc.array(excerptArbitrary(p), { minLength: 1, maxLength: p.sizes.excerpts }),
    more: fc.nat(p.sizes.more),
  });
}

/** A whole `/quote` or `/search` answer. */
export function resultsArbitrary(p: AnswerPieces): fc.Arbitrary<ResultsAnswer> {
  return fc.record({
    kind: fc.constant('results' as const),
    command: fc.constantFrom('quote' as const, 'search' as const),
    query: p.long,
    parsed: fc.record({
      terms: fc.array(p.text(3), { maxLength: 5 }),
      phrases: fc.array(p.text(4), { maxLength: 2 }),
      outlets: fc.constant([]),
      speaker: fc.option(p.text(4), { nil: undefined }),
    }),
    results: fc.array(outletArbitrary(p), { maxLength: p.sizes.outlets }),
    noMatch: fc.array(p.text(4), { maxLength: p.sizes.noMatch }),
    total: fc.nat(p.sizes.total),
    notes: fc.array(p.line, { maxLength: 6 }),
  });
}
