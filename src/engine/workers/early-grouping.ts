/**
 * A build's statement grouping started early: once the last batch of a build in batches has its
 * speakers unified, the lists its speakers will be grouped from are made from the quotes in memory
 * and sent to the grouping workers, which group them while this thread indexes the batch and
 * commits it (a phase where the workers had nothing to do). Settling (`GroupedAhead`) then takes a
 * list's statements from here when the list it reads back from the store is the very list grouped
 * early (the same quotes, by passage id of their article and position in it, in the same order);
 * anything else is grouped as before, so the statements are those of `groupStatements` in every case.
 *
 * Only surnames none of whose speakers has a quote stored by an earlier batch are grouped early:
 * their lists are then wholly in the batch (no store read, and memory bounded by one batch). For the
 * same reason settling takes those speakers' quotes from here too (`quotesOf`: the batch's entries,
 * as the store shows them once committed) instead of reading each speaker's back from the store.
 */
import { personQuote, type QuoteInArticle } from '../../compare/statements.ts';
import type { Article } from '../../corpus/article.ts';
import type { Quote } from '../../quotes/quote.ts';
import { keysBySurname, surnameOf } from '../dirty-speakers.ts';
import { quotesAt, type FileQuotes } from '../file-quotes.ts';
import { push } from '../multimap.ts';
import { GROUP_IN_WORKERS_FROM } from '../settle-chunks.ts';
import { availableParallelism } from 'node:os';
import { GroupPool, type GroupedStatement } from './group-pool.ts';

/** A file of the batch as staged: its articles, their quotes (speakers unified), its first passage id. */
export interface EarlyFile {
  file: string;
  articles: readonly Article[];
  quotes: ReadonlyArray<readonly Quote[]>;
  firstId: number;
}

/** Quotes in the lists to group early from which a worker pays: where settling starts workers. */
export const EARLY_FROM_QUOTES = GROUP_IN_WORKERS_FROM;

/**
 * Starts grouping the batch's lists early (`EarlyGrouping`) when asked (`groupEarly`: true, or the
 * least number of quotes instead of `EARLY_FROM_QUOTES`) and its lists (those of surnames of no
 * key in `stored`, every speaker key the store had a quote of before the batch) hold enough quotes
 * for a worker to pay; `database`: the file grouping workers may read paragraphs from (what
 * settling's lists need). `files` are the batch's files as staged: the store's commit gives them
 * its own articles and quotes, which `EarlyGrouping.quotesOf` reads.
 */
export function startEarlyGrouping(
  files: ReadonlyArray<StagedFile>,
  groupEarly: boolean | number,
  stored: () => Iterable<string>,
  database: string | undefined,
): EarlyGrouping | undefined {
  if (groupEarly === false) return undefined;
  if (files.some((f) => !Array.isArray(f.quotes))) return undefined; // Quotes of a store: not a batch in memory.
  const surnames = new Set<string>();
  for (const key of stored()) surnames.add(surnameOf(key));
  const early = files.map((f) => ({ file: f.file, articles: f.load.articles, quotes: f.quotes as Quote[][], firstId: f.firstId }));
  const { lists, byKey } = listsOf(early, surnames);
  // Only when enough quotes are left to group early for a worker to pay (most of an archive's
  // speakers quoted by earlier batches leave few).
  const quotes = lists.reduce((n, l) => n + l.list.length, 0);
  if (quotes < (groupEarly === true ? EARLY_FROM_QUOTES : groupEarly)) return undefined;
  // One core fewer than the machine has: this thread's, indexing and committing the batch meanwhile.
  return new EarlyGrouping(new GroupPool(Math.max(1, availableParallelism() - 1), database), lists, { byKey, files });
}

/** A file of the batch as the corpus stages it (its articles and quotes replaced by the store's when committed). */
type StagedFile = { file: string; load: { articles: readonly Article[] }; quotes: unknown; firstId: number };

/** Each speaker's person quotes in the batch (by identity, `storedId`), for the speakers grouped early, and the batch's files. */
interface BatchQuotes {
  byKey: Map<string, Float64Array>;
  files: ReadonlyArray<StagedFile>;
}

/** Quotes in messages not yet answered, at most (each message about 4,000: bounds the copies queued for the workers). */
const IN_FLIGHT_QUOTES = 160_000;
/** Quotes per `GroupPool.group` call. */
const SLICE_QUOTES = 8_000;

/** Quotes per article below this (a quote's identity is `firstId * QUOTE_IDS + position`, exact in a double). */
const QUOTE_IDS = 1_000_000;

/** A stored quote's identity: its article's first passage id and its position among the article's quotes (undefined: not a stored quote). */
function storedId({ article, quote }: QuoteInArticle): number | undefined {
  const firstId = (article as Article & { firstId?: unknown }).firstId;
  const at = (quote as Quote & { storedAt?: readonly [number, number] }).storedAt;
  return typeof firstId === 'number' && at ? firstId * QUOTE_IDS + at[1] : undefined;
}

/** A list to group early: its entries and their identities. */
type EarlyListToSend = { ids: Float64Array; list: QuoteInArticle[] };

/** A list grouped early: its quotes' identities, and its statements once grouped. */
interface EarlyList {
  ids: Float64Array;
  answer: Promise<GroupedStatement[] | undefined>;
}

export class EarlyGrouping {
  /** By the identity of each list's first quote (a quote is in one list only). */
  private readonly answers = new Map<number, EarlyList>();
  /** Lists grouped early, and how many of them settling took. */
  sent = 0;
  taken = 0;
  private closed = false;

  /** Each article of the batch by its first passage id: its file and position in it (as staged: a stored article reads its paragraphs). */
  private readonly articleAt = new Map<number, [StagedFile, number]>();

  /** Starts grouping `lists` (emptied as they are sent); `pool` is handed on to settling, which closes it. */
  constructor(
    readonly pool: GroupPool,
    lists: Array<EarlyListToSend | undefined>,
    private readonly batch: BatchQuotes = { byKey: new Map(), files: [] },
  ) {
    this.sent = lists.length;
    this.send(lists);
    for (const f of batch.files) {
      let firstId = f.firstId;
      f.load.articles.forEach((article, a) => {
        this.articleAt.set(firstId, [f, a]);
        firstId += article.paragraphs.length;
      });
    }
  }

  /**
   * The person quotes of speaker `key`, in corpus order, as the corpus reads them once the batch is
   * committed (its articles and quotes the store's): undefined for a speaker not grouped early (a
   * quote of its surname's may be stored by an earlier batch). Every quote of such a speaker is in
   * the batch (the batch replaced no file), so the list is the store's list for it.
   */
  quotesOf(key: string): QuoteInArticle[] | undefined {
    const ids = this.closed ? undefined : this.batch.byKey.get(key);
    if (!ids) return undefined;
    const out: QuoteInArticle[] = [];
    for (const id of ids) {
      const at = id % QUOTE_IDS;
      const [f, a] = this.articleAt.get((id - at) / QUOTE_IDS)!;
      out.push({ article: f.load.articles[a]!, quote: quotesAt(f.quotes as FileQuotes, a)[at]! });
    }
    return out;
  }

  /** The statements grouped early for this list (read back from the store), once; undefined when it was not. */
  take(list: readonly QuoteInArticle[]): Promise<GroupedStatement[] | undefined> | undefined {
    if (!this.answers.size || !list.length) return undefined;
    const first = storedId(list[0]!);
    const early = first === undefined ? undefined : this.answers.get(first);
    if (!early || early.ids.length !== list.length) return undefined;
    for (let i = 1; i < list.length; i++) if (storedId(list[i]!) !== early.ids[i]) return undefined;
    this.answers.delete(first!);
    this.taken++;
    return early.answer;
  }

  /** Forgets what was not taken and closes the pool (when settling never ran); returns nothing (`x = x?.close()`). */
  close(): undefined {
    this.closed = true;
    this.answers.clear();
    this.batch.byKey.clear();
    this.articleAt.clear();
    this.pool.close();
    return undefined;
  }

  /** Sends the lists a slice at a time, with at most `IN_FLIGHT_QUOTES` quotes waiting for an answer. */
  private send(lists: Array<EarlyListToSend | undefined>): void {
    let next = 0;
    let inFlight = 0;
    const pump = () => {
      while (!this.closed && next < lists.length && inFlight < IN_FLIGHT_QUOTES) {
        const slice: EarlyListToSend[] = [];
        let quotes = 0;
        while (next < lists.length && (slice.length === 0 || quotes + lists[next]!.list.length <= SLICE_QUOTES)) {
          quotes += lists[next]!.list.length;
          slice.push(lists[next]!);
          // Sent: the batch's articles and quotes are not held for it any longer.
          lists[next++] = undefined;
        }
        inFlight += quotes;
        const grouped = this.pool.group(slice.map((s) => s.list)).finally(() => {
          inFlight -= quotes;
          pump();
        });
        slice.forEach((s, i) => this.answers.set(s.ids[0]!, { ids: s.ids, answer: grouped.then((all) => all[i]) }));
      }
    };
    pump();
  }
}

/**
 * The lists `StatementIndex.regroupSurname` will group for the batch's speakers whose surname has
 * no stored speaker, as `GroupedAhead.prepare` makes them: a surname family's person quotes
 * (the surname alone and a full name ending in it both quoted), else each speaker's person quotes.
 */
function listsOf(
  files: readonly EarlyFile[],
  storedSurnames: ReadonlySet<string>,
): { lists: EarlyListToSend[]; byKey: Map<string, Float64Array> } {
  /** Each speaker key's quotes with a person speaker, in corpus order, and their identities. */
  const byKey = new Map<string, { list: QuoteInArticle[]; ids: number[] }>();
  /** The kind of each key's first quote (what the store's totals name it by), keys in the order first met. */
  const firstKind = new Map<string, string>();
  /** Whether a key's surname is a stored speaker's (then none of that surname is grouped early). */
  const skip = new Map<string, boolean>();
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    let firstId = f.firstId;
    for (let a = 0; a < f.articles.length; a++) {
      const article = f.articles[a]!;
      const quotes = f.quotes[a] ?? [];
      for (let idx = 0; idx < quotes.length && idx < QUOTE_IDS; idx++) {
        const quote = quotes[idx]!;
        const speaker = quote.speaker;
        if (!speaker) continue;
        const key = speaker.key;
        let skipped = skip.get(key);
        if (skipped === undefined) skip.set(key, (skipped = storedSurnames.has(surnameOf(key))));
        if (skipped) continue;
        if (!firstKind.has(key)) firstKind.set(key, speaker.kind);
        if (speaker.kind !== 'person') continue;
        let mine = byKey.get(key);
        if (!mine) byKey.set(key, (mine = { list: [], ids: [] }));
        mine.list.push({ article, quote });
        mine.ids.push(firstId * QUOTE_IDS + idx);
      }
      firstId += article.paragraphs.length;
    }
  }
  const personKeys = [...firstKind].flatMap(([key, kind]) => (kind === 'person' ? [key] : []));
  const bySurname = keysBySurname(personKeys);
  /** Speakers touched (person quotes), by surname, in the order first met. */
  const changedBySurname = new Map<string, string[]>();
  for (const key of byKey.keys()) push(changedBySurname, surnameOf(key), key);
  /** Each key's identities, made once: for its own list and for `EarlyGrouping.quotesOf`. */
  const idsByKey = new Map<string, Float64Array>();
  for (const [key, mine] of byKey) idsByKey.set(key, Float64Array.from(mine.ids));
  const out: EarlyListToSend[] = [];
  const speakerOf = (q: Quote) => q.speaker;
  for (const [surname, changed] of changedBySurname) {
    const keys = bySurname.get(surname) ?? [];
    if (keys.length > 1 && keys.includes(surname)) {
      const list: QuoteInArticle[] = [];
      const ids: number[] = [];
      for (const k of keys) {
        const mine = byKey.get(k);
        mine?.list.forEach((entry, i) => {
          if (!personQuote(entry, speakerOf)) return;
          list.push(entry);
          ids.push(mine.ids[i]!);
        });
      }
      if (list.length) out.push({ ids: Float64Array.from(ids), list });
    } else
      for (const key of new Set([...keys, ...changed])) {
        const mine = byKey.get(key);
        if (mine?.list.length) out.push({ ids: idsByKey.get(key)!, list: mine.list });
      }
  }
  return { lists: out, byKey: idsByKey };
}
