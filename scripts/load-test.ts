/**
 * Load test of Slack HTTP mode on loopback (no network): starts the bot (`src/main.ts`, as in
 * production) as a child process against a local Web API stand-in, then fires properly signed
 * slash commands at it with autocannon at increasing concurrency. Prints, per step, the
 * acknowledgement rate and latency percentiles, errors, and how many answers reached the
 * stand-in's response_url and how fast; then the highest rate whose acknowledgements stayed under
 * 1 s at p99 with zero errors.
 *
 *   npm run load-test                       steps of 1, 2, 4 … 128 connections, 10 s each
 *   npm run load-test -- --seconds 5 --max-connections 32
 *
 * Every request comes from its own user and channel, so the bot's rate limits (10 a minute per
 * user by default) do not turn the test into a test of refusals. A script that prints figures, not a
 * CI test. `scripts/soak.ts` reuses the pieces below for the 10-minute memory run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { freePort } from './support/free-port.ts';

export const SIGNING_SECRET = 'load-test-signing-secret-0123456789';
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUERIES = [
  '/quote Putin Bucha',
  '/newsroom search Mariupol',
  '/quote Guterres corridors',
  '/newsroom search "village of Bucha"',
  '/quote Zelensky',
  '/newsroom search humanitarian',
];

/** A local Web API: `auth.test` for start-up, and response_urls that note when each answer arrived. */
export class WebApiStandIn {
  readonly answered = new Map<string, number>();
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const id = /^\/response\/([\w-]+)$/.exec(path)?.[1];
      if (id) this.answered.set(id, performance.now());
      const body = path.endsWith('/auth.test')
        ? {
            ok: true,
            url: 'https://load.example.slack.com/',
            team: 'Load',
            user: 'newsbot',
            team_id: 'T0LOAD',
            user_id: 'UBOT0001',
            bot_id: 'BBOT0001',
          }
        : { ok: true };
      chunks.length = 0;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });

  async start(): Promise<string> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export interface Bot {
  child: ChildProcess;
  eventsUrl: string;
  healthUrl: string;
  stop(): Promise<number | null>;
}

/** `src/main.ts` in HTTP mode on a free loopback port, logging warnings and errors only. */
export async function startBot(apiBase: string): Promise<Bot> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: 'xoxb-load-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${apiBase}/api/`,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_USER: 'off',
      RATE_LIMIT_CHANNEL: 'off',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode} before listening`);
    const up = await fetch(`${base}/healthz`).then(
      (r) => r.status,
      () => 0,
    );
    if (up === 200) break;
    if (Date.now() > deadline) throw new Error('the bot did not start within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    child,
    eventsUrl: `${base}/slack/events`,
    healthUrl: `${base}/healthz`,
    async stop() {
      child.kill('SIGTERM');
      const [code] = (await once(child, 'exit')) as [number | null];
      return code;
    },
  };
}

let sequence = 0;

/** A slash command from a user and channel of its own, signed for now, answering to `responseUrl(id)`. */
export function signedSlashCommand(apiBase: string): { id: string; body: string; headers: Record<string, string> } {
  const id = `r${++sequence}`;
  const line = QUERIES[sequence % QUERIES.length] ?? '/help';
  const [command = '/help', ...words] = line.split(' ');
  const body = new URLSearchParams({
    team_id: 'T0LOAD',
    channel_id: `CLOAD${sequence}`,
    user_id: `ULOAD${sequence}`,
    command,
    text: words.join(' '),
    response_url: `${apiBase}/response/${id}`,
    trigger_id: `${sequence}.1.load`,
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex');
  return {
    id,
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': `v0=${signature}`,
    },
  };
}

export interface StepResult {
  connections: number;
  ackPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
  sent: number;
  answered: number;
  answerP99: number;
}

/** One autocannon run: `connections` at once for `seconds`, each request signed as it leaves. */
export async function runStep(
  bot: Bot,
  api: WebApiStandIn,
  apiBase: string,
  options: { connections: number; seconds: number; overallRate?: number },
): Promise<StepResult> {
  const sentAt = new Map<string, number>();
  const result = await autocannon({
    url: bot.eventsUrl,
    method: 'POST',
    connections: options.connections,
    duration: options.seconds,
    ...(options.overallRate ? { overallRate: options.overallRate } : {}),
    timeout: 10,
    requests: [
      {
        setupRequest: (request) => {
          const signed = signedSlashCommand(apiBase);
          sentAt.set(signed.id, performance.now());
          return { ...request, method: 'POST', body: signed.body, headers: { ...request.headers, ...signed.headers } };
        },
      },
    ],
  });
  await waitForAnswers(api, sentAt, 15_000);
  const answerMs = [...sentAt].flatMap(([id, at]) => {
    const answered = api.answered.get(id);
    return answered === undefined ? [] : [answered - at];
  });
  for (const id of sentAt.keys()) api.answered.delete(id);
  return {
    connections: options.connections,
    ackPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    sent: sentAt.size,
    answered: answerMs.length,
    answerP99: percentile(answerMs, 0.99),
  };
}

async function waitForAnswers(api: WebApiStandIn, sentAt: Map<string, number>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && [...sentAt.keys()].some((id) => !api.answered.has(id)))
    await new Promise((resolve) => setTimeout(resolve, 100));
}

function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const fmt = (n: number, width = 8) => (Number.isFinite(n) ? n.toFixed(n >= 100 ? 0 : 1) : '—').padStart(width);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string', default: '10' }, 'max-connections': { type: 'string', default: '128' } },
  });
  const seconds = Number(values.seconds);
  const maxConnections = Number(values['max-connections']);
  const api = new WebApiStandIn();
  const apiBase = await api.start();
  const bot = await startBot(apiBase);
  console.log(
    `Slack HTTP mode on loopback, signed /quote and /search commands, ${seconds} s a step (Node ${process.version}, seed corpus)`,
  );
  console.log('connections  acks/s   ack p50   ack p99   ack max   errors  non-2xx   answered      answer p99 (ms)');
  const results: StepResult[] = [];
  try {
    await runStep(bot, api, apiBase, { connections: 2, seconds: 2 });
    for (let connections = 1; connections <= maxConnections; connections *= 2) {
      const r = await runStep(bot, api, apiBase, { connections, seconds });
      results.push(r);
      console.log(
        `${String(r.connections).padStart(11)} ${fmt(r.ackPerSecond)} ${fmt(r.p50, 9)} ${fmt(r.p99, 9)} ${fmt(r.max, 9)} ${String(r.errors).padStart(8)} ${String(r.non2xx).padStart(8)} ${`${r.answered}/${r.sent}`.padStart(13)} ${fmt(r.answerP99, 15)}`,
      );
      if (r.errors || r.p99 >= 1000) break;
    }
  } finally {
    const code = await bot.stop();
    await api.stop();
    console.log(`bot stopped with exit code ${code}`);
  }
  const good = results.filter((r) => !r.errors && !r.non2xx && r.p99 < 1000 && r.answered === r.sent);
  const best = good.sort((a, b) => b.ackPerSecond - a.ackPerSecond)[0];
  console.log(
    best
      ? `Highest rate with ack p99 < 1 s, zero errors and every answer delivered: ${best.ackPerSecond.toFixed(0)} commands/s (${best.connections} connections; ack p99 ${best.p99} ms, answer p99 ${best.answerP99.toFixed(0)} ms)`
      : 'No step kept ack p99 under 1 s with zero errors.',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
