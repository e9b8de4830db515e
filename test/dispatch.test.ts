import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { dispatch } from '../src/dispatch.ts';
import type { Engine } from '../src/engine/index.ts';
import { silentLogger } from '../src/logger.ts';
import { renderText } from '../src/render/text.ts';
import { seedEngine } from './support/seed-engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

describe('dispatch', () => {
  it('runs every registered command on the seeds without an error answer', async () => {
    // /add fetches from the web: it needs an adder from the access policy (test/commands/add.test.ts).
    for (const c of commands.filter((command) => command.name !== 'add')) {
      const answer = await dispatch(engine, { command: c.name, options: { query: 'Putin Bucha' } }, silentLogger());
      expect(answer.kind, c.name).not.toBe('error');
    }
  });

  it('turns an unknown command into a coded error listing the commands', async () => {
    const answer = await dispatch(engine, { command: 'zeppelin', options: { query: 'x' } }, silentLogger());
    expect(answer).toMatchObject({ kind: 'error', code: 'unknown_command' });
    expect(answer.kind === 'error' && answer.message).toContain('/quote, /search, /compare, /who, /sources, /help');
  });

  it('turns a bad query into a coded error, not an exception', async () => {
    const answer = await dispatch(engine, { command: 'quote', options: { query: '"Bucha' } }, silentLogger());
    expect(answer).toMatchObject({ kind: 'error', code: 'unbalanced_quotes' });
  });

  it('help lists every command with an example', async () => {
    const answer = await dispatch(engine, { command: 'help', options: {} }, silentLogger());
    expect(answer.kind === 'help' && answer.commands.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    expect(renderText(answer, { color: false })).toContain('/quote Putin Bucha');
  });

  it("checks the options against the command's declaration before running it", async () => {
    const answer = await dispatch(engine, { command: 'quote', options: { query: 'Putin Bucha', limit: 400 } }, silentLogger());
    expect(answer).toMatchObject({ kind: 'error', code: 'bad_option', message: '/quote limit: 400 is above the maximum, 50.' });
  });

  it('passes a declared limit through to the answer', async () => {
    const answer = await dispatch(engine, { command: 'quote', options: { query: 'Putin Bucha', limit: 1 } }, silentLogger());
    expect(answer.kind).toBe('results');
    if (answer.kind === 'results') for (const r of answer.results) expect(r.excerpts.length).toBeLessThanOrEqual(1);
  });
});
