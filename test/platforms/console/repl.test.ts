/** The console REPL: /more shows more of the last answer; log lines never break the prompt (issue 12, items 9 and 10). */
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { moreOf, runConsole } from '../../../src/platforms/console/console.ts';
import { silentLogger } from '../../../src/logger.ts';
import { seedEngine } from '../../support/seed-engine.ts';

function sink(): { stream: Writable; text: () => string } {
  let out = '';
  const stream = new Writable({
    write(chunk, _enc, done) {
      out += String(chunk);
      done();
    },
  });
  return { stream, text: () => out };
}

describe('console REPL', () => {
  it('/more re-asks the last question with more from each outlet', async () => {
    const engine = await seedEngine();
    const input = new PassThrough();
    const output = sink();
    const done = runConsole(engine, { input, output: output.stream, color: false, logger: silentLogger(), logStream: sink().stream });
    input.write('/quote Putin\n');
    input.write('/more\n');
    input.end('/exit\n');
    await done;
    const text = output.text();
    const answers = text.split(/\d+ quotes by Vladimir Putin/).length - 1;
    expect(answers).toBe(2);
    expect(text).toContain('(/more shows up to 13 from each outlet)');
  });

  it('moreOf raises the limit only while some outlet has more', async () => {
    const engine = await seedEngine();
    const a = engine.search({ command: 'quote', query: 'Putin' });
    expect(moreOf({ command: 'quote', options: { query: 'Putin' } }, a)?.options.query).toBe('Putin limit:13');
    expect(moreOf({ command: 'quote', options: { query: 'Putin limit:13' } }, a)?.options.query).toBe('Putin limit:13');
    const all = engine.search({ command: 'quote', query: 'Putin limit:50' });
    expect(moreOf({ command: 'quote', options: { query: 'Putin limit:50' } }, all)).toBeUndefined();
  });

  it('clears the prompt line before a log line and draws the prompt again after it', async () => {
    const engine = await seedEngine();
    const input = new PassThrough();
    const output = sink();
    const logs = sink();
    const done = runConsole(engine, { input, output: output.stream, color: false, logger: silentLogger(), logStream: logs.stream });
    await new Promise((r) => setTimeout(r, 20));
    const before = output.text().length;
    logs.stream.write('a log line\n');
    const after = output.text().slice(before);
    input.end('/exit\n');
    await done;
    expect(logs.text()).toBe('a log line\n');
    expect(after.indexOf('\u001b[2K')).toBeGreaterThanOrEqual(0);
    expect(after.indexOf('newsroom> ')).toBeGreaterThan(after.indexOf('\u001b[2K'));
  });
});
