/**
 * A build's indexing, split so that both cores work: the quote workers also analyse every paragraph
 * for the SQLite index (`indexedField`), and while they extract, the main thread writes the rows of
 * the paragraphs without a quote that has a speaker (one transaction per batch of about 200
 * articles). Their speakers field is empty whatever the speakers are unified to, so these rows are
 * final. Paragraphs with a speaker's quote wait for speaker unification (their speakers field
 * names the unified speakers) and are written after it, their text fields as the workers analysed
 * them, in batches (`indexPassages`).
 */
import type { Article } from '../../corpus/article.ts';
import type { Quote } from '../../quotes/quote.ts';
import type { Passage } from '../../search/passage.ts';
import type { SearchIndex } from '../../search/search-index.ts';
import type { IndexedField } from '../../search/terms.ts';
import { passagesOf } from '../build.ts';
import type { OpenWrite } from '../../search/sqlite/write.ts';
import { quotesAt, type FileQuotes } from '../file-quotes.ts';
import { extractInWorkers, WORKERS_FROM_ARTICLES } from './extract-pool.ts';

/** A file of a change with its passage ids given (`IndexedFile`, without importing the corpus). */
interface StagedFile {
  load: { articles: readonly Article[] };
  quotes: FileQuotes;
  firstId: number;
  passageCount: number;
}

/** Whether a quote's speaker is still to unify (a paragraph holding one is written after unification). */
const hasSpeaker = (quote: Quote): boolean => quote.speaker !== undefined;

/** Passages per SQLite `put` (one transaction each): big enough that FTS5 commits rarely, small enough to answer queries between. */
const PUT_BATCH = 2000;

/** An index that takes rows analysed elsewhere (the SQLite index with a store). */
interface RowsIndex {
  readonly takesIndexedRows: boolean;
  putIndexed(ids: readonly number[], texts: readonly IndexedField[], vocabulary: Iterable<string>): void;
  put(passages: readonly Passage[], texts?: readonly (IndexedField | undefined)[]): void;
  beginWrite(): OpenWrite;
}

function rowsIndex(index: SearchIndex): RowsIndex | undefined {
  const candidate = index as SearchIndex & Partial<RowsIndex>;
  return candidate.takesIndexedRows && candidate.putIndexed ? (candidate as SearchIndex & RowsIndex) : undefined;
}

/** Quotes extracted in the workers; with an index that takes rows, the text fields of the quoted paragraphs still to write. */
export interface Extracted {
  quotes: Quote[][];
  /** Id of the first passage of the extracted articles. */
  firstId: number;
  /** Text fields of quoted passages by id − `firstId` (the others are written already). */
  held?: Array<IndexedField | undefined>;
  /** The write the rows went into, open until `indexPassages` ends (rolled back if the change fails before). */
  write?: OpenWrite;
  /** True when `alongside` wrote each batch's rows into that write too (`extractForChange`). */
  alongside?: boolean;
}

/** More rows of a batch of articles (`first` .. `first + count` of the change, passage ids from `firstId`), written in the same open write. */
export type AlongsideRows = (articles: readonly Article[], firstId: number) => void;

/**
 * A change's quotes extracted in worker threads (`extractAndPrepare`) when it has enough articles
 * for workers to pay; undefined otherwise, or when workers are unavailable: the change's steps then
 * extract in this thread.
 */
export async function extractForChange(
  articles: readonly Article[],
  firstId: number,
  index: SearchIndex,
  onProgress?: (progress: { phase: 'quotes'; done: number; total: number }) => void,
  alongside?: AlongsideRows,
): Promise<Extracted | undefined> {
  if (articles.length < WORKERS_FROM_ARTICLES) return undefined;
  const onDone = (done: number) => onProgress?.({ phase: 'quotes', done, total: articles.length });
  return extractAndPrepare(articles, firstId, index, onDone, alongside).catch(() => undefined);
}

/**
 * Extracts the quotes of `articles` (whose passages get ids from `firstId`) in worker threads and,
 * with an index that takes rows, writes the unquoted paragraphs' rows meanwhile (and `alongside`'s
 * rows of each batch: the store's paragraph texts). On any failure the rows written are rolled back
 * before it rejects.
 */
export async function extractAndPrepare(
  articles: readonly Article[],
  firstId: number,
  index: SearchIndex,
  onDone?: (done: number) => void,
  alongside?: AlongsideRows,
): Promise<Extracted> {
  const target = rowsIndex(index);
  if (!target) return { quotes: await extractInWorkers(articles, onDone), firstId };
  const firstIds = new Int32Array(articles.length + 1);
  articles.forEach((a, i) => (firstIds[i + 1] = firstIds[i]! + a.paragraphs.length));
  const held = new Array<IndexedField | undefined>(firstIds[articles.length]!);
  // Rows written during extraction stay uncommitted until the change is indexed: a refused write
  // then rolls them all back, which needs no space (taking committed rows out needs some).
  const write = target.beginWrite();
  try {
    const quotes = await extractInWorkers(articles, onDone, undefined, (first, batch, batchQuotes) => {
      const ids: number[] = [];
      const texts: IndexedField[] = [];
      let k = 0;
      for (let a = first; a < first + batchQuotes.length; a++) {
        for (let at = firstIds[a]!; at < firstIds[a + 1]!; at++, k++) {
          const field = { text: batch.texts[k]!, distinct: batch.distinct[k]! };
          if (batch.quoted[k]) held[at] = field;
          else {
            ids.push(firstId + at);
            texts.push(field);
          }
        }
      }
      target.putIndexed(ids, texts, batch.vocabulary);
      alongside?.(articles.slice(first, first + batchQuotes.length), firstId + firstIds[first]!);
    });
    return { quotes, firstId, held, write, alongside: alongside !== undefined };
  } catch (error) {
    write.rollback();
    throw error;
  }
}

/**
 * Indexes the passages of the staged files (ids consecutive from the first), a batch per step.
 * With `extracted.held`, only the quoted passages are left to write, with their fields as analysed.
 * With a store, every row of the change goes into one write (`beginWrite`, or the extraction's),
 * committed at the end: a failure, or a change abandoned half way, leaves none of them.
 */
export function* indexPassages(
  index: SearchIndex,
  staged: readonly StagedFile[],
  extracted: Extracted | undefined,
  onProgress: (done: number, total: number) => void,
  progressEvery: number,
): Generator<void> {
  const held = extracted?.held;
  const rows = rowsIndex(index);
  const target = held ? rows : undefined;
  const write = extracted?.write ?? rows?.beginWrite();
  const firstId = extracted?.firstId ?? 0;
  // SQLite commits cost (FTS5 writes a segment each time): many articles per transaction.
  const batchSize = index.kind === 'sqlite' ? PUT_BATCH : 1;
  const total = staged.reduce((n, f) => n + f.passageCount, 0);
  let done = 0;
  let batch: Passage[] = [];
  let texts: Array<IndexedField | undefined> = [];
  const flush = () => {
    if (target) target.put(batch, texts);
    else index.put(batch);
    batch = [];
    texts = [];
  };
  try {
    onProgress(0, total);
    for (const f of staged) {
      let id = f.firstId;
      for (const [a, article] of f.load.articles.entries()) {
        const quotes = quotesAt(f.quotes, a);
        // Written during extraction, all of them, when no quote with a speaker runs in the article.
        const passages = target && !quotes.some(hasSpeaker) ? [] : passagesOf(article, quotes, id);
        const count = article.paragraphs.length;
        id += count;
        for (const p of passages) {
          if (target && !p.quotes.some((q) => hasSpeaker(q.quote))) continue; // written during extraction
          batch.push(p);
          if (target) texts.push(held![p.id - firstId]);
        }
        const before = done;
        done += count;
        if (Math.floor(done / progressEvery) > Math.floor(before / progressEvery)) onProgress(done, total);
        if (batch.length >= batchSize) flush();
        yield;
      }
    }
    if (batch.length) flush();
    write?.commit();
  } finally {
    write?.rollback(); // Nothing left to take back once committed; everything since `beginWrite` if not.
  }
}
