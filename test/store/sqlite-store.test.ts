/** The SQLite store: what a start reads back, texts on demand, and a refused write (a full disk). */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../src/engine/index.ts';
import { StoredArticle } from '../../src/store/stored-article.ts';
import { harbourArticle as article, oneArticleFile as content, openStoredCorpus, tempFolder } from '../support/stored-corpus.ts';

const inTemp = tempFolder('sqlite-store-test');

const open = openStoredCorpus;

const pier = [
  'The old pier of Brindlecombe was repaired in spring.',
  '"We will keep the pier open all winter," said Mara Quill, the harbour master.',
  'Quill added that the ferry would run twice a day.',
];

describe('the SQLite store', () => {
  it('reads back metadata and quotes at start, and each text only when it is asked for', () => {
    const path = inTemp('read-back.sqlite');
    const first = open(path);
    first.corpus.applyNow([content('pier.md', pier)], []);
    const before = new Engine(first.corpus).search({ command: 'quote', query: 'pier winter' });
    first.index.close();

    const again = open(path);
    expect(again.reason).toBeUndefined();
    const stored = again.corpus.indexedFiles()[0]?.load.articles[0];
    expect(stored).toBeInstanceOf(StoredArticle);
    expect(stored?.paragraphCount).toBe(3);
    expect(Object.keys(stored ?? {})).not.toContain('paragraphs');
    expect(stored?.paragraphs).toEqual(pier);
    expect(new Engine(again.corpus).search({ command: 'quote', query: 'pier winter' })).toEqual(before);
    again.index.close();
  });

  it('keeps the old version answering when the database refuses a change (a full disk), before and after a restart', async () => {
    const path = inTemp('full.sqlite');
    const { index, corpus } = open(path);
    corpus.applyNow([content('pier.md', pier)], []);
    const engine = new Engine(corpus);
    const found = (e: Engine, query: string) => e.search({ command: 'search', query }).total;
    expect(found(engine, 'Brindlecombe')).toBe(1);

    const pages = index.database.pragma('page_count', { simple: true }) as number;
    index.database.pragma(`max_page_count = ${pages}`);
    const longer = Array.from({ length: 400 }, (_, i) => `The new pier of Saltmarrow opened in autumn, said notice ${i}.`);
    await expect(corpus.apply([content('pier.md', longer)], [])).rejects.toThrow(/full/);
    expect(found(engine, 'Brindlecombe')).toBe(1);
    expect(found(engine, 'Saltmarrow')).toBe(0);
    index.close();

    const again = open(path);
    expect(again.reason).toBeUndefined();
    expect(found(new Engine(again.corpus), 'Brindlecombe')).toBe(1);
    expect(found(new Engine(again.corpus), 'Saltmarrow')).toBe(0);
    again.corpus.applyNow([content('pier.md', longer)], []);
    expect(found(new Engine(again.corpus), 'Saltmarrow')).toBe(longer.length);
    expect(found(new Engine(again.corpus), 'Brindlecombe')).toBe(0);
    again.index.close();
  });

  it('stores statements and reads them back without regrouping', () => {
    const path = inTemp('statements.sqlite');
    const quote = '"The ferry will run twice a day from June," said Mara Quill.';
    const first = open(path);
    first.corpus.applyNow(
      [
        content('a.md', [quote]),
        {
          ...content('b.md', [quote]),
          load: { articles: [{ ...article('b.md', [quote]), outlet: 'Coast Courier' }], skipped: [], warnings: [] },
        },
      ],
      [],
    );
    const statements = first.corpus.statements
      .list()
      .map((s) => ({ speaker: s.speaker.name, outlets: s.outlets, quotes: s.members.map((m) => m.quote.text) }));
    expect(statements[0]?.outlets).toEqual(['Coast Courier', 'Harbour Gazette']);
    first.index.close();
    const again = open(path);
    expect(
      again.corpus.statements
        .list()
        .map((s) => ({ speaker: s.speaker.name, outlets: s.outlets, quotes: s.members.map((m) => m.quote.text) })),
    ).toEqual(statements);
    again.index.close();
  });
});
