/**
 * Live corpus: files added, changed or removed in the corpus folder while the bot runs are loaded
 * and applied to the indexed corpus (which indexes in slices, so queries keep being answered).
 * chokidar reports a file only once its size has stopped changing (`awaitWriteFinish`); a file
 * that still fails to parse (a writer that paused mid-file) is retried, and the previously indexed
 * version stays visible meanwhile. A file whose new version still cannot be read after the retries
 * keeps its last good version, with a warning in /sources, until it is fixed or removed.
 *
 * What may be read is `src/corpus/paths.ts`'s one definition, as at start-up: named pipes, sockets
 * and devices are never opened; links out of the folder, link loops and links to what is read
 * under its own name are skipped with a reason (and chokidar is not let into such a folder).
 */
import { relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { SkippedFile } from '../corpus/article.ts';
import { loadFile } from '../corpus/load.ts';
import { corpusFileHash } from '../corpus/open.ts';
import { checkPath, checkPathSync, corpusRootSync, isIgnoredPath, type CorpusRoot, type PathPolicy } from '../corpus/paths.ts';
import type { FileContent, IndexedCorpus } from '../engine/corpus.ts';
import type { Logger } from '../logger.ts';
import { firstProblem, keepsLastGood, keptWarning } from './last-good.ts';

export interface WatchOptions extends PathPolicy {
  /** A file counts as written once its size has not changed for this long. */
  stableMs?: number;
  /** Changes arriving within this window are applied together. */
  batchMs?: number;
  /** Retries of a file that fails to parse, before its problem is reported. */
  retries?: number;
  retryMs?: number;
  /** Wait before trying again a batch whose indexing failed (e.g. a full disk). */
  failedRetryMs?: number;
  /** Called after each applied batch (e.g. to schedule a snapshot). */
  onApplied?: (files: string[]) => void;
  /** Use polling (for file systems without change events). */
  usePolling?: boolean;
}

type Change = 'put' | 'remove' | 'folder' | 'folder-removed';

export class CorpusWatcher {
  private readonly watcher: FSWatcher;
  private readonly root: CorpusRoot;
  private readonly pending = new Map<string, Change>();
  private readonly attempts = new Map<string, number>();
  /** Problems not held by an indexed file's own load: entries skipped at start-up or since, versions kept. */
  private readonly problems: Map<string, SkippedFile>;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly ready: Promise<void>;

  constructor(
    private readonly dir: string,
    private readonly corpus: IndexedCorpus,
    private readonly logger: Logger,
    private readonly options: WatchOptions = {},
  ) {
    const stable = options.stableMs ?? 300;
    this.root = corpusRootSync(dir, options);
    this.problems = new Map(corpus.skippedOutsideFiles.map((s) => [s.file, s]));
    this.watcher = watch(dir, {
      ignoreInitial: true,
      ignored: (path) => this.isIgnored(path),
      awaitWriteFinish: { stabilityThreshold: stable, pollInterval: Math.max(20, Math.round(stable / 4)) },
      usePolling: options.usePolling ?? false,
      interval: 100,
    });
    this.watcher.on('add', (path) => this.queue(path, 'put'));
    this.watcher.on('change', (path) => this.queue(path, 'put'));
    this.watcher.on('unlink', (path) => this.queue(path, 'remove'));
    this.watcher.on('addDir', (path) => this.queue(path, 'folder'));
    this.watcher.on('unlinkDir', (path) => this.queue(path, 'folder-removed'));
    this.watcher.on('error', (error) => this.logger.warn({ err: error }, `watching ${dir} failed: ${(error as Error).message}`));
    this.ready = new Promise((resolve) => this.watcher.once('ready', () => resolve()));
  }

  /** Resolves once the initial scan is done and changes are being reported. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** Stops watching and waits for the batch being applied, if any. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.watcher.close();
    await this.running;
  }

  private relative(path: string): string {
    return relative(this.dir, path).split(sep).join('/');
  }

  /**
   * chokidar's filter: dot-paths and READMEs, and everything below a folder entry that may not be
   * read (a link loop, a link out of the folder): chokidar never walks into those. The entry itself
   * is let through, so its appearance and removal are reported (and listed with the reason).
   */
  private isIgnored(path: string): boolean {
    const rel = this.relative(path);
    if (rel === '' || rel.startsWith('../')) return false;
    if (isIgnoredPath(rel)) return true;
    const slash = rel.lastIndexOf('/');
    if (slash === -1) return false;
    const parent = checkPathSync(this.root, rel.slice(0, slash));
    return parent.kind === 'skip' && parent.missing !== true;
  }

  private queue(path: string, what: Change): void {
    if (this.closed) return;
    const file = this.relative(path);
    if (file === '' || file === '..' || file.startsWith('../')) return; // never outside the folder
    this.pending.set(file, what);
    if (what === 'remove' || what === 'folder-removed') this.attempts.delete(file);
    this.schedule(this.options.batchMs ?? 50);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.running.then(() => this.applyPending());
    }, ms);
  }

  /** Records (or, with `undefined`, clears) the problem listed for `file`; true when the list changed. */
  private setProblem(file: string, problem: SkippedFile | undefined): boolean {
    const before = this.problems.get(file);
    if (problem === undefined) return this.problems.delete(file);
    if (before?.reason === problem.reason) return false;
    this.problems.set(file, problem);
    return true;
  }

  private clearProblemsUnder(folder: string): boolean {
    let changed = false;
    for (const file of [...this.problems.keys()]) {
      if (file === folder || file.startsWith(`${folder}/`)) changed = this.problems.delete(file) || changed;
    }
    return changed;
  }

  private publishProblems(): void {
    this.corpus.setExtraSkipped([...this.problems.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  }

  /** A folder (or a link to one) appeared: list it when it may not be read, with the reason. */
  private async checkFolder(folder: string): Promise<boolean> {
    const verdict = await checkPath(this.root, folder);
    if (verdict.kind !== 'skip' || verdict.missing === true) return this.setProblem(folder, undefined);
    const changed = this.setProblem(folder, { file: folder, reason: verdict.reason });
    if (changed) this.logger.warn({ file: folder }, `skipped ${folder}: ${verdict.reason}`);
    return changed;
  }

  /**
   * The new version of `file` cannot be used (`reason`): the indexed version, if it has articles,
   * stays with a warning; otherwise the file is listed as skipped. Returns true when the list changed.
   */
  private refuse(file: string, reason: string, loadKeeps: boolean): boolean {
    if (loadKeeps) {
      const warning = keptWarning(file, reason);
      const changed = this.setProblem(file, warning);
      if (changed) this.logger.warn({ file }, `${file}: ${warning.reason}`);
      return changed;
    }
    const changed = this.setProblem(file, { file, reason });
    if (changed) this.logger.warn({ file }, `skipped ${file}: ${reason}`);
    return changed;
  }

  private async applyPending(): Promise<void> {
    if (this.closed || !this.pending.size) return;
    const batch = [...this.pending];
    this.pending.clear();
    const put: FileContent[] = [];
    const remove: string[] = [];
    let retry = false;
    let problemsChanged = false;
    for (const [file, what] of batch) {
      if (what === 'folder') {
        problemsChanged = (await this.checkFolder(file)) || problemsChanged;
        continue;
      }
      if (what === 'folder-removed' || what === 'remove') {
        problemsChanged = this.clearProblemsUnder(file) || problemsChanged;
        if (what === 'remove' && this.corpus.file(file)) remove.push(file);
        continue;
      }
      const indexed = this.corpus.file(file);
      const keeps = (indexed?.load.articles.length ?? 0) > 0;
      // Never opened when it may not be read: a named pipe, a device, a link out or a loop.
      const verdict = await checkPath(this.root, file);
      if (verdict.kind === 'skip') {
        if (verdict.missing !== true) problemsChanged = this.refuse(file, verdict.reason, keeps) || problemsChanged;
        continue;
      }
      if (verdict.kind === 'folder') continue;
      const [hash, load] = await Promise.all([corpusFileHash(this.root, file), loadFile(this.root, file)]);
      if (hash !== undefined && hash === indexed?.hash) {
        problemsChanged = this.setProblem(file, undefined) || problemsChanged;
        continue;
      }
      const incomplete = load.articles.length === 0 && load.skipped.length > 0;
      const tries = this.attempts.get(file) ?? 0;
      if (incomplete && tries < (this.options.retries ?? 5)) {
        this.attempts.set(file, tries + 1);
        this.pending.set(file, 'put');
        retry = true;
        this.logger.debug({ file }, `${file} could not be read yet (${load.skipped[0]?.reason}); retrying, the indexed version stays`);
        continue;
      }
      this.attempts.delete(file);
      if (keepsLastGood(load, indexed)) {
        problemsChanged = this.refuse(file, firstProblem(load.skipped), true) || problemsChanged;
        continue;
      }
      problemsChanged = this.setProblem(file, undefined) || problemsChanged;
      for (const s of load.skipped) this.logger.warn({ file: s.file }, `skipped ${s.file}: ${s.reason}`);
      put.push({ file, hash, load });
    }
    if (problemsChanged) this.publishProblems();
    if (put.length || remove.length) {
      const started = performance.now();
      try {
        await this.corpus.apply(put, remove);
      } catch (error) {
        // E.g. a full disk under the SQLite index: that change is rolled back, the indexed versions
        // keep answering, and the files are tried again later.
        this.logger.warn(
          { files: batch.map(([file]) => file), err: error },
          `could not index ${put.length + remove.length} changed file(s) (${(error as Error).message}); the previous versions keep answering, retrying in ${Math.round((this.options.failedRetryMs ?? 30_000) / 1000)} s`,
        );
        for (const c of put) if (!this.pending.has(c.file)) this.pending.set(c.file, 'put');
        for (const file of remove) if (!this.pending.has(file)) this.pending.set(file, 'remove');
        this.schedule(this.options.failedRetryMs ?? 30_000);
        return;
      }
      const files = [...put.map((c) => c.file), ...remove];
      this.logger.info(
        { files, ms: Math.round(performance.now() - started) },
        `corpus updated: ${put.length} file(s) indexed, ${remove.length} removed`,
      );
      this.options.onApplied?.(files);
    }
    if (retry) this.schedule(this.options.retryMs ?? 500);
  }
}
