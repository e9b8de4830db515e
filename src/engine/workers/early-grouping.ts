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
 * their lists are then wholly in the batch (no store read, and memory bounded by one batch).
 */
import { personQuote, type QuoteInArticle } from '../../compare/statements.ts';
import type { Article } from '../../corpus/article.ts';
import type { Quote } from '../../quotes/quote.ts';
import { keysBySurname, surnameOf } from '../dirty-speakers.ts';
import { push } from '../multimap.ts';
import { availableParallelism } from 'node:os';
import { GroupPool, type GroupedStatement } from './group-pool.ts';

/** A file of the batch as staged: its articles, their quotes (speakers unified), its first passage id. */
export interface EarlyFile {
  file: string;
  articles: readonly Article[];
  quotes: ReadonlyArray<readonly Quote[]>;
  firstId: number;
}

/** Person quotes in the batch from which grouping early pays (as settling starts workers: `GROUP_IN_WORKERS_FROM`). */
export const EARLY_FROM_QUOTES = 50_000;

/**
 * Starts grouping the batch's lists early (`EarlyGrouping`) when asked (`groupEarly`: true, or the
 * least number of person quotes instead of `EARLY_FROM_QUOTES`) and the batch has enough person
 * quotes for workers to pay; `stored`: the stored speakers (before the batch); `database`: the file
 * grouping workers may read paragraphs from (what settling's lists need).
 */
export function startEarlyGrouping(
  files: ReadonlyArray<{ file: string; load: { articles: readonly Article[] }; quotes: unknown; firstId: number }>,
  groupEarly: boolean | number,
  stored: () => ReadonlyArray<{ speaker: { key: string } }>,
  database: string | undefined,
): EarlyGrouping | undefined {
  if (groupEarly === false) return undefined;
  let quotes = 0;
  for (const f of files) {
    if (!Array.isArray(f.quotes)) return undefined; // Quotes of a store: not a batch in memory.
    for (const list of f.quotes as Quote[][]) for (const q of list) if (q.speaker?.kind === 'person') quotes++;
  }
  if (quotes < (groupEarly === true ? EARLY_FROM_QUOTES : groupEarly)) return undefined;
  const surnames = new Set<string>();
  for (const t of stored()) surnames.add(surnameOf(t.speaker.key));
  const early = files.map((f) => ({ file: f.file, articles: f.load.articles, quotes: f.quotes as Quote[][], firstId: f.firstId }));
  return new EarlyGrouping(new GroupPool(availableParallelism(), database), early, surnames);
}

/** Quotes in messages not yet answered, at most (each message about 4,000: bounds the copies queued for the workers). */
const IN_FLIGHT_QUOTES = 160_000;
/** Quotes per `GroupPool.group` call. */
const SLICE_QUOTES = 8_000;

/** The identity of a stored list: each entry's article (first passage id) and position among its article's quotes. */
function storedKey(list: readonly QuoteInArticle[]): string | undefined {
  const parts: string[] = [];
  for (const { article, quote } of list) {
    const firstId = (article as Article & { firstId?: unknown }).firstId;
    const at = (quote as Quote & { storedAt?: readonly [number, number] }).storedAt;
    if (typeof firstId !== 'number' || !at) return undefined;
    parts.push(`${firstId}.${at[1]}`);
  }
  return parts.join(',');
}

export class EarlyGrouping {
  private readonly answers = new Map<string, Promise<GroupedStatement[] | undefined>>();
  /** Lists grouped early, and how many of them settling took. */
  sent = 0;
  taken = 0;
  private closed = false;
  sendMs = 0;
  listMs = 0;

  /**
   * Starts grouping the lists of the batch's speakers (`files`, in corpus order) whose surname no
   * stored speaker has (`storedSurnames`); `pool` is handed on to settling, which closes it.
   */
  constructor(
    readonly pool: GroupPool,
    files: readonly EarlyFile[],
    storedSurnames: ReadonlySet<string>,
  ) {
    const t0 = performance.now();
    const lists = listsOf(files, storedSurnames);
    this.listMs = performance.now() - t0;
    this.sent = lists.length;
    this.send(lists);
  }

  /** The statements grouped early for this list (read back from the store), once; undefined when it was not. */
  take(list: readonly QuoteInArticle[]): Promise<GroupedStatement[] | undefined> | undefined {
    if (!this.answers.size) return undefined;
    const key = storedKey(list);
    const answer = key === undefined ? undefined : this.answers.get(key);
    if (answer) {
      this.answers.delete(key!);
      this.taken++;
    }
    return answer;
  }

  /** Forgets what was not taken and closes the pool (when settling never ran); returns nothing (`x = x?.close()`). */
  close(): undefined {
    this.closed = true;
    this.answers.clear();
    this.pool.close();
    return undefined;
  }

  /** Sends the lists a slice at a time, with at most `IN_FLIGHT_QUOTES` quotes waiting for an answer. */
  private send(lists: ReadonlyArray<{ key: string; list: QuoteInArticle[] }>): void {
    let next = 0;
    let inFlight = 0;
    const pump = () => {
      while (!this.closed && next < lists.length && inFlight < IN_FLIGHT_QUOTES) {
        const slice: Array<{ key: string; list: QuoteInArticle[] }> = [];
        let quotes = 0;
        while (next < lists.length && (slice.length === 0 || quotes + lists[next]!.list.length <= SLICE_QUOTES)) {
          quotes += lists[next]!.list.length;
          slice.push(lists[next++]!);
        }
        inFlight += quotes;
        const t0 = performance.now();
        const grouped = this.pool.group(slice.map((s) => s.list)).finally(() => {
          inFlight -= quotes;
          pump();
        });
        this.sendMs += performance.now() - t0;
        slice.forEach((s, i) =>
          this.answers.set(
            s.key,
            grouped.then((all) => all[i]),
          ),
        );
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
function listsOf(files: readonly EarlyFile[], storedSurnames: ReadonlySet<string>): Array<{ key: string; list: QuoteInArticle[] }> {
  /** Each speaker key's quotes with a person speaker, in corpus order, with their identity. */
  const byKey = new Map<string, Array<{ entry: QuoteInArticle; id: string }>>();
  /** Keys in the order first met, and the kind of each one's first quote (what the store's totals name it by). */
  const firstKind = new Map<string, string>();
  const touched: string[] = [];
  const seen = new Set<string>();
  for (const f of [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    let firstId = f.firstId;
    f.articles.forEach((article, a) => {
      (f.quotes[a] ?? []).forEach((quote, idx) => {
        const speaker = quote.speaker;
        if (!speaker || storedSurnames.has(surnameOf(speaker.key))) return;
        if (!firstKind.has(speaker.key)) firstKind.set(speaker.key, speaker.kind);
        if (speaker.kind !== 'person') return;
        if (!seen.has(speaker.key)) {
          seen.add(speaker.key);
          touched.push(speaker.key);
        }
        push(byKey, speaker.key, { entry: { article, quote }, id: `${firstId}.${idx}` });
      });
      firstId += article.paragraphs.length;
    });
  }
  const personKeys = [...firstKind].flatMap(([key, kind]) => (kind === 'person' ? [key] : []));
  const bySurname = keysBySurname(personKeys);
  const changedBySurname = new Map<string, string[]>();
  for (const key of touched) push(changedBySurname, surnameOf(key), key);
  const out: Array<{ key: string; list: QuoteInArticle[] }> = [];
  const add = (items: ReadonlyArray<{ entry: QuoteInArticle; id: string }>) => {
    if (items.length) out.push({ key: items.map((i) => i.id).join(','), list: items.map((i) => i.entry) });
  };
  const speakerOf = (q: Quote) => q.speaker;
  for (const [surname, changed] of changedBySurname) {
    const keys = bySurname.get(surname) ?? [];
    if (keys.length > 1 && keys.includes(surname))
      add(keys.flatMap((k) => (byKey.get(k) ?? []).filter((i) => personQuote(i.entry, speakerOf))));
    else for (const key of new Set([...keys, ...changed])) add(byKey.get(key) ?? []);
  }
  return out;
}
