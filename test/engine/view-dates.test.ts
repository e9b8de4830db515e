/** An outlet's first and last day in `/sources`: days, from dates and date-times alike; undated articles counted apart. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { Engine, IndexedCorpus, type FileContent } from '../../src/engine/index.ts';

const article = (id: string, published: string | undefined): Article => ({
  id,
  file: `${id}.md`,
  outlet: 'Harbour Gazette',
  outletKnown: true,
  headline: `About ${id}`,
  ...(published === undefined ? {} : { published }),
  paragraphs: [`The quay of ${id} was repaired.`],
  removedParagraphs: 0,
});
const content = (a: Article): FileContent => ({ file: a.file, hash: a.id, load: { articles: [a], skipped: [], warnings: [] } });

describe("an outlet's dates", () => {
  it('are its first and last days, whether written as dates or date-times, with undated articles counted apart', () => {
    const corpus = new IndexedCorpus();
    corpus.applyNow(
      [
        article('a', '2022-04-26T22:55:00+04:00'),
        article('b', '2022-04-26'),
        article('c', '2021-12-31T23:59:00Z'),
        article('d', '2023-01-02'),
        article('e', '2023-01-02T08:00:00Z'),
        article('f', undefined),
      ].map(content),
      [],
    );
    const [outlet] = new Engine(corpus).sources().outlets;
    expect(outlet).toMatchObject({ outlet: 'Harbour Gazette', articles: 6, from: '2021-12-31', to: '2023-01-02' });
  });
});
