/**
 * A local stand-in for Slack's Web API and for `response_url`s, on 127.0.0.1 at a random port. Point
 * the WebClient at `apiUrl` (SLACK_API_URL) and give slash commands a `responseUrl(...)`; every call is
 * recorded, in order, for the tests to assert on.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  /** Web API method (`chat.postMessage`) or `response_url`. */
  method: string;
  /** Arguments as the client sent them; `blocks` decoded from JSON. */
  args: Record<string, unknown>;
  /** The `response_url` id (the last path segment), for `response_url` posts. */
  responseId?: string;
  authorization?: string;
}

export interface CannedResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** `hang`: never answer (the client times out); `drop`: close the socket without a response. */
  fault?: 'hang' | 'drop';
}

/** A fault in place of a response, for `failNext`. */
export const HANG: CannedResponse = { status: 0, body: undefined, fault: 'hang' };
export const DROP: CannedResponse = { status: 0, body: undefined, fault: 'drop' };

export const BOT_USER_ID = 'UBOT0001';
export const BOT_ID = 'BBOT0001';

export class SlackApiStandIn {
  readonly calls: RecordedCall[] = [];
  /** Thread messages for `conversations.replies`, by `channel/thread_ts`. */
  readonly threads = new Map<string, Array<{ ts: string; text: string; user: string }>>();
  /** What `apps.connections.open` returns as the Socket Mode URL. */
  socketUrl = '';
  private readonly failures = new Map<string, CannedResponse[]>();
  private readonly holds = new Map<string, Array<Promise<void>>>();
  private readonly waiters: Array<{ match: (c: RecordedCall) => boolean; resolve: (c: RecordedCall) => void }> = [];
  private server?: Server;
  private base = '';
  private ts = 1_700_000_000;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, headers, fault }) => {
        if (fault === 'drop') return void req.socket.destroy();
        if (fault === 'hang') return;
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      });
    });
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  get apiUrl(): string {
    return `${this.base}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.base}/response/${id}`;
  }

  /**
   * The next call to `method` (or `response_url`) is recorded at once but answered only after
   * `release()`: a command that is in flight for as long as the test wants.
   */
  holdNext(method: string): () => void {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    this.holds.set(method, [...(this.holds.get(method) ?? []), held]);
    return release;
  }

  /** The next calls to `method` (or `response_url`) get these responses instead of success, in order. */
  failNext(method: string, ...responses: CannedResponse[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...responses]);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the first recorded call (past or future) that matches. */
  waitFor(match: (c: RecordedCall) => boolean): Promise<RecordedCall> {
    const found = this.calls.find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ match, resolve }));
  }

  private record(call: RecordedCall): void {
    this.calls.push(call);
    for (const waiter of [...this.waiters]) {
      if (waiter.match(call)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  }

  private async handle(req: IncomingMessage): Promise<CannedResponse> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', this.base);
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    const response = url.pathname.match(/^\/response\/([^/]+)$/);
    const method = response ? 'response_url' : url.pathname.replace(/^\/api\//, '');
    this.record(response ? { method, args, responseId: response[1] } : { method, args, authorization: req.headers.authorization });
    const hold = this.holds.get(method)?.shift();
    if (hold) await hold;
    const failure = this.failures.get(method)?.shift();
    if (response) return failure ?? { status: 200, body: { ok: true } };
    if (failure) return failure;
    return { status: 200, body: this.reply(method, args) };
  }

  private reply(method: string, args: Record<string, unknown>): unknown {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          url: 'https://newsroom.example.slack.com/',
          team: 'Newsroom',
          user: 'newsbot',
          team_id: 'T0001',
          user_id: BOT_USER_ID,
          bot_id: BOT_ID,
        };
      case 'apps.connections.open':
        return { ok: true, url: this.socketUrl };
      case 'chat.postMessage':
        return { ok: true, channel: args.channel, ts: `${this.ts++}.000100`, message: { text: args.text } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.ts++}.000200` };
      case 'conversations.replies': {
        const messages = this.threads.get(`${String(args.channel)}/${String(args.ts)}`) ?? [];
        return { ok: true, messages: messages.slice(0, Number(args.limit ?? messages.length)), has_more: false };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = Object.fromEntries(new URLSearchParams(raw));
  for (const key of ['blocks', 'attachments', 'metadata']) {
    if (typeof args[key] === 'string') args[key] = JSON.parse(args[key] as string);
  }
  return args;
}
