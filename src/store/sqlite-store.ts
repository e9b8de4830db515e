/**
 * The SQLite store: with `SEARCH_ENGINE=sqlite` the database is the snapshot. Beside the FTS5 index
 * (`src/search/sqlite/`), the same file holds the store's tables (`tables.ts`).
 *
 * Each change of the corpus is written in one transaction (`commit`) before the corpus shows it, so
 * the file always holds whole file versions; a write that fails (a full disk) throws before
 * anything is shown, and the old state keeps answering. Start-up (`openStore`) reads the articles'
 * metadata and quote counts only; texts and quotes stay in the file (`StoredArticle`, `QuoteShelf`).
 * Statements are stored, not regrouped at start.
 */
import type { Statement } from '../compare/statements.ts';
import type { Article, SkippedFile } from '../corpus/article.ts';
import { spanQuotes, type SpannedQuote } from '../engine/build.ts';
import type { CorpusStore, IndexedFile, RestoredCorpus } from '../engine/corpus.ts';
import { quotesAt } from '../engine/file-quotes.ts';
import type { StoredStatements } from '../engine/statement-index.ts';
import { countsAsQuotation, quotationCount, type Speaker } from '../quotes/quote.ts';
import type { SqliteIndex } from '../search/sqlite/sqlite-index.ts';
import type { OpenWrite } from '../search/sqlite/write.ts';
import { LRUCache } from 'lru-cache';
import { encodeQuoteColumn } from './quote-column.ts';
import { encodeQuote, type QuoteTexts } from './quote-rows.ts';
import { QuoteShelf, StoredQuoteLists } from './quote-shelf.ts';
import { ArticleDetailsCache } from './article-details.ts';
import { joinQuoted, quotedParagraphs } from './quoted-paragraphs.ts';
import { commitStatements, fileRow, openSettle, ParagraphRows, withLargeCache, writeParagraphs, writeStatements } from './bulk-write.ts';
import { createTables } from './tables.ts';
import { loadArticles, readFiles, saveArticleColumns } from './article-load.ts';
import { SeqTable } from './seq-table.ts';
import { prepareStoreReads, type StoreReads } from './store-reads.ts';
import { SpeakerRanks } from './speaker-ranks.ts';
import { AudienceTables } from './audience-tables.ts';
import {
  metaOf,
  StoredArticle,
  type ArticleDetails,
  type ArticleMeta,
  type ParagraphReader,
  type QuoteTextReader,
  StoredQuote,
} from './stored-article.ts';

/** Bump when the store's tables or encodings change: another version's database is rebuilt (9: counts of quotations, `quote_speakers.later`). */
export const STORE_VERSION = 9;

/**
 * The keys statements are stored under, in order, from the index of their first rows (position 0):
 * scanning every statement row for them cost 0.15 s of CPU at 500k articles (their rows are large).
 */
const DISTINCT_STATEMENT_KEYS = 'SELECT speaker FROM statements WHERE pos = 0 ORDER BY speaker';
const speakerId = (s: Speaker) => `${s.kind}\u0000${s.key}\u0000${s.name}`;

export interface OpenedStore {
  store: SqliteStore;
  /** The corpus as stored; undefined when the database was new or had to be started afresh. */
  restored?: RestoredCorpus;
  /** Why the database was started afresh (damaged, other version, other code), for a log line. */
  reason?: string;
}

/**
 * Opens the store in `index`'s database file. A database that cannot be read, or was written by
 * another store version or other pipeline code (`code`), is emptied, and `reason` says why.
 */
export function openStore(index: SqliteIndex, code: string): OpenedStore {
  let reason = index.openStored();
  const get = (key: string) =>
    index.database.prepare<[string], string | undefined>('SELECT value FROM meta WHERE key = ?').pluck().get(key);
  if (!reason) {
    const version = get('store');
    if (version === undefined && index.size === 0) reason = undefined;
    else if (version !== String(STORE_VERSION)) reason = `the database is of store version ${String(version)}, expected ${STORE_VERSION}`;
    else if (get('code') !== code) reason = 'the database was built by other code';
  }
  if (reason) index.wipe();
  const store = new SqliteStore(index, code);
  if (reason || get('store') === undefined) {
    store.initialise();
    return { store, ...(reason ? { reason } : {}) };
  }
  return { store, restored: store.load() };
}

export class SqliteStore implements CorpusStore, ParagraphReader, QuoteTextReader {
  /** Speaker ids by kind, key and name (built when a change is first written; flatMap skips the list's holes). */
  private ids: Map<string, number> | undefined;
  private get speakerIds(): Map<string, number> {
    return (this.ids ??= new Map(this.speakerList.flatMap((s, id): Array<[string, number]> => [[speakerId(s), id]])));
  }
  private readonly bySeq = new SeqTable<StoredArticle>();
  /** The quote words of the change just written, kept until its statements are saved (regrouping reads them all). */
  private pinned = new Map<number, QuoteTexts>();
  /** Speakers by id (quotes refer to them by id). */
  private readonly speakerList: Speaker[] = [];
  /** The number of shown quotes of each speaker id. */
  private readonly speakerCounts: number[] = [];
  private readonly shelf = new QuoteShelf(
    (seq) => this.reads.quotes.get(seq),
    this.speakerList,
    this,
    (s) => this.reads.quotesOfRows(s),
  );
  private readonly ranks = new SpeakerRanks(() => this.db);
  /** Quotes by speaker, counts, speakers in use, the speakers' order: answered from the tables. */
  readonly tables = new AudienceTables(() => this.db, this.bySeq, this.shelf, this.speakerList, this.speakerCounts, this.ranks);
  private readonly articleTexts = new LRUCache<number, string[]>({ max: 256 });
  private readonly paragraphTexts = new LRUCache<number, string>({ max: 4096 });
  private readonly quoteTexts = new LRUCache<number, QuoteTexts>({ max: 1024 });
  private readonly articleDetails = new ArticleDetailsCache({
    one: (seq) => this.reads.details.get(seq),
    many: (s) => this.reads.detailsOfRows(s),
  });

  constructor(
    private readonly index: SqliteIndex,
    private readonly code: string,
  ) {
    createTables(index.database);
  }

  private get db() {
    return this.index.database;
  }
  /** The reads queries make, prepared once (preparing costs more than the read itself). */
  private prepared: StoreReads | undefined;
  private get reads() {
    return (this.prepared ??= prepareStoreReads(this.db));
  }

  /** Marks an empty database as this store's. */
  initialise(): void {
    const set = this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    this.db.transaction(() => {
      set.run('store', String(STORE_VERSION));
      set.run('code', this.code);
      set.run('next_id', '0');
    })();
  }

  paragraphs(firstId: number, count: number): string[] {
    let texts = this.articleTexts.get(firstId);
    if (!texts) {
      texts = this.reads.paragraphs.all(firstId, firstId + count);
      this.articleTexts.set(firstId, texts);
    }
    return texts;
  }

  details(seq: number): ArticleDetails {
    return this.articleDetails.get(seq);
  }

  /** Reads the details of these rows not held yet at once (the articles an answer cites: `StoredArticle.readDetailsOf`). */
  readDetails(seqs: readonly number[]): void {
    this.articleDetails.readAhead(seqs);
  }

  quoteText(seq: number, index: number): string {
    return this.textsOf(seq).t[index] ?? '';
  }

  mentionText(seq: number, index: number): string {
    return this.textsOf(seq).m[index] ?? '';
  }

  private textsOf(seq: number): QuoteTexts {
    let texts = this.pinned.get(seq) ?? this.quoteTexts.get(seq);
    if (!texts) {
      texts = JSON.parse(this.reads.quoteTexts.get(seq) ?? '{"t":[],"m":[]}') as QuoteTexts;
      this.quoteTexts.set(seq, texts);
    }
    return texts;
  }

  paragraph(id: number): string | undefined {
    let text = this.paragraphTexts.get(id);
    if (text === undefined) {
      // One row: reading the ids around as well was measured slower (a search's matches are
      // sparse, so most of a block went unused).
      text = this.reads.paragraph.get(id);
      if (text !== undefined) this.paragraphTexts.set(id, text);
    }
    return text;
  }

  /**
   * Writes a change in one transaction: the files put (their articles, texts and quotes) replace
   * those removed. Then the put files' articles are swapped for stored ones (texts read on demand).
   * Throws, with nothing written, when the database refuses the write.
   */
  commit(
    put: readonly IndexedFile[],
    removed: readonly IndexedFile[],
    nextId: number,
    options: { paragraphsWritten?: boolean } = {},
  ): void {
    const db = this.db;
    const { insertSpeaker, insertFile, insertArticle, insertRow, count, insertQuoteSpeaker, stale } = commitStatements(db);
    /** Quotations (`countsAsQuotation`) added (or taken away) per speaker id. */
    const delta = new Map<number, number>();
    const counted = (id: number, n: number) => id >= 0 && delta.set(id, (delta.get(id) ?? 0) + n);
    const paragraphs = new ParagraphRows(db);
    const newSpeakers = new Map<string, number>();
    const added: Array<[number, Speaker]> = [];
    let nextSpeaker = -1;
    // Quotes share one object per speaker (`shareSpeakers`): its id is worked out once per object.
    const byObject = new Map<Speaker, number>();
    const idOf = (s: Speaker): number => {
      const known = byObject.get(s);
      if (known !== undefined) return known;
      const key = speakerId(s);
      let id = this.speakerIds.get(key) ?? newSpeakers.get(key);
      if (id === undefined) {
        newSpeakers.set(key, (id = ++nextSpeaker));
        insertSpeaker.run(id, s.kind, s.key, s.name);
        added.push([id, s]);
      }
      byObject.set(s, id);
      return id;
    };
    const seqs: number[][] = [];
    // Worked out once, for the row and the stored article; which paragraphs hold a quote (`quoted-paragraphs.ts`), for the file's.
    const metas: Array<Array<{ meta: Partial<ArticleMeta>; quoted: string; paragraphs: number }>> = [];
    const written = new Map<number, QuoteTexts>();
    // Each speaker marked stale once (a build's 450k person quotes have about 37k speakers).
    const staleKeys = new Set<string>();
    const markStale = (key: string) => staleKeys.size < staleKeys.add(key).size && stale.run(key);
    const transaction = db.transaction(() => {
      nextSpeaker = (db.prepare('SELECT max(id) FROM speakers').pluck().get() as number | null) ?? -1;
      // Read before the rows go: whose quotes leave, and whose statements must be regrouped.
      for (const f of removed)
        for (let a = 0; a < f.quotes.length; a++)
          for (const q of quotesAt(f.quotes, a)) {
            if (q instanceof StoredQuote && countsAsQuotation(q)) counted(q.speakerId, -1);
            if (q.speaker?.kind === 'person') markStale(q.speaker.key);
          }
      for (const f of removed) this.forget(f);
      for (const f of put) {
        insertFile.run(...fileRow(f));
        let id = f.firstId;
        const fileSeqs: number[] = [];
        metas.push([]);
        f.load.articles.forEach((article, a) => {
          const quotes = quotesAt(f.quotes, a) as SpannedQuote[];
          spanQuotes(article, quotes);
          const rows = quotes.map((q) => encodeQuote(q, q.speaker ? idOf(q.speaker) : -1));
          const words: QuoteTexts = { t: quotes.map((q) => q.text), m: quotes.map((q) => q.mention?.text ?? '') };
          const { meta, details } = metaOf(article);
          const quoted = quotedParagraphs(rows);
          metas.at(-1)!.push({ meta, quoted, paragraphs: article.paragraphs.length });
          const info = insertArticle.run(f.file, id, article.paragraphs.length, quotationCount(quotes), JSON.stringify(meta), quoted);
          const seq = Number(info.lastInsertRowid);
          written.set(seq, words);
          insertRow.run(seq, JSON.stringify(details), encodeQuoteColumn(rows), JSON.stringify(words));
          rows.forEach((row, i) => {
            const counts = countsAsQuotation(quotes[i]!); // a later part of a quotation is listed, not counted
            if (row[4] >= 0) insertQuoteSpeaker.run(row[4], seq, i, counts ? 0 : 1);
            if (counts) counted(row[4], 1); // (no speaker: -1, not counted)
          });
          fileSeqs.push(seq);
          if (options.paragraphsWritten) id += article.paragraphs.length;
          else for (const text of article.paragraphs) paragraphs.add(id++, text);
        });
        seqs.push(fileSeqs);
      }
      paragraphs.flush();
      for (const f of put)
        for (let a = 0; a < f.quotes.length; a++)
          for (const q of quotesAt(f.quotes, a)) if (q.speaker?.kind === 'person') markStale(q.speaker.key);
      for (const [id, n] of delta) if (n) count.run(n, id);
      db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('next_id', ?)").run(String(nextId));
    });
    withLargeCache(db, transaction);
    for (const [key, id] of newSpeakers) this.speakerIds.set(key, id);
    for (const [id, s] of added) this.speakerList[id] = s;
    this.pinned = written;
    for (const [id, n] of delta) this.speakerCounts[id] = (this.speakerCounts[id] ?? 0) + n;
    for (const f of removed)
      for (const a of f.load.articles)
        if (a instanceof StoredArticle) {
          this.bySeq.delete(a.seq);
          this.shelf.drop(a.seq);
          this.quoteTexts.delete(a.seq);
          this.articleDetails.drop(a.seq);
        }
    put.forEach((f, i) => {
      let firstId = f.firstId;
      const counts: number[] = [];
      f.load.articles = f.load.articles.map((article, a) => {
        const stored = new StoredArticle(metas[i]![a]!.meta, seqs[i]![a]!, firstId, article.paragraphs.length, this);
        firstId += article.paragraphs.length;
        counts.push(quotationCount(quotesAt(f.quotes, a)));
        this.bySeq.set(stored.seq, stored);
        return stored;
      });
      // From now on the file's quotes are read from the store, as after a restart.
      f.quotes = new StoredQuoteLists(seqs[i]!, counts, this.shelf, { digits: joinQuoted(metas[i]!), firstId: f.firstId });
    });
  }

  /**
   * Writes the paragraph texts of these articles (passage ids from `firstId`) into the write open on
   * the database (a build writes them while the quote workers extract; `commit` is then told so).
   */
  writeParagraphs(articles: readonly Article[], firstId: number): void {
    writeParagraphs(this.db, articles, firstId);
  }

  /**
   * Writes the article columns of the files a change wrote (start-up, after a build: the next start
   * reads them, not the rows). Throws when the write fails (a full disk): nothing else is lost.
   */
  saveArticleColumns(files: readonly IndexedFile[]): number {
    return saveArticleColumns(this.db, files);
  }

  /** The loader problems not tied to one file, kept with the corpus. */
  saveExtraSkipped(skipped: readonly SkippedFile[]): void {
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('skipped', ?)").run(JSON.stringify(skipped));
  }

  /** Rewrites the statements of these speakers (after they were regrouped) and clears them from `stale`. */
  saveStatements(
    keys: Iterable<string>,
    statementsOf: (key: string) => readonly Statement[],
    nextId: number,
    options: { checkpoint?: boolean } = {},
  ): void {
    this.tables.statementsChanged();
    writeStatements(this.db, keys, statementsOf, nextId);
    // The change is complete: the log into the file (a build settling chunks does it once, at the end).
    if (options.checkpoint !== false) this.checkpoint();
    this.pinned.clear();
  }

  /** One transaction for a build's final grouping (`CorpusStore.beginSettle`; see `openSettle`). */
  beginSettle(quotes = 0): OpenWrite {
    return openSettle(this.db, () => this.tables.statementsChanged(), { quotes, stored: this.speakerCounts });
  }

  /** Moves every committed write from the write-ahead log into the database file, and empties the log. */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Drops a file's rows (its passages' index entries are the index's to remove). */
  private forget(f: IndexedFile): void {
    const db = this.db;
    db.prepare('DELETE FROM quote_speakers WHERE seq IN (SELECT seq FROM articles WHERE file = ?)').run(f.file);
    db.prepare('DELETE FROM article_rows WHERE seq IN (SELECT seq FROM articles WHERE file = ?)').run(f.file);
    db.prepare('DELETE FROM files WHERE file = ?').run(f.file);
    db.prepare('DELETE FROM articles WHERE file = ?').run(f.file);
    db.prepare('DELETE FROM paragraphs WHERE id >= ? AND id < ?').run(f.firstId, f.firstId + f.passageCount);
  }

  /** Everything but the texts, as the corpus shows it. */
  load(): RestoredCorpus {
    const db = this.db;
    const speakers = this.speakerList;
    const ranks = this.ranks.restore();
    type SpeakerRow = { id: number; kind: Speaker['kind']; key: string; name: string; quotes: number; rank: number | null };
    for (const s of db.prepare<[], SpeakerRow>('SELECT id, kind, key, name, quotes, rank FROM speakers').iterate()) {
      const speaker: Speaker = { name: s.name, key: s.key, kind: s.kind };
      speakers[s.id] = speaker;
      this.speakerCounts[s.id] = s.quotes;
      ranks.loaded(s.key, s.rank);
    }
    const { files, rows: fileRows } = readFiles(db);
    // File by file, from each file's columns (its rows when they are not written yet: see `article-load.ts`).
    const quoted = loadArticles(db, fileRows, (file, r) => {
      const f = files.get(file)!;
      const article = new StoredArticle(r.meta, r.seq, r.firstId, r.paragraphs, this, r.fixedOnly);
      f.load.articles.push(article);
      f.seqs.push(r.seq);
      f.counts.push(r.quotes);
      this.bySeq.set(r.seq, article);
    });
    for (const f of files.values())
      f.quotes = new StoredQuoteLists(f.seqs, f.counts, this.shelf, { digits: quoted.get(f.file) ?? '', firstId: f.firstId });
    const stale = db.prepare<[], string>('SELECT speaker FROM stale').pluck().all();
    const meta = (key: string) => db.prepare<[string], string | undefined>('SELECT value FROM meta WHERE key = ?').pluck().get(key);
    const skipped = JSON.parse(meta('skipped') ?? '[]') as SkippedFile[];
    const nextId = Number(meta('next_id') ?? 0);
    const shown = [...files.values()].map(({ seqs: _s, counts: _c, ...f }): IndexedFile => f);
    return { index: this.index, files: shown, statements: [], storedStatements: this.storedStatements(), nextId, stale, skipped };
  }

  /** The statements as stored, read one unit (speaker or surname family) or one statement at a time. */
  storedStatements(): StoredStatements {
    const db = this.db;
    return {
      keys: () => db.prepare<[], string>(DISTINCT_STATEMENT_KEYS).pluck().all(),
      load: (key) => this.tables.statements(this.reads.statements.all(key)),
      statementOf: (quote, key) => this.tables.statementOf(quote, key, (pos) => this.reads.statementRow.get(key, pos)),
      shares: (quote, unit) => this.tables.shares(quote, unit, (pos) => this.reads.statementRow.get(unit, pos)),
      prefetch: (asked) => this.tables.prefetch(asked),
      nextId: Number(db.prepare<[], string | undefined>("SELECT value FROM meta WHERE key = 'statement_next_id'").pluck().get() ?? 0),
    };
  }
}
