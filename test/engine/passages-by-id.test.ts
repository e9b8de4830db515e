import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { PassagesById } from '../../src/engine/passages-by-id.ts';

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
});
