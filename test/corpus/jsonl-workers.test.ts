import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadJsonLines } from '../../src/corpus/load-records.ts';
import { RecordPool } from '../../src/corpus/record-pool.ts';

const dir = mkdtempSync(join(tmpdir(), 'jsonl-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A JSON Lines file of `n` records with every kind of line a loader meets: good, undated, blank, broken, textless, repeated ids. */
function writeRecords(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 97 === 5) lines.push('');
    if (i % 89 === 7) lines.push('{"title": "broken line ' + String(i));
    if (i % 83 === 3) lines.push(JSON.stringify({ title: `No body ${i}`, outlet: 'Quay Herald' }));
    lines.push(
      JSON.stringify({
        id: i % 50 === 0 ? 'same' : `r${i}`,
        title: `Ferry timetable ${i}`,
        outlet: i % 7 === 0 ? undefined : 'Quay Herald',
        date: i % 11 === 0 ? undefined : `2031-03-${String(1 + (i % 28)).padStart(2, '0')}`,
        text: `The ferry to the outer island leaves at ${i % 12} o'clock.\n\n"We added a late sailing," said harbour master Tove Brandt.\n\nAdvertisement\n\nTickets are sold on board.`,
      }),
    );
  }
  const file = join(dir, `records-${n}.jsonl`);
  writeFileSync(file, lines.join('\n'));
  return file;
}

describe('JSON Lines records read in worker threads', () => {
  it('gives the articles, skipped lines and warnings that one thread gives, in line order', async () => {
    const file = writeRecords(600);
    const alone = await loadJsonLines('records.jsonl', file, { gzip: false, threads: 0, batchBytes: 4096 });
    const pooled = await loadJsonLines('records.jsonl', file, { gzip: false, threads: 2, batchBytes: 4096 });
    expect(alone.articles.length).toBeGreaterThan(500);
    expect(alone.skipped.some((s) => s.reason.includes('not valid JSON'))).toBe(true);
    expect(alone.warnings.some((w) => w.reason.includes('records have no date'))).toBe(true);
    expect(pooled).toEqual(alone);
  });

  it('reads a file of one batch in this thread, as before', async () => {
    const file = writeRecords(3);
    const result = await loadJsonLines('few.jsonl', file, { gzip: false });
    expect(result.articles.map((a) => a.id)).toEqual(['few.jsonl#same', 'few.jsonl#r1', 'few.jsonl#r2']);
    expect(result.articles[0]!.paragraphs).not.toContain('Advertisement');
  });

  it('reads a batch in this thread when its worker cannot run it', async () => {
    const pool = new RecordPool('x.jsonl', 1);
    // No worker can start (say, the TypeScript loader is missing): the pool must still answer.
    const lines = [{ line: 1, bytes: Buffer.from(JSON.stringify({ title: 'Quay', text: 'The quay reopened on Monday after repairs.' })) }];
    (pool as unknown as { start: () => never }).start = () => {
      throw new Error('no worker here');
    };
    const batch = await pool.records(lines);
    pool.close();
    expect(batch.articles.map((a) => a.headline)).toEqual(['Quay']);
  });
});
