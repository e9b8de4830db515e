/**
 * Records of a large JSON Lines file parsed and cleaned in worker threads, one per core: a batch of
 * raw lines goes to the least busy worker and its articles come back (structured clone). Loading
 * news-37k was 8 s of one core while every other core waited. A worker that cannot start or fails
 * is not needed: its batches (and every later one) are then read in this thread, with the same
 * result (`recordsOf` either way).
 */
import { availableParallelism } from 'node:os';
import type { RawLine } from './jsonl.ts';
import { recordsOf, type RecordBatch } from './records.ts';
import { RequestWorkers } from './request-workers.ts';

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

export class RecordPool {
  private readonly workers: RequestWorkers<RecordRequest, RecordBatch>;

  /** `threads`: workers to start when the first batch comes (default one per core; 0: none). */
  constructor(
    private readonly file: string,
    threads?: number,
  ) {
    this.workers = new RequestWorkers(new URL('./record-worker.ts', import.meta.url), threads ?? availableParallelism(), 'record');
  }

  /** Batches a caller may leave waiting before it takes their results (two per worker). */
  get maxWaiting(): number {
    return Math.max(1, this.workers.threads * 2);
  }

  /** The records of these lines, from a worker when one runs, else read here. */
  records(lines: RawLine[]): Promise<RecordBatch> {
    if (!this.workers.usable) return Promise.resolve().then(() => recordsOf(this.file, lines));
    return this.workers.ask((id) => packLines(id, this.file, lines)).catch(() => recordsOf(this.file, lines));
  }

  close(): void {
    this.workers.close();
  }
}
