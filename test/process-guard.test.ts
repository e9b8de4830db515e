/**
 * The process-level handlers: an unhandled rejection is logged and the bot keeps serving; an
 * uncaught exception is logged and ends in the SIGTERM shutdown with exit code 1 (for a restart).
 * Unit tests on an EventEmitter, then the same in real Node processes.
 */
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardProcess } from '../src/process-guard.ts';
import { CapturedLog } from './support/slack-log.ts';

describe('process guard', () => {
  it('logs an unhandled rejection with its stack and keeps serving', () => {
    const target = new EventEmitter();
    const log = new CapturedLog();
    const exits: number[] = [];
    const guard = guardProcess({ logger: log.logger, graceMs: 1_000, target, exit: (c) => exits.push(c) });
    target.emit('unhandledRejection', new TypeError("Cannot read properties of null (reading 'ssl_check')"));
    expect(exits).toEqual([]);
    expect(guard.crashed).toBe(false);
    expect(guard.rejections).toBe(1);
    const line = log.lines.find((l) => l.msg.includes('still serving'));
    expect(JSON.stringify(line?.err)).toContain('ssl_check');
    guard.dispose();
  });

  it('on an uncaught exception logs it, starts the SIGTERM shutdown, and a second one exits at once with 1', () => {
    const target = new EventEmitter();
    const log = new CapturedLog();
    const exits: number[] = [];
    const signals: string[] = [];
    target.on('SIGTERM', (s: string) => signals.push(s));
    const failed: boolean[] = [];
    const guard = guardProcess({ logger: log.logger, graceMs: 60_000, target, exit: (c) => exits.push(c), fail: () => failed.push(true) });
    target.emit('uncaughtException', new Error('half-way'), 'uncaughtException');
    expect(failed).toEqual([true]);
    expect(guard.crashed).toBe(true);
    expect(signals).toEqual(['SIGTERM']);
    expect(exits).toEqual([]);
    expect(log.lines.some((l) => l.msg.includes('exiting with code 1 for a restart'))).toBe(true);
    target.emit('uncaughtException', new Error('again'), 'uncaughtException');
    expect(exits).toEqual([1]);
    guard.dispose();
  });

  it('exits with 1 at once when nothing listens for SIGTERM (start-up)', () => {
    const target = new EventEmitter();
    const exits: number[] = [];
    guardProcess({ logger: new CapturedLog().logger, graceMs: 60_000, target, exit: (c) => exits.push(c), fail: () => undefined });
    target.emit('uncaughtException', new Error('early'), 'uncaughtException');
    expect(exits).toEqual([1]);
  });
});

const GUARD = path.resolve(import.meta.dirname, '../src/process-guard.ts');
const LOGGER = path.resolve(import.meta.dirname, '../src/logger.ts');

/** Runs a TypeScript script in a fresh Node process; resolves with its exit code, stdout and stderr. */
function runScript(body: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'guard-'));
  const file = path.join(dir, 'script.ts');
  writeFileSync(
    file,
    `import { guardProcess } from ${JSON.stringify(GUARD)};\nimport { createLogger } from ${JSON.stringify(LOGGER)};\n` +
      `const guard = guardProcess({ logger: createLogger('info', { pretty: false }), graceMs: 5_000 });\n${body}\n`,
  );
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', file], { cwd: path.resolve(import.meta.dirname, '..') }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('process guard in a real process', () => {
  it('keeps the process running after an unhandled rejection (Node alone would end it)', async () => {
    const { code, stdout, stderr } = await runScript(
      `void Promise.reject(new Error('nobody handles this'));\nsetTimeout(() => console.log('still serving', guard.rejections), 50);`,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('still serving 1');
    expect(stderr).toContain('nobody handles this');
  });

  it('runs the SIGTERM shutdown after an uncaught exception and exits with code 1', async () => {
    const { code, stdout, stderr } = await runScript(
      [
        `const keepAlive = setInterval(() => undefined, 1_000);`,
        `process.on('SIGTERM', () => { console.log('shutting down cleanly', guard.crashed); clearInterval(keepAlive); });`,
        `setTimeout(() => { throw new Error('thrown outside any handler'); }, 10);`,
      ].join('\n'),
    );
    expect(stdout).toContain('shutting down cleanly true');
    expect(stderr).toContain('thrown outside any handler');
    expect(code).toBe(1);
  });
});
