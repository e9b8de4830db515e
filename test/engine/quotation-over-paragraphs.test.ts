/**
 * `/compare` on a quotation one outlet prints in one paragraph and another runs over three (each
 * opening with a mark, only the last closing), in memory and through the SQLite store reopened (the
 * parts' whole, `Quote.partOf`, is written in the quote rows): the outlets printed the same words.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/corpus/article.ts';
import { loadDocument } from '../../src/corpus/load-document.ts';
import { contentsOf, Engine, IndexedCorpus } from '../../src/engine/index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../../src/store/sqlite-store.ts';

const LEAD = 'Lena Orsk, who leads the ferry crews, spoke at the port on Tuesday.';
const DOCS: Array<[string, string]> = [
  [
    'harbour-daily.md',
    `---\noutlet: Harbour Daily\ntitle: Crews want ramps\npublished: 2026-03-04\n---\n${LEAD}\n\nOrsk said: "We have asked the port for new ramps since the spring floods. The crews cannot load a truck safely, and the port knows it. Never."`,
  ],
  [
    'bay-post.md',
    `---\noutlet: Bay Post\ntitle: Ferry crews and the ramps\npublished: 2026-03-05\n---\n${LEAD}\n\nOrsk said: "We have asked the port for new ramps since the spring floods.\n\n"The crews cannot load a truck safely, and the port knows it.\n\n"Never."`,
  ],
];

function load(): LoadResult {
  const out: LoadResult = { articles: [], skipped: [], warnings: [] };
  for (const [file, text] of DOCS) out.articles.push(...loadDocument(file, Buffer.from(text), { markdown: true }).articles);
  return out;
}

function stored(): Engine {
  const path = join(mkdtempSync(join(tmpdir(), 'over-paragraphs-')), 'index.sqlite');
  const first = new SqliteIndex({ path });
  const written = new IndexedCorpus({ index: () => first, store: openStore(first, 'test').store });
  written.applyNow(contentsOf(load()).contents, []);
  first.close();
  const index = new SqliteIndex({ path });
  const opened = openStore(index, 'test');
  if (!opened.restored) throw new Error(`the store was not reused: ${opened.reason ?? 'empty'}`);
  return new Engine(new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored));
}

describe.each([
  ['in memory', () => new Engine(load())],
  ['on the SQLite store, reopened', stored],
])('/compare of a quotation one outlet runs over paragraphs (%s)', (_name, make) => {
  it('says the two outlets printed it identically, the whole words in one wording', () => {
    const statements = make().compare({ query: 'Orsk ramps' }).statements;
    expect(statements).toHaveLength(1);
    expect(statements[0]!.variants.map((v) => [v.text, [...v.outlets].sort()])).toEqual([
      [
        'We have asked the port for new ramps since the spring floods. The crews cannot load a truck safely, and the port knows it. Never.',
        ['Bay Post', 'Harbour Daily'],
      ],
    ]);
  });
});
