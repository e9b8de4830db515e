import { describe, expect, it } from 'vitest';
import type { SpannedQuote } from '../../src/engine/build.ts';
import { quotesAt, type QuoteLists } from '../../src/engine/file-quotes.ts';
import type { FileContent, IndexedCorpus } from '../../src/engine/index.ts';
import { RUNS, SHOWN } from '../../src/engine/passages-by-id.ts';
import type { QuoteRow } from '../../src/store/quote-rows.ts';
import { articleQuoted, flagsAt, joinQuoted, quotedParagraphs } from '../../src/store/quoted-paragraphs.ts';
import { harbourArticle, oneArticleFile, openStoredCorpus, tempFolder } from '../support/stored-corpus.ts';

/**
 * Four quotes: a partial one without a speaker in paragraph 1, a speaker's partial one running over
 * paragraphs 3 and 4, a full sentence without a speaker in paragraph 6, one with no span (in no paragraph).
 */
const rows: QuoteRow[] = [
  [20, 31, 1, 0, -1, 0, -1, -1, [1, 15]],
  [60, 140, 3, 0, 4, 'said', 40, 52, [3, 50, 100]],
  [230, 260, 6, 1, -1, 0, -1, -1, [6, 220]],
  [300, 310, 8, 0, 2, 0, -1, -1, []],
];

describe('which paragraphs hold a quote', () => {
  it('flag each paragraph a quote runs in, and those where one has a speaker or is a full sentence', () => {
    const digits = quotedParagraphs(rows);
    expect(digits).toBe('0103303');
    expect(flagsAt(digits, 1)).toBe(RUNS);
    expect(flagsAt(digits, 4)).toBe(RUNS | SHOWN);
    expect(flagsAt(digits, 6)).toBe(RUNS | SHOWN);
    expect([0, 2, 5, 7, 8, 40, -1].map((k) => flagsAt(digits, k))).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(quotedParagraphs([])).toBe('');
  });

  it("join a file's articles' digits at their paragraphs' places, and give each back", () => {
    const articles = [
      { quoted: '', paragraphs: 3 },
      { quoted: '01', paragraphs: 4 },
      { quoted: '', paragraphs: 2 },
      { quoted: '3', paragraphs: 5 },
    ];
    const file = joinQuoted(articles);
    expect(file).toBe('0000100003');
    expect(articleQuoted(file, 3, 4)).toBe('01');
    expect(articleQuoted(file, 7, 2)).toBe('');
    expect(articleQuoted(file, 9, 5)).toBe('3');
    expect(joinQuoted([{ quoted: '', paragraphs: 6 }])).toBe('');
  });
});

describe("a store's record of which paragraphs hold a quote", () => {
  const inTemp = tempFolder('quoted-paragraphs-test');
  const two: FileContent = {
    file: 'two.md',
    hash: 'two',
    load: {
      articles: [
        harbourArticle('two.md#1', [
          'The ferry to Saltmarrow left late on Tuesday.',
          '"We will sail again at dawn," said Orla Penhallow, the ferry captain.',
          'Locals called the delay "a small storm in a teacup" at the quay.',
        ]),
        harbourArticle('two.md#2', ['No quote is here at all.', 'Nor here, in the second paragraph.']),
        harbourArticle('two.md#3', [
          'Penhallow spoke at length.',
          '"The sea decides when we sail. It always has," she said.',
          '"Nobody argues with it," she added.',
        ]),
      ],
      skipped: [],
      warnings: [],
    },
  };
  /** Each passage's flags as its quotes give them, and as the store keeps them. */
  const both = (corpus: IndexedCorpus) =>
    corpus.indexedFiles().flatMap((f) => {
      const lists = f.quotes as QuoteLists;
      let id = f.firstId;
      return f.load.articles.flatMap((a, i) =>
        Array.from({ length: a.paragraphCount ?? a.paragraphs.length }, (_, k) => {
          const quotes = quotesAt(lists, i).filter((q) => {
            const spans = (q as SpannedQuote).paragraphSpans!;
            return spans[0]! <= k && k < spans[0]! + spans.length - 1;
          });
          const shown = quotes.some((q) => q.speaker !== undefined || q.kind === 'full');
          return [id, (quotes.length ? RUNS : 0) | (shown ? SHOWN : 0), lists.passageFlags!(id++)];
        }),
      );
    });

  it("agrees with each paragraph's quotes as written, and as read back from the rows and from the columns", () => {
    const path = inTemp('flags.sqlite');
    const first = openStoredCorpus(path);
    first.corpus.applyNow([oneArticleFile('pier.md', ['The pier "may well close", a notice said.']), two], []);
    const written = both(first.corpus);
    expect(written.map(([, , stored]) => stored)).toEqual(written.map(([, fromQuotes]) => fromQuotes));
    expect(written.some(([, flags]) => flags === (RUNS | SHOWN))).toBe(true);
    expect(written.some(([, flags]) => flags === 0)).toBe(true);
    first.index.close();
    for (const read of ['rows', 'columns']) {
      const again = openStoredCorpus(path);
      expect(again.reason, read).toBeUndefined();
      expect(both(again.corpus), read).toEqual(written);
      again.index.close();
    }
  });
});
