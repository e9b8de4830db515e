import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteIndex } from '../../../src/search/sqlite/sqlite-index.ts';
import { contractPassages, searchIndexContract } from '../../support/search-index-contract.ts';

searchIndexContract('SqliteIndex', () => new SqliteIndex());

const all = () => true;
const ids = (hits: ReadonlyArray<{ passage: { id: number } }>) => hits.map((h) => h.passage.id);
const dir = mkdtempSync(join(tmpdir(), 'sqlite-index-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('SqliteIndex', () => {
  it('finds prefixes and typos only when exact words find few passages', () => {
    const index = new SqliteIndex();
    index.put(contractPassages());
    const typo = index.find(['breakwaterz'], { combineWith: 'AND', visible: all });
    expect(ids(typo).sort()).toEqual([0, 2]);
    expect(typo[0]!.terms).toEqual(['breakwater']);
    expect(ids(index.find(['engineer'], { combineWith: 'AND', visible: all }))).toEqual([4]);
    const strict = new SqliteIndex({ exactEnough: 0 });
    strict.put(contractPassages());
    expect(strict.find(['breakwaterz'], { combineWith: 'AND', visible: all })).toEqual([]);
  });

  it('reads term counts and expansions afresh after every write, removal and rolled-back write', () => {
    const index = new SqliteIndex();
    const base = contractPassages();
    index.put(base);
    const typo = () => ids(index.find(['breakwaterz'], { combineWith: 'AND', visible: all })).sort((a, b) => a - b);
    const score = () => index.find(['breakwater'], { combineWith: 'AND', visible: all })[0]?.score;
    expect(typo()).toEqual([0, 2]);
    const before = score();
    // A new near spelling, and a new passage with the word (its passages counted again).
    const extra = { ...base[0]!, id: 100, text: 'The breakwaters held against the night tide.' };
    index.put([extra]);
    expect(typo()).toEqual([0, 2, 100]);
    expect(score()).not.toBe(before);
    index.remove([100]);
    expect(typo()).toEqual([0, 2]);
    expect(score()).toBe(before);
  });

  it('tests the article part of the filter before building a passage, when its source can tell the article', () => {
    const index = new SqliteIndex();
    const passages = contractPassages();
    let built = 0;
    index.attach({
      get: (id) => {
        built++;
        return passages[id];
      },
      articleOf: (id) => passages[id]?.article,
      scan: () => [],
      scanSpeakers: () => [],
    });
    index.put(passages);
    const outlet = passages[1]!.article.outlet;
    const filter = (p: { article: { outlet: string } }) => p.article.outlet === outlet;
    const articleFilter = (a: { outlet: string }) => a.outlet === outlet;
    const found = index.find(['harbour'], { combineWith: 'AND', visible: all, filter, articleFilter });
    expect(ids(found)).toEqual(ids(index.find(['harbour'], { combineWith: 'AND', visible: all, filter })));
    expect(found.length).toBeGreaterThan(0);
    built = 0;
    index.find(['harbour'], { combineWith: 'AND', visible: all, filter, articleFilter });
    expect(built).toBe(found.length);
  });

  it('builds only the passages a caller lists as those its filter can pass (a speaker’s), asking for the list once', () => {
    const index = new SqliteIndex();
    const passages = contractPassages();
    let built = 0;
    let listed = 0;
    index.attach({
      get: (id) => {
        built++;
        return passages[id];
      },
      scan: () => [],
      scanSpeakers: () => [],
    });
    index.put(passages);
    const filter = (p: { id: number }) => p.id === 2;
    const among = () => {
      listed++;
      return new Set([2]);
    };
    expect(ids(index.find(['harbour'], { combineWith: 'AND', visible: all, filter, among }))).toEqual([2]);
    expect([built, listed]).toEqual([1, 1]);
  });

  it('returns hits its caller drops (keep) unscored but counted, and the kept ones as without the hint', () => {
    const read = new Set<number>();
    // A passage's quotes (its speakers' names, for ranking) are read only to score it.
    const passages = contractPassages().map((p) => ({
      ...p,
      get quotes() {
        read.add(p.id);
        return p.quotes;
      },
    }));
    const index = new SqliteIndex();
    index.put(passages);
    const keep = (p: { id: number }) => p.id !== 1;
    const full = index.find(['harbour', 'breakwater'], { combineWith: 'OR', visible: all });
    read.clear();
    const hinted = new SqliteIndex();
    hinted.put(passages);
    read.clear();
    const found = hinted.find(['harbour', 'breakwater'], { combineWith: 'OR', visible: all, keep });
    expect(found.length).toBe(full.length);
    const kept = (hits: typeof found) => hits.filter((h) => keep(h.passage)).map((h) => [h.passage.id, h.score, h.terms]);
    expect(kept(found)).toEqual(kept(full));
    expect(found.filter((h) => !keep(h.passage)).map((h) => [h.passage.id, h.score, h.terms])).toEqual([[1, 0, []]]);
    expect(read.has(1)).toBe(false);
  });

  it('reads the quotes of the candidates naming a speaker at once before ranking them, and those alone', () => {
    const passages = contractPassages();
    const asked: number[][] = [];
    let readFirst = true;
    const index = new SqliteIndex();
    index.attach({
      get: (id) => {
        const p = passages[id];
        if (!p) return undefined;
        return {
          ...p,
          get quotes() {
            // Ranking asks a passage naming a speaker for its quotes: they were read ahead.
            if (!asked.flat().includes(p.id)) readFirst = false;
            return p.quotes;
          },
        };
      },
      readQuotes: (read) => asked.push(read.map((p) => p.id)),
      scan: () => [],
      scanSpeakers: () => [],
    });
    index.put(passages);
    const found = index.find(['harbour'], { combineWith: 'OR', visible: all });
    expect(ids(found).sort()).toEqual([0, 1, 2]);
    expect(asked).toEqual([[2]]);
    expect(readFirst).toBe(true);
  });

  it('weights a match in the speakers’ names', () => {
    const score = (index: SqliteIndex) => {
      index.put(contractPassages());
      return index.find(['marrow'], { combineWith: 'AND', visible: all })[0]?.score ?? 0;
    };
    expect(score(new SqliteIndex())).toBeGreaterThan(score(new SqliteIndex({ speakerBoost: 1 })));
  });

  it('matches phrases near each other and keeps user syntax out of FTS5', () => {
    const index = new SqliteIndex();
    index.put(contractPassages());
    expect(ids(index.find(['winter storms'], { combineWith: 'AND', visible: all }))).toEqual([2]);
    expect(index.find(['"harbour" OR NEAR(x'], { combineWith: 'AND', visible: all }).length).toBeGreaterThanOrEqual(0);
    expect(ids(index.find(['harbour*'], { combineWith: 'AND', visible: all })).sort()).toEqual([0, 1, 2]);
  });

  it('ranks at most maxCandidates matches, newest first', () => {
    const index = new SqliteIndex({ maxCandidates: 2 });
    index.put(contractPassages());
    expect(ids(index.find(['harbour'], { combineWith: 'AND', visible: all })).sort()).toEqual([1, 2]);
  });

  it('reads at most maxScanned matches, newest first, whatever passes the filter', () => {
    const index = new SqliteIndex({ maxScanned: 2 });
    index.put(contractPassages());
    const found = ids(index.find(['harbour'], { combineWith: 'AND', visible: all }));
    expect(found.sort()).toEqual([1, 2]);
    expect(index.find(['harbour'], { combineWith: 'AND', visible: all, filter: (p) => p.id === 0 })).toEqual([]);
  });

  it('says when it stopped early (candidates, matches or ids capped), and only then', () => {
    const find = (knobs: ConstructorParameters<typeof SqliteIndex>[0], perGroup?: number) => {
      const index = new SqliteIndex(knobs);
      index.put(contractPassages());
      // One group per passage: 0, 1 and 2 have "harbour".
      const spread = perGroup ? { spread: { groupOf: (id: number) => String(id), perGroup, groups: 5 } } : {};
      return index.find(['harbour'], { combineWith: 'AND', visible: all, ...spread });
    };
    expect(find({ maxCandidates: 3 }).complete).not.toBe(false);
    expect(find({ maxCandidates: 2 }).complete).toBe(false);
    expect(find({ maxScanned: 2 }).complete).toBe(false);
    // A spread read walks ids past the candidates' cap of a plain search only within `maxIdsRead`.
    expect(ids(find({}, 1)).sort()).toEqual([0, 1, 2]);
    expect(find({}, 1).complete).not.toBe(false);
    expect(ids(find({ maxIdsRead: 2 }, 1)).sort()).toEqual([1, 2]);
    expect(find({ maxIdsRead: 2 }, 1).complete).toBe(false);
    // A spread read with a costly check (`verify`) reads and checks at most `maxScannedSpread` passages.
    const verified = (knobs: ConstructorParameters<typeof SqliteIndex>[0]) => {
      const index = new SqliteIndex(knobs);
      index.put(contractPassages());
      const spread = { groupOf: (id: number) => String(id), perGroup: 1, groups: 5 };
      return index.find(['harbour'], { combineWith: 'AND', visible: all, spread, verify: () => true });
    };
    expect(ids(verified({ maxScannedSpread: 2 })).sort()).toEqual([1, 2]);
    expect(verified({ maxScannedSpread: 2 }).complete).toBe(false);
    expect(verified({ maxScannedSpread: 3 }).complete).not.toBe(false);
    expect(find({ maxScannedSpread: 2 }, 1).complete).not.toBe(false);
  });

  it('says from which id a cut search read every match, and a spread search reads on below it', () => {
    const index = new SqliteIndex({ maxCandidates: 2 });
    index.put(contractPassages());
    // "harbour" is in 0, 1 and 2, read newest first: 2 and 1, then the cap.
    const cut = index.find(['harbour'], { combineWith: 'AND', visible: all });
    expect(cut.complete).toBe(false);
    expect(cut.readFrom).toBe(1);
    const spread = { groupOf: (id: number) => String(id), perGroup: 1, groups: 3 };
    expect(ids(index.find(['harbour'], { combineWith: 'AND', visible: all, spread: { ...spread, below: cut.readFrom } }))).toEqual([0]);
    expect(ids(index.find(['harbour'], { combineWith: 'AND', visible: all, spread })).sort()).toEqual([1, 2]);
  });

  it('reuses its database file when the snapshot stamp matches, and rebuilds it otherwise', async () => {
    const path = join(dir, 'reuse.sqlite');
    const index = new SqliteIndex({ path });
    index.put(contractPassages());
    const chunks: unknown[] = [];
    await index.persist({ write: async (c) => void chunks.push(c) });
    index.close();
    const again = new SqliteIndex({ path });
    again.restore({ chunks, passages: contractPassages() });
    expect(again.rebuildReason).toBeUndefined();
    expect(ids(again.find(['fuel'], { combineWith: 'AND', visible: all }))).toEqual([3]);
    again.remove([3]);
    again.close();
    const stale = new SqliteIndex({ path });
    stale.restore({ chunks, passages: contractPassages() });
    expect(stale.rebuildReason).toMatch(/does not match/);
    expect(ids(stale.find(['fuel'], { combineWith: 'AND', visible: all }))).toEqual([3]);
    stale.close();
  });
});
