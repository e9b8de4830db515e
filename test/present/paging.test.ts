import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageSlice } from '../../src/present/paging.ts';

describe('pageSlice', () => {
  it('shows the slice of a page and counts what is left', () => {
    expect(pageSlice(9, 0, 5)).toEqual({ page: 0, pages: 2, first: 0, shown: 5, remaining: 4 });
    expect(pageSlice(9, 1, 5)).toEqual({ page: 1, pages: 2, first: 5, shown: 4, remaining: 0 });
  });

  it('clamps a page past the end (an old button) to the last page, and a negative one to the first', () => {
    expect(pageSlice(9, 7, 5)).toMatchObject({ page: 1, first: 5, shown: 4 });
    expect(pageSlice(9, -3, 5)).toMatchObject({ page: 0, first: 0, shown: 5 });
  });

  it('puts everything on one page when there is no page size (console) and nothing to show when empty', () => {
    expect(pageSlice(40, 0, Number.POSITIVE_INFINITY)).toEqual({ page: 0, pages: 1, first: 0, shown: 40, remaining: 0 });
    expect(pageSlice(0, 3, 5)).toEqual({ page: 0, pages: 1, first: 0, shown: 0, remaining: 0 });
  });

  it('covers every item exactly once across the pages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 30 }), (total, size) => {
        const { pages } = pageSlice(total, 0, size);
        let seen = 0;
        for (let p = 0; p < pages; p++) {
          const slice = pageSlice(total, p, size);
          expect(slice.first).toBe(seen);
          seen += slice.shown;
          expect(slice.remaining).toBe(total - seen);
        }
        expect(seen).toBe(total);
      }),
    );
  });
});
