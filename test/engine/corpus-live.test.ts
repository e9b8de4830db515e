/**
 * Which articles are live: those of the file versions shown, never those of a version a change is
 * still indexing (staged) or one it replaced or removed (retired), whether the corpus was built in
 * this process or restored from a store. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { IndexedCorpus } from '../../src/engine/index.ts';
import { oneArticleFile, openStoredCorpus, tempFolder } from '../support/stored-corpus.ts';

const inTemp = tempFolder('corpus-live-test');
const pier = (n: number) => oneArticleFile('pier.md', [`"The pier opens in week ${n}," said Ivo Brent.`]);
const ferry = () => oneArticleFile('ferry.md', ['"The ferry leaves at nine," said Ada Quill.']);
const articlesOf = (corpus: IndexedCorpus, file: string): Article[] => corpus.file(file)?.load.articles ?? [];

async function checkVersions(corpus: IndexedCorpus): Promise<void> {
  const first = articlesOf(corpus, 'pier.md');
  expect(first.every((a) => corpus.isLive(a))).toBe(true);
  const staged = pier(2);
  const seenWhileStaged: boolean[] = [];
  await corpus.apply([staged], [], {
    onProgress: (p) => {
      if (p.phase !== 'index') return;
      // Indexed, not shown yet: the old version answers, the new one is not live.
      seenWhileStaged.push(
        first.every((a) => corpus.isLive(a)),
        staged.load.articles.some((a) => corpus.isLive(a)),
      );
    },
  });
  expect(seenWhileStaged.slice(0, 2)).toEqual([true, false]);
  const second = articlesOf(corpus, 'pier.md');
  expect(second.every((a) => corpus.isLive(a))).toBe(true);
  expect(first.some((a) => corpus.isLive(a))).toBe(false);
  const other = articlesOf(corpus, 'ferry.md');
  expect(other.every((a) => corpus.isLive(a))).toBe(true);
  await corpus.apply([], ['ferry.md']);
  expect(other.some((a) => corpus.isLive(a))).toBe(false);
  expect(second.every((a) => corpus.isLive(a))).toBe(true);
}

describe('live articles', () => {
  it('are those of the versions shown, in memory', async () => {
    const corpus = new IndexedCorpus({ progressEvery: 1 });
    corpus.applyNow([pier(1), ferry()], []);
    await checkVersions(corpus);
  });

  it('are those of the versions shown, in a corpus restored from a store', async () => {
    const path = inTemp('live.sqlite');
    const built = openStoredCorpus(path);
    built.corpus.applyNow([pier(1), ferry()], []);
    built.index.close();
    const restored = openStoredCorpus(path);
    expect(restored.restored).toBeDefined();
    await checkVersions(restored.corpus);
    restored.index.close();
  });
});
