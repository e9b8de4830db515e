import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import type { QuoteLists } from '../../src/engine/file-quotes.ts';
import { mayQuote, PassagesById, RUNS, SHOWN } from '../../src/engine/passages-by-id.ts';
import type { Quote } from '../../src/quotes/quote.ts';

const article = (id: string, paragraphs: number): Article =>
  ({
    id,
    outlet: `outlet ${id}`,
    outletKnown: true,
    headline: id,
    paragraphs: Array.from({ length: paragraphs }, (_, k) => `p${k}`),
  }) as Article;

describe('PassagesById', () => {
  it('names the article of every passage id, asked in any order, as a walk over the articles does', () => {
    const files = fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(files, fc.array(fc.integer({ min: -2, max: 60 }), { maxLength: 60 }), (counts, asked) => {
        let next = 0;
        const shown = counts.map((paragraphs, f) => {
          const articles = paragraphs.map((n, a) => article(`${f}.${a}`, n));
          const file = { firstId: next, load: { articles }, quotes: articles.map(() => []) };
          next += paragraphs.reduce((x, y) => x + y, 0) + 3;
          return file;
        });
        const owner = new Map<number, string>();
        for (const f of shown) {
          let id = f.firstId;
          for (const a of f.load.articles) for (let k = 0; k < a.paragraphs.length; k++) owner.set(id++, a.id);
        }
        const byId = new PassagesById(
          () => shown,
          () => [],
        );
        for (const id of asked) {
          expect(byId.articleOf(id)?.id).toBe(owner.get(id));
          expect(byId.get(id)?.article.id).toBe(owner.get(id));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("reads no quote of a paragraph its store flags as holding none, and says which can't hold one /quote shows", () => {
    const read: number[] = [];
    // One article of four paragraphs, passages 10–13: a quote runs in paragraphs 1 (speaker-less,
    // partial) and 2 (with a speaker); flags as the store keeps them.
    const flags = [0, RUNS, RUNS | SHOWN, 0];
    const quote = (paragraph: number): Quote =>
      ({ start: 0, end: 1, paragraph, kind: 'partial', text: 'x', paragraphSpans: [paragraph, 0] }) as Quote;
    const lists: QuoteLists = {
      length: 1,
      at: () => [quote(1), quote(2)],
      count: () => 2,
      inParagraph: (_a, k) => (read.push(k), [quote(1), quote(2)].filter((q) => q.paragraph === k)),
      passageFlags: (id) => flags[id - 10] ?? 0,
    };
    const byId = new PassagesById(
      () => [{ firstId: 10, load: { articles: [article('a', 4)] }, quotes: lists }],
      () => [],
    );
    const passages = [10, 11, 12, 13].map((id) => byId.get(id)!);
    expect(passages.map(mayQuote)).toEqual([false, false, true, false]);
    expect(passages[0]!.quotes).toEqual([]);
    expect(passages[3]!.quotes).toEqual([]);
    expect(read).toEqual([]);
    expect(passages[1]!.quotes.length).toBe(1);
    expect(passages[2]!.quotes.length).toBe(1);
    expect(read).toEqual([1, 2]);
  });

  it('builds every passage as one kind of object, whether its file stores flags, and its article has quotes, or not', () => {
    const quote: Quote = { start: 0, end: 1, paragraph: 0, kind: 'full', text: 'x', paragraphSpans: [0, 0] } as Quote;
    const unflagged: QuoteLists = { length: 2, at: (a) => (a === 0 ? [quote] : []), count: (a) => (a === 0 ? 1 : 0) };
    const flagged: QuoteLists = { ...unflagged, inParagraph: () => [quote], passageFlags: (id) => (id === 20 ? RUNS | SHOWN : 0) };
    const byId = new PassagesById(
      () => [
        { firstId: 0, load: { articles: [article('a', 1), article('b', 1)] }, quotes: unflagged },
        { firstId: 20, load: { articles: [article('c', 1), article('d', 1)] }, quotes: flagged },
      ],
      () => [],
    );
    const passages = [0, 1, 20, 21].map((id) => byId.get(id)!);
    expect(new Set(passages.map((p) => Object.getPrototypeOf(p))).size).toBe(1);
    // The articles without a quote (b, d) cannot hold one /quote shows; the others may.
    expect(passages.map(mayQuote)).toEqual([true, false, true, false]);
    expect(passages.map((p) => p.quotes.length)).toEqual([1, 0, 1, 0]);
  });

  it("reads a search's passages' texts in one read where their articles are a store's, each passage then holding its own text as its article gives it", () => {
    // Two stored articles (passages 30–32 and 33–34, read through `paragraph`) and one held whole (35–36).
    const rows = new Map([30, 31, 32, 33, 34].map((id) => [id, `row ${id}`]));
    const single: number[] = [];
    const stored = (id: string, firstId: number, count: number): Article =>
      ({
        ...article(id, count),
        firstId,
        paragraphCount: count,
        paragraph: (k: number) => (single.push(firstId + k), rows.get(firstId + k) ?? ''),
      }) as unknown as Article;
    const batches: number[][] = [];
    const byId = new PassagesById(
      () => [{ firstId: 30, load: { articles: [stored('a', 30, 3), stored('b', 33, 2), article('c', 2)] }, quotes: [] }],
      () => [],
      (ids) => (batches.push([...ids]), new Map(ids.flatMap((id) => (rows.has(id) ? [[id, rows.get(id)!] as const] : [])))),
    );
    const passages = [31, 33, 35, 32].map((id) => byId.get(id)!);
    const alone = new PassagesById(
      () => [{ firstId: 30, load: { articles: [stored('a', 30, 3), stored('b', 33, 2), article('c', 2)] }, quotes: [] }],
      () => [],
    );
    const expected = [31, 33, 35, 32].map((id) => alone.get(id)!.text);
    single.length = 0;
    byId.readTexts(passages);
    expect(batches).toEqual([[31, 33, 32]]);
    expect(passages.map((p) => p.text)).toEqual(expected);
    expect(expected).toEqual(['row 31', 'row 33', 'p0', 'row 32']);
    expect(single).toEqual([]);
    // Held texts are not read again.
    byId.readTexts(passages);
    expect(batches).toHaveLength(1);
  });
});
