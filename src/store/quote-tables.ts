/**
 * What the SQLite store answers from its tables instead of a list of every quote in the heap: one
 * speaker's quotes (the indexed `quote_speakers` table: speaker → article row, quote position),
 * every speaker's count, the speakers in use, an article's quotes (`QuoteShelf`).
 */
import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { QuoteInArticle, Statement } from '../compare/statements.ts';
import type { Article } from '../corpus/article.ts';
import type { SpeakerRefs, SpeakerTotal } from '../engine/corpus-quotes.ts';
import type { Quote, Speaker } from '../quotes/quote.ts';
import type { QuoteRow } from './quote-rows.ts';
import type { QuoteShelf } from './quote-shelf.ts';
import { eachTriple } from '../search/sqlite/integer-triples.ts';
import { rankedByCount, type SpeakerRanks } from './speaker-ranks.ts';
import { StoredArticle, StoredQuote } from './stored-article.ts';

/**
 * A statement in its speaker's row: id, confidence, outlets, members as [article row, quote
 * position, the quote's row] (so its members are decoded without reading their articles).
 */
export type StatementRow = [number, number, string[], Array<[number, number, QuoteRow]>];

/**
 * A quote's statement position as `quote_speakers.statement` holds it when the statement has no
 * other member: -2 - pos (-1 is no statement), so a reader knows it is alone without reading its
 * row. A database written before holds every position as is (its statements' rows are read).
 */
export const soleAt = (pos: number): number => -2 - pos;

/** An article's row and a quote's position in it packed into one number (`prefetch`'s read; positions stay far below it). */
const IDX_SPAN = 4096;

/** An article's row and a count of its quotes packed into one number (counts stay far below it). */
const REF_SPAN = 2 ** 21;

export class QuoteTables {
  /** Statements last read alone, by speaker and position (the same object while cached). */
  private readonly single = new LRUCache<string, Statement>({ max: 2048 });
  /**
   * Each quote's statement position among its unit's (-1: none), as last read (a quote of a `/quote`
   * answer is looked up again by its same-statement check, by the answer's statements and by the
   * next query on the topic): not read again until statements are rewritten.
   */
  private positions = new WeakMap<Quote, number>();
  /**
   * The statement positions of an article's quotes by quote position (as `quote_speakers` holds
   * them), for the last articles read: one read of the covering index `quote_speakers_at (seq,
   * idx, statement)` per article instead of one per quote. A topic search's candidates come in
   * articles of several passing paragraphs (`/quote Iran` at 37k asked 1,119 positions over 366
   * articles, `/quote Moscow` 874 over 370), and the count grows with the candidates, not the
   * archive: bounded by articles held (a few dozen numbers each), so memory stays flat at 500k.
   */
  private readonly articlePositions = new LRUCache<number, ReadonlyMap<number, number>>({ max: 4096 });
  private positionsStatement: Database.Statement<[number], [number, number]> | undefined;
  private statement: Database.Statement<[string], { seq: number; idx: number }> | undefined;
  private refsStatement: Database.Statement<[string], [number, number]> | undefined;

  constructor(
    private readonly db: () => Database.Database,
    private readonly bySeq: ReadonlyMap<number, StoredArticle>,
    private readonly shelf: QuoteShelf,
    private readonly speakerList: readonly Speaker[],
    /** The number of shown quotations of each speaker id (the `speakers` table's counts, `countsAsQuotation`). */
    private readonly speakerCounts: readonly number[],
    /** The speakers' order (`speakers.rank`). */
    private readonly ranks: SpeakerRanks,
  ) {}

  private get bySpeaker() {
    this.statement ??= this.db().prepare<[string], { seq: number; idx: number }>(
      'SELECT q.seq AS seq, q.idx AS idx FROM speakers s JOIN quote_speakers q ON q.speaker = s.id WHERE s.key = ?',
    );
    return this.statement;
  }

  /** The quotes of the speaker with this key (any kind), in corpus order (file path, article, position). */
  speakerQuotes(key: string): QuoteInArticle[] {
    const out: Array<QuoteInArticle & { seq: number; idx: number }> = [];
    for (const { seq, idx } of this.bySpeaker.iterate(key)) {
      const article = this.bySeq.get(seq);
      const quote = article && this.shelf.quotes(seq)[idx];
      if (article && quote) out.push({ article, quote, seq, idx });
    }
    out.sort((x, y) => (x.article.file < y.article.file ? -1 : x.article.file > y.article.file ? 1 : x.seq - y.seq || x.idx - y.idx));
    return out.map(({ article, quote }) => ({ article, quote }));
  }

  /**
   * Where the quotes of the speaker with this key (any kind) are, without decoding any: each
   * article (of the store's, shown or not) with how many quotes it holds and how many of them are
   * later parts of a quotation (`quote_speakers.later`), counted in SQL (row and count packed), so a
   * family of a quarter of a million quotes costs an array per article, not a quote object each.
   */
  speakerRefs(key: string): SpeakerRefs {
    this.refsStatement ??= this.db()
      .prepare<[string], [number, number]>(
        `SELECT q.seq * ${REF_SPAN} + count(*), sum(q.later) FROM speakers s JOIN quote_speakers q ON q.speaker = s.id WHERE s.key = ? GROUP BY s.id, q.seq`,
      )
      .raw();
    const articles: StoredArticle[] = [];
    const counts: number[] = [];
    const quotations: number[] = [];
    for (const [packed, later] of this.refsStatement.all(key)) {
      const count = packed % REF_SPAN;
      const article = this.bySeq.get((packed - count) / REF_SPAN);
      if (!article) continue;
      articles.push(article);
      counts.push(count);
      quotations.push(count - later);
    }
    return { articles, counts, quotations };
  }

  /** Every speaker of a quote with its number of quotations (`countsAsQuotation`): one entry per key, the speaker of its first quote. */
  speakerTotals(): SpeakerTotal[] {
    const byKey = new Map<string, SpeakerTotal>();
    const shared = new Set<string>();
    this.speakerCounts.forEach((n, id) => {
      const speaker = this.speakerList[id];
      if (!speaker || !n) return;
      const entry = byKey.get(speaker.key);
      if (entry) {
        entry.quotes += n;
        shared.add(speaker.key);
      } else byKey.set(speaker.key, { speaker, quotes: n });
    });
    // A key written under two names (or kinds): named as its first quote names it (found from the
    // quotes' rows, none decoded: reading every quote of such keys cost 0.3 s of a 500k start).
    for (const key of shared) {
      const first = this.firstSpeaker(key);
      if (first) byKey.get(key)!.speaker = first;
    }
    return [...byKey.values()];
  }

  /** The speaker (as its quote names it) of the first quote in corpus order (`speakerQuotes`' order) of this key. */
  private firstSpeaker(key: string): Speaker | undefined {
    let best: { file: string; seq: number; idx: number; speaker: number } | undefined;
    for (const r of this.bySpeakerWithId.iterate(key)) {
      const file = this.bySeq.get(r.seq)?.file;
      if (file === undefined) continue;
      if (!best || file < best.file || (file === best.file && (r.seq - best.seq || r.idx - best.idx) < 0)) best = { ...r, file };
    }
    return best && this.speakerList[best.speaker];
  }

  private withId: Database.Statement<[string], { seq: number; idx: number; speaker: number }> | undefined;
  private get bySpeakerWithId() {
    this.withId ??= this.db().prepare<[string], { seq: number; idx: number; speaker: number }>(
      'SELECT q.seq AS seq, q.idx AS idx, q.speaker AS speaker FROM speakers s JOIN quote_speakers q ON q.speaker = s.id WHERE s.key = ?',
    );
    return this.withId;
  }

  /** `totals` (as `speakerTotals` gives them), most quoted first, ties by key in collation order (stored ranks: no collator sort). */
  speakerRanking(totals: readonly SpeakerTotal[] = this.speakerTotals()): SpeakerTotal[] {
    return rankedByCount(totals, this.ranks);
  }

  /** The speakers of the stored quotes. */
  speakersInUse(): Speaker[] {
    return this.speakerList.filter((s, id) => s && this.speakerCounts[id]);
  }

  /** The key of every speaker row: each stored quote's, whether or not it counts (`speakersInUse`: those that count). */
  speakerKeys = (): string[] => this.speakerList.flatMap((s) => (s ? [s.key] : []));
  /** The quotes of one of the store's articles. */
  quotesOfArticle(article: Article): readonly Quote[] | undefined {
    if (!(article instanceof StoredArticle) || this.bySeq.get(article.seq) !== article) return undefined;
    return this.shelf.quotes(article.seq);
  }

  /** Reads the details (headline, url, …) of these articles at once where not held (`StoredArticle.readDetailsOf`). */
  readDetails(articles: readonly Article[]): void {
    StoredArticle.readDetailsOf(articles);
  }

  /** One speaker's stored statements (the row's JSON), their members resolved to the shown articles and their quotes. */
  statements(rows: readonly string[]): Statement[] {
    // Parsed a thousand rows at a time: one parse of many rows costs less than one per row (a
    // family's statements at 500k articles are a quarter of a million rows).
    const parsed: StatementRow[] = [];
    for (let i = 0; i < rows.length; i += 1000)
      for (const row of JSON.parse(`[${rows.slice(i, i + 1000).join(',')}]`) as StatementRow[]) parsed.push(row);
    return this.resolve(parsed);
  }

  private resolve(rows: readonly StatementRow[]): Statement[] {
    const statements: Statement[] = [];
    for (const [id, confidence, outlets, refs] of rows) {
      const members = refs.flatMap(([seq, qi, row]) => {
        const article = this.bySeq.get(seq);
        return article ? [{ article, quote: this.shelf.quote(seq, qi, row) }] : [];
      });
      const speaker = members[0]?.quote.speaker;
      if (speaker) statements.push({ id, confidence, outlets, members, speaker });
    }
    return statements;
  }

  /**
   * The stored statement holding this quote of speaker `key` (its position among the unit's read
   * with its article's, `positionsIn`; `rowAt`: the unit's statement row at a position), its members decoded alone: a quote's statement without every statement of
   * its speaker. A statement's row is read once while it is cached, whichever of its members asks.
   */
  statementOf(quote: Quote, key: string, rowAt: (pos: number) => string | undefined): Statement | undefined {
    if (!(quote instanceof StoredQuote)) return undefined;
    const pos = this.positionOf(quote);
    if (pos < 0) return undefined;
    const id = `${key}\u0000${pos}`;
    let statement = this.single.get(id);
    if (!statement) {
      const row = rowAt(pos);
      statement = row === undefined ? undefined : this.resolve([JSON.parse(row) as StatementRow])[0];
      if (statement) this.single.set(id, statement);
    }
    return statement;
  }

  /** `paragraphTexts`' read for each number of words held (one `LIKE` per word, no JSON walked per row). */
  private readonly textReads = new Map<number, Database.Statement<[Record<string, string>], [number, string | null]>>();
  /**
   * The paragraphs found to hold every word of a `holding` list, by list, for the last lists asked
   * (emptied with the statements, at every change): a topic asked again (`/quote Iran`, a dozen
   * thousand members at 500k articles) reads only the paragraphs that did not.
   */
  private readonly held = new LRUCache<string, Set<number>>({ max: 8 });

  /**
   * The texts of these paragraphs (by passage id; those the store holds), in one read; null for a
   * paragraph whose text, its ASCII letters lower-cased (SQLite's `lower`), holds every one of
   * `holding` (ASCII, lower case, not empty): the caller's check then needs no text. A text holding
   * such a word that way holds it folded too (`fold` keeps an ASCII run as it is, lower-cased), so
   * null is never wrong; a text it misses (`Ukraïne`) comes back for the caller to fold. At 500k
   * articles `/quote Ukraine`'s same-statement check reads 11,000 paragraphs (6 MB of text) and
   * most hold the word: their texts were carried into JavaScript and folded for nothing.
   */
  paragraphTexts(ids: readonly number[], holding: readonly string[] = []): Map<number, string | null> {
    const out = new Map<number, string | null>();
    if (!ids.length) return out;
    // A paragraph's text never changes under its id: those found to hold the words before are not read again.
    const key = holding.length ? JSON.stringify(holding) : undefined;
    const held = key === undefined ? undefined : (this.held.get(key) ?? this.held.set(key, new Set()).get(key)!);
    const asked = held?.size ? ids.filter((id) => !held.has(id)) : ids;
    for (const id of ids) if (held?.has(id)) out.set(id, null);
    if (!asked.length) return out;
    let read = this.textReads.get(holding.length);
    if (!read) {
      // `LIKE` is case-blind for ASCII letters only, as `lower` is: `text LIKE '%w%'` is `instr(lower(text), w) > 0`
      // for an ASCII word `w` in lower case (its `%`, `_` and `\` escaped), without a lower-cased copy of each text.
      const likes = holding.map((_, i) => `text LIKE @w${i} ESCAPE '\\'`).join(' AND ');
      read = this.db()
        .prepare<[Record<string, string>], [number, string | null]>(
          `SELECT id, ${likes ? `CASE WHEN ${likes} THEN NULL ELSE text END` : 'text'} FROM paragraphs WHERE id IN (SELECT value FROM json_each(@ids))`,
        )
        .raw(true);
      this.textReads.set(holding.length, read);
    }
    const words: Record<string, string> = { ids: JSON.stringify(asked) };
    holding.forEach((w, i) => (words[`w${i}`] = `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
    for (const [id, text] of read.all(words)) {
      out.set(id, text);
      if (text === null) held?.add(id);
    }
    return out;
  }

  /** Each quote's answer to `shares`, as last read (cleared with the positions). */
  private sharing = new WeakMap<Quote, boolean>();

  /**
   * False when no statement of unit `unit` holds this stored quote with another member, read as
   * `statementOf` reads it (the quote's statement position, then the statement's row, unless read
   * already) with the row's members counted instead of decoded. Most quotes are said by one outlet
   * (94 % of the statements at 37k articles have one member), and `/quote Iran`'s same-statement
   * check decoded some 1,400 statements to learn that. A statement of several members is decoded
   * and kept as `statementOf` keeps it, so asking both reads it once. A position left from an
   * older grouping points at a statement without the quote (`statementOf` then finds none): every
   * member of a stored statement has that statement's position, so a row of one member there
   * means the quote has no other. Undefined for a quote not read from this store. `rowAt` is
   * `statementOf`'s read.
   */
  shares(quote: Quote, unit: string, rowAt: (pos: number) => string | undefined): boolean | undefined {
    if (!(quote instanceof StoredQuote)) return undefined;
    let shares = this.sharing.get(quote);
    if (shares !== undefined) return shares;
    const pos = this.positionOf(quote);
    // Stored as alone (`soleAt`): nothing to read.
    if (this.sharing.has(quote)) return this.sharing.get(quote);
    const id = `${unit}\u0000${pos}`;
    const known = pos < 0 ? undefined : this.single.get(id);
    if (pos < 0) shares = false;
    else if (known) shares = known.members.length > 1;
    else {
      const text = rowAt(pos);
      const row = text === undefined ? undefined : (JSON.parse(text) as StatementRow);
      shares = (row?.[3].length ?? 0) > 1;
      const statement = row && shares ? this.resolve([row])[0] : undefined;
      if (statement) this.single.set(id, statement);
    }
    this.sharing.set(quote, shares);
    return shares;
  }

  private batchPositions: Database.Statement<[string], string | null> | undefined;
  private batchRows: Database.Statement<[string], [string, number, string]> | undefined;

  /**
   * Reads at once what `shares` would read one quote at a time for these quotes, each with its unit
   * (as `shares` is asked): the statement positions of those quotes not known yet (one read of
   * `quote_speakers_at`, by article row and position), then the rows of their statements not held
   * (one read of `statements`, in key order), and answers `shares` for each from them (so a later
   * `shares` or `statementOf` reads nothing). A topic query's same-statement check asks this of
   * every candidate: at 500k articles `/quote Ukraine` read 1,100 articles' positions and 900
   * statement rows one by one (255 ms of a cold query, most of it waiting for pages scattered over
   * the file). Only the quotes asked are read, not every quote of their articles (a topic query's
   * 1,200 quotes sit in articles holding 4,000–7,000), and back as one string, not a row each.
   */
  prefetch(asked: ReadonlyArray<readonly [Quote, string]>): void {
    const unknown = new Map<number, StoredQuote>();
    for (const [quote] of asked) {
      if (!(quote instanceof StoredQuote) || this.positions.has(quote)) continue;
      const [seq, idx] = quote.storedAt;
      // A quote past `IDX_SPAN` in its article (none in news) is read with its article's, when asked.
      if (idx < IDX_SPAN && !this.articlePositions.has(seq)) unknown.set(seq * IDX_SPAN + idx, quote);
    }
    if (unknown.size) {
      this.batchPositions ??= this.db()
        .prepare<[string], string | null>(
          `SELECT group_concat(seq || ',' || idx || ',' || statement) FROM quote_speakers
           WHERE (seq, idx) IN (SELECT value / ${IDX_SPAN}, value % ${IDX_SPAN} FROM json_each(?))`,
        )
        .pluck();
      eachTriple(this.batchPositions.get(JSON.stringify([...unknown.keys()])) ?? '', (seq, idx, statement) => {
        const quote = unknown.get(seq * IDX_SPAN + idx);
        if (quote) this.notePosition(quote, statement);
      });
      // No row: the quote has no speaker, so no statement (as `positionsIn` reads it).
      for (const quote of unknown.values()) if (!this.positions.has(quote)) this.notePosition(quote, -1);
    }
    const wanted = new Map<string, [string, number]>();
    for (const [quote, unit] of asked) {
      if (!(quote instanceof StoredQuote) || this.sharing.has(quote)) continue;
      const pos = this.positionOf(quote);
      const id = `${unit}\u0000${pos}`;
      if (pos >= 0 && !this.sharing.has(quote) && !this.single.has(id)) wanted.set(id, [unit, pos]);
    }
    const rows = new Map<string, string>();
    if (wanted.size) {
      this.batchRows ??= this.db()
        .prepare<[string], [string, number, string]>(
          `SELECT speaker, pos, row FROM statements
           WHERE (speaker, pos) IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))`,
        )
        .raw(true);
      for (const [unit, pos, row] of this.batchRows.iterate(JSON.stringify([...wanted.values()]))) rows.set(`${unit}\u0000${pos}`, row);
    }
    for (const [quote, unit] of asked) this.shares(quote, unit, (pos) => rows.get(`${unit}\u0000${pos}`));
  }

  /** The position of the quote's statement among its unit's (-1: none), read once; a statement stored as alone (`soleAt`) noted in `sharing`. */
  private positionOf(quote: StoredQuote): number {
    const pos = this.positions.get(quote);
    if (pos !== undefined) return pos;
    const [seq, idx] = quote.storedAt;
    return this.notePosition(quote, this.positionsIn(seq).get(idx) ?? -1);
  }

  /** Notes the quote's statement position as `quote_speakers` holds it (`soleAt` for a quote alone, which shares nothing). */
  private notePosition(quote: StoredQuote, held: number): number {
    const pos = held < -1 ? soleAt(held) : held;
    if (held < -1) this.sharing.set(quote, false);
    this.positions.set(quote, pos);
    return pos;
  }

  /** The statement positions (as held: `soleAt` for a quote alone) of the quotes of article row `seq` that have a speaker, by quote position. */
  private positionsIn(seq: number): ReadonlyMap<number, number> {
    let held = this.articlePositions.get(seq);
    if (!held) {
      this.positionsStatement ??= this.db()
        .prepare<[number], [number, number]>('SELECT idx, statement FROM quote_speakers WHERE seq = ?')
        .raw(true);
      // One row per quote: a quote has one speaker (`quote_speakers`' key is speaker, seq, idx).
      held = new Map(this.positionsStatement.all(seq));
      this.articlePositions.set(seq, held);
    }
    return held;
  }

  /** Statements were rewritten: what was read alone is out of date. */
  statementsChanged(): void {
    this.held.clear();
    this.articlePositions.clear();
    this.single.clear();
    this.positions = new WeakMap();
    this.sharing = new WeakMap();
  }
}
