/**
 * The indexed corpus, file by file: each file's articles, their quotes and passages, the passage
 * index, the speaker registry and the statement groups. Files can be put (added or replaced) and
 * removed while queries run: new passages are indexed while hidden, then shown and the old ones
 * hidden in one step, so a query sees either the old or the new version of a file, never half.
 * Long work runs in slices that call `pause` (to yield to the event loop) between them.
 */
import { availableParallelism } from 'node:os';
import type { QuoteInArticle } from '../compare/statements.ts';
import type { Article, SkippedFile } from '../corpus/article.ts';
import type { Quote, Speaker } from '../quotes/quote.ts';
import { SpeakerRegistry } from '../quotes/mentions/speakers.ts';
import type { SearchIndex } from '../search/search-index.ts';
import { extractArticleQuotes, shareSpeakers } from './build.ts';
import { CorpusQuotes } from './corpus-quotes.ts';
import { eachQuote, quoteArrays } from './file-quotes.ts';
import { PassagesById } from './passages-by-id.ts';
import { engineSettings } from './options.ts';
import { familyKey, settleChunks, StatementIndex, surnameOf } from './statement-index.ts';
import { checkpointStore, GROUP_IN_WORKERS_FROM, SETTLE_CHUNK, SETTLE_QUOTES, settleInOneWrite, type SettleSize } from './settle-chunks.ts';
import { extractForChange, indexPassages, type Extracted } from './workers/prepared-index.ts';
import { aheadChunk, databaseFileOf, GroupedAhead, quotesToRegroup } from './workers/grouped-ahead.ts';
import { startEarlyGrouping, type EarlyGrouping } from './workers/early-grouping.ts';

export { contentsOf } from './contents.ts';
import { range, registryOf, shareFrom, speakersById } from './contents.ts';
import { LiveArticles } from './live-articles.ts';
export type { CorpusOptions, CorpusStore, FileContent, IndexedFile, Progress, RestoredCorpus, WorkOptions } from './corpus-types.ts';
import type { CorpusOptions, FileContent, IndexedFile, Progress, RestoredCorpus, WorkOptions, CorpusStore } from './corpus-types.ts';

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class IndexedCorpus {
  readonly index: SearchIndex;
  readonly statements: StatementIndex;
  /** Bumped on every change, so views computed from the corpus know when to recompute. */
  version = 0;
  private readonly files = new Map<string, IndexedFile>();
  /** Which articles are live (of the versions shown, not staged or retired). */
  private readonly live = new LiveArticles();
  private nextId: number;
  private registry: SpeakerRegistry | undefined;
  /** One object per speaker across files (built when first needed: a start does not need it). */
  private sharedSpeakers: Map<string, Speaker> | undefined;
  private byFileOrder: IndexedFile[] | undefined;
  /** Loader problems not tied to one file's content (e.g. folders that could not be listed). */
  private extraSkipped: SkippedFile[] = [];
  /** Changes run one after another. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly work: { sliceMs: number; removeSlice: number; progressEvery: number };
  private readonly store: CorpusStore | undefined;
  /** Speakers whose statements changes applied with `deferStatements` left to `settleStatements`. */
  private readonly deferred = new Set<string>();
  /** While settling with workers: the lists they grouped, and each speaker's quotes read for them. */
  private ahead: GroupedAhead | undefined;
  /** Statements of the last batch of a build grouped while it is indexed (`WorkOptions.groupEarly`), until settled. */
  private early: EarlyGrouping | undefined;
  /** Passages built on demand from the shown files (what the index reads, with a store). */
  private readonly byId = new PassagesById(
    () => this.files.values(),
    (key) => this.read.ofSpeaker(key),
    (ids) => this.read.paragraphTexts(ids),
  );
  /** Reads over the shown quotes (by speaker, totals), from the store's tables when it has them. */
  readonly read: CorpusQuotes;

  /** An empty corpus over a new index (`options.index`), or one restored from a snapshot. */
  constructor(options: CorpusOptions = {}, restored?: RestoredCorpus) {
    const settings = engineSettings(options);
    this.work = settings;
    this.index = restored?.index ?? settings.index();
    this.nextId = restored?.nextId ?? 0;
    this.store = options.store;
    this.read = new CorpusQuotes(() => this.indexedFiles(), this.store?.tables);
    this.statements = new StatementIndex(
      (key) => (this.ahead ? this.ahead.quotesOf(key) : this.read.ofPerson(key)),
      () => this.personKeys(),
    );
    if (this.store) {
      if (!this.index.attach) throw new Error(`the ${this.index.kind} index cannot read its passages from a store`);
      this.index.attach(this.byId);
    }
    for (const f of restored?.files ?? []) this.show(f);
    // Statements in a store are read from it when needed (a new store's too: settling forgets saved ones).
    const stored = restored ? restored.storedStatements : this.store?.storedStatements?.();
    if (stored) this.statements.useStore(stored);
    else if (restored) this.statements.reset(restored.statements);
    if (restored) {
      if (restored.skipped?.length) this.extraSkipped = restored.skipped;
      if (restored.stale?.length) {
        // A change whose statements were not written (a crash, a full disk): regroup those speakers now.
        // In chunks, as a build settles them: a build stopped while settling leaves every speaker stale.
        this.statements.invalidate(restored.stale);
        for (const _ of this.settleSteps(restored.stale, { speakers: SETTLE_CHUNK, quotes: SETTLE_QUOTES }));
        checkpointStore(this.store);
      }
    }
  }

  /** Files in path order. */
  indexedFiles(): readonly IndexedFile[] {
    this.byFileOrder ??= [...this.files.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return this.byFileOrder;
  }

  /** The shown article passage `id` belongs to (a cut search's check of unreached outlets names outlets by id). */
  articleOfPassage = (id: number): Article | undefined => this.byId.articleOf(id);

  file(name: string): IndexedFile | undefined {
    return this.files.get(name);
  }

  get passageIdLimit(): number {
    return this.nextId;
  }

  setExtraSkipped(skipped: SkippedFile[]): void {
    this.extraSkipped = skipped;
    this.changed();
    try {
      this.store?.saveExtraSkipped(skipped);
    } catch {
      // Kept in memory; the next start lists the folders again.
    }
  }

  get skippedOutsideFiles(): readonly SkippedFile[] {
    return this.extraSkipped;
  }

  /** True when `article` belongs to a file version currently shown (not one staged or retired). */
  isLive(article: Article): boolean {
    return this.live.isLive(this.files, article);
  }

  /**
   * Adds or replaces files and removes others, yielding to the event loop between slices. The first
   * change on an empty corpus unifies speakers over all its files at once (as a full build); later
   * ones unify the new files against the speakers already known.
   */
  apply(put: readonly FileContent[], remove: readonly string[], options: WorkOptions = {}): Promise<void> {
    const run = this.queue.then(() => this.applySliced(put, remove, options));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async applySliced(put: readonly FileContent[], remove: readonly string[], options: WorkOptions): Promise<void> {
    const articles = put.flatMap((c) => c.load.articles);
    const store = this.store;
    const paragraphs = store?.writeParagraphs
      ? (batch: readonly Article[], firstId: number) => store.writeParagraphs!(batch, firstId)
      : undefined;
    const extracted = await extractForChange(articles, this.nextId, this.index, options.onProgress, paragraphs);
    try {
      await this.runSliced(this.steps(put, remove, options.onProgress, extracted, options.deferStatements, options.groupEarly), options);
    } catch (error) {
      this.early = this.early?.close();
      throw error;
    } finally {
      extracted?.write?.rollback(); // Committed once indexed; rolled back if the change failed before.
    }
  }

  /** `apply` without yielding: for building a corpus nobody queries yet. */
  applyNow(put: readonly FileContent[], remove: readonly string[], onProgress?: (progress: Progress) => void): void {
    for (const _ of this.steps(put, remove, onProgress));
  }

  /** The work of a change, as steps: each `yield` is a point where queries may run. */
  private *steps(
    put: readonly FileContent[],
    remove: readonly string[],
    onProgress?: (progress: Progress) => void,
    extracted?: Extracted,
    deferStatements = false,
    groupEarly: boolean | number = false,
  ): Generator<void> {
    const articles = put.flatMap((c) => c.load.articles);
    if (extracted && extracted.firstId !== this.nextId) throw new Error('extracted for other passage ids');
    const perArticle: Quote[][] = extracted?.quotes ?? [];
    for (let i = extracted ? articles.length : 0; i < articles.length; i++) {
      perArticle.push(extractArticleQuotes(articles[i] as Article));
      if ((i + 1) % this.work.progressEvery === 0) onProgress?.({ phase: 'quotes', done: i + 1, total: articles.length });
      yield;
    }
    this.speakerRegistry().unify(perArticle);
    shareSpeakers(perArticle, (this.sharedSpeakers ??= speakersById(this.read.speakers())));

    const staged: IndexedFile[] = [];
    let at = 0;
    for (const content of put) {
      const quotes = perArticle.slice(at, at + content.load.articles.length);
      at += content.load.articles.length;
      this.live.staging(content.file, this.files.get(content.file));
      const passageCount = content.load.articles.reduce((n, a) => n + a.paragraphs.length, 0);
      staged.push({ ...content, quotes, firstId: this.nextId, passageCount });
      this.nextId += passageCount;
    }
    const start = staged[0]?.firstId ?? this.nextId;
    // Only a batch that replaces nothing (shown files are not changed yet): its speakers' lists are its quotes and stored ones.
    if (deferStatements && !remove.length && !put.some((c) => this.files.has(c.file)))
      this.early ??= startEarlyGrouping(staged, groupEarly, () => this.read.speakerKeys(), databaseFileOf(this.index));
    try {
      yield* indexPassages(
        this.index,
        staged,
        extracted,
        (done, total) => onProgress?.({ phase: 'index', done, total }),
        this.work.progressEvery,
      );
    } catch (error) {
      // The index refused a write (e.g. a full disk): take back what this change indexed, so the
      // files shown keep answering exactly as before, and let the caller report it.
      this.index.remove(range(start, this.nextId));
      throw error;
    }

    const touched = new Set<string>();
    const retired: IndexedFile[] = [];
    for (const name of new Set([...remove, ...staged.map((f) => f.file)])) {
      const old = this.files.get(name);
      if (old) retired.push(old);
    }
    // Read before the store drops the retired files' rows.
    for (const f of [...retired, ...staged])
      for (const q of eachQuote(f.quotes)) if (q.speaker?.kind === 'person') touched.add(q.speaker.key);
    if (this.store) {
      try {
        this.store.commit(staged, retired, this.nextId, { paragraphsWritten: extracted?.alongside === true });
      } catch (error) {
        this.index.remove(range(start, this.nextId));
        throw error;
      }
    }
    for (const old of retired) this.hide(old);
    for (const f of staged) this.show(f);
    this.changed();
    this.statements.invalidate(touched);

    for (const old of retired) {
      const step = this.work.removeSlice;
      for (let id = old.firstId; id < old.firstId + old.passageCount; id += step) {
        this.index.remove(range(id, Math.min(old.firstId + old.passageCount, id + step)));
        yield;
      }
    }
    if (deferStatements) {
      for (const key of touched) this.deferred.add(key);
      return;
    }
    // The new files' quotes, read once and held while their speakers are regrouped (a store would
    // otherwise read an article again for each of its speakers).
    const held = staged.map((f) => quoteArrays(f.quotes));
    yield* this.regroupSteps(touched, onProgress);
    held.length = 0;
  }

  /** Marks speakers to regroup at the next `settleStatements` (as a change applied with `deferStatements` does). */
  deferStatementsOf(keys: Iterable<string>): void {
    const list = [...keys];
    this.statements.invalidate(list);
    for (const key of list) this.deferred.add(key);
  }

  /**
   * Regroups and saves the statements that changes applied with `deferStatements` left stale; with
   * many quotes to regroup, the grouping runs in worker threads (`GroupedAhead`; `groupThreads`:
   * how many, 0 for none; given, they are used whatever the number of quotes).
   */
  async settleStatements(options: WorkOptions & { chunk?: number; chunkQuotes?: number; groupThreads?: number } = {}): Promise<void> {
    const size = { speakers: options.chunk ?? SETTLE_CHUNK, quotes: options.chunkQuotes ?? SETTLE_QUOTES };
    const run = this.queue.then(() => {
      const touched = [...this.deferred];
      this.deferred.clear();
      return settleInOneWrite(
        this.store,
        quotesToRegroup(touched, this.read.totals()),
        () => this.settleAhead(touched, size, options) ?? this.runSliced(this.settleSteps(touched, size, options.onProgress), options),
        () => this.statements.invalidate(touched),
      );
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** A chunk of speakers at a time, saved then forgotten (read back when needed): settling holds one chunk's statements. */
  private *settleSteps(touched: readonly string[], size: SettleSize, onProgress?: (progress: Progress) => void): Generator<void> {
    let at = 0;
    for (const chunk of settleChunks(touched, size, this.read.totals())) {
      at += chunk.length;
      yield* this.settleChunk(chunk);
      onProgress?.({ phase: 'statements', done: at, total: touched.length });
    }
  }

  /** Regroups a chunk of speakers, saves their statements (the log checkpointed after the last chunk: `checkpointStore`) and forgets them. */
  private *settleChunk(chunk: readonly string[]): Generator<void> {
    yield* this.statements.refreshSteps(chunk);
    const units = this.statements.withFamilies(chunk);
    // Saving reads a family back when one of its speakers is in the chunk: forget it again too.
    const families = chunk.map((key) => familyKey(surnameOf(key)));
    if (this.saveStatements(units, false)) this.statements.release([...units, ...families]);
  }

  /** `settleSteps` with the grouping in worker threads (`GroupedAhead`); undefined when too few quotes make workers pay. */
  private settleAhead(
    touched: readonly string[],
    size: SettleSize,
    options: WorkOptions & { groupThreads?: number },
  ): Promise<void> | undefined {
    const totals = this.read.totals();
    const early = this.early;
    this.early = undefined;
    const threads = options.groupThreads ?? (quotesToRegroup(touched, totals) >= GROUP_IN_WORKERS_FROM ? availableParallelism() : 0);
    if (threads < 1 && !early) return undefined;
    const ahead = (this.ahead = new GroupedAhead(
      // A speaker of the last batch alone (grouped early): its quotes as that batch's, no store read.
      (key) => early?.quotesOf(key) ?? this.read.ofPerson(key),
      () => this.personKeys(),
      threads,
      databaseFileOf(this.index),
      early,
    ));
    const plain = this.statements.group;
    this.statements.group = ahead.group;
    let at = 0;
    const settled = ahead.settle(settleChunks(touched, aheadChunk(size), totals), async (chunk) => {
      await this.runSliced(this.settleChunk(chunk), options);
      options.onProgress?.({ phase: 'statements', done: (at += chunk.length), total: touched.length });
    });
    return settled.finally(() => {
      this.statements.group = plain;
      this.ahead = undefined;
    });
  }

  private personKeys(): string[] {
    const totals = this.read.totals();
    return totals.filter((t) => t.speaker.kind === 'person').map((t) => t.speaker.key);
  }

  /** Runs steps, yielding to the event loop (or `options.pause`) once a slice of `sliceMs` is used. */
  private async runSliced(steps: Iterable<void>, options: WorkOptions): Promise<void> {
    let last = performance.now();
    for (const _ of steps) {
      if (performance.now() - last < this.work.sliceMs) continue;
      await (options.pause ?? yieldToEventLoop)();
      last = performance.now();
    }
  }

  private *regroupSteps(touched: ReadonlySet<string>, onProgress?: (progress: Progress) => void): Generator<void> {
    onProgress?.({ phase: 'statements', done: 0, total: 1 });
    yield* this.statements.refreshSteps();
    this.saveStatements(this.statements.withFamilies(touched));
    onProgress?.({ phase: 'statements', done: 1, total: 1 });
  }

  /** True when the store (if any) holds them now; `checkpoint` false leaves them in the write-ahead log (see `settleChunk`). */
  private saveStatements(keys: Iterable<string>, checkpoint = true): boolean {
    try {
      this.store?.saveStatements(keys, (key) => this.statements.ofSpeaker(key), this.statements.idLimit, { checkpoint });
      return true;
    } catch {
      // The store keeps these speakers marked stale: they are regrouped at the next start.
      return false;
    }
  }

  /** Quotes of every shown file, in corpus order (file path, then article, then position). */
  quotes(): QuoteInArticle[] {
    return this.read.all();
  }

  /**
   * The speaker registry new files are unified against. After a snapshot load it is rebuilt from
   * the speakers of the corpus (their canonical names), the first time a file is added.
   */
  private speakerRegistry(): SpeakerRegistry {
    return (this.registry ??= registryOf(this.read.speakers()));
  }

  private show(f: IndexedFile): void {
    this.files.set(f.file, f);
    this.live.shown(f);
    if (this.sharedSpeakers) shareFrom(f.quotes, this.sharedSpeakers);
  }

  private hide(f: IndexedFile): void {
    if (this.files.get(f.file) === f) this.files.delete(f.file);
  }

  private changed(): void {
    this.version++;
    this.byFileOrder = undefined;
    this.read.changed();
    this.byId.changed();
  }
}
