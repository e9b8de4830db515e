/**
 * Records of a large JSON Lines file parsed and cleaned in worker threads, one per core: a batch of
 * raw lines goes to the least busy worker and its articles come back (structured clone). Loading
 * news-37k was 8 s of one core while every other core waited. A worker that cannot start or fails
 * is not needed: its batches (and every later one) are then read in this thread, with the same
 * result (`recordsOf` either way).
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { RawLine } from './jsonl.ts';
import { recordsOf, type RecordBatch } from './records.ts';
import { startTsWorker } from './ts-worker.ts';

/** Raw lines packed for a worker: every line's bytes in one buffer (one copy, not one per line). */
export interface RecordRequest {
  id: number;
  file: string;
  bytes: Uint8Array;
  /** Per line: its number, and where its bytes end in `bytes` (−1: the line is an error, in `errors`). */
  lines: Int32Array;
  ends: Int32Array;
  errors: Array<[number, string]>;
}

export function packLines(id: number, file: string, lines: readonly RawLine[]): RecordRequest {
  const numbers = new Int32Array(lines.length);
  const ends = new Int32Array(lines.length);
  const errors: Array<[number, string]> = [];
  const parts: Buffer[] = [];
  let at = 0;
  lines.forEach((raw, i) => {
    numbers[i] = raw.line;
    if ('error' in raw) {
      errors.push([i, raw.error]);
      ends[i] = -1;
      return;
    }
    parts.push(raw.bytes);
    at += raw.bytes.length;
    ends[i] = at;
  });
  return { id, file, bytes: Buffer.concat(parts, at), lines: numbers, ends, errors };
}

export function unpackLines(request: RecordRequest): RawLine[] {
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  const errors = new Map(request.errors);
  const out: RawLine[] = [];
  let start = 0;
  request.lines.forEach((line, i) => {
    const end = request.ends[i]!;
    if (end < 0) return out.push({ line, error: errors.get(i) ?? '' });
    out.push({ line, bytes: bytes.subarray(start, end) });
    start = end;
  });
  return out;
}

interface Running {
  worker: Worker;
  waiting: Map<number, { resolve: (batch: RecordBatch) => void; reject: (error: Error) => void }>;
}

export class RecordPool {
  private workers: Running[] | undefined;
  private broken = false;
  private nextId = 0;
  private readonly threads: number;

  /** `threads`: workers to start when the first batch comes (default one per core; 0: none). */
  constructor(
    private readonly file: string,
    threads?: number,
  ) {
    this.threads = threads ?? availableParallelism();
  }

  /** Batches a caller may leave waiting before it takes their results (two per worker). */
  get maxWaiting(): number {
    return Math.max(1, this.threads * 2);
  }

  /** The records of these lines, from a worker when one runs, else read here. */
  records(lines: RawLine[]): Promise<RecordBatch> {
    const running = this.broken || this.threads < 1 ? undefined : this.least();
    if (!running) return Promise.resolve().then(() => recordsOf(this.file, lines));
    const request = packLines(this.nextId++, this.file, lines);
    return new Promise<RecordBatch>((resolve, reject) => {
      running.waiting.set(request.id, { resolve, reject });
      running.worker.postMessage(request);
    }).catch(() => recordsOf(this.file, lines));
  }

  close(): void {
    for (const r of this.workers ?? []) void r.worker.terminate();
    this.workers = [];
  }

  private least(): Running | undefined {
    if (!this.workers) {
      try {
        this.workers = Array.from({ length: this.threads }, () => this.start());
      } catch {
        this.broken = true;
        this.close();
        return undefined;
      }
    }
    let best: Running | undefined;
    for (const r of this.workers) if (!best || r.waiting.size < best.waiting.size) best = r;
    return best;
  }

  private start(): Running {
    const worker = startTsWorker(new URL('./record-worker.ts', import.meta.url));
    const running: Running = { worker, waiting: new Map() };
    const fail = (error: Error) => {
      this.broken = true;
      for (const w of running.waiting.values()) w.reject(error);
      running.waiting.clear();
    };
    worker.on('message', (message: { id: number; batch: RecordBatch }) => {
      const waiting = running.waiting.get(message.id);
      running.waiting.delete(message.id);
      waiting?.resolve(message.batch);
    });
    worker.on('error', fail);
    worker.on('messageerror', fail);
    worker.on('exit', () => fail(new Error('record worker exited')));
    return running;
  }
}
