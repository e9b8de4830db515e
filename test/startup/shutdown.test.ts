/**
 * Graceful shutdown and the health check, end to end: `src/main.ts` runs as a child process in
 * Slack HTTP mode against the Web API stand-in. A command is held in flight (its response_url does
 * not answer yet), SIGTERM arrives: new commands are told the bot is restarting, /healthz says
 * stopping, the held answer is delivered, and the process exits 0 well within the 10 s bound.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESTARTING_MESSAGE } from '../../src/platforms/in-flight.ts';
import { SlackApiStandIn } from '../support/slack-api-stand-in.ts';
import { signatureHeaders, slashCommand, SIGNING_SECRET } from '../support/slack-requests.ts';
import { freePort } from '../../scripts/support/free-port.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const api = new SlackApiStandIn();
let child: ChildProcess;
let base: string;
const logLines: Array<{ msg?: string; [key: string]: unknown }> = [];

async function until<T>(what: string, find: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const health = () =>
  fetch(`${base}/healthz`).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as {
      ok: boolean;
      status: string;
      corpus: { articles: number };
      platforms: Array<{ name: string; state: string }>;
    },
  }));

function slash(text: string, id: string): Promise<Response> {
  const request = slashCommand({ command: '/quote', text, responseUrl: api.responseUrl(id) });
  return fetch(`${base}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': request.contentType, ...signatureHeaders(request.body) },
    body: request.body,
  });
}

beforeAll(async () => {
  await api.start();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      SLACK_BOT_TOKEN: 'xoxb-shutdown-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: api.apiUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let buffered = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) logLines.push(JSON.parse(line) as { msg?: string });
  });
  await until(
    'the bot to serve /healthz',
    () =>
      health().then(
        (h) => h.status === 200,
        () => false,
      ),
    60_000,
  );
});

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await api.stop();
});

describe('graceful shutdown of src/main.ts', () => {
  it('reports ok, uptime, corpus size and platform state on GET /healthz (Bolt custom route)', async () => {
    const { status, body } = await health();
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ok: true,
      status: 'ok',
      corpus: { articles: 5 },
      platforms: [{ name: 'Slack', state: 'connected', inFlight: 0 }],
    });
    expect(body).toHaveProperty('uptimeSeconds');
  });

  it('on SIGTERM finishes the command in flight, turns new ones away politely, and exits 0 within the bound', async () => {
    const release = api.holdNext('response_url');
    expect((await slash('Putin Bucha', 'in-flight')).status).toBe(200);
    await api.waitFor((c) => c.responseId === 'in-flight');
    expect((await health()).body.platforms[0]).toMatchObject({ inFlight: 1 });

    const signalledAt = Date.now();
    child.kill('SIGTERM');
    await until('the shutdown log line', () => logLines.find((l) => l.msg?.includes('SIGTERM: shutting down')));
    expect(logLines.find((l) => l.msg?.includes('shutting down'))).toMatchObject({ inFlight: 1 });

    const late = await slash('Putin Bucha', 'too-late');
    expect(await late.json()).toEqual({ response_type: 'ephemeral', text: RESTARTING_MESSAGE });
    expect((await health()).status).toBe(503);

    const exited = once(child, 'exit') as Promise<[number | null, string | null]>;
    release();
    const [code] = await exited;
    expect(code).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    const answer = api.calls.find((c) => c.responseId === 'in-flight');
    expect(JSON.stringify(answer?.args.blocks)).toContain('Vladimir Putin');
    expect(api.calls.some((c) => c.responseId === 'too-late')).toBe(false);
    expect(logLines.at(-1)?.msg).toBe('stopped');
  });
});
