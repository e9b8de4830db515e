import { describe, expect, it } from 'vitest';
import { ArticleDetailsCache } from '../../src/store/article-details.ts';

describe('the article details cache', () => {
  it('reads the details of many rows at once, then none of them again one by one', () => {
    const single: number[] = [];
    const batches: number[][] = [];
    const value = (seq: number) => JSON.stringify({ headline: `Harbour ${seq}` });
    const cache = new ArticleDetailsCache({
      one: (seq) => {
        single.push(seq);
        return value(seq);
      },
      many: (seqs) => {
        batches.push([...seqs]);
        return seqs.map((seq): [number, string] => [seq, value(seq)]);
      },
    });
    expect(cache.get(4).headline).toBe('Harbour 4');
    cache.readAhead([4, 7, 9]);
    expect(batches).toEqual([[7, 9]]);
    expect([7, 9, 4].map((seq) => cache.get(seq).headline)).toEqual(['Harbour 7', 'Harbour 9', 'Harbour 4']);
    expect(single).toEqual([4]);
    // One row left to read is read alone, when asked.
    cache.readAhead([4, 11]);
    expect(batches.length).toBe(1);
    cache.drop(7);
    expect(cache.get(7).headline).toBe('Harbour 7');
    expect(single).toEqual([4, 7]);
  });
});
