import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load.ts';
import { processTerm, tokenize } from '../src/search/index.ts';
import { TypedPostings } from '../scripts/support/typed-postings.ts';

// The benchmark compares MiniSearch with this compact index; the comparison is fair only if both
// find and score the same passages.
let texts: string[];
let mini: MiniSearch<{ id: number; text: string }>;
let typed: TypedPostings;
beforeAll(async () => {
  const load = await loadCorpus('corpus');
  texts = load.articles.flatMap((a) => a.paragraphs);
  mini = new MiniSearch({ fields: ['text'], tokenize, processTerm });
  mini.addAll(texts.map((text, id) => ({ id, text })));
  typed = TypedPostings.build(texts);
});

const top = (hits: Array<{ id: unknown; score: number }>) => hits.slice(0, 10).map((h) => [h.id, Math.round(h.score * 1e6) / 1e6]);

describe('the benchmark-only typed-array index', () => {
  it.each(['Bucha', 'Putin Bucha', 'provocation village', 'talks Istanbul', 'Russian army', 'Kyiv'])(
    'finds and scores %j as MiniSearch does (exact terms, AND)',
    (query) => {
      const expected = mini.search(query, { combineWith: 'AND', prefix: false, fuzzy: false });
      expect(expected.length).toBeGreaterThan(0);
      expect(top(typed.search(query, 10))).toEqual(top(expected));
    },
  );

  it('finds nothing when one word is not in the corpus', () => {
    expect(typed.search('Bucha florbnicate', 10)).toEqual([]);
  });

  it('gives back the same index after a save and a load', () => {
    const loaded = TypedPostings.deserialize(typed.serialize());
    expect(loaded.postingCount).toBe(typed.postingCount);
    expect(loaded.search('Putin Bucha', 5)).toEqual(typed.search('Putin Bucha', 5));
  });
});
