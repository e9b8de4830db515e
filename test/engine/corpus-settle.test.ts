/**
 * A build in batches settles its statements at the end; with many quotes the grouping runs in
 * worker threads. Whatever runs it, the statements (ids, speakers, members, outlets, confidence)
 * must be the ones grouping in this thread gives.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { IndexedCorpus, type FileContent } from '../../src/engine/index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { openStore, SqliteStore } from '../../src/store/sqlite-store.ts';
import { groupStatements, personQuote, type QuoteInArticle } from '../../src/compare/statements.ts';
import { GroupedAhead } from '../../src/engine/workers/grouped-ahead.ts';
import { EarlyGrouping } from '../../src/engine/workers/early-grouping.ts';
import { QuoteTables } from '../../src/store/quote-tables.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corpus-settle-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const outlets = ['Olmsby Post', 'Quay Weekly', 'Harbour Gazette'];

/** Day `d`'s report in outlet `o`: the same few utterances, reported by full name, surname alone or in part. */
function report(o: number, d: number): Article {
  const day = String(1 + (d % 28)).padStart(2, '0');
  const paragraphs = [
    `The harbour board met on day ${d} to discuss the ferry.`,
    o === 1
      ? `"The hull cannot take another winter on the northern route," Vance told the board on day ${d}.`
      : `"The hull cannot take another winter on the northern route," said Petra Vance, the ferry operator.`,
    `The board heard that repairs would cost more than a new boat. Vance called the plan a "false economy".`,
    `"We were never told about the timetable for ${d % 3 === 0 ? 'spring' : 'summer'}," said Ilse Marr, who runs the bakery.`,
    d % 2
      ? `"A bus is not a ferry and never will be," said Teo Brandt, a councillor.`
      : `Brandt said the council would vote in ${day} days.`,
  ];
  return {
    id: `${outlets[o]}#${d}`,
    file: `${o}.jsonl`,
    outlet: outlets[o]!,
    outletKnown: true,
    headline: `Ferry report ${d}`,
    published: `2031-04-${day}`,
    paragraphs,
    removedParagraphs: 0,
  };
}

const content = (o: number): FileContent => {
  const articles = Array.from({ length: 12 }, (_, d) => report(o, d));
  return { file: `${o}.jsonl`, hash: String(o), load: { articles, skipped: [], warnings: [] } };
};

async function settled(name: string, groupThreads: number) {
  const index = new SqliteIndex({ path: join(dir, `${name}.sqlite`) });
  const opened = openStore(index, 'test');
  const corpus = new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored);
  for (const o of outlets.keys()) await corpus.apply([content(o)], [], { deferStatements: true });
  await corpus.settleStatements({ chunk: 2, groupThreads });
  return storedStatements(corpus, index);
}

/** A first batch about other people (their surnames stored before the last batch), then every outlet's reports in one last batch. */
async function settledEarly(name: string, groupEarly: boolean | number, settling?: { before(): void; after(): void }) {
  const index = new SqliteIndex({ path: join(dir, `${name}.sqlite`) });
  const opened = openStore(index, 'test');
  const corpus = new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored);
  const other: Article = {
    ...report(0, 30),
    id: 'other',
    file: 'a-other.jsonl',
    paragraphs: ['"The pier needs a new roof before the autumn storms," said Ona Kask, the harbour master.'],
  };
  await corpus.apply([{ file: 'a-other.jsonl', hash: 'o', load: { articles: [other], skipped: [], warnings: [] } }], [], {
    deferStatements: true,
  });
  await corpus.apply(
    outlets.map((_, o) => content(o)),
    [],
    { deferStatements: true, groupEarly },
  );
  settling?.before();
  await corpus.settleStatements({ chunk: 2, groupThreads: 2 });
  settling?.after();
  return storedStatements(corpus, index);
}

describe('settling a build in batches', () => {
  it("saves the same statements when the last batch's speakers are grouped while it is indexed", async () => {
    const take = vi.spyOn(EarlyGrouping.prototype, 'take');
    try {
      const after = await settledEarly('after', false);
      expect(take).not.toHaveBeenCalled();
      const early = await settledEarly('early', 0);
      const taken = take.mock.results.filter((r) => r.value !== undefined).length;
      // Petra Vance and Vance (one family), Ilse Marr, Teo Brandt and Brandt (another): every list grouped early.
      expect(taken).toBe(3);
      expect(after.statements.some((s) => s.speaker === 'petra vance' && s.outlets.length === 3)).toBe(true);
      expect(after.statements.some((s) => s.speaker === 'ona kask')).toBe(true);
      expect(early.statements).toEqual(after.statements);
      expect(early.rows).toEqual(after.rows);
    } finally {
      take.mockRestore();
    }
  });

  it("reads no word of a speaker's quotes back from the store when they were grouped early", async () => {
    const read = vi.spyOn(SqliteStore.prototype, 'quoteText');
    /** The texts read from the store while settling. */
    const readWhileSettling = async (name: string, groupEarly: boolean | number) => {
      let texts: string[] = [];
      const before = () => read.mockClear();
      const after = () => (texts = read.mock.results.map((r) => String(r.value)));
      await settledEarly(name, groupEarly, { before, after });
      return texts;
    };
    try {
      const early = await readWhileSettling('early-words', 0);
      // Ilse Marr's and Petra Vance's lists were taken as grouped early, with no word read; Ona Kask's
      // (quoted by the first batch) was sent to the workers, with its words.
      expect(early.some((t) => t.includes('timetable') || t.includes('northern route'))).toBe(false);
      expect(early.some((t) => t.includes('autumn storms'))).toBe(true);
      const late = await readWhileSettling('late-words', false);
      expect(late.some((t) => t.includes('timetable'))).toBe(true);
    } finally {
      read.mockRestore();
    }
  });

  it("takes the quotes of a speaker only the last batch quoted from that batch, reading no speaker's list back from the store", async () => {
    const read = vi.spyOn(QuoteTables.prototype, 'speakerQuotes');
    /** The speakers whose quotes were read from the store by speaker while settling. */
    const readWhileSettling = async (name: string, groupEarly: boolean | number) => {
      let keys: string[] = [];
      const before = () => read.mockClear();
      const after = () => (keys = read.mock.calls.map(([key]) => key));
      const { statements } = await settledEarly(name, groupEarly, { before, after });
      return { keys, statements };
    };
    try {
      const early = await readWhileSettling('early-lists', 0);
      // Ona Kask was quoted by the first batch: read from the store; the last batch's speakers were not.
      expect(early.keys).toContain('ona kask');
      expect(early.keys.filter((k) => ['ilse marr', 'petra vance', 'vance', 'teo brandt', 'brandt'].includes(k))).toEqual([]);
      const late = await readWhileSettling('late-lists', false);
      expect(late.keys).toEqual(expect.arrayContaining(['ilse marr', 'petra vance', 'teo brandt']));
      expect(early.statements.some((s) => s.speaker === 'ilse marr' && s.members.length >= 2)).toBe(true);
      expect(early.statements).toEqual(late.statements);
    } finally {
      read.mockRestore();
    }
  });

  it('saves the statements grouping in this thread saves when worker threads group them', async () => {
    const here = await settled('here', 0);
    const workers = await settled('workers', 2);
    expect(here.statements.some((s) => s.speaker === 'petra vance' && s.outlets.length === 3)).toBe(true);
    expect(here.statements.some((s) => s.members.some((m) => m.endsWith('false economy')))).toBe(true);
    expect(workers.statements).toEqual(here.statements);
    expect(workers.rows).toEqual(here.rows);
  });
});

describe("committing a build's final grouping", () => {
  /** Every outlet's reports in deferred batches, the store and index left open. */
  async function built(name: string) {
    const index = new SqliteIndex({ path: join(dir, `${name}.sqlite`) });
    const opened = openStore(index, 'test');
    const corpus = new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored);
    for (const o of outlets.keys()) await corpus.apply([content(o)], [], { deferStatements: true });
    return { index, corpus };
  }
  const count = (index: SqliteIndex, table: string) => index.database.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

  it('saves every chunk inside one transaction, committed once all are saved', async () => {
    const { index, corpus } = await built('one-commit');
    const open: boolean[] = [];
    const original = SqliteStore.prototype.saveStatements;
    const spy = vi.spyOn(SqliteStore.prototype, 'saveStatements').mockImplementation(function (this: SqliteStore, ...args) {
      open.push(index.database.inTransaction);
      return original.apply(this, args);
    });
    try {
      await corpus.settleStatements({ chunk: 2, groupThreads: 0 });
    } finally {
      spy.mockRestore();
    }
    expect(open.length).toBeGreaterThanOrEqual(2);
    expect(open.every((o) => o)).toBe(true);
    expect(index.database.inTransaction).toBe(false);
    expect(count(index, 'stale')).toBe(0);
    expect(count(index, 'statements')).toBeGreaterThan(0);
    index.close();
  });

  it('makes quote_speakers_at again once, at the commit, when the grouping regroups most quotes', async () => {
    const { index, corpus } = await built('index-again');
    const db = index.database;
    const hasIndex = () => db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'quote_speakers_at'").pluck().get() === 1;
    const during: boolean[] = [];
    const original = SqliteStore.prototype.saveStatements;
    const spy = vi.spyOn(SqliteStore.prototype, 'saveStatements').mockImplementation(function (this: SqliteStore, ...args) {
      during.push(hasIndex());
      return original.apply(this, args);
    });
    try {
      await corpus.settleStatements({ chunk: 2, groupThreads: 0 });
    } finally {
      spy.mockRestore();
    }
    expect(during.length).toBeGreaterThan(0);
    expect(during.some((d) => d)).toBe(false);
    expect(hasIndex()).toBe(true);
    const byIndex = db.prepare('SELECT seq, idx, statement FROM quote_speakers INDEXED BY quote_speakers_at ORDER BY seq, idx').all();
    const byTable = db.prepare('SELECT seq, idx, statement FROM quote_speakers NOT INDEXED ORDER BY seq, idx').all();
    expect(byIndex).toEqual(byTable);
    expect(byTable.every((r) => (r as { statement: number }).statement !== -1)).toBe(true);
    index.close();
  });

  it('keeps every speaker stale in the store and regroups them in memory when the commit is refused', async () => {
    const { index, corpus } = await built('refused-commit');
    const stale = count(index, 'stale');
    const original = SqliteStore.prototype.beginSettle;
    const hasIndex = () => count(index, "sqlite_schema WHERE name = 'quote_speakers_at'") === 1;
    const dropped: boolean[] = [];
    const spy = vi.spyOn(SqliteStore.prototype, 'beginSettle').mockImplementation(function (this: SqliteStore, ...args) {
      // (With its arguments: the grouping regroups every quote, so the index is dropped in the transaction.)
      const write = original.apply(this, args);
      return {
        ...write,
        commit: () => {
          dropped.push(!hasIndex());
          write.rollback();
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        },
      };
    });
    try {
      await corpus.settleStatements({ chunk: 2, groupThreads: 0 });
    } finally {
      spy.mockRestore();
    }
    expect(stale).toBeGreaterThan(0);
    expect(count(index, 'stale')).toBe(stale);
    expect(count(index, 'statements')).toBe(0);
    expect(dropped).toEqual([true]);
    expect(hasIndex()).toBe(true);
    expect(corpus.statements.list().some((s) => s.speaker.key === 'petra vance' && s.outlets.length === 3)).toBe(true);
    index.close();
  });
});

describe('grouping ahead in worker threads', () => {
  it('answers a list it grouped with the statements grouping in this thread gives, and groups any other list here', async () => {
    const articles = outlets.flatMap((_, o) => Array.from({ length: 6 }, (__, d) => report(o, d)));
    const corpus = new IndexedCorpus({ index: () => new SqliteIndex() });
    corpus.applyNow(
      articles.map((a) => ({ file: a.id, hash: a.id, load: { articles: [a], skipped: [], warnings: [] } })),
      [],
    );
    const read = (key: string) => corpus.read.ofPerson(key);
    const keys = ['petra vance', 'vance', 'ilse marr'];
    const ahead = new GroupedAhead(read, () => keys, 2);
    await ahead.prepare(keys);
    const family = ['petra vance', 'vance'].flatMap((k) => ahead.quotesOf(k).filter((q) => personQuote(q, (x) => x.speaker)));
    const plain = (list: readonly QuoteInArticle[]) =>
      groupStatements(list).map((s) => [s.id, s.speaker, s.members, s.outlets, s.confidence]);
    const shape = (list: readonly QuoteInArticle[]) => ahead.group(list).map((s) => [s.id, s.speaker, s.members, s.outlets, s.confidence]);
    expect(family.length).toBeGreaterThan(20);
    expect(shape(family)).toEqual(plain(family));
    expect(shape(ahead.quotesOf('ilse marr'))).toEqual(plain(read('ilse marr')));
    expect(ahead.answered).toBe(2);
    // Not a list sent to the workers: grouped here, the same way.
    expect(shape(family.slice(1))).toEqual(plain(family.slice(1)));
    expect(ahead.answered).toBe(2);
    ahead.close();
  });
});

/** The settled statements as the corpus lists them, and their stored rows; closes the index. */
function storedStatements(corpus: IndexedCorpus, index: SqliteIndex) {
  const statements = corpus.statements.list().map((s) => ({
    id: s.id,
    speaker: s.speaker.key,
    outlets: s.outlets,
    confidence: s.confidence,
    members: s.members.map((m) => `${m.article.id} ${m.quote.text}`),
  }));
  const rows = index.database.prepare('SELECT speaker, pos, row FROM statements ORDER BY speaker, pos').all();
  index.close();
  return { statements, rows };
}
