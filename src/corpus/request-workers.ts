/**
 * Worker threads that answer requests, one answer per request, matched by id: what the record pool
 * (JSON Lines parsing) and the statement grouping pool share. A request goes to the worker with the
 * fewest waiting; a worker that fails or exits rejects every request it holds and marks the pool
 * broken, so its callers do the work in their own thread from then on. The worker module answers
 * with `answerRequests`.
 */
import { parentPort, type Transferable, type Worker } from 'node:worker_threads';
import { startTsWorker } from './ts-worker.ts';

interface Waiting<Answer> {
  resolve: (answer: Answer) => void;
  reject: (error: Error) => void;
}

interface Running<Answer> {
  worker: Worker;
  waiting: Map<number, Waiting<Answer>>;
}

/** What a worker posts back: the request's id and its answer. */
interface Reply<Answer> {
  id: number;
  answer: Answer;
}

export class RequestWorkers<Request extends { id: number }, Answer> {
  private workers: Array<Running<Answer>> | undefined;
  private nextId = 0;
  /** True once a worker could not start or failed: no request is sent any more. */
  broken = false;

  /** `threads` workers running `module` (a `.ts` file's URL that calls `answerRequests`), started at `start` or the first request. */
  constructor(
    private readonly module: URL,
    readonly threads: number,
    private readonly name: string,
  ) {}

  /** Whether a request may be sent now (starting the workers if needed). */
  get usable(): boolean {
    if (this.broken || this.threads < 1) return false;
    this.start();
    return !this.broken;
  }

  /** Starts the workers now (they take a moment to boot) rather than at the first request. */
  start(): void {
    if (this.workers || this.broken || this.threads < 1) return;
    this.workers = [];
    try {
      for (let i = 0; i < this.threads; i++) this.workers.push(this.run());
    } catch {
      this.broken = true;
      this.close();
    }
  }

  /** Sends the request `make` builds (its id given) to the least busy worker; rejects when the pool cannot answer. */
  ask(make: (id: number) => Request, transfer?: readonly Transferable[]): Promise<Answer> {
    if (!this.usable || !this.workers?.length) return Promise.reject(new Error(`no ${this.name} worker`));
    let best = this.workers[0]!;
    for (const r of this.workers) if (r.waiting.size < best.waiting.size) best = r;
    const request = make(this.nextId++);
    const target = best;
    return new Promise<Answer>((resolve, reject) => {
      target.waiting.set(request.id, { resolve, reject });
      target.worker.postMessage(request, transfer);
    });
  }

  close(): void {
    for (const r of this.workers ?? []) void r.worker.terminate();
    this.workers = [];
  }

  private run(): Running<Answer> {
    const worker = startTsWorker(this.module);
    const running: Running<Answer> = { worker, waiting: new Map() };
    const fail = (error: Error) => {
      this.broken = true;
      for (const w of running.waiting.values()) w.reject(error);
      running.waiting.clear();
    };
    worker.on('message', (message: Reply<Answer>) => {
      const waiting = running.waiting.get(message.id);
      running.waiting.delete(message.id);
      waiting?.resolve(message.answer);
    });
    worker.on('error', fail);
    worker.on('messageerror', fail);
    worker.on('exit', () => fail(new Error(`${this.name} worker exited`)));
    return running;
  }
}

/** In a worker of a `RequestWorkers` pool: answers each request with `answer`'s result. */
export function answerRequests<Request extends { id: number }, Answer>(answer: (request: Request) => Answer): void {
  parentPort?.on('message', (request: Request) => {
    const reply: Reply<Answer> = { id: request.id, answer: answer(request) };
    parentPort?.postMessage(reply);
  });
}
