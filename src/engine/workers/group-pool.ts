/**
 * Statement grouping in worker threads, for a build settling every speaker: each list of quotes a
 * surname is grouped from is independent, so the workers group lists while the main thread reads
 * the next ones from the store and saves the last ones. A list goes out as plain data (texts,
 * speakers, articles' ids, outlets, dates, the paragraph around each quote) and comes back as
 * member positions: the main thread builds the statements from its own quote objects, exactly as
 * `groupStatements` in this thread would (`groupedHere` answers a list only when it is the very
 * list sent; anything else is grouped in this thread).
 */
import { availableParallelism } from 'node:os';
import type { QuoteInArticle, Statement } from '../../compare/statements.ts';
import type { Article } from '../../corpus/article.ts';
import type { Speaker } from '../../quotes/quote.ts';
import { RequestWorkers } from '../../corpus/request-workers.ts';

/** Lists of quotes for one worker message, as plain data. */
export interface GroupRequest {
  id: number;
  /** Entries of each list: its quotes are `entries[offsets[l] .. offsets[l + 1])`. */
  offsets: number[];
  texts: string[];
  starts: Int32Array;
  paragraphs: Int32Array;
  /** Per entry: its `partOf` (whole's start, part index), or −1, −1 for a quotation in one paragraph. */
  partStarts: Int32Array;
  partIndexes: Int32Array;
  speakerOf: Int32Array;
  speakers: Array<[Speaker['kind'], string, string]>;
  articleOf: Int32Array;
  articles: Array<[string, string, string | undefined]>;
  /** The paragraphs quotes sit in (what grouping's `contextOf` reads), each text once. */
  contexts: string[];
  /** Per entry: its paragraph's text in `contexts`, or −1 when `paragraphIds` gives its row. */
  contextOf: Int32Array;
  /** Per entry: the passage id of its paragraph in `database` (read by the worker only if grouping needs it), or −1. */
  paragraphIds: Float64Array;
  /** The SQLite database file whose `paragraphs` rows the worker may read (read-only). */
  database?: string;
}

/** One grouped statement: members as positions in its list, named by the speaker of member `named`. */
export type GroupedStatement = [members: number[], named: number, outlets: string[], confidence: number];

/** Entries per worker message. */
const REQUEST_ENTRIES = 4000;

export function packLists(id: number, lists: ReadonlyArray<readonly QuoteInArticle[]>, database?: string): GroupRequest {
  const total = lists.reduce((n, l) => n + l.length, 0);
  const request: GroupRequest = {
    id,
    offsets: [0],
    texts: [],
    starts: new Int32Array(total),
    paragraphs: new Int32Array(total),
    partStarts: new Int32Array(total).fill(-1),
    partIndexes: new Int32Array(total).fill(-1),
    speakerOf: new Int32Array(total),
    speakers: [],
    articleOf: new Int32Array(total),
    articles: [],
    contexts: [],
    contextOf: new Int32Array(total).fill(-1),
    paragraphIds: new Float64Array(total).fill(-1),
    ...(database ? { database } : {}),
  };
  const speakerIds = new Map<Speaker, number>();
  const articleIds = new Map<Article, number>();
  /** Each article's paragraphs already in `contexts` (an article's quotes often share a paragraph). */
  const contextIds = new Map<number, number>();
  let at = 0;
  for (const list of lists) {
    for (const { article, quote } of list) {
      request.texts.push(quote.text);
      request.starts[at] = quote.start;
      request.paragraphs[at] = quote.paragraph;
      if (quote.partOf) {
        request.partStarts[at] = quote.partOf.start;
        request.partIndexes[at] = quote.partOf.index;
      }
      const speaker = quote.speaker;
      let s = -1;
      if (speaker) {
        s = speakerIds.get(speaker) ?? -1;
        if (s < 0) {
          speakerIds.set(speaker, (s = request.speakers.length));
          request.speakers.push([speaker.kind, speaker.key, speaker.name]);
        }
      }
      request.speakerOf[at] = s;
      let a = articleIds.get(article);
      if (a === undefined) {
        articleIds.set(article, (a = request.articles.length));
        request.articles.push([article.id, article.outlet, article.published]);
      }
      request.articleOf[at] = a;
      // A stored article's paragraph is read by the worker, and only when grouping compares contexts.
      const firstId = (article as Article & { firstId?: unknown }).firstId;
      if (database && typeof firstId === 'number' && 'paragraph' in article) {
        request.paragraphIds[at] = firstId + quote.paragraph;
      } else {
        // Articles have fewer than 2^20 paragraphs: one number names an article's paragraph.
        const ref = a * 1_048_576 + quote.paragraph;
        let c = contextIds.get(ref);
        if (c === undefined) {
          contextIds.set(ref, (c = request.contexts.length));
          request.contexts.push(paragraphOf(article, quote.paragraph));
        }
        request.contextOf[at] = c;
      }
      at++;
    }
    request.offsets.push(at);
  }
  return request;
}

/** One paragraph of an article, without reading the others when the article reads them from a store. */
function paragraphOf(article: Article, index: number): string {
  const reader = article as Article & { paragraph?: (index: number) => string };
  return reader.paragraph ? reader.paragraph(index) : (article.paragraphs[index] ?? '');
}

/** The statements of `list` from its grouped form (as `groupStatements` gives them: ids by position). */
export function statementsOf(list: readonly QuoteInArticle[], grouped: readonly GroupedStatement[]): Statement[] {
  return grouped.map(([members, named, outlets, confidence], id) => ({
    id,
    speaker: list[named]!.quote.speaker!,
    members: members.map((m) => list[m]!),
    outlets,
    confidence,
  }));
}

/** The file of a SQLite index's database, when it has one on disk (workers may then read its paragraphs). */
export function databaseFileOf(index: unknown): string | undefined {
  const db =
    (index as { kind?: string; database?: { name: string; memory: boolean } }).kind === 'sqlite'
      ? (index as { database: { name: string; memory: boolean } }).database
      : undefined;
  return db && !db.memory ? db.name : undefined;
}

/** Worker threads that group lists of quotes; `close` when done. */
export class GroupPool {
  private readonly workers: RequestWorkers<GroupRequest, GroupedStatement[][]>;

  constructor(
    threads = availableParallelism(),
    private readonly database?: string,
  ) {
    this.workers = new RequestWorkers(new URL('./group-worker.ts', import.meta.url), threads, 'grouping');
    this.workers.start();
  }

  /**
   * Groups these lists, a message of about `REQUEST_ENTRIES` quotes at a time; resolves with each
   * list's statements in grouped form (undefined for a list a worker could not group).
   */
  group(lists: ReadonlyArray<readonly QuoteInArticle[]>): Promise<Array<GroupedStatement[] | undefined>> {
    const parts: Array<Promise<Array<GroupedStatement[] | undefined>>> = [];
    let from = 0;
    let entries = 0;
    lists.forEach((list, i) => {
      entries += list.length;
      if (entries >= REQUEST_ENTRIES || i === lists.length - 1) {
        const slice = lists.slice(from, i + 1);
        parts.push(this.workers.ask((id) => packLists(id, slice, this.database)).catch(() => slice.map(() => undefined)));
        from = i + 1;
        entries = 0;
      }
    });
    return Promise.all(parts).then((p) => p.flat());
  }

  close(): void {
    this.workers.close();
  }
}
