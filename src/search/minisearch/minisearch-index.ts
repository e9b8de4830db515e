/**
 * The passage index on MiniSearch: the `SearchIndex` seam's first implementation, and the only
 * code that imports `minisearch`.
 *
 * Passages are kept in an array (by id) rather than as MiniSearch stored fields: one copy of the
 * text in memory, and filters read the passage directly. Passages can be added and removed while
 * the bot runs (a live corpus); what a reader may see arrives with each search (`visible`).
 */
import MiniSearch, { type AsPlainObject, type SearchResult } from 'minisearch';
import type { Passage } from '../passage.ts';
import {
  type FindOptions,
  type FoundHits,
  type IndexReader,
  type IndexWriter,
  type PassageHit,
  type SearchIndex,
} from '../search-index.ts';
import { PassageHoldingIndex } from '../passage-table.ts';
import { MINISEARCH_DEFAULTS, miniSearchOptions, type MiniSearchIndexOptions } from './options.ts';

/** Entries per persisted chunk: small enough that no line nears V8's string limit. */
const CHUNK = 2000;

type Meta = Omit<AsPlainObject, 'index' | 'documentIds' | 'fieldLength' | 'storedFields'>;
type Chunk =
  | { part: 'meta'; meta: Meta }
  | { part: 'documentIds'; entries: Array<[string, unknown]> }
  | { part: 'fieldLength'; entries: Array<[string, number[]]> }
  | { part: 'terms'; entries: AsPlainObject['index'] };

/** The fields of MiniSearch that `toJSON()` reads (MiniSearch 7), read here a chunk at a time. */
interface MiniSearchInternals {
  _documentCount: number;
  _nextId: number;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _dirtCount: number;
  _documentIds: Map<number, unknown>;
  _fieldLength: Map<number, number[]>;
  _index: { keys(): IterableIterator<string>; get(term: string): Map<number, Map<number, number>> | undefined };
}

function* chunksOf<V>(map: Map<number, V>, size: number): Generator<Array<[string, V]>> {
  let chunk: Array<[string, V]> = [];
  for (const [k, v] of map) {
    chunk.push([String(k), v]);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

export class MiniSearchIndex extends PassageHoldingIndex implements SearchIndex {
  readonly kind = 'minisearch';
  private readonly knobs: Required<MiniSearchIndexOptions>;
  private search: MiniSearch<Passage>;

  constructor(options: MiniSearchIndexOptions = {}) {
    super();
    this.knobs = { ...MINISEARCH_DEFAULTS, ...options };
    this.search = new MiniSearch<Passage>(miniSearchOptions(this.knobs));
  }

  put(passages: readonly Passage[]): void {
    for (const p of passages) this.passages.add(p);
    this.search.addAll(passages);
  }

  /** MiniSearch discards them; its auto-vacuum reclaims the space. */
  remove(ids: readonly number[]): void {
    for (const id of ids) if (this.passages.delete(id)) this.search.discard(id);
  }

  get size(): number {
    return this.search.documentCount;
  }

  /** Discarded passages whose postings are still in the index. */
  get dirt(): number {
    return this.search.dirtCount;
  }

  vacuum(): Promise<void> {
    return this.search.vacuum();
  }

  /**
   * Exact words first: only when they find fewer than `exactEnough` passages are prefixes and typos
   * tried too. Every match is scored, so the hits are always complete (`spread` only narrows them).
   */
  find(words: readonly string[], options: FindOptions): FoundHits {
    const query = words.join(' ');
    const { visible, verify, spread } = options;
    const filter = spread ? (p: Passage) => spread.groupOf(p.id) !== undefined && (!options.filter || options.filter(p)) : options.filter;
    const taken = new Map<string, number>();
    // MiniSearch calls `boostDocument` for every posting of every query term; a boost of 0 drops the
    // passage before a result is built. The verdict is memoized, as a passage recurs once per term.
    const verdicts = new Uint8Array(this.passages.idLimit);
    const boostDocument = (id: number) => {
      const known = verdicts[id];
      if (known) return known === 1 ? 1 : 0;
      const passage = this.passages.get(id);
      const ok = passage !== undefined && visible(passage) && (!filter || filter(passage));
      verdicts[id] = ok ? 1 : 2;
      return ok ? 1 : 0;
    };
    const search = (exact: boolean) =>
      this.search.search(query, {
        combineWith: options.combineWith,
        boostDocument,
        ...(verify ? { filter: (r: SearchResult) => verify(this.passages.get(r.id as number)!) } : {}),
        ...(exact ? { prefix: false, fuzzy: false } : {}),
      });
    let results = search(true);
    if (results.length < this.knobs.exactEnough) results = search(false);
    const hits: PassageHit[] = [];
    for (const r of results) {
      const passage = this.passages.get(r.id as number);
      if (!passage) continue;
      if (spread) {
        const group = spread.groupOf(passage.id)!;
        const n = taken.get(group) ?? 0;
        if (n >= spread.perGroup) continue;
        taken.set(group, n + 1);
      }
      hits.push({ passage, score: r.score, terms: r.terms });
    }
    return hits;
  }

  /**
   * MiniSearch's own serialization (the shape of `toJSON()`), written a chunk at a time. `toJSON()`
   * itself builds the whole index as plain objects first (one property per posting): on news-37k
   * that alone took the process past Node's default heap and V8 aborted mid-save. Here each chunk
   * is converted from the live maps just before it is written, so the extra memory is one chunk.
   */
  async persist(writer: IndexWriter): Promise<void> {
    const inner = this.search as unknown as MiniSearchInternals;
    const meta: Meta = {
      documentCount: inner._documentCount,
      nextId: inner._nextId,
      fieldIds: inner._fieldIds,
      averageFieldLength: inner._avgFieldLength,
      dirtCount: inner._dirtCount,
      serializationVersion: 2,
    };
    await writer.write({ part: 'meta', meta } satisfies Chunk);
    for (const entries of chunksOf(inner._documentIds, CHUNK * 10)) await writer.write({ part: 'documentIds', entries } satisfies Chunk);
    for (const entries of chunksOf(inner._fieldLength, CHUNK * 10)) await writer.write({ part: 'fieldLength', entries } satisfies Chunk);
    // Terms first (references only), so a chunk's postings are read in one synchronous step each.
    const terms = [...inner._index.keys()];
    for (let i = 0; i < terms.length; i += CHUNK) {
      const entries: AsPlainObject['index'] = [];
      for (const term of terms.slice(i, i + CHUNK)) {
        const fields = inner._index.get(term);
        if (!fields) continue;
        const data: Record<string, Record<string, number>> = {};
        for (const [fieldId, freqs] of fields) data[fieldId] = Object.fromEntries(freqs);
        entries.push([term, data]);
      }
      await writer.write({ part: 'terms', entries } satisfies Chunk);
    }
  }

  /** Hands the chunks back to `MiniSearch.loadJS`, with the same options the index was built with. */
  restore(reader: IndexReader): void {
    if (this.size || this.passages.size) throw new Error('restore needs an empty index');
    let meta: Meta | undefined;
    const documentIds: Record<string, unknown> = {};
    const fieldLength: Record<string, number[]> = {};
    const terms: AsPlainObject['index'] = [];
    for (const value of reader.chunks) {
      const chunk = value as Chunk;
      if (chunk.part === 'meta') meta = chunk.meta;
      else if (chunk.part === 'documentIds') for (const [k, v] of chunk.entries) documentIds[k] = v;
      else if (chunk.part === 'fieldLength') for (const [k, v] of chunk.entries) fieldLength[k] = v;
      else if (chunk.part === 'terms') for (const entry of chunk.entries) terms.push(entry);
      else throw new Error(`unknown index chunk ${JSON.stringify((chunk as { part?: unknown }).part)}`);
    }
    if (!meta) throw new Error('index metadata missing');
    this.search = MiniSearch.loadJS<Passage>(
      { ...meta, index: terms, documentIds, fieldLength, storedFields: {} } as AsPlainObject,
      miniSearchOptions(this.knobs),
    );
    for (const p of reader.passages) this.passages.add(p);
  }
}
