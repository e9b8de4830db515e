import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.ts';
import { extractArticleQuotes } from '../../../src/engine/build.ts';
import { extractInWorkers } from '../../../src/engine/workers/extract-pool.ts';

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
});
