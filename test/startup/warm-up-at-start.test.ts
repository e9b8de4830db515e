/**
 * WARM_UP end to end: `src/main.ts` runs as a child process over the seed corpus. The console (the
 * long-running bot) warms its index up after start-up and answers a request typed meanwhile; with
 * WARM_UP=off it does not warm up; a one-shot CLI answer never does.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const warmedUp = (e: Run['events'][number]) => e.stream === 'log' && e.text.includes('"msg":"warmed up: ');
const at = (run: Run, find: (e: Run['events'][number]) => boolean) => run.events.findIndex(find);

interface Run {
  code: number | null;
  /** What the process printed, each with the order it arrived in across stdout and stderr. */
  events: Array<{ stream: 'out' | 'log'; text: string }>;
}

/**
 * Runs `src/main.ts` with `args`, typing `lines` into its stdin at once, until it exits; stdin is
 * closed at once, or (`untilWarm`) once the warm-up's log line came (closing the console earlier
 * stops the warm-up).
 */
async function runMain(args: string[], env: Record<string, string>, lines: string[], untilWarm = false): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      CORPUS_DIR: 'corpus',
      SNAPSHOT_DIR: 'off',
      FEEDS_INTERVAL_MINUTES: 'off',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const events: Run['events'] = [];
  child.stdout.on('data', (chunk: Buffer) => events.push({ stream: 'out', text: chunk.toString('utf8') }));
  child.stderr.on('data', (chunk: Buffer) => {
    events.push({ stream: 'log', text: chunk.toString('utf8') });
    if (untilWarm && events.some(warmedUp)) child.stdin.end();
  });
  child.stdin.write(lines.map((l) => `${l}\n`).join(''));
  // Without a warm-up line (the bug this file guards against), the console is closed after 20 s.
  setTimeout(() => child.stdin.end(), untilWarm ? 20_000 : 0).unref();
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, events };
}

describe('WARM_UP', () => {
  it('warms the console bot up after start-up, by default, and answers a request typed meanwhile', async () => {
    const run = await runMain([], {}, ['/quote Putin Bucha'], true);
    expect(run.code).toBe(0);
    const answered = at(run, (e) => e.stream === 'out' && e.text.includes('provocation in the village of [Bucha]'));
    const warmed = at(run, warmedUp);
    expect(answered).toBeGreaterThanOrEqual(0);
    expect(warmed).toBeGreaterThanOrEqual(0);
    // The request typed before the console opened was answered while the warm-up ran.
    expect(answered).toBeLessThan(warmed);
    const line = JSON.parse(run.events[warmed]!.text.split('\n').find((l) => l.includes('warmed up: '))!) as Record<string, number>;
    expect(line.queries).toBeGreaterThan(8);
    expect(line.cpuMs).toBeGreaterThan(0);
    expect(line.ms).toBeGreaterThan(0);
  }, 60_000);

  it('does not warm up with WARM_UP=off', async () => {
    const run = await runMain([], { WARM_UP: 'off' }, ['/quote Putin Bucha']);
    expect(run.code).toBe(0);
    expect(run.events.some((e) => e.text.includes('provocation in the village of [Bucha]'))).toBe(true);
    expect(at(run, warmedUp)).toBe(-1);
  }, 60_000);

  it('never warms a one-shot CLI answer up, even with WARM_UP=on', async () => {
    const run = await runMain(['--cli', '--verbose', 'quote', 'Putin', 'Bucha'], { WARM_UP: 'on' }, []);
    expect(run.code).toBe(0);
    expect(run.events.some((e) => e.stream === 'out' && e.text.includes('[Bucha]'))).toBe(true);
    expect(run.events.some((e) => e.stream === 'log' && e.text.includes('"msg":"indexed '))).toBe(true);
    expect(at(run, warmedUp)).toBe(-1);
  }, 60_000);
});
