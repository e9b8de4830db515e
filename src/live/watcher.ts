/**
 * Live corpus: files added, changed or removed in the corpus folder while the bot runs are loaded
 * and applied to the indexed corpus (which indexes in slices, so queries keep being answered).
 * chokidar reports a file only once its size has stopped changing (`awaitWriteFinish`); a file
 * that still fails to parse (a writer that paused mid-file) is retried, and the previously indexed
 * version stays visible meanwhile.
 */
import { relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { loadFile } from '../corpus/load.ts';
import type { FileContent, IndexedCorpus } from '../engine/corpus.ts';
import type { Logger } from '../logger.ts';
import { fileHash } from '../store/fingerprint.ts';

export interface WatchOptions {
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

export class CorpusWatcher {
  private readonly watcher: FSWatcher;
  private readonly pending = new Map<string, 'put' | 'remove'>();
  private readonly attempts = new Map<string, number>();
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
    this.watcher = watch(dir, {
      ignoreInitial: true,
      ignored: (path) => {
        const rel = relative(dir, path);
        return rel !== '' && rel.split(sep).some((part) => part.startsWith('.') || part.toLowerCase() === 'readme.md');
      },
      awaitWriteFinish: { stabilityThreshold: stable, pollInterval: Math.max(20, Math.round(stable / 4)) },
      usePolling: options.usePolling ?? false,
      interval: 100,
    });
    this.watcher.on('add', (path) => this.queue(path, 'put'));
    this.watcher.on('change', (path) => this.queue(path, 'put'));
    this.watcher.on('unlink', (path) => this.queue(path, 'remove'));
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

  private queue(path: string, what: 'put' | 'remove'): void {
    if (this.closed) return;
    const file = relative(this.dir, path).split(sep).join('/');
    this.pending.set(file, what);
    if (what === 'remove') this.attempts.delete(file);
    this.schedule(this.options.batchMs ?? 50);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.running.then(() => this.applyPending());
    }, ms);
  }

  private async applyPending(): Promise<void> {
    if (this.closed || !this.pending.size) return;
    const batch = [...this.pending];
    this.pending.clear();
    const put: FileContent[] = [];
    const remove: string[] = [];
    let retry = false;
    for (const [file, what] of batch) {
      if (what === 'remove') {
        remove.push(file);
        continue;
      }
      const path = `${this.dir}/${file}`;
      const [hash, load] = await Promise.all([fileHash(path), loadFile(this.dir, file)]);
      if (hash !== undefined && hash === this.corpus.file(file)?.hash) continue;
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
      for (const s of load.skipped) this.logger.warn({ file: s.file }, `skipped ${s.file}: ${s.reason}`);
      put.push({ file, hash, load });
    }
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
