/**
 * Statement groups kept up to date with a changing corpus. Grouping works one speaker at a time
 * (`groupStatements` never links quotes of different speakers), so a change regroups only the
 * speakers whose quotes were added or removed, and only when a statement is next asked for.
 */
import { groupStatements, sortStatements, type QuoteInArticle, type Statement } from '../compare/statements.ts';
import type { Quote } from '../quotes/quote.ts';

/** Statements kept in a store, read one speaker at a time when first needed. */
export interface StoredStatements {
  /** Speakers with stored statements. */
  keys(): Iterable<string>;
  /** One speaker's stored statements. */
  load(key: string): Statement[];
  /** An id above every stored statement's. */
  nextId: number;
  /** The stored statement holding this quote of speaker `key`, read alone (not the speaker's every statement). */
  statementOf?(quote: Quote, key: string): Statement | undefined;
}

export class StatementIndex {
  private readonly bySpeaker = new Map<string, Statement[]>();
  private readonly ofQuote = new Map<Quote, Statement>();
  private readonly dirty = new Set<string>();
  private sorted: Statement[] | undefined;
  /** Ids for statements regrouped since the last full sort, so ids stay unique without re-sorting. */
  private nextId = 0;
  /** Speakers whose statements are still only in the store. */
  private readonly pending = new Set<string>();
  private stored: StoredStatements | undefined;

  /** `quotesOf(key)`: the person quotes of one speaker, in corpus order. */
  constructor(private readonly quotesOf: (speakerKey: string) => readonly QuoteInArticle[]) {}

  /**
   * Replaces everything with already computed statements (a full build or a snapshot). `ordered`:
   * they are already in `list` order; otherwise they are sorted when the whole list is first asked
   * for (the store reads them per speaker, and sorting them all is work a start-up need not do).
   */
  reset(statements: readonly Statement[], ordered = true): void {
    this.bySpeaker.clear();
    this.ofQuote.clear();
    this.dirty.clear();
    this.pending.clear();
    for (const s of statements) this.store(s.speaker.key, s);
    this.sorted = ordered ? [...statements] : undefined;
    this.nextId = statements.reduce((n, s) => Math.max(n, s.id + 1), statements.length);
  }

  /**
   * Replaces everything with statements kept in a store: each speaker's are read when first needed
   * (a quote's statement, or the whole list), so a start reads none of them.
   */
  useStore(stored: StoredStatements): void {
    this.reset([], false);
    this.stored = stored;
    this.pending.clear();
    for (const key of stored.keys()) this.pending.add(key);
    this.nextId = stored.nextId;
  }

  /** The statements of one speaker as they are now (regrouped first if its quotes changed). */
  ofSpeaker(key: string): readonly Statement[] {
    if (this.dirty.has(key)) this.regroup(key);
    else this.loadPending(key);
    return this.bySpeaker.get(key) ?? [];
  }

  /** The highest id given so far, plus one (what a store keeps as `nextId`). */
  get idLimit(): number {
    return this.nextId;
  }

  private loadPending(key: string): void {
    if (!this.pending.delete(key)) return;
    for (const s of this.stored?.load(key) ?? []) this.store(key, s);
  }

  /** Speakers whose quotes changed: regrouped lazily. */
  invalidate(speakerKeys: Iterable<string>): void {
    for (const key of speakerKeys) this.dirty.add(key);
    this.sorted = undefined;
  }

  /** Regroups the changed speakers now, one speaker per step, then sorts (a caller may yield between steps). */
  *refreshSteps(): Generator<void> {
    for (const key of [...this.dirty]) {
      if (this.dirty.has(key)) this.regroup(key);
      yield;
    }
    this.list();
  }

  statementOf(quote: Quote): Statement | undefined {
    const key = quote.speaker?.key;
    if (key !== undefined && this.dirty.has(key)) this.regroup(key);
    else if (key !== undefined && this.pending.has(key) && this.stored?.statementOf) return this.stored.statementOf(quote, key);
    else if (key !== undefined) this.loadPending(key);
    return this.ofQuote.get(quote);
  }

  /** Every statement, most outlets first (ids in that order). */
  list(): readonly Statement[] {
    if (this.sorted) return this.sorted;
    for (const key of [...this.pending]) if (!this.dirty.has(key)) this.loadPending(key);
    for (const key of [...this.dirty]) this.regroup(key);
    this.sorted = sortStatements([...this.bySpeaker.values()].flat());
    this.nextId = this.sorted.length;
    return this.sorted;
  }

  private regroup(key: string): void {
    this.dirty.delete(key);
    this.pending.delete(key);
    for (const s of this.bySpeaker.get(key) ?? []) for (const m of s.members) this.ofQuote.delete(m.quote);
    this.bySpeaker.delete(key);
    const statements = groupStatements(this.quotesOf(key));
    for (const s of statements) {
      s.id = this.nextId++;
      this.store(key, s);
    }
    this.sorted = undefined;
  }

  private store(key: string, statement: Statement): void {
    const list = this.bySpeaker.get(key);
    if (list) list.push(statement);
    else this.bySpeaker.set(key, [statement]);
    for (const m of statement.members) this.ofQuote.set(m.quote, statement);
  }
}
