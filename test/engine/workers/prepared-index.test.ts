/**
 * A store build through the quote workers (paragraphs analysed in the workers, rows without a
 * speaker's quote written while they extract, the others after speaker unification) gives the index a build in this
 * thread gives, and a refused write leaves the old state answering.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/corpus/article.ts';
import { Engine, IndexedCorpus, type FileContent } from '../../../src/engine/index.ts';
import { WORKERS_FROM_ARTICLES } from '../../../src/engine/workers/extract-pool.ts';
import { SqliteIndex } from '../../../src/search/sqlite/sqlite-index.ts';
import { FieldAnalyser, indexedField } from '../../../src/search/terms.ts';
import { openStore } from '../../../src/store/sqlite-store.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'prepared-index-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const towns = ['Brindlecombe', 'Saltmarrow', 'Quillhaven', 'Dunmere', 'Ashcombe', 'Fenwick Cross', 'Orrin Bay'];
const topics = ['ferry timetable', 'harbour wall', 'school roof', 'bus depot', 'flood barrier', 'market square'];

/** Article `i` of file `file`: some quote a full name, some a surname another article expands, some a quote nobody is named for. */
function article(file: string, i: number): Article {
  const town = towns[i % towns.length]!;
  const topic = topics[i % topics.length]!;
  const paragraphs = [
    `The council of ${town} voted on the ${topic} plan, number ${i}, on Tuesday evening.`,
    i % 3 === 0
      ? `"We will finish the ${topic} before the winter storms arrive," said Mara Quill, the harbour master of ${town}.`
      : i % 3 === 1
        ? `"Nobody consulted the fishermen about the ${topic}," Quill said after meeting ${i}.`
        : `Residents of ${town} queued for hours; café owners’ complaints about the pro-${town} lobby went unanswered.`,
    `Work on item ${i} is expected to cost ${1000 + i} crowns, the treasurer's office said.`,
  ];
  // A quote nobody is named for: its paragraph's speakers field is empty whatever unification does.
  if (i % 4 === 2) paragraphs.splice(1, 0, `"The tide waits for no council in ${town}, and neither do we."`);
  if (i % 5 === 0) paragraphs.push(`"It is a matter of trust," said Jonas Pell-Verity, who chairs ${town}'s civic society.`);
  return {
    id: `${file}-${i}`,
    file,
    outlet: i % 2 ? 'Harbour Gazette' : 'Coast Courier',
    outletKnown: true,
    headline: `${town}: the ${topic}`,
    published: `2031-0${1 + (i % 9)}-1${i % 10}`,
    paragraphs,
    removedParagraphs: 0,
  };
}

function contents(count: number, prefix = 'news'): FileContent[] {
  const files: FileContent[] = [];
  for (let f = 0; f * 700 < count; f++) {
    const file = `${prefix}-${f}.md`;
    const articles = Array.from({ length: Math.min(700, count - f * 700) }, (_, i) => article(file, f * 700 + i));
    files.push({ file, hash: `${file}:${count}`, load: { articles, skipped: [], warnings: [] } });
  }
  return files;
}

function open(path: string): { index: SqliteIndex; corpus: IndexedCorpus } {
  const index = new SqliteIndex({ path });
  const opened = openStore(index, 'test');
  return { index, corpus: new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored) };
}

/** Everything the FTS5 index and its side tables hold, as rows. */
function indexRows(index: SqliteIndex): unknown {
  const db = index.database;
  return {
    vocabulary: db.prepare('SELECT term, col, doc, cnt FROM vocab_col ORDER BY term, col').raw().all(),
    lengths: db.prepare('SELECT id, text, speakers FROM lengths ORDER BY id').raw().all(),
    terms: db.prepare('SELECT term, length FROM terms ORDER BY term').raw().all(),
    totals: db.prepare("SELECT value FROM meta WHERE key = 'totals'").pluck().get(),
  };
}

/** The store's rows: paragraph texts (written while the workers extract), articles, quotes by speaker, statements. */
function storeRows(index: SqliteIndex): unknown {
  const db = index.database;
  const all = (sql: string) => db.prepare(sql).raw().all();
  return {
    paragraphs: all('SELECT id, text FROM paragraphs ORDER BY id'),
    articles: all('SELECT seq, file, first_id, paragraphs, quote_count, meta FROM articles ORDER BY seq'),
    rows: all('SELECT seq, details, quotes, quote_texts FROM article_rows ORDER BY seq'),
    speakers: all('SELECT speaker, seq, idx, statement FROM quote_speakers ORDER BY speaker, seq, idx'),
    statements: all('SELECT speaker, pos, row FROM statements ORDER BY speaker, pos'),
  };
}

const QUERIES = [
  'Quill',
  'Mara Quill ferry',
  'harbour wall winter',
  '"school roof"',
  'café',
  'Pell-Verity trust',
  'verity',
  'Ashcomb',
  'tide council',
];

function answers(corpus: IndexedCorpus): unknown {
  const engine = new Engine(corpus);
  return QUERIES.flatMap((query) => [engine.search({ command: 'quote', query }), engine.search({ command: 'search', query })]);
}

describe('a build whose quote workers analyse the paragraphs', () => {
  it('gives each paragraph the terms and count the index gives it, field after field', () => {
    const analyser = new FieldAnalyser();
    const texts = [
      'The Minister’s plan for COVID-19 relief: the minister said the plan was “pro-growth”.',
      'Ségolène Royal met the ministers’ aides; the aides met Royal again, and again.',
      '',
      'the of and',
      'The Minister’s plan, again: pro-growth, pro-growth, PRO-GROWTH.',
    ];
    const seen = new Set<string>();
    for (const text of texts) {
      expect(analyser.field(text)).toEqual({ text: indexedField(text).text, distinct: indexedField(text).distinct });
      for (const term of analyser.takeNew()) {
        expect(seen.has(term)).toBe(false);
        seen.add(term);
      }
    }
    const all = new Set<string>();
    for (const text of texts) indexedField(text, all);
    expect(seen).toEqual(all);
  });

  it('writes the same index as a build in this thread, and answers the same', async () => {
    const files = contents(WORKERS_FROM_ARTICLES + 100);
    const inThread = open(join(dir, 'in-thread.sqlite'));
    inThread.corpus.applyNow(files, []);
    const workers = open(join(dir, 'workers.sqlite'));
    const phases: string[] = [];
    await workers.corpus.apply(contents(WORKERS_FROM_ARTICLES + 100), [], {
      onProgress: (p) => {
        if (phases.at(-1) !== p.phase) phases.push(p.phase);
      },
    });
    expect(phases).toEqual(['quotes', 'index', 'statements']);
    expect(workers.index.size).toBe(inThread.index.size);
    expect(indexRows(workers.index)).toEqual(indexRows(inThread.index));
    const stored = storeRows(inThread.index) as { paragraphs: unknown[]; speakers: Array<unknown[]> };
    expect(stored.paragraphs).toHaveLength(inThread.index.size);
    expect(stored.speakers.some((row) => (row[3] as number) !== -1)).toBe(true);
    expect(storeRows(workers.index)).toEqual(stored);
    const expected = answers(inThread.corpus);
    expect(JSON.stringify(expected)).toContain('Mara Quill');
    expect(answers(workers.corpus)).toEqual(expected);
    inThread.index.close();
    workers.index.close();
  }, 60_000);

  it('keeps the old state answering when the database refuses the build (a full disk), the rows written during extraction taken out', async () => {
    const { index, corpus } = open(join(dir, 'full.sqlite'));
    corpus.applyNow(contents(40, 'old'), []);
    const engine = new Engine(corpus);
    const before = { size: index.size, rows: indexRows(index), stored: storeRows(index), answers: answers(corpus) };
    const pages = index.database.pragma('page_count', { simple: true }) as number;
    index.database.pragma(`max_page_count = ${pages + 40}`);
    await expect(corpus.apply(contents(WORKERS_FROM_ARTICLES + 100), [])).rejects.toThrow(/full/);
    expect(index.size).toBe(before.size);
    expect(engine.search({ command: 'search', query: 'crowns' }).total).toBe(40);
    expect(answers(corpus)).toEqual(before.answers);
    const rows = indexRows(index) as { vocabulary: unknown; lengths: unknown; totals: unknown };
    const old = before.rows as typeof rows;
    expect([rows.vocabulary, rows.lengths, rows.totals]).toEqual([old.vocabulary, old.lengths, old.totals]);
    expect(storeRows(index)).toEqual(before.stored);
    index.close();
  }, 60_000);
});
