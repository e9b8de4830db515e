import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../../src/search/passage.ts';
import type { FindOptions } from '../../../src/search/search-index.ts';
import { readCandidates } from '../../../src/search/sqlite/candidates.ts';
import { SQLITE_DEFAULTS } from '../../../src/search/sqlite/options.ts';

/** A passage whose text is read (and counted) when first asked for, unless given before (`hold`). */
class CountedPassage {
  #text: string | undefined;
  constructor(
    readonly id: number,
    private readonly reads: { single: number },
  ) {}
  get article() {
    return { outlet: `outlet ${this.id % 3}` } as Passage['article'];
  }
  get text(): string {
    if (this.#text === undefined) {
      this.reads.single++;
      this.#text = this.id % 4 === 0 ? 'the ferry will not sail' : 'the ferry sails';
    }
    return this.#text;
  }
  hold(text: string) {
    this.#text ??= text;
  }
  readonly paragraph = 0;
  readonly quotes = [];
}

/** The candidates of a phrase search over `ids` (descending), with or without the texts read in batches. */
function phraseSearch(ids: number[], maxCandidates: number, batched: boolean) {
  const reads = { single: 0, batches: [] as number[] };
  const options = {
    combineWith: 'AND',
    visible: (p: Passage) => p.id % 5 !== 1,
    filter: (p: Passage) => p.id % 7 !== 2,
    verify: (p: Passage) => p.text.includes('will not'),
  } as FindOptions;
  const source = {
    readTexts: (passages: readonly Passage[]) => {
      reads.batches.push(passages.length);
      for (const p of passages) (p as unknown as CountedPassage).hold(p.id % 4 === 0 ? 'the ferry will not sail' : 'the ferry sails');
    },
  };
  const found = readCandidates(
    [Int32Array.from(ids)],
    options,
    { ...SQLITE_DEFAULTS, maxCandidates },
    (id) => (id % 11 === 3 ? undefined : (new CountedPassage(id, reads) as unknown as Passage)),
    batched ? source : undefined,
  );
  return { ids: found.candidates.map((p) => p.id), complete: found.complete, readFrom: found.readFrom, reads };
}

describe('readCandidates', () => {
  it("reads a phrase search's passages' texts in batches ahead, and finds the same candidates, with the same stop, as reading them one by one", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 400 }), (n, max) => {
        const ids = Array.from({ length: n }, (_, i) => 2000 - i);
        const alone = phraseSearch(ids, max, false);
        const batched = phraseSearch(ids, max, true);
        expect({ ...batched, reads: undefined }).toEqual({ ...alone, reads: undefined });
        // Every text the check read came in a batch.
        expect(batched.reads.single).toBe(0);
      }),
      { numRuns: 60 },
    );
    const { reads } = phraseSearch(
      Array.from({ length: 1000 }, (_, i) => 5000 - i),
      1000,
      true,
    );
    expect(reads.batches.length).toBe(4);
  });
});

/** A passage whose quotes are read (and counted) when first asked for, unless read ahead with others'. */
class QuotedPassage {
  #quotes: string[] | undefined;
  constructor(
    readonly id: number,
    private readonly reads: { single: number },
  ) {}
  get article() {
    return { outlet: `outlet ${this.id % 3}` } as Passage['article'];
  }
  get quotes() {
    if (this.#quotes === undefined) {
      this.reads.single++;
      this.#quotes = this.id % 4 === 0 ? ['said'] : [];
    }
    return this.#quotes as unknown as Passage['quotes'];
  }
  hold() {
    this.#quotes ??= this.id % 4 === 0 ? ['said'] : [];
  }
  readonly paragraph = 0;
  readonly text = '';
}

/** The candidates of a `/quote` search (its filter reads quotes) over `ids`, with or without the quotes read ahead. */
function quoteSearch(ids: number[], maxCandidates: number, ahead: boolean) {
  const reads = { single: 0, batches: [] as number[] };
  const options = {
    combineWith: 'AND',
    visible: (p: Passage) => p.id % 5 !== 1,
    filter: (p: Passage) => p.id % 7 !== 2 && p.quotes.length > 0,
    readsQuotes: true,
  } as FindOptions;
  const source = {
    readQuotes: (passages: readonly Passage[]) => {
      reads.batches.push(passages.length);
      for (const p of passages) (p as unknown as QuotedPassage).hold();
    },
  };
  const found = readCandidates(
    [Int32Array.from(ids)],
    options,
    { ...SQLITE_DEFAULTS, maxCandidates },
    (id) => (id % 11 === 3 ? undefined : (new QuotedPassage(id, reads) as unknown as Passage)),
    ahead ? source : undefined,
  );
  return { ids: found.candidates.map((p) => p.id), complete: found.complete, readFrom: found.readFrom, reads };
}

describe('readCandidates with a filter reading quotes', () => {
  it('reads the quotes of the passages ahead in batches, and finds the same candidates, with the same stop, as reading them one by one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 400 }), (n, max) => {
        const ids = Array.from({ length: n }, (_, i) => 2000 - i);
        const alone = quoteSearch(ids, max, false);
        const ahead = quoteSearch(ids, max, true);
        expect({ ...ahead, reads: undefined }).toEqual({ ...alone, reads: undefined });
        // Every quote list the filter read came in a batch.
        expect(ahead.reads.single).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});
