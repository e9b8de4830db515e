import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.ts';
import { extractArticleQuotes } from '../../../src/engine/build.ts';
import { extractInWorkers, type QuoteWorker, type WorkerRequest } from '../../../src/engine/workers/extract-pool.ts';

const article = (i: number): Article => ({
  id: `a${i}`,
  file: 'pool.md',
  outlet: 'Harbour Gazette',
  outletKnown: true,
  headline: `Council meeting ${i}`,
  published: '2031-05-0' + String(1 + (i % 9)),
  paragraphs: [
    `The council met on Tuesday to discuss item ${i}.`,
    `"We will rebuild the pier before the summer season," said Mayor Ilse Marrow, who chaired meeting ${i}.`,
    `"Nobody asked us," a fisherman complained.`,
  ],
  removedParagraphs: 0,
});

describe('quote extraction in worker threads', () => {
  it('gives each article the quotes extraction in this thread gives, in article order', async () => {
    const articles = Array.from({ length: 450 }, (_, i) => article(i));
    const progress: number[] = [];
    const quotes = await extractInWorkers(articles, (done) => progress.push(done), 2);
    expect(quotes).toHaveLength(450);
    expect(quotes).toEqual(articles.map(extractArticleQuotes));
    expect(quotes[7]![0]!.speaker?.name).toBe('Ilse Marrow');
    expect(progress.at(-1)).toBe(450);
  });

  it('gives a worker its next batch before it answers the one it holds, so it never waits for this thread', async () => {
    const articles = Array.from({ length: 1000 }, (_, i) => article(i));
    const received: number[] = [];
    const worker = Object.assign(new EventEmitter(), {
      postMessage: (request: WorkerRequest) => received.push(request.batch),
      terminate: () => Promise.resolve(0),
    });
    const answer = (batch: number) =>
      worker.emit('message', { batch, quotes: articles.slice(batch, batch + 200).map(extractArticleQuotes) });
    const quotes = extractInWorkers(articles, undefined, 1, undefined, () => worker as unknown as QuoteWorker);
    // Two batches sent before any answer; each answer brings the next.
    expect(received).toEqual([0, 200]);
    answer(0);
    expect(received).toEqual([0, 200, 400]);
    for (const batch of [200, 400, 600, 800]) answer(batch);
    expect(received).toEqual([0, 200, 400, 600, 800]);
    expect(await quotes).toEqual(articles.map(extractArticleQuotes));
  });

  it('rejects when a worker exits holding a batch', async () => {
    const articles = Array.from({ length: 400 }, (_, i) => article(i));
    const worker = Object.assign(new EventEmitter(), { postMessage: () => undefined, terminate: () => Promise.resolve(0) });
    const quotes = extractInWorkers(articles, undefined, 1, undefined, () => worker as unknown as QuoteWorker);
    worker.emit('exit', 0);
    await expect(quotes).rejects.toThrow(/exited/);
  });
});
