import { describe, expect, it } from 'vitest';
import { MiniSearchIndex } from '../../../src/search/minisearch/minisearch-index.ts';
import { contractPassages, searchIndexContract } from '../../support/search-index-contract.ts';

searchIndexContract('MiniSearchIndex', () => new MiniSearchIndex());

describe('MiniSearchIndex', () => {
  const all = () => true;

  it('tries prefixes and typos only when exact words find too little', () => {
    const index = new MiniSearchIndex();
    index.put(contractPassages());
    // `breakwaterz` is no word of the passages: found by one typo.
    expect(index.find(['breakwaterz'], { combineWith: 'AND', visible: all }).map((h) => h.passage.id)).toEqual([0, 2]);
    // `harbour` has three exact matches: fewer than `exactEnough` (50), so one typo away (`harbor`) counts too.
    const harbor = { ...contractPassages()[0]!, id: 5, text: 'The harbor master resigned on Friday.' };
    index.put([harbor]);
    expect(index.find(['harbour'], { combineWith: 'AND', visible: all }).map((h) => h.passage.id)).toContain(5);
    const enough = new MiniSearchIndex({ exactEnough: 3 });
    enough.put([...contractPassages(), harbor]);
    expect(enough.find(['harbour'], { combineWith: 'AND', visible: all }).map((h) => h.passage.id)).not.toContain(5);
    const strict = new MiniSearchIndex({ exactEnough: 0, fuzzyFrom: 99, prefixFrom: 99 });
    strict.put(contractPassages());
    expect(strict.find(['breakwaterz'], { combineWith: 'AND', visible: all })).toEqual([]);
  });

  it('boosts a match on a quoted speaker above one in the text', () => {
    const plain = new MiniSearchIndex({ speakerBoost: 1 });
    const boosted = new MiniSearchIndex();
    plain.put(contractPassages());
    boosted.put(contractPassages());
    const score = (index: MiniSearchIndex) => index.find(['marrow'], { combineWith: 'AND', visible: all })[0]?.score ?? 0;
    expect(score(boosted)).toBeCloseTo(score(plain) * 2);
  });

  it('restores only into an empty index', () => {
    const index = new MiniSearchIndex();
    index.put(contractPassages());
    expect(() => index.restore({ chunks: [], passages: [] })).toThrow(/empty index/);
  });
});
