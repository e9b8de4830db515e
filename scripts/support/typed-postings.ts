/**
 * A compact inverted index over the same passages, for the benchmark only: what the index could
 * cost without MiniSearch's `Map`-per-term postings. Same tokenizer and terms (`tokenize`,
 * `processTerm`), the same BM25+ formula and parameters as MiniSearch, exact terms only (no prefix
 * or typo expansion), AND of the query terms. Postings live in three flat typed arrays (compressed
 * sparse rows: per term an offset into passage ids and term frequencies), so the whole index is a
 * few buffers: built in one counting sort, saved and loaded as raw bytes.
 *
 * @example
 * const index = TypedPostings.build(passageTexts);
 * index.search('grain deal', 10); // → [{ id: 4711, score: 9.3 }, …]
 */
import { processTerm, tokenize } from '../../src/search/index.ts';

/** MiniSearch's default BM25+ parameters. */
const K = 1.2;
const B = 0.7;
const D = 0.5;

export interface TypedHit {
  id: number;
  score: number;
}

export class TypedPostings {
  private readonly averageLength: number;

  /** Use `build`, a `TypedPostingsBuilder` or `deserialize`. */
  constructor(
    private readonly terms: Map<string, number>,
    /** Postings of term t: `ids[offsets[t] .. offsets[t + 1]]`, ascending, with `freqs` alongside. */
    private readonly offsets: Uint32Array,
    private readonly ids: Uint32Array,
    private readonly freqs: Uint8Array,
    /** Distinct tokens per passage (MiniSearch's field length). */
    private readonly lengths: Uint16Array,
  ) {
    let sum = 0;
    for (const l of lengths) sum += l;
    this.averageLength = sum / (lengths.length || 1);
  }

  get passageCount(): number {
    return this.lengths.length;
  }

  get postingCount(): number {
    return this.ids.length;
  }

  /** Bytes held by the typed arrays (the term table is extra). */
  get bytes(): number {
    return this.offsets.byteLength + this.ids.byteLength + this.freqs.byteLength + this.lengths.byteLength;
  }

  static build(texts: Iterable<string>): TypedPostings {
    const builder = new TypedPostingsBuilder();
    for (const text of texts) builder.add(text);
    return builder.finish();
  }

  /** The index as bytes: a small JSON header (terms in id order), then the raw arrays. */
  serialize(): Buffer {
    const header = Buffer.from(JSON.stringify([...this.terms.keys()]));
    const parts = [this.offsets, this.ids, this.freqs, this.lengths].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
    const sizes = Buffer.alloc(16);
    [header.length, this.offsets.length, this.ids.length, this.lengths.length].forEach((v, i) => sizes.writeUInt32LE(v, i * 4));
    return Buffer.concat([sizes, header, ...parts]);
  }

  static deserialize(bytes: Buffer): TypedPostings {
    const [headerLength, offsetCount, postingCount, passageCount] = [0, 1, 2, 3].map((i) => bytes.readUInt32LE(i * 4)) as [
      number,
      number,
      number,
      number,
    ];
    let at = 16;
    const names = JSON.parse(bytes.toString('utf8', at, (at += headerLength))) as string[];
    const terms = new Map<string, number>();
    names.forEach((name, id) => terms.set(name, id));
    // Copies, so every array is aligned and owns its memory.
    const take = <T>(count: number, width: number, make: (buffer: ArrayBuffer) => T): T => {
      const copy = new Uint8Array(count * width);
      copy.set(bytes.subarray(at, (at += count * width)));
      return make(copy.buffer);
    };
    const offsets = take(offsetCount, 4, (b) => new Uint32Array(b));
    const ids = take(postingCount, 4, (b) => new Uint32Array(b));
    const freqs = take(postingCount, 1, (b) => new Uint8Array(b));
    const lengths = take(passageCount, 2, (b) => new Uint16Array(b));
    return new TypedPostings(terms, offsets, ids, freqs, lengths);
  }

  /** The best `limit` passages having every query term, by BM25+ as MiniSearch scores it. */
  search(query: string, limit: number): TypedHit[] {
    const wanted = [...new Set(tokenize(query).flatMap((t) => processTerm(t) ?? []))].map((t) => this.terms.get(t));
    if (!wanted.length || wanted.some((t) => t === undefined)) return [];
    const lists = (wanted as number[]).sort((a, b) => this.df(a) - this.df(b));
    const total = this.lengths.length;
    const average = this.averageLength;
    // Start from the rarest term; every other term can only keep or drop those passages.
    const rarest = lists[0]!;
    let candidates = this.ids.subarray(this.offsets[rarest], this.offsets[rarest + 1]);
    let scores = new Float64Array(candidates.length);
    let count = candidates.length;
    for (const term of lists) {
      const from = this.offsets[term]!;
      const to = this.offsets[term + 1]!;
      const idf = Math.log(1 + (total - (to - from) + 0.5) / (to - from + 0.5));
      const ids = new Uint32Array(count);
      const next = new Float64Array(count);
      let kept = 0;
      let p = from;
      for (let c = 0; c < count; c++) {
        const id = candidates[c]!;
        while (p < to && this.ids[p]! < id) p++;
        if (p === to) break;
        if (this.ids[p] !== id) continue;
        const tf = this.freqs[p]!;
        ids[kept] = id;
        next[kept++] = scores[c]! + idf * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * this.lengths[id]!) / average)));
      }
      candidates = ids;
      scores = next;
      count = kept;
    }
    // MiniSearch multiplies a result's score by the number of query terms it matched (all, here).
    for (let c = 0; c < count; c++) scores[c]! *= lists.length;
    return best(candidates, scores, count, limit);
  }

  private df(term: number): number {
    return this.offsets[term + 1]! - this.offsets[term]!;
  }
}

/**
 * Builds the index one passage at a time (passage ids in the order added), so a corpus larger than
 * memory as strings can be indexed file by file.
 */
export class TypedPostingsBuilder {
  private readonly terms = new Map<string, number>();
  private termIds = new Uint32Array(1 << 22);
  private docIds = new Uint32Array(1 << 22);
  private tfs = new Uint8Array(1 << 22);
  private lengths = new Uint16Array(1 << 16);
  private postings = 0;
  private passages = 0;
  private readonly local = new Map<number, number>();

  add(text: string): void {
    const local = this.local;
    local.clear();
    const tokens = tokenize(text);
    for (const token of tokens) {
      for (const term of processTerm(token) ?? []) {
        let id = this.terms.get(term);
        if (id === undefined) this.terms.set(term, (id = this.terms.size));
        local.set(id, (local.get(id) ?? 0) + 1);
      }
    }
    const doc = this.passages++;
    if (doc === this.lengths.length) this.lengths = grow(this.lengths, (n) => new Uint16Array(n));
    // MiniSearch's field length: distinct tokens as written, before term processing.
    this.lengths[doc] = Math.min(65535, new Set(tokens).size);
    if (this.postings + local.size > this.termIds.length) {
      this.termIds = grow(this.termIds, (n) => new Uint32Array(n));
      this.docIds = grow(this.docIds, (n) => new Uint32Array(n));
      this.tfs = grow(this.tfs, (n) => new Uint8Array(n));
    }
    for (const [term, tf] of local) {
      this.termIds[this.postings] = term;
      this.docIds[this.postings] = doc;
      this.tfs[this.postings++] = Math.min(255, tf);
    }
  }

  /** The index; postings were appended in passage order, so a counting sort by term keeps ids sorted. */
  finish(): TypedPostings {
    const termCount = this.terms.size;
    const n = this.postings;
    const offsets = new Uint32Array(termCount + 1);
    for (let i = 0; i < n; i++) offsets[this.termIds[i]! + 1]!++;
    for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!;
    const next = offsets.slice(0, termCount);
    const ids = new Uint32Array(n);
    const freqs = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const at = next[this.termIds[i]!]!++;
      ids[at] = this.docIds[i]!;
      freqs[at] = this.tfs[i]!;
    }
    const index = new TypedPostings(this.terms, offsets, ids, freqs, this.lengths.slice(0, this.passages));
    // The build buffers are several times the index; a finished builder lets them go.
    this.termIds = this.docIds = new Uint32Array(0);
    this.tfs = new Uint8Array(0);
    return index;
  }
}

/**
 * The best `limit` hits (score descending, then lower id) in one pass: a min-heap of the best so
 * far, whose root is the one to beat, instead of sorting every match.
 */
function best(ids: Uint32Array, scores: Float64Array, count: number, limit: number): TypedHit[] {
  const heap: number[] = [];
  // `a` ranks below `b`: lower score, or the same score and a higher id.
  const below = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && ids[a]! > ids[b]!);
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  for (let c = 0; c < count && limit > 0; c++) {
    if (heap.length === limit) {
      if (!below(heap[0]!, c)) continue;
      heap[0] = c;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && below(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && below(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    } else {
      heap.push(c);
      for (let i = heap.length - 1; i > 0 && below(heap[i]!, heap[(i - 1) >> 1]!); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    }
  }
  return heap.sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0)).map((c) => ({ id: ids[c]!, score: scores[c]! }));
}

function grow<T extends Uint32Array | Uint16Array | Uint8Array>(array: T, make: (size: number) => T): T {
  const bigger = make(array.length * 2);
  bigger.set(array);
  return bigger;
}
