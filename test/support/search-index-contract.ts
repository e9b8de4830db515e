/**
 * The `SearchIndex` contract as tests, for any implementation: the MiniSearch one runs them in
 * `test/search/minisearch/`, a second engine runs the same ones from its own test folder.
 * Passages are sentences written for these tests, in the shape of news.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import type { Passage } from '../../src/search/passage.ts';
import type { SearchIndex } from '../../src/search/search-index.ts';

const article = (id: string, outlet: string): Article => ({
  id,
  file: `${id}.md`,
  outlet,
  outletKnown: true,
  headline: `Report ${id}`,
  published: '2031-03-02',
  paragraphs: [],
  removedParagraphs: 0,
});

const NORTH = article('north', 'Northern Ledger');
const COAST = article('coast', 'Coastal Herald');

const SENTENCES: Array<[Article, string]> = [
  [NORTH, 'The harbour authority approved a new breakwater on Monday after two years of delay.'],
  [NORTH, 'Ferry crews said the harbour was too shallow for the winter timetable.'],
  [COAST, 'The mayor promised the breakwater would protect the harbour from winter storms, and the harbour board agreed.'],
  [COAST, 'Fishermen welcomed the decision but warned that fuel prices remain high.'],
  [NORTH, 'Engineers will survey the seabed before construction begins in the spring.'],
];

/** The passages above (ids 0–4); the third quotes the mayor. */
export function contractPassages(): Passage[] {
  return SENTENCES.map(([a, text], id) => ({
    id,
    article: a,
    paragraph: id,
    text,
    quotes:
      id === 2
        ? [
            {
              quote: {
                text,
                start: 0,
                end: text.length,
                paragraph: id,
                kind: 'full',
                speaker: { name: 'Ilse Marrow', key: 'ilse marrow', kind: 'person' },
              },
              start: 0,
              end: text.length,
            },
          ]
        : [],
  }));
}

const all = () => true;
const ids = (hits: ReadonlyArray<{ passage: Passage }>) => hits.map((h) => h.passage.id);

export function searchIndexContract(name: string, make: () => SearchIndex): void {
  const filled = () => {
    const index = make();
    index.put(contractPassages());
    return index;
  };

  describe(`${name} honours the SearchIndex contract`, () => {
    it('finds passages with every word (AND) or any word (OR), best first, with the matched terms', () => {
      const index = filled();
      expect(index.size).toBe(5);
      const and = index.find(['harbour', 'breakwater'], { combineWith: 'AND', visible: all });
      expect(ids(and)).toEqual([2, 0]);
      expect(and[0]!.score).toBeGreaterThan(and[1]!.score);
      expect(new Set(and[0]!.terms)).toEqual(new Set(['harbour', 'breakwater']));
      expect(ids(index.find(['harbour', 'breakwater'], { combineWith: 'OR', visible: all }))).toEqual([2, 0, 1]);
      expect(index.find(['lighthouse'], { combineWith: 'AND', visible: all })).toEqual([]);
    });

    it('gives the same hits in the same order every time', () => {
      const index = filled();
      const first = index.find(['harbour', 'winter'], { combineWith: 'OR', visible: all });
      expect(index.find(['harbour', 'winter'], { combineWith: 'OR', visible: all })).toEqual(first);
    });

    it('takes visibility from each search, keeping no state between searches', () => {
      const index = filled();
      const notCoast = (p: Passage) => p.article.outlet !== 'Coastal Herald';
      expect(ids(index.find(['harbour'], { combineWith: 'AND', visible: notCoast })).sort()).toEqual([0, 1]);
      expect(ids(index.find(['harbour'], { combineWith: 'AND', visible: all }))).toContain(2);
      expect([...index.scan(notCoast, all)].map((p) => p.id)).toEqual([0, 1, 4]);
      expect([...index.scanSpeakers(new Set(['ilse marrow']), notCoast, all)]).toEqual([]);
      expect([...index.scanSpeakers(new Set(['ilse marrow']), all, all)].map((p) => p.id)).toEqual([2]);
      expect(index.get(2)?.id).toBe(2);
    });

    it('applies the cheap filter while scoring and the costly verify after', () => {
      const index = filled();
      const checked: number[] = [];
      const hits = index.find(['harbour'], {
        combineWith: 'AND',
        visible: all,
        filter: (p) => p.id !== 0,
        verify: (p) => {
          checked.push(p.id);
          return p.text.includes('winter');
        },
      });
      expect(ids(hits).sort()).toEqual([1, 2]);
      expect(checked).not.toContain(0);
    });

    it('spreads a search over groups of passages named by id, a few hits each, and says a search that read every match is complete', () => {
      const index = filled();
      // Passages 0, 1, 4: Northern Ledger; 2, 3: Coastal Herald. Group 'n' is passage 0 and 1 only; 4 is in none.
      const groupOf = (id: number) => (id < 2 ? 'n' : id < 4 ? 'c' : undefined);
      const spread = (perGroup: number) => ({ groupOf, perGroup, groups: 2 });
      expect(ids(index.find(['harbour'], { combineWith: 'AND', visible: all, spread: spread(5) })).sort()).toEqual([0, 1, 2]);
      const one = ids(index.find(['harbour'], { combineWith: 'AND', visible: all, spread: spread(1) }));
      expect(one).toHaveLength(2);
      expect(one).toContain(2);
      expect(index.find(['seabed'], { combineWith: 'AND', visible: all, spread: spread(5) })).toEqual([]);
      expect(index.find(['harbour'], { combineWith: 'AND', visible: all }).complete).not.toBe(false);
      expect(index.find(['seabed'], { combineWith: 'AND', visible: all, spread: spread(5) }).complete).not.toBe(false);
    });

    it('scans in id order and forgets removed passages', () => {
      const index = filled();
      expect([...index.scan(all, (p) => p.article.outlet === 'Northern Ledger')].map((p) => p.id)).toEqual([0, 1, 4]);
      index.remove([0, 99]);
      expect(index.size).toBe(4);
      expect(index.get(0)).toBeUndefined();
      expect(ids(index.find(['breakwater'], { combineWith: 'AND', visible: all }))).toEqual([2]);
      expect([...index.scan(all, all)].map((p) => p.id)).toEqual([1, 2, 3, 4]);
    });

    it('persists in small chunks and restores to the same answers', async () => {
      const index = filled();
      index.remove([3]);
      const chunks: string[] = [];
      await index.persist({ write: async (chunk) => void chunks.push(JSON.stringify(chunk)) });
      expect(chunks.length).toBeGreaterThan(0);
      const restored = make();
      expect(restored.kind).toBe(index.kind);
      restored.restore({ chunks: chunks.map((c) => JSON.parse(c) as unknown), passages: contractPassages().filter((p) => p.id !== 3) });
      expect(restored.size).toBe(index.size);
      for (const words of [['harbour'], ['harbour', 'breakwater'], ['winter', 'storms'], ['fuel'], ['survey', 'seabed', 'ferry']])
        for (const combineWith of ['AND', 'OR'] as const)
          expect(restored.find(words, { combineWith, visible: all })).toEqual(index.find(words, { combineWith, visible: all }));
      expect([...restored.scanSpeakers(new Set(['ilse marrow']), all, all)].map((p) => p.id)).toEqual([2]);
    });
  });
}
