/**
 * The passage index on SQLite FTS5 (better-sqlite3): the `SearchIndex` seam's second engine, for
 * archives. FTS5 matches, off the JavaScript heap; the bounded candidate set is ranked as MiniSearch
 * ranks (`score.ts`); passages are kept by id for the filters and excerpts, as MiniSearch's are.
 *
 * Query features match MiniSearch's: every word (AND) or any (OR), phrases (near each other in the
 * index, then the caller's exact-text check), prefixes and typos tried when exact words find few
 * passages (terms from FTS5's vocabulary table), speaker weighting.
 *
 * Persistence: with a `path`, the database file is the index. `persist` writes a stamp into the
 * file and into the snapshot; `restore` reopens the file and keeps it when the stamps agree (any
 * write since clears the file's stamp), and otherwise re-indexes the passages it is handed. An
 * index in memory persists the database image itself, in small chunks.
 */
import { randomUUID } from 'node:crypto';
import type { Passage } from '../passage.ts';
import {
  foundHits,
  type FindOptions,
  type FoundHits,
  type IndexReader,
  type IndexWriter,
  type PassageHit,
  type PassageSource,
  type SearchIndex,
  type Visibility,
} from '../search-index.ts';
import { PassageHoldingIndex } from '../passage-table.ts';
import { openDatabase, prepare, type Db, type Statements } from './database.ts';
import { expansionsOf } from './expand.ts';
import { VocabularyMemo } from './vocabulary.ts';
import { readForRanking } from './lengths.ts';
import { readCandidates } from './candidates.ts';
import { matchIds, PLAIN_CHUNKS } from './match-ids.ts';
import { readTogether, toGenerator } from './reads.ts';
import { groupsOf, matchExpression, type Group } from './match.ts';
import { indexedField, type IndexedField } from '../terms.ts';
import { KnownTerms, NO_FIELD, openWrite, transact, type OpenWrite, type Row } from './write.ts';
import { SQLITE_DEFAULTS, type SqliteIndexOptions } from './options.ts';
import { LRUCache } from 'lru-cache';
import { fieldLengths, fieldTerms, scorePassage, speakerNames, type CorpusStats, type QueryTerm, type TermCounts } from './score.ts';
import { CountedTerms, namesTerms } from './score.ts';
import { rankCandidates } from './rank-candidates.ts';
import { countTerms } from '../term-spans.ts';

type Chunk = { part: 'stamp'; stamp: string; size: number; lengths: [number, number]; image?: number } | { part: 'image'; base64: string };
/** Bytes of the database image per chunk (an index in memory). */
const IMAGE_CHUNK = 1 << 20;
const NO_TERMS: TermCounts = new Map<string, number>();

export class SqliteIndex extends PassageHoldingIndex implements SearchIndex {
  readonly kind = 'sqlite';
  private readonly knobs: typeof SQLITE_DEFAULTS;
  private readonly path: string | undefined;
  private opened: { db: Db; sql: Statements } | undefined;
  /** Distinct terms of every passage indexed, per field (for the average lengths bm25 needs). */
  private lengths: [number, number] = [0, 0];
  private stamped = false;
  /** Where passages are read when the store holds them (`attach`); otherwise they are held here. */
  private source: PassageSource | undefined;
  private readonly knownTerms = new KnownTerms();
  private readonly fieldCache = new LRUCache<number, readonly [Map<string, number>, Map<string, number>]>({ max: 2048 });
  /** What the vocabulary says of terms, remembered until the next write (cleared by every write, removal, rollback). */
  private readonly vocabulary = new VocabularyMemo();
  /** Passages indexed, with a source attached (kept in `meta` with the lengths, in each write's transaction). */
  private count = 0;
  /** Why the last restore re-indexed instead of reusing the file (for a log line), if it did. */
  rebuildReason: string | undefined;

  constructor(options: SqliteIndexOptions = {}) {
    super();
    const { path, ...knobs } = options;
    this.path = path;
    this.knobs = { ...SQLITE_DEFAULTS, ...knobs };
  }

  /** The database, opened empty the first time it is needed (a restore opens it first, to reuse it). */
  private get db(): { db: Db; sql: Statements } {
    if (!this.opened) this.open(openDatabase(this.path, true).db);
    return this.opened!;
  }

  private open(db: Db): void {
    this.opened = { db, sql: prepare(db) };
  }

  get size(): number {
    return this.source ? this.count : this.passages.size;
  }

  /**
   * The database of an index kept in a file, opened as it is (for the store, whose tables share the
   * file): undefined when it can be reused, else why it was started afresh (damaged, other version).
   */
  openStored(): string | undefined {
    if (this.opened) throw new Error('the database is already open');
    const opened = openDatabase(this.path, false);
    this.open(opened.db);
    const totals = JSON.parse(this.opened!.sql.getMeta.get('totals') ?? '[0, 0, 0]') as [number, number, number];
    this.count = totals[0];
    this.lengths = [totals[1], totals[2]];
    return opened.reason;
  }

  /** Empties the database file (a store of another version or code). */
  wipe(): void {
    this.vocabulary.clear();
    this.opened?.db.close();
    this.open(openDatabase(this.path, true).db);
    this.count = 0;
    this.lengths = [0, 0];
  }

  /** The open database (the store keeps its tables in it, so one transaction can span both). */
  get database(): Db {
    return this.db.db;
  }

  attach(source: PassageSource): void {
    if (this.passages.size) throw new Error('attach needs an index holding no passages');
    this.source = source;
  }

  override get(id: number): Passage | undefined {
    return this.source ? this.source.get(id) : super.get(id);
  }

  override scan(visible: Visibility, filter: (passage: Passage) => boolean): Generator<Passage> {
    return this.source ? toGenerator(this.source.scan(visible, filter)) : super.scan(visible, filter);
  }

  override scanSpeakers(keys: ReadonlySet<string>, visible: Visibility, filter: (passage: Passage) => boolean): Generator<Passage> {
    return this.source ? toGenerator(this.source.scanSpeakers(keys, visible, filter)) : super.scanSpeakers(keys, visible, filter);
  }

  /** One transaction. `texts`: text fields the quote workers analysed, in order, terms written by `putIndexed`; else analysed here. */
  put(passages: readonly Passage[], texts?: readonly (IndexedField | undefined)[]): void {
    const source = this.source;
    if (!source) for (const p of passages) if (this.passages.get(p.id)) throw new Error(`passage ${p.id} is already indexed`);
    const vocabulary = new Set<string>();
    const rows = passages.map((p, i): Row => {
      const text = texts?.[i] ?? indexedField(p.text, vocabulary);
      return { id: p.id, text, speakers: indexedField(speakerNames(p), vocabulary) };
    });
    this.write(rows, vocabulary);
    if (!source) for (const p of passages) this.passages.add(p);
  }

  /** Whether `putIndexed` may be used: passages live in a store (`attach`), the index needs only their rows. */
  get takesIndexedRows(): boolean {
    return this.source !== undefined;
  }

  /** Rows of passages without quotes, analysed by the quote workers, in one transaction; `vocabulary` ⊇ their terms. */
  putIndexed(ids: readonly number[], texts: readonly IndexedField[], vocabulary: Iterable<string>): void {
    if (!this.source) throw new Error('putIndexed needs an index whose passages live in a store');
    this.write(
      ids.map((id, i) => ({ id, text: texts[i]!, speakers: NO_FIELD })),
      vocabulary,
    );
  }

  /** A write open across puts (no savepoint each: `transact`): a refused write rolls back every row since (`OpenWrite`). */
  beginWrite(): OpenWrite {
    const saved = { count: this.count, lengths: this.lengths, stamped: this.stamped };
    return openWrite(this.db.db, () => {
      [this.count, this.lengths, this.stamped] = [saved.count, saved.lengths, saved.stamped];
      this.knownTerms.clear();
      this.vocabulary.clear();
    });
  }

  /** One transaction: the FTS5 rows, new terms, lengths (with a source) and totals. */
  private write(rows: readonly Row[], vocabulary: Iterable<string>): void {
    const { db, sql } = this.db;
    this.vocabulary.clear();
    const lengths: [number, number] = [0, 0];
    const source = this.source;
    try {
      transact(db, () => {
        this.unstamp();
        for (const { id, text, speakers } of rows) {
          sql.insert.run(id, text.text, speakers.text);
          if (source) sql.insertLengths.run(id, text.distinct, speakers.distinct);
          lengths[0] += text.distinct;
          lengths[1] += speakers.distinct;
        }
        this.knownTerms.write(sql, vocabulary);
        if (source) this.saveTotals(this.count + rows.length, this.lengths[0] + lengths[0], this.lengths[1] + lengths[1]);
      });
    } catch (error) {
      this.knownTerms.clear(); // Some may not have been written.
      throw error;
    }
    if (source) this.count += rows.length;
    this.lengths = [this.lengths[0] + lengths[0], this.lengths[1] + lengths[1]];
  }

  private saveTotals(count: number, text: number, speakers: number): void {
    this.db.sql.setMeta.run('totals', JSON.stringify([count, text, speakers]));
  }

  remove(ids: readonly number[]): void {
    if (this.source) return this.removeStored(ids);
    const { db, sql } = this.db;
    const known = ids.filter((id) => this.passages.get(id) !== undefined);
    if (!known.length) return;
    this.vocabulary.clear();
    db.transaction(() => {
      this.unstamp();
      for (const id of known) sql.remove.run(id);
    })();
    for (const id of known) {
      const passage = this.passages.delete(id)!;
      const [text, speakers] = fieldLengths(passage);
      this.lengths = [this.lengths[0] - text, this.lengths[1] - speakers];
    }
  }

  /** `remove` with a source: each passage's lengths are read back from the database. */
  private removeStored(ids: readonly number[]): void {
    const { db, sql } = this.db;
    let [count, text, speakers] = [this.count, ...this.lengths];
    this.vocabulary.clear();
    db.transaction(() => {
      for (const id of ids) {
        const lengths = sql.lengthsOf.get(id);
        if (!lengths) continue;
        sql.remove.run(id);
        sql.removeLengths.run(id);
        count--;
        text -= lengths.text;
        speakers -= lengths.speakers;
      }
      if (count !== this.count) this.saveTotals(count, text, speakers);
    })();
    this.count = count;
    this.lengths = [text, speakers];
  }

  /** FTS5 merges its segments as it goes; `optimize` merges them all (faster queries after many changes). */
  vacuum(): Promise<void> {
    this.vocabulary.clear();
    this.db.db.exec("INSERT INTO fts (fts) VALUES ('optimize')");
    return Promise.resolve();
  }

  /**
   * Exact words first; prefixes and typos only when they find fewer than `exactEnough` passages.
   *
   * Common words: ranking every passage a word matches costs time in proportion to the archive (a
   * name in the news matches a tenth of it, and that was the whole p99 at 150k articles). Matches
   * are read in descending id order instead, which FTS5 walks without scoring: ids grow as files are
   * indexed, so these are the passages added last (a growing archive's newest news). Reading stops
   * after `maxCandidates` passages that pass visibility, filter and verify; only those are ranked.
   * A search that stops with matches left unread says so (`complete: false`): an outlet whose
   * matches are all older was not reached, and the caller checks the outlets it lacks in one more
   * read spread over them (`spread`: ids of other outlets skipped unbuilt, at most `maxIdsRead`)
   * rather than report them as having none. Every search stays bounded, the check included.
   */
  find(words: readonly string[], options: FindOptions): FoundHits {
    const groups = groupsOf(words);
    if (!groups.length || !this.size) return [];
    return readTogether(this.db.db, () => this.findIn(groups, options));
  }

  private findIn(groups: readonly Group[], options: FindOptions): FoundHits {
    const found = this.search(groups, new Map(), options);
    if (found.hits.length < this.knobs.exactEnough && !options.exactOnly) {
      const expansions = expansionsOf(groups, this.db.sql, this.knobs, this.vocabulary.expansions);
      if ([...expansions.values()].some((terms) => terms.size > 1)) {
        const wider = this.search(groups, expansions, options);
        return foundHits(wider.hits, wider.complete, false, wider.readFrom);
      }
    }
    return foundHits(found.hits, found.complete, true, found.readFrom);
  }

  private search(
    groups: readonly Group[],
    expansions: ReadonlyMap<string, ReadonlyMap<string, number>>,
    options: FindOptions,
  ): { hits: PassageHit[]; complete: boolean; readFrom: number | undefined } {
    const lists = new Map([...expansions].map(([term, matches]) => [term, [...matches.keys()]]));
    const expression = matchExpression(groups, lists, options.combineWith);
    const spread = options.spread;
    // Ids read in bulk (`matchIds`), one more than may be read (spread: `maxIdsRead`, most skipped
    // unbuilt; plain: `maxScanned`), so the search knows whether it stopped with matches left.
    const ids = spread
      ? matchIds(this.db.db, expression, spread.below, this.knobs.maxIdsRead + 1)
      : matchIds(this.db.db, expression, undefined, this.knobs.maxScanned + 1, PLAIN_CHUNKS);
    const { candidates, complete, readFrom } = readCandidates(ids, options, this.knobs, (id) => this.get(id), this.source);
    const query: QueryTerm[] = groups.flatMap((g) =>
      g.kind === 'phrase'
        ? g.terms.map((term) => ({ term, matches: new Map([[term, 1]]) }))
        : [{ term: g.term, matches: expansions.get(g.term) ?? new Map([[g.term, 1]]) }],
    );
    const stats = this.stats();
    const wanted = new Set(query.flatMap((q) => [...q.matches.keys()]));
    // `keep` reads the text of every candidate (a name in it): read at once, not one row each.
    if (options.keep) this.source?.readTexts?.(candidates);
    const hits = rankCandidates(candidates, options.keep, (scored) => {
      const lengths = this.source && readForRanking(this.db.db, this.source, scored);
      return (p) => scorePassage(p, query, stats, this.knobs.speakerBoost, this.fieldsOf(p, wanted, lengths?.get(p.id)));
    });
    return { hits, complete, readFrom };
  }

  /** Ranking's view of a passage's fields: `wanted` counted, distinct terms (`lengths`: stored when indexed; names analysed). */
  private fieldsOf(p: Passage, wanted: ReadonlySet<string>, lengths?: readonly [number, number]): readonly [TermCounts, TermCounts] {
    if (lengths === undefined) return this.heldFieldsOf(p);
    const counts = countTerms(p.text, wanted);
    const names = lengths[1] ? speakerNames(p) : ''; // no name term when indexed (quotes never change in place): none read
    return [new CountedTerms(counts, lengths[0]), names.trim() ? namesTerms(names) : NO_TERMS];
  }

  /**
   * A held passage's terms per field, remembered for the last few thousand passages scored: a
   * query's passes (every word, then any word; /quote then /search) score the same passages again.
   */
  private heldFieldsOf(p: Passage): readonly [Map<string, number>, Map<string, number>] {
    let fields = this.fieldCache.get(p.id);
    if (!fields) {
      fields = [fieldTerms(p.text), fieldTerms(speakerNames(p))];
      this.fieldCache.set(p.id, fields);
    }
    return fields;
  }

  /** Document counts and average lengths for ranking. */
  private stats(): CorpusStats {
    const [docs, sql] = [this.size, this.db.sql];
    const avgLength = [this.lengths[0] / (docs || 1), this.lengths[1] / (docs || 1)] as const;
    return { docs, avgLength, docFrequency: (term) => this.vocabulary.docFrequency(sql, term) };
  }

  /** A stamp in the file and in the snapshot (see the class comment); in memory, the image too. */
  async persist(writer: IndexWriter): Promise<void> {
    const { db, sql } = this.db;
    const stamp = randomUUID();
    db.transaction(() => sql.setMeta.run('stamp', stamp))();
    this.stamped = true;
    if (this.path) {
      db.pragma('wal_checkpoint(TRUNCATE)');
      await writer.write({ part: 'stamp', stamp, size: this.passages.size, lengths: this.lengths } satisfies Chunk);
      return;
    }
    const image = db.serialize();
    await writer.write({ part: 'stamp', stamp, size: this.passages.size, lengths: this.lengths, image: image.length } satisfies Chunk);
    for (let at = 0; at < image.length; at += IMAGE_CHUNK)
      await writer.write({ part: 'image', base64: image.subarray(at, at + IMAGE_CHUNK).toString('base64') } satisfies Chunk);
  }

  restore(reader: IndexReader): void {
    if (this.passages.size || this.opened) throw new Error('restore needs an empty index');
    const chunks = [...reader.chunks] as Chunk[];
    const head = chunks[0];
    if (head?.part !== 'stamp') throw new Error('index stamp missing');
    let reason: string | undefined;
    if (head.image !== undefined) {
      const image = Buffer.concat(chunks.flatMap((c) => (c.part === 'image' ? [Buffer.from(c.base64, 'base64')] : [])));
      if (image.length !== head.image) throw new Error('index image truncated');
      this.open(openDatabase(undefined, false, image).db);
    } else {
      const opened = openDatabase(this.path, false);
      reason = opened.reason;
      this.open(opened.db);
      if (!reason && this.opened!.sql.getMeta.get('stamp') !== head.stamp) reason = 'the database does not match the snapshot';
    }
    if (!reason) {
      for (const p of reader.passages) this.passages.add(p);
      this.lengths = [...head.lengths];
      this.stamped = true;
    } else {
      this.rebuildReason = reason;
      this.opened!.db.close();
      this.opened = undefined;
      const batch: Passage[] = [];
      for (const p of reader.passages) {
        batch.push(p);
        if (batch.length >= 5000) this.put(batch.splice(0));
      }
      this.put(batch);
    }
    if (this.passages.size !== head.size) throw new Error(`index holds ${this.passages.size} passages, the snapshot ${head.size}`);
  }

  /** Closes the database (tests, shutdown); the index is unusable afterwards. */
  close(): void {
    this.opened?.db.close();
  }

  private unstamp(): void {
    if (!this.stamped) return;
    this.db.sql.setMeta.run('stamp', '');
    this.stamped = false;
  }
}
