import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, LoadResult } from '../../src/corpus/article.ts';
import { UNKNOWN_OUTLET } from '../../src/corpus/article.ts';
import { loadCorpus, loadFile } from '../../src/corpus/load.ts';

const fixtures = fileURLToPath(new URL('../fixtures/corpus', import.meta.url));

let result: LoadResult;
const article = (id: string): Article => {
  const found = result.articles.find((a) => a.id === id);
  if (found === undefined) throw new Error(`no article ${id}; have ${result.articles.map((a) => a.id).join(', ')}`);
  return found;
};

beforeAll(async () => {
  result = await loadCorpus(fixtures);
});

describe('loading the formats a corpus may hold', () => {
  it('reads a plain .txt with no metadata: its own source named from its file, headline and date found in the text', () => {
    const plain = article('plain-no-metadata.txt');
    expect(plain.outlet).toBe('plain-no-metadata.txt');
    expect(plain.outlet).not.toBe(UNKNOWN_OUTLET);
    expect(plain.outletKnown).toBe(false);
    expect(plain.headline).toBe('Harbour strike ends after nine days');
    expect(plain.published).toBe('2022-04-27');
    expect(plain.paragraphs).toEqual([
      'Dock workers in the port city returned to work on Tuesday after a nine-day strike over pay ended with a deal.',
      '"We got what we came for," said union leader Sam Okafor, standing outside the main gate.',
      'The port authority said ships delayed by the strike would be cleared by the weekend.',
    ]);
    expect(result.warnings).toContainEqual({ file: 'plain-no-metadata.txt', reason: 'no outlet given; shown as "plain-no-metadata.txt"' });
  });

  it('reads front matter aliases (source, date, author, headline, id) in a sub-folder', () => {
    const nested = article('sub/nested-front-matter.md');
    expect(nested).toMatchObject({
      outlet: 'Harbour Daily',
      published: '2022-04-27',
      byline: 'Jane Doe',
      headline: 'Strike ends at the port',
      sourceId: 'hd-1001',
    });
    expect(nested.paragraphs[0]).toMatch(/^Dock workers returned/);
  });

  it('reads a JSON array, giving each record an id from its own id or its position', () => {
    expect(article('records.json#7')).toMatchObject({ outlet: 'Json Daily', published: '2022-04-26', headline: 'Bridge reopens' });
    expect(article('records.json#7').paragraphs).toEqual([
      'The bridge reopened on Tuesday after repairs.',
      'Officials said traffic would be slow for a week.',
    ]);
    expect(article('records.json#2').published).toBe('2022-04-27T08:15:00Z');
  });

  it('reads JSON Lines records with ids from the record or its line number', () => {
    expect(article('records.jsonl#r1')).toMatchObject({ outlet: 'Wire One', url: 'https://wire.example/r1', published: '2022-04-26' });
    expect(article('records.jsonl#r1').paragraphs).toEqual([
      'Negotiators met again on Tuesday in Geneva after a two-week pause.',
      '"We are closer than before," the chief negotiator told reporters.',
    ]);
    expect(article('records.jsonl#L2').published).toBe('2022-04-27');
  });

  it('reads a gzip-compressed JSON Lines file', () => {
    expect(article('compressed.jsonl.gz#g1')).toMatchObject({ outlet: 'Gzip Gazette', headline: 'Compressed news' });
    expect(article('compressed.jsonl.gz#g1').paragraphs).toHaveLength(2);
  });

  it('ignores dotfiles and README.md', () => {
    const files = [...result.articles, ...result.skipped, ...result.warnings].map((entry) => entry.file);
    expect(files.some((file) => file.includes('hidden') || file.includes('README'))).toBe(false);
  });

  it('reports progress once per file', async () => {
    const calls: [number, number][] = [];
    await loadCorpus(fixtures, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBe(calls[0]?.[1]);
    expect(calls.at(-1)).toEqual([calls.length, calls.length]);
  });

  it('loads one file on its own with loadFile', async () => {
    const single = await loadFile(fixtures, 'records.jsonl');
    expect(single.articles.map((a) => a.id)).toEqual(['records.jsonl#r1', 'records.jsonl#L2', 'records.jsonl#r1~2']);
  });
});
