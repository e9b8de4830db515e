/**
 * Settling a build's statements with the grouping done ahead, in worker threads (`GroupPool`): for
 * each chunk of speakers, the lists `StatementIndex` will group (a surname family's person quotes,
 * or each speaker's) are read here, sent to the workers, and their statements kept until the index
 * asks to group exactly that list (`group`); the index then regroups, names, numbers and saves as
 * always. A list predicted wrongly, or a worker that failed, is grouped in this thread, so the
 * statements are those of `groupStatements` in every case.
 */
import { groupStatements, personQuote, type QuoteInArticle, type Statement } from '../../compare/statements.ts';
import { keysBySurname, surnameOf } from '../dirty-speakers.ts';
import type { Quote } from '../../quotes/quote.ts';
import { GroupPool, statementsOf, type GroupedStatement } from './group-pool.ts';
import type { EarlyGrouping } from './early-grouping.ts';
import { push } from '../multimap.ts';
import { GROUP_IN_WORKERS_FROM } from '../settle-chunks.ts';

export { databaseFileOf } from './group-pool.ts';

/**
 * Chunks when settling with grouping workers, at most: small, so that the main thread starts
 * saving the first chunk soon while the workers group the next ones (it waited for a whole chunk
 * of the archive's largest speakers). The order speakers are regrouped in, and so every statement
 * and id, does not depend on the chunks.
 */
const AHEAD_CHUNK = { speakers: 1000, quotes: 20_000 };

export const aheadChunk = (size: { speakers: number; quotes: number }) => ({
  speakers: Math.min(size.speakers, AHEAD_CHUNK.speakers),
  quotes: Math.min(size.quotes, AHEAD_CHUNK.quotes),
});

/** Quotes left to group after an early grouping that its workers alone group (`GroupedAhead.poolFor`): where settling starts workers. */
const EARLY_POOL_QUOTES = GROUP_IN_WORKERS_FROM;

/** Quotes of the chunks read ahead and not yet settled, at most (about two chunks' worth, as when one was read ahead). */
const AHEAD_QUOTES = 200_000;

export class GroupedAhead {
  /** The workers grouping what was not grouped early (with `early`: started once they pay, `poolFor`). */
  private pool: GroupPool | undefined;
  /** Quotes sent to be grouped since settling began. */
  private sentQuotes = 0;
  /** Each speaker's person quotes, read once per chunk (the index reads them again to group and save). */
  private readonly quotes = new Map<string, readonly QuoteInArticle[]>();
  /** Lists grouped by a worker, by their first entry. */
  private readonly grouped = new Map<QuoteInArticle, { list: readonly QuoteInArticle[]; statements: GroupedStatement[] }>();
  private readonly chunkKeys = new Map<readonly string[], string[]>();
  private keysBySurname: Map<string, string[]> | undefined;
  /** Lists answered from the workers' grouping (the others were grouped in this thread). */
  answered = 0;

  constructor(
    private readonly read: (speakerKey: string) => readonly QuoteInArticle[],
    private readonly personKeys: () => Iterable<string>,
    private readonly threads?: number,
    private readonly database?: string,
    /** Lists grouped while the last batch was indexed (its pool is closed here). */
    private readonly early?: EarlyGrouping,
  ) {
    if (!early) this.pool = new GroupPool(threads, database);
  }

  /**
   * The workers to group `quotes` more quotes: after an early grouping, its workers while what
   * is left is little (at 37k articles, the few speakers an earlier batch also quoted), else a
   * pool of `threads` (what a build whose earlier batches quoted most speakers needs).
   */
  private poolFor(quotes: number): GroupPool {
    this.sentQuotes += quotes;
    if (this.pool) return this.pool;
    if (this.early && this.sentQuotes < EARLY_POOL_QUOTES) return this.early.pool;
    return (this.pool = new GroupPool(this.threads, this.database));
  }

  /** Quotes whose words are held on the object while their chunk is settled (by chunk). */
  private readonly pinned = new Map<readonly string[], Quote[]>();
  /** Quotes read for each chunk read and not yet settled. */
  private readonly chunkQuotes = new Map<readonly string[], number>();

  /** A speaker's person quotes: the list read for its chunk while the chunk is being settled. */
  quotesOf(key: string): readonly QuoteInArticle[] {
    return this.quotes.get(key) ?? this.read(key);
  }

  /** `groupStatements`, answered from a worker when this very list was grouped there. */
  readonly group = (list: readonly QuoteInArticle[]): Statement[] => {
    const done = list.length ? this.grouped.get(list[0]!) : undefined;
    if (done && done.list.length === list.length && done.list.every((e, i) => e === list[i])) {
      this.grouped.delete(list[0]!);
      this.answered++;
      return statementsOf(list, done.statements);
    }
    return groupStatements(list);
  };

  /** Reads the lists of a chunk of speakers and has the workers group them; resolves once grouped. */
  prepare(chunk: readonly string[]): Promise<void> {
    this.keysBySurname ??= keysBySurname(this.personKeys());
    const bySurname = new Map<string, string[]>();
    for (const key of chunk) push(bySurname, surnameOf(key), key);
    const read: string[] = [];
    const list = (key: string) => {
      let quotes = this.quotes.get(key);
      if (!quotes) {
        this.quotes.set(key, (quotes = this.read(key)));
        read.push(key);
      }
      return quotes;
    };
    const family = (surname: string, keys: readonly string[]) => keys.length > 1 && keys.includes(surname);
    for (const [surname, changed] of bySurname)
      for (const key of new Set([...(this.keysBySurname.get(surname) ?? []), ...changed])) list(key);
    const pinned: Quote[] = [];
    const families = [...bySurname.keys()].filter((surname) => family(surname, this.keysBySurname!.get(surname) ?? []));
    // A family's quotes are told from titles by their words (`personQuote`, here and when the index regroups): read them first.
    pinTexts(
      families.flatMap((surname) => (this.keysBySurname!.get(surname) ?? []).map((k) => list(k))),
      pinned,
    );
    const lists: Array<readonly QuoteInArticle[]> = [];
    // As `StatementIndex.regroupSurname` makes them: a family's person quotes, else each speaker's.
    for (const [surname, changed] of bySurname) {
      const keys = this.keysBySurname.get(surname) ?? [];
      if (family(surname, keys)) lists.push(keys.flatMap((k) => list(k).filter((q) => personQuote(q, (x) => x.speaker))));
      else for (const key of new Set([...keys, ...changed])) lists.push(list(key));
    }
    this.chunkKeys.set(chunk, read);
    this.pinned.set(chunk, pinned);
    this.chunkQuotes.set(
      chunk,
      read.reduce((n, key) => n + (this.quotes.get(key)?.length ?? 0), 0),
    );
    const sent: Array<readonly QuoteInArticle[]> = [];
    const answered: Array<Promise<void>> = [];
    const keep = (l: readonly QuoteInArticle[], statements: GroupedStatement[] | undefined) => {
      if (statements) this.grouped.set(l[0]!, { list: l, statements });
    };
    for (const l of lists) {
      if (!l.length) continue;
      // Grouped early (the same quotes in the same order): not sent again, and its words are not read here.
      const early = this.early?.take(l);
      if (early) answered.push(early.then((statements) => keep(l, statements)));
      else sent.push(l);
    }
    // The words of the lists sent (the workers are sent them).
    pinTexts(sent, pinned);
    const quotes = sent.reduce((n, l) => n + l.length, 0);
    if (sent.length)
      answered.push(
        this.poolFor(quotes)
          .group(sent)
          .then((results) => results.forEach((statements, i) => keep(sent[i]!, statements))),
      );
    return Promise.all(answered).then(() => undefined);
  }

  /** Forgets what was read and grouped for a chunk once it is settled. */
  finish(chunk: readonly string[]): void {
    // A list grouped but never asked for (none, when the lists were foreseen right) goes at `close`.
    for (const key of this.chunkKeys.get(chunk) ?? []) this.quotes.delete(key);
    this.chunkKeys.delete(chunk);
    this.chunkQuotes.delete(chunk);
    for (const quote of this.pinned.get(chunk) ?? []) delete (quote as { text?: string }).text;
    this.pinned.delete(chunk);
  }

  /**
   * Settles the chunks in order (`settleChunk`: regroup, save, forget), each grouped by the workers
   * ahead of its turn; closes the workers at the end. Chunks are read and sent ahead while fewer
   * than `AHEAD_QUOTES` quotes are held (always the next one): the first chunk holds the archive's
   * largest speakers, and while the workers group it this thread reads the chunks after it instead
   * of waiting (it waited for the whole first chunk's grouping, then settled alone while the
   * workers had only the next chunk to group).
   */
  async settle(chunks: readonly string[][], settleChunk: (chunk: readonly string[]) => Promise<void>): Promise<void> {
    const ready: Array<Promise<void>> = [];
    let held = 0;
    try {
      for (const [i, chunk] of chunks.entries()) {
        while (ready.length < chunks.length && (ready.length <= i + 1 || held < AHEAD_QUOTES)) {
          const next = chunks[ready.length]!;
          ready.push(this.prepare(next));
          held += this.chunkQuotes.get(next) ?? 0;
        }
        await ready[i];
        await settleChunk(chunk);
        held -= this.chunkQuotes.get(chunk) ?? 0;
        this.finish(chunk);
      }
    } finally {
      this.close();
    }
  }

  close(): void {
    for (const chunk of [...this.pinned.keys()]) this.finish(chunk);
    this.early?.close();
    this.pool?.close();
    this.quotes.clear();
    this.grouped.clear();
  }
}

/** Holds the words of these lists' quotes on the objects (`pinText`), read article by article (the store parses an article's quote texts at once); adds those pinned to `pinned`. */
function pinTexts(lists: ReadonlyArray<readonly QuoteInArticle[]>, pinned: Quote[]): void {
  const byArticle = new Map<unknown, Quote[]>();
  for (const l of lists) for (const { article, quote } of l) push(byArticle, article, quote);
  for (const quotes of byArticle.values()) for (const quote of quotes) if (pinText(quote)) pinned.push(quote);
}

/**
 * Holds a stored quote's words on the object itself (its `text` reads them from the store's small
 * cache each time: a chunk's lists are read by speaker, not by article, so each read parsed the
 * article's quote texts again). Undone by `finish`; a quote holding its words already is left as is.
 */
function pinText(quote: Quote): boolean {
  if (Object.hasOwn(quote, 'text')) return false;
  Object.defineProperty(quote, 'text', { value: quote.text, configurable: true, enumerable: false, writable: false });
  return true;
}

/** How many quotes the speakers `touched` have (what settling them regroups). */
export function quotesToRegroup(touched: readonly string[], totals: readonly { speaker: { key: string }; quotes: number }[]): number {
  const counts = new Map<string, number>();
  for (const t of totals) counts.set(t.speaker.key, (counts.get(t.speaker.key) ?? 0) + t.quotes);
  return touched.reduce((n, key) => n + (counts.get(key) ?? 0), 0);
}
