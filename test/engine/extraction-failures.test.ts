import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { extractArticleQuotes } from '../../src/engine/build.ts';
import { onExtractionFailure } from '../../src/engine/extraction-failures.ts';
import { extractInWorkers, type QuoteWorker } from '../../src/engine/workers/extract-pool.ts';
import { prepareBatch } from '../../src/engine/workers/prepare-batch.ts';
import { FieldAnalyser } from '../../src/search/terms.ts';

// The extractor has no known input it throws on any more: one marker word makes it throw here.
vi.mock('../../src/quotes/extract.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/quotes/extract.ts')>();
  return {
    ...real,
    extractQuotes: (text: string) => {
      if (text.includes('Zorblatt')) throw new RangeError('token 41 past the last token');
      return real.extractQuotes(text);
    },
  };
});

const article = (id: string, paragraphs: string[]): Article => ({
  id,
  file: 'failures.md',
  outlet: 'Harbour Gazette',
  outletKnown: true,
  headline: `Story ${id}`,
  published: '2031-05-02',
  paragraphs,
  removedParagraphs: 0,
});

const fine = ['"The ferry will run all winter," said Mayor Ilse Marrow on Monday.'];
const breaking = ['The Zorblatt committee met again.', '"We are not finished," said its chair, Odo Brennan.'];

let undo: (() => void) | undefined;
afterEach(() => undo?.());

function collectWarnings(): Array<[string, string]> {
  const warnings: Array<[string, string]> = [];
  undo = onExtractionFailure((id, error) => warnings.push([id, error]));
  return warnings;
}

describe('an article whose quote extraction throws', () => {
  it('is given no quotes and warned about once, with its id and the error', () => {
    const warnings = collectWarnings();
    expect(extractArticleQuotes(article('gazette/zorblatt-1', breaking))).toEqual([]);
    expect(extractArticleQuotes(article('gazette/ferry', fine))[0]?.speaker?.name).toBe('Ilse Marrow');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]![0]).toBe('gazette/zorblatt-1');
    expect(warnings[0]![1]).toMatch(/^RangeError: token 41 past the last token/);
  });

  it('still has its paragraphs analysed for the index by a worker batch, which lists it by position with the error', () => {
    const { quotes, prepared, failures } = prepareBatch([fine, breaking, fine], true, new FieldAnalyser());
    expect(quotes.map((q) => q.length)).toEqual([1, 0, 1]);
    expect(prepared?.texts).toHaveLength(4);
    expect(prepared?.texts[1]).toContain('zorblatt');
    expect(failures).toEqual([{ article: 1, error: expect.stringMatching(/^RangeError: token 41/) }]);
  });

  it('gives a batch with no failure no failures list (nothing more posted)', () => {
    expect(prepareBatch([fine, fine], true, new FieldAnalyser()).failures).toBeUndefined();
    expect(prepareBatch([fine], false, new FieldAnalyser())).toEqual({ quotes: expect.any(Array) });
  });

  it('is warned about by the main thread with its id when a worker reports it, and the build goes on', async () => {
    const warnings = collectWarnings();
    const articles = Array.from({ length: 300 }, (_, i) => article(`gazette/${i}`, i === 205 ? breaking : fine));
    const worker = Object.assign(new EventEmitter(), {
      postMessage: ({ batch, articles: texts }: { batch: number; articles: string[][] }) =>
        queueMicrotask(() => worker.emit('message', { batch, ...prepareBatch(texts, false, new FieldAnalyser()) })),
      terminate: () => Promise.resolve(0),
    });
    const quotes = await extractInWorkers(articles, undefined, 1, undefined, () => worker as unknown as QuoteWorker);
    expect(quotes).toHaveLength(300);
    expect(quotes[205]).toEqual([]);
    expect(quotes[206]).toHaveLength(1);
    expect(warnings.map(([id]) => id)).toEqual(['gazette/205']);
  });
});
