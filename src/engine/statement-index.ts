/**
 * Statement groups kept up to date with a changing corpus. Grouping works one speaker at a time
 * (`groupStatements` never links quotes of different speakers), so a change regroups only the
 * speakers whose quotes were added or removed, and only when a statement is next asked for.
 *
 * Besides, each surname family (a person known by surname alone in some articles, `trump`, and
 * full names ending in it, `donald trump`) is grouped as a whole once, when its speakers change
 * (`familyStatementOf`): one utterance reported as Trump's and as Donald Trump's is one statement.
 * Queries used to regroup a family's quotes on the fly (seconds for the largest); it is now built
 * with the statements and kept in the store under a key no speaker has (`familyKey`).
 */
import { groupStatements, personQuote, sortStatements, type QuoteInArticle, type Statement } from '../compare/statements.ts';
import type { Quote, Speaker } from '../quotes/quote.ts';

/** The store key of a surname family's statements: no speaker key starts with a control character. */
export function familyKey(surname: string): string {
  return `\u0001family ${surname}`;
}

/** The surname of a speaker key (its last word). */
export function surnameOf(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}

/** Statements kept in a store, read one speaker at a time when first needed. */
export interface StoredStatements {
  /** Speakers with stored statements. */
  keys(): Iterable<string>;
  /** One speaker's stored statements. */
  load(key: string): Statement[];
  /** An id above every stored statement's. */
  nextId: number;
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
  /** Surname families: their statements, each quote's, those to regroup, those still only in the store. */
  private readonly families = new Map<string, Statement[]>();
  private readonly familyOfQuote = new Map<Quote, Statement>();
  private readonly dirtyFamilies = new Set<string>();
  private readonly pendingFamilies = new Set<string>();
  /** Families regrouped (or gone) since their statements were last handed to a store. */
  private readonly unsavedFamilies = new Set<string>();
  /** The families are not known yet (statements given whole, `reset`): found when first asked for. */
  private familiesUnknown = false;

  /** `quotesBySpeaker()`: the person quotes of each speaker (by key), in corpus order. */
  constructor(private readonly quotesBySpeaker: () => ReadonlyMap<string, readonly QuoteInArticle[]>) {}

  private quotesOf(key: string): readonly QuoteInArticle[] {
    return this.quotesBySpeaker().get(key) ?? [];
  }

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
    this.clearFamilies();
    this.familiesUnknown = statements.length > 0;
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
    this.familiesUnknown = false;
    for (const key of stored.keys()) {
      if (key.startsWith(FAMILY)) this.pendingFamilies.add(key.slice(FAMILY.length));
      else this.pending.add(key);
    }
    this.nextId = stored.nextId;
  }

  /** The statements of one speaker as they are now (regrouped first if its quotes changed); of a family for its `familyKey`. */
  ofSpeaker(key: string): readonly Statement[] {
    if (key.startsWith(FAMILY)) {
      const surname = key.slice(FAMILY.length);
      this.unsavedFamilies.delete(surname);
      return this.familyStatements(surname) ?? [];
    }
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

  /** Speakers whose quotes changed: regrouped lazily, with their surname's family. */
  invalidate(speakerKeys: Iterable<string>): void {
    for (const key of speakerKeys) {
      this.dirty.add(key);
      this.dirtyFamilies.add(surnameOf(key));
    }
    this.sorted = undefined;
  }

  /** Regroups the changed speakers and families now, one per step, then sorts (a caller may yield between steps). */
  *refreshSteps(): Generator<void> {
    for (const key of [...this.dirty]) {
      if (this.dirty.has(key)) this.regroup(key);
      yield;
    }
    const members = this.familyMembers();
    for (const surname of [...this.dirtyFamilies]) {
      if (this.dirtyFamilies.has(surname)) this.regroupFamily(surname, members);
      yield;
    }
    this.list();
  }

  /**
   * `keys` with the store keys of the families regrouped since they were last saved: what to hand
   * to a store after a change (a family gone is saved empty, which drops it).
   */
  withFamilies(keys: Iterable<string>): string[] {
    const out = [...keys];
    for (const surname of new Set([...out.map(surnameOf), ...this.unsavedFamilies]))
      if (this.unsavedFamilies.has(surname) || this.dirtyFamilies.has(surname) || this.families.has(surname)) out.push(familyKey(surname));
    return out;
  }

  /**
   * The statement of a surname family that holds this quote (its family grouped as a whole:
   * `Trump` and `Donald Trump` together), or undefined when the quote's speaker has no family or
   * the quote is in no statement.
   */
  familyStatementOf(quote: Quote): Statement | undefined {
    const key = quote.speaker?.kind === 'person' ? quote.speaker.key : undefined;
    if (key === undefined) return undefined;
    const surname = surnameOf(key);
    if (!this.familyStatements(surname)) return undefined;
    return this.familyOfQuote.get(quote);
  }

  /** The statements of the family of this surname as they are now, or undefined when there is no such family. */
  familyStatements(surname: string): readonly Statement[] | undefined {
    if (this.familiesUnknown) {
      this.familiesUnknown = false;
      for (const s of this.familyMembers().keys()) this.dirtyFamilies.add(s);
    }
    if (this.dirtyFamilies.has(surname)) this.regroupFamily(surname, this.familyMembers());
    else if (this.pendingFamilies.delete(surname)) this.loadFamily(surname);
    return this.families.get(surname);
  }

  statementOf(quote: Quote): Statement | undefined {
    const key = quote.speaker?.key;
    if (key !== undefined && this.dirty.has(key)) this.regroup(key);
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

  /** Surname → the speaker keys of its family: the surname alone and every full name ending in it, when both are quoted. */
  private familyMembers(): Map<string, string[]> {
    const bySurname = new Map<string, string[]>();
    for (const key of this.quotesBySpeaker().keys()) {
      const surname = surnameOf(key);
      const list = bySurname.get(surname);
      if (list) list.push(key);
      else bySurname.set(surname, [key]);
    }
    for (const [surname, keys] of bySurname) if (!keys.includes(surname) || keys.length < 2) bySurname.delete(surname);
    for (const keys of bySurname.values()) keys.sort();
    return bySurname;
  }

  private regroupFamily(surname: string, members: Map<string, string[]>): void {
    this.dirtyFamilies.delete(surname);
    const existed = this.pendingFamilies.delete(surname) || this.families.has(surname);
    this.dropFamily(surname);
    const keys = members.get(surname);
    if (existed || keys) this.unsavedFamilies.add(surname);
    if (!keys) return;
    const speakerOf = (q: Quote) => q.speaker;
    // Only the quotes grouping reads (a person's words, not titles): each with a word to compare
    // ends in a statement, so a family's statements hold what it was grouped from (what an
    // audience's check of a family reads, `engine.ts`).
    const quotes = keys.flatMap((k) => this.quotesOf(k).filter((q) => personQuote(q, speakerOf)));
    this.setFamily(surname, groupStatements(quotes));
  }

  private loadFamily(surname: string): void {
    const statements = this.stored?.load(familyKey(surname)) ?? [];
    // The store names a statement by its first member: a family's is named by its fullest name, as grouping names it.
    this.setFamily(
      surname,
      statements.map((s) => ({ ...s, speaker: fullestSpeaker(s) ?? s.speaker })),
    );
  }

  private setFamily(surname: string, statements: Statement[]): void {
    if (!statements.length) return;
    this.families.set(surname, statements);
    for (const s of statements) for (const m of s.members) this.familyOfQuote.set(m.quote, s);
  }

  private dropFamily(surname: string): void {
    for (const s of this.families.get(surname) ?? []) for (const m of s.members) this.familyOfQuote.delete(m.quote);
    this.families.delete(surname);
  }

  private clearFamilies(): void {
    this.families.clear();
    this.familyOfQuote.clear();
    this.dirtyFamilies.clear();
    this.pendingFamilies.clear();
    this.unsavedFamilies.clear();
  }

  private store(key: string, statement: Statement): void {
    const list = this.bySpeaker.get(key);
    if (list) list.push(statement);
    else this.bySpeaker.set(key, [statement]);
    for (const m of statement.members) this.ofQuote.set(m.quote, statement);
  }
}

const FAMILY = familyKey('');

/** The fullest name among the members (the first of the longest keys), as grouping names a statement. */
function fullestSpeaker(s: Statement): Speaker | undefined {
  let best: Speaker | undefined;
  for (const m of s.members) {
    const speaker = m.quote.speaker;
    if (speaker && (!best || speaker.key.length > best.key.length)) best = speaker;
  }
  return best;
}
