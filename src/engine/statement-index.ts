/**
 * Statement groups kept up to date with a changing corpus. Grouping works one speaker at a time
 * (`groupStatements` never links quotes of different speakers), so a change regroups only the
 * speakers whose quotes were added or removed, and only when a statement is next asked for.
 *
 * A surname family (a person known by surname alone in some articles, `trump`, and by full names
 * ending in it in others, `donald trump`) is grouped as a whole instead, as one unit: one utterance
 * reported as Trump's and as Donald Trump's is one statement. Queries used to regroup a family's
 * quotes on the fly (seconds for the largest); it is now grouped with the statements, once, and
 * kept in the store under a key no speaker has (`familyKey`). A change to any speaker of a
 * surname shared by several regroups every speaker of that surname.
 */
import { groupable, groupStatements, personQuote, sortStatements, type QuoteInArticle, type Statement } from '../compare/statements.ts';
import type { Quote, Speaker } from '../quotes/quote.ts';
import { DirtySpeakers, keysBySurname, surnameOf } from './dirty-speakers.ts';
import { push } from './multimap.ts';
import type { StoredStatements } from './stored-statements.ts';

/** The store key of a surname family's statements: no speaker key starts with a control character. */
export function familyKey(surname: string): string {
  return `\u0001family ${surname}`;
}

export { surnameOf };
export { settleChunks } from './settle-chunks.ts';

export type { StoredStatements } from './stored-statements.ts';

/**
 * Members of the statements read back from a store that the index keeps at most: beyond it, the
 * units read longest ago are forgotten (read again when next needed). `/quote Trump` at 150k
 * articles read the Trumps' family, 138 MB, and kept it for the whole process.
 */
export const MAX_LOADED_MEMBERS = 300_000;

export class StatementIndex {
  /** Statements by unit: a speaker key, or a surname family's `familyKey`. */
  private readonly byUnit = new Map<string, Statement[]>();
  private readonly ofQuote = new Map<Quote, Statement>();
  /** Speakers whose quotes changed. */
  private readonly dirty = new DirtySpeakers();
  private sorted: Statement[] | undefined;
  /** Ids for statements regrouped since the last full sort, so ids stay unique without re-sorting. */
  private nextId = 0;
  /** Units whose statements are still only in the store. */
  private readonly pending = new Set<string>();
  private stored: StoredStatements | undefined;
  /** The family (surname) of each statement grouped over a whole family. */
  private readonly familyOf = new WeakMap<Statement, string>();
  /** Speaker keys by surname, while the quotes do not change. */
  private keysBySurname: Map<string, string[]> | undefined;
  /** Units regrouped besides the changed speakers, to hand to a store (`withFamilies`). */
  private readonly unsaved = new Set<string>();

  /** Family statements read alone from the store, named as `loadPending` names them (one object per stored one). */
  private readonly namedAlone = new WeakMap<Statement, Statement>();
  /** Units read back from the store and held, least recently used first, with their members. */
  private readonly loaded = new Map<string, number>();
  private loadedMembers = 0;
  /** The whole list was sorted (ids given in its order): a unit read again would bring back its stored ids, so none is forgotten. */
  private listed = false;
  private readonly maxLoadedMembers: number;

  /**
   * `quotesOf(key)`: the person quotes of one speaker, in corpus order; `speakerKeys()`: the keys of
   * every person quoted (what surname families are found in).
   */
  constructor(
    private readonly quotesOf: (speakerKey: string) => readonly QuoteInArticle[],
    private readonly speakerKeys: () => Iterable<string>,
    options: { maxLoadedMembers?: number } = {},
  ) {
    this.maxLoadedMembers = options.maxLoadedMembers ?? MAX_LOADED_MEMBERS;
  }

  /**
   * How a list of quotes is grouped: `groupStatements`, unless a caller that grouped the same list
   * elsewhere (a build's worker threads) answers it; it must give what `groupStatements` gives.
   */
  group: (quotes: readonly QuoteInArticle[]) => Statement[] = (quotes) => groupStatements(quotes);

  /**
   * Replaces everything with already computed statements (a full build or a snapshot). `ordered`:
   * they are already in `list` order; otherwise they are sorted when the whole list is first asked
   * for (the store reads them per speaker, and sorting them all is work a start-up need not do).
   */
  reset(statements: readonly Statement[], ordered = true): void {
    this.byUnit.clear();
    this.ofQuote.clear();
    this.dirty.clear();
    this.pending.clear();
    this.unsaved.clear();
    this.keysBySurname = undefined;
    for (const s of statements) this.store(s.speaker.key, s);
    this.sorted = ordered ? [...statements] : undefined;
    this.nextId = statements.reduce((n, s) => Math.max(n, s.id + 1), statements.length);
  }

  /**
   * Replaces everything with statements kept in a store: each unit's are read when first needed
   * (a quote's statement, or the whole list), so a start reads none of them.
   */
  useStore(stored: StoredStatements): void {
    this.reset([], false);
    this.stored = stored;
    for (const key of stored.keys()) this.pending.add(key);
    this.nextId = stored.nextId;
  }

  /** The statements stored under a unit (a speaker key, or a `familyKey`) as they are now. */
  ofSpeaker(key: string): readonly Statement[] {
    this.fresh(key.startsWith(FAMILY) ? key.slice(FAMILY.length) : key);
    return this.byUnit.get(key) ?? [];
  }

  /** The highest id given so far, plus one (what a store keeps as `nextId`). */
  get idLimit(): number {
    return this.nextId;
  }

  /** Speakers whose quotes changed: regrouped lazily, with every speaker of their surname when it is shared. */
  invalidate(speakerKeys: Iterable<string>): void {
    for (const key of speakerKeys) this.dirty.add(key);
    this.keysBySurname = undefined;
    this.sorted = undefined;
  }

  /**
   * Regroups the changed speakers now, one surname per step (a caller may yield between steps).
   * The whole list is sorted when first asked for, not here: after a change to a few speakers,
   * reading and sorting every stored statement of the archive cost more than the change.
   */
  *refreshSteps(only?: Iterable<string>): Generator<void> {
    yield* this.regroupSteps(only);
  }

  /**
   * Forgets the statements of these units (speaker keys or `familyKey`s) once a store holds them:
   * they are read back when next needed. A build settling every speaker of an archive keeps one
   * chunk of statements in the heap instead of all of them. Without a store, nothing is forgotten.
   */
  release(units: Iterable<string>): void {
    if (!this.stored) return;
    for (const unit of units) {
      // Only units held now (a unit with no statement has no row to read back).
      if (!this.byUnit.has(unit) || this.dirty.has(unit) || this.unsaved.has(unit)) continue;
      this.drop(unit);
      this.pending.add(unit);
    }
    this.sorted = undefined;
  }

  /** Regroups the changed speakers (those among `only`, when given), one surname per step. */
  private *regroupSteps(only?: Iterable<string>): Generator<void> {
    const bySurname = new Map<string, string[]>();
    for (const key of only ?? this.dirty) if (this.dirty.has(key)) push(bySurname, surnameOf(key), key);
    for (const [surname, keys] of bySurname) {
      if (keys.some((k) => this.dirty.has(k))) this.regroupSurname(surname, keys);
      yield;
    }
  }

  /**
   * `keys` (changed speakers) with the other units regrouped with them (the other speakers of a
   * shared surname, the family): what to hand to a store after a change. A unit now empty is
   * saved empty, which drops it.
   */
  withFamilies(keys: Iterable<string>): string[] {
    const out = new Set(keys);
    for (const key of out) this.fresh(surnameOf(key), key);
    for (const unit of this.unsaved) out.add(unit);
    this.unsaved.clear();
    return [...out];
  }

  statementOf(quote: Quote, article?: QuoteInArticle['article']): Statement | undefined {
    const key = quote.speaker?.key;
    // Nothing changed since grouping: a statement held in memory is the quote's.
    const held = this.ofQuote.get(quote);
    if (key === undefined || (held && !this.dirty.size)) return held;
    const surname = surnameOf(key);
    // Still only in the store and unchanged: read the one statement holding the quote, not every
    // statement of its speaker or family (a family's are stored under the family's key).
    const unit = this.storedUnit(key);
    if (unit !== undefined && this.stored?.statementOf) {
      const s = this.stored.statementOf(quote, unit);
      // Only a statement holding the quote (a row left from an older grouping must not answer).
      if (s?.members.some((m) => m.quote === quote)) return unit === familyKey(surname) ? this.namedFamily(s, surname) : s;
      // A quote grouping leaves out (a title, no word to compare) has none: the unit need not be read.
      if (!s && article && !groupable({ article, quote })) return undefined;
    }
    this.fresh(surname, key);
    return this.ofQuote.get(quote);
  }

  /**
   * False when the quote's statement (`statementOf`) has no member but the quote, or there is none:
   * a quote with no "same statement" elsewhere, told from the store without decoding its statement
   * (most quotes are said by one outlet: 94 % of the statements at 37k articles have one member).
   * True when it may have others, or when only reading its statement can tell.
   */
  mayShare(quote: Quote): boolean {
    const key = quote.speaker?.key;
    if (key === undefined) return this.ofQuote.has(quote);
    if (this.ofQuote.has(quote) || !this.stored?.shares) return true;
    const unit = this.storedUnit(key);
    return unit === undefined || this.stored.shares(quote, unit) !== false;
  }

  /** As `statementOf` reads a quote of this speaker: the family's stored statements, else the speaker's, unchanged since stored (else undefined). */
  private storedUnit(key: string): string | undefined {
    let named = this.unitNames.get(key);
    if (!named) {
      if (this.unitNames.size >= MAX_UNIT_NAMES) this.unitNames.clear();
      const surname = surnameOf(key);
      this.unitNames.set(key, (named = [surname, familyKey(surname)]));
    }
    const [surname, family] = named;
    const unit = this.pending.has(family) ? family : this.pending.has(key) ? key : undefined;
    return unit === undefined || this.dirty.hasSurname(surname) ? undefined : unit;
  }

  /** Each key's surname and family key (`storedUnit` is asked for every candidate quote, two or three times). */
  private readonly unitNames = new Map<string, readonly [string, string]>();

  /** Reads from the store at once what `mayShare` would read for each of these quotes (a topic query's candidates). */
  prefetch(quotes: Iterable<Quote>): void {
    const asked: Array<[Quote, string]> = [];
    for (const quote of quotes) {
      const unit = quote.speaker && !this.ofQuote.has(quote) ? this.storedUnit(quote.speaker.key) : undefined;
      if (unit !== undefined) asked.push([quote, unit]);
    }
    if (asked.length && this.stored?.shares) this.stored.prefetch?.(asked);
  }

  /** True when no speaker waits to be regrouped: the statements held or stored are those of the quotes now. */
  get settled(): boolean {
    return this.dirty.size === 0;
  }

  /** True when the speakers of this surname are grouped as one family (the surname alone and a full name ending in it). */
  isFamily(surname: string): boolean {
    this.keysBySurname ??= keysBySurname(this.speakerKeys());
    const keys = this.keysBySurname.get(surname) ?? [];
    return keys.length > 1 && keys.includes(surname);
  }

  /** The surname of the family a statement was grouped over as a whole, if it was. */
  familyOfStatement(statement: Statement): string | undefined {
    return this.familyOf.get(statement);
  }

  /** Every statement of a family grouped as a whole (empty when there is none). */
  familyStatements(surname: string): readonly Statement[] {
    return this.ofSpeaker(familyKey(surname));
  }

  /** Every statement, most outlets first (ids in that order). */
  list(): readonly Statement[] {
    if (this.sorted) return this.sorted;
    // Every unit is held from now on (the list holds them all, and gives them ids).
    this.listed = true;
    for (const unit of [...this.pending]) this.loadPending(unit, new Set());
    for (const _ of this.regroupSteps());
    this.sorted = sortStatements([...this.byUnit.values()].flat());
    this.nextId = this.sorted.length;
    return this.sorted;
  }

  /** A family statement read from the store, named by its fullest name (as `loadPending` names them). */
  private namedFamily(s: Statement, surname: string): Statement {
    let named = this.namedAlone.get(s);
    if (!named) {
      named = { ...s, speaker: fullestSpeaker(s) ?? s.speaker };
      this.familyOf.set(named, surname);
      this.namedAlone.set(s, named);
    }
    return named;
  }

  /** Makes the statements of a speaker (`key`) or of a whole surname current: regrouped if changed, else read from the store. */
  private fresh(surname: string, key?: string): void {
    if (key === undefined ? this.dirty.hasSurname(surname) : this.dirty.has(key))
      this.regroupSurname(surname, this.dirty.ofSurname(surname));
    // Neither is forgotten while the other is read: callers read both.
    const keep = new Set([familyKey(surname), ...(key === undefined ? [] : [key])]);
    if (key !== undefined) this.loadPending(key, keep);
    this.loadPending(familyKey(surname), keep);
  }

  private loadPending(unit: string, keep: ReadonlySet<string>): void {
    const members = this.loaded.get(unit);
    if (members !== undefined) {
      // Used again: the most recently used.
      this.loaded.delete(unit);
      this.loaded.set(unit, members);
    }
    if (!this.pending.delete(unit)) return;
    const family = unit.startsWith(FAMILY) ? unit.slice(FAMILY.length) : undefined;
    let count = 0;
    for (const s of this.stored?.load(unit) ?? []) {
      // The store names a statement by its first member: a family's is named by its fullest name, as grouping names it.
      const statement = family === undefined ? s : { ...s, speaker: fullestSpeaker(s) ?? s.speaker };
      if (family !== undefined) this.familyOf.set(statement, family);
      this.store(unit, statement);
      count += statement.members.length;
    }
    this.loaded.set(unit, count);
    this.loadedMembers += count;
    this.forgetOldest(keep);
  }

  /** Forgets the units read longest ago (still as stored) while those held pass the budget; never those in `keep`. */
  private forgetOldest(keep: ReadonlySet<string>): void {
    if (this.listed) return;
    for (const [unit, members] of this.loaded) {
      if (this.loadedMembers <= this.maxLoadedMembers) return;
      if (keep.has(unit)) continue;
      this.loaded.delete(unit);
      this.loadedMembers -= members;
      // Still as stored (not regrouped since): read again from the store when next needed.
      if (this.byUnit.has(unit) && !this.dirty.has(unit) && !this.unsaved.has(unit)) {
        this.drop(unit);
        this.pending.add(unit);
        this.sorted = undefined;
      }
    }
  }

  /**
   * Regroups the changed speakers of one surname. A surname shared by several speakers (or grouped
   * as a family before) is one unit: all its speakers' statements are dropped and grouped again,
   * as a family when the surname alone and a full name ending in it are both quoted, else each
   * speaker alone.
   */
  private regroupSurname(surname: string, changed: readonly string[]): void {
    this.keysBySurname ??= keysBySurname(this.speakerKeys());
    const keys = this.keysBySurname.get(surname) ?? [];
    const unit = familyKey(surname);
    const shared = new Set([...keys, ...changed]).size > 1 || this.byUnit.has(unit) || this.pending.has(unit);
    const regrouped = shared ? [...new Set([...keys, ...changed]), unit] : changed;
    for (const k of regrouped) {
      this.dirty.delete(k);
      this.drop(k);
      if (shared) this.unsaved.add(k);
    }
    this.sorted = undefined;
    if (shared && keys.length > 1 && keys.includes(surname)) {
      // Only the quotes grouping reads (a person's words, not titles): each with a word to compare
      // ends in a statement, so a family's statements hold what it was grouped from (what an
      // audience's check of a family reads, `engine.ts`).
      const speakerOf = (q: Quote) => q.speaker;
      const quotes = keys.flatMap((k) => this.quotesOf(k).filter((q) => personQuote(q, speakerOf)));
      for (const s of this.group(quotes)) {
        s.id = this.nextId++;
        this.familyOf.set(s, surname);
        this.store(unit, s);
      }
      return;
    }
    for (const k of shared ? keys : changed)
      for (const s of this.group(this.quotesOf(k))) {
        s.id = this.nextId++;
        this.store(k, s);
      }
  }

  private drop(unit: string): void {
    const members = this.loaded.get(unit);
    if (members !== undefined) {
      this.loaded.delete(unit);
      this.loadedMembers -= members;
    }
    this.pending.delete(unit);
    for (const s of this.byUnit.get(unit) ?? [])
      for (const m of s.members) if (this.ofQuote.get(m.quote) === s) this.ofQuote.delete(m.quote);
    this.byUnit.delete(unit);
  }

  private store(unit: string, statement: Statement): void {
    push(this.byUnit, unit, statement);
    for (const m of statement.members) this.ofQuote.set(m.quote, statement);
  }
}

const FAMILY = familyKey('');

/** Speaker keys whose names `storedUnit` keeps at most. */
const MAX_UNIT_NAMES = 65_536;

/** The fullest name among the members (the first of the longest keys), as grouping names a statement. */
function fullestSpeaker(s: Statement): Speaker | undefined {
  let best: Speaker | undefined;
  for (const m of s.members) {
    const speaker = m.quote.speaker;
    if (speaker && (!best || speaker.key.length > best.key.length)) best = speaker;
  }
  return best;
}
