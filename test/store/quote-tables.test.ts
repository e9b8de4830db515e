/**
 * The SQLite store keeps no quote of the archive in the heap: counts, a speaker's quotes and the
 * speakers in use come from its tables, quotes are read per article when reached. Each answer must
 * be the one a corpus holding every quote in memory gives.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { Engine, IndexedCorpus, type FileContent } from '../../src/engine/index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../../src/store/sqlite-store.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quote-tables-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const article = (file: string, outlet: string, n: number, paragraphs: string[]): Article => ({
  id: `${file}#${n}`,
  file,
  outlet,
  outletKnown: true,
  headline: `Report ${n} of ${file}`,
  published: `2024-06-0${n + 1}`,
  paragraphs,
  removedParagraphs: 0,
});
const content = (file: string, outlet: string, ...articles: string[][]): FileContent => ({
  file,
  hash: JSON.stringify(articles),
  load: { articles: articles.map((p, n) => article(file, outlet, n, p)), skipped: [], warnings: [] },
});

const ferry = [
  'The ferry to Olmsby will stop running in October.',
  '"The hull cannot take another winter," said Petra Vance, the ferry operator.',
  'Vance said a new boat would be ordered.',
  '"We were never told," said Ilse Marr, who runs the Olmsby bakery.',
];
const ferryAgain = [
  'Olmsby residents asked for a bus instead of the ferry.',
  '"A bus is not a ferry," said Petra Vance, who runs the ferry.',
  '"We need something by spring," said Teo Brandt, a councillor.',
];
const market = [
  'The Saturday market moves to the quay next month.',
  '"The square is too small for forty stalls," said Teo Brandt, a councillor.',
  '"We will lose the passing trade," said Ilse Marr.',
];
const marketChanged = ['The Saturday market stays in the square after all.', '"The quay floods too often," said Teo Brandt, a councillor.'];

function storeCorpus(path: string): { index: SqliteIndex; corpus: IndexedCorpus } {
  const index = new SqliteIndex({ path });
  const opened = openStore(index, 'test');
  return { index, corpus: new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored) };
}

/** What the answers built on the quote tables say, in plain values. */
function figures(corpus: IndexedCorpus) {
  const engine = new Engine(corpus);
  const sources = engine.sources();
  const bySpeaker = (key: string) =>
    corpus.read.ofSpeaker(key).map(({ article, quote }) => `${article.id} ${quote.paragraph} ${quote.text}`);
  return {
    outlets: sources.outlets.map((o) => [o.outlet, o.articles, o.quotes]),
    quotes: sources.quotes,
    speakers: engine.speakerList(),
    vance: bySpeaker('petra vance'),
    brandt: bySpeaker('teo brandt'),
    marr: bySpeaker('ilse marr'),
    inUse: corpus.read
      .speakers()
      .map((s) => s.key)
      .sort(),
    statements: corpus.statements.list().map((s) => [s.speaker.key, s.outlets, s.members.map((m) => m.quote.text)]),
    quoteAnswer: engine.search({ command: 'quote', query: 'Brandt councillor' }),
  };
}

describe('the quote tables of the SQLite store', () => {
  it('give the counts, speakers and quotes a corpus holding every quote in memory gives, after changes and after a restart', () => {
    const path = join(dir, 'tables.sqlite');
    const memory = new IndexedCorpus({ index: () => new SqliteIndex() });
    const stored = storeCorpus(path);
    const first = [content('ferry.md', 'Olmsby Post', ferry, ferryAgain), content('market.md', 'Quay Weekly', market)];
    memory.applyNow(first, []);
    stored.corpus.applyNow(first, []);
    expect(figures(stored.corpus)).toEqual(figures(memory));
    expect(figures(memory).brandt).toHaveLength(2);

    // A file replaced (one quote fewer) and one removed: the counts go down, nothing is left of them.
    const change = [content('market.md', 'Quay Weekly', marketChanged)];
    memory.applyNow(change, ['ferry.md']);
    stored.corpus.applyNow(change, ['ferry.md']);
    const after = figures(memory);
    expect(after.vance).toEqual([]);
    expect(after.quotes).toBe(1);
    expect(figures(stored.corpus)).toEqual(after);
    stored.index.close();

    const again = storeCorpus(path);
    expect(figures(again.corpus)).toEqual(after);
    again.corpus.applyNow([content('ferry.md', 'Olmsby Post', ferry)], []);
    memory.applyNow([content('ferry.md', 'Olmsby Post', ferry)], []);
    expect(figures(again.corpus)).toEqual(figures(memory));
    again.index.close();
  });

  it('gives the same quote objects to a speaker lookup and to the statements read back, so a quote finds its statement', () => {
    const path = join(dir, 'identity.sqlite');
    const first = storeCorpus(path);
    first.corpus.applyNow([content('ferry.md', 'Olmsby Post', ferry, ferryAgain), content('market.md', 'Quay Weekly', market)], []);
    first.index.close();

    const { index, corpus } = storeCorpus(path);
    for (const key of ['teo brandt', 'petra vance', 'ilse marr']) {
      const quotes = corpus.read.ofSpeaker(key);
      expect(quotes.length).toBeGreaterThan(0);
      for (const { article, quote } of quotes) {
        expect(corpus.statements.statementOf(quote)?.members.some((m) => m.quote === quote)).toBe(true);
        expect(corpus.read.ofArticle(article)).toContain(quote);
      }
    }
    index.close();
  });

  it('tells a quote alone in its statement from one another outlet carries too without decoding its statement, as the statement says, after a restart and after a change', () => {
    const path = join(dir, 'shares.sqlite');
    const carried = ['The ferry crossing is to be cut to two days a week.', ferry[1]!];
    const files = () => [content('ferry.md', 'Olmsby Post', ferry, ferryAgain), content('other.md', 'Fen Gazette', carried)];
    const first = storeCorpus(path);
    first.corpus.applyNow(files(), []);
    first.index.close();

    const keys = ['petra vance', 'ilse marr', 'teo brandt'];
    /** Each quote: whether it may share its statement, and how many members its statement has. */
    const sharing = (corpus: IndexedCorpus) =>
      keys.flatMap((key) =>
        corpus.read
          .ofSpeaker(key)
          .map(({ quote }): [string, boolean, number] => [
            quote.text,
            corpus.statements.mayShare(quote),
            corpus.statements.statementOf(quote)?.members.length ?? 0,
          ]),
      );
    const reopened = storeCorpus(path);
    // Written as alone (`soleAt`): the quotes of one-member statements, not the two carrying the hull quote.
    const held = reopened.index.database.prepare('SELECT statement FROM quote_speakers WHERE statement >= 0').pluck().all();
    expect(held).toHaveLength(2);
    const read = sharing(reopened.corpus);
    // The hull quote is carried by two outlets; every other quote by one.
    const hull = 'The hull cannot take another winter,';
    expect(read.filter(([, may]) => may)).toEqual([
      [hull, true, 2],
      [hull, true, 2],
    ]);
    expect(read.filter(([, may]) => !may).every(([, , members]) => members === 1)).toBe(true);
    expect(read.length).toBeGreaterThan(4);

    // The other outlet's copy gone: the quote left is alone, whether asked before or after its statement.
    reopened.corpus.applyNow([], ['other.md']);
    for (const [, may, members] of sharing(reopened.corpus)) expect(may || members <= 1).toBe(true);
    reopened.index.close();
    const again = storeCorpus(path);
    expect(sharing(again.corpus).every(([, may, members]) => may === members > 1)).toBe(true);
    again.index.close();
  });

  it("reads the statement positions of an article's quotes in one read, however many of its quotes are asked about", () => {
    const path = join(dir, 'positions.sqlite');
    const crowded = [
      '"The pier needs new piles," said Petra Vance.',
      '"The piles were ordered in May," said Teo Brandt.',
      '"Nobody told the anglers," said Ilse Marr.',
      '"The anglers can use the east steps," said Teo Brandt.',
    ];
    const first = storeCorpus(path);
    first.corpus.applyNow([content('pier.md', 'Olmsby Post', crowded), content('other.md', 'Fen Gazette', [crowded[0]!])], []);
    first.index.close();

    // Each run of a read of `quote_speakers` by article row, counted from the statements' preparation on.
    let reads = 0;
    const prepare = Database.prototype.prepare;
    const spy = vi.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, sql: string) {
      const statement = prepare.call(this, sql);
      if (!/FROM quote_speakers WHERE seq/.test(sql)) return statement;
      for (const run of ['get', 'all', 'iterate'] as const) {
        const original = statement[run].bind(statement) as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[run] = (...args: unknown[]) => (reads++, original(...args));
      }
      return statement;
    });
    try {
      const { index, corpus } = storeCorpus(path);
      const quotes = ['petra vance', 'teo brandt', 'ilse marr'].flatMap((key) => corpus.read.ofSpeaker(key));
      const articles = new Set(quotes.map((q) => q.article));
      expect(quotes.length).toBe(5);
      expect(articles.size).toBe(2);
      const sharing = quotes.map(({ quote }) => [quote.text, corpus.statements.mayShare(quote)]);
      expect(sharing.filter(([, may]) => may).map(([text]) => text)).toEqual(['The pier needs new piles,', 'The pier needs new piles,']);
      expect(reads).toBe(articles.size);
      index.close();
    } finally {
      spy.mockRestore();
    }
  });

  it("reads the statements of a query's candidates in two reads (their own statement positions, no other quote's of their articles, then their statements' rows), and tells each quote's sharing and statement as reading them one at a time does", () => {
    const path = join(dir, 'prefetch.sqlite');
    const pier = ['"The pier needs new piles," said Petra Vance.', '"The piles were ordered in May," said Teo Brandt.'];
    const quay = ['"Nobody told the anglers," said Ilse Marr.', '"The piles were ordered in May," said Teo Brandt.'];
    const steps = ['"The pier needs new piles," said Petra Vance.', '"The anglers can use the east steps," said Teo Brandt.'];
    const first = storeCorpus(path);
    first.corpus.applyNow(
      [content('pier.md', 'Olmsby Post', pier), content('quay.md', 'Fen Gazette', quay), content('steps.md', 'Marsh Herald', steps)],
      [],
    );
    first.index.close();
    const keys = ['petra vance', 'teo brandt', 'ilse marr'];
    /** Each quote's sharing and, when it may share, its statement (its members' outlets), asked one quote at a time as a search asks. */
    const answers = (corpus: IndexedCorpus) =>
      keys
        .flatMap((key) => corpus.read.ofSpeaker(key))
        .map(({ article, quote }) => {
          const may = corpus.statements.mayShare(quote);
          return [article.outlet, quote.text, may, may ? corpus.statements.statementOf(quote)?.members.map((m) => m.article.outlet) : []];
        });
    const alone = storeCorpus(path);
    const expected = answers(alone.corpus);
    alone.index.close();
    expect(expected.filter(([, , may]) => may)).toHaveLength(4);

    // Runs of reads of `quote_speakers` by article row and of `statements` rows, from the statements' preparation on.
    const reads = { positions: 0, rows: 0 };
    const prepare = Database.prototype.prepare;
    const spy = vi.spyOn(Database.prototype, 'prepare').mockImplementation(function (this: Database.Database, sql: string) {
      const statement = prepare.call(this, sql);
      const kind = /FROM quote_speakers\s+WHERE \(?seq/.test(sql)
        ? 'positions'
        : /SELECT (speaker, pos, )?row FROM statements/.test(sql)
          ? 'rows'
          : undefined;
      if (!kind) return statement;
      for (const run of ['get', 'all', 'iterate'] as const) {
        const original = statement[run].bind(statement) as (...args: unknown[]) => unknown;
        (statement as unknown as Record<string, unknown>)[run] = (...args: unknown[]) => (reads[kind]++, original(...args));
      }
      return statement;
    });
    try {
      const { index, corpus } = storeCorpus(path);
      corpus.statements.prefetch(keys.flatMap((key) => corpus.read.ofSpeaker(key)).map((q) => q.quote));
      expect(reads).toEqual({ positions: 1, rows: 1 });
      expect(answers(corpus)).toEqual(expected);
      expect(reads).toEqual({ positions: 1, rows: 1 });
      index.close();

      // Only the quotes asked are read: Teo Brandt's quotes in the articles of Petra Vance's, not asked, are still unread after hers.
      const again = storeCorpus(path);
      again.corpus.statements.prefetch(again.corpus.read.ofSpeaker('petra vance').map((q) => q.quote));
      reads.positions = 0;
      const besideHers = again.corpus.read.ofSpeaker('teo brandt').filter(({ article }) => article.file !== 'quay.md');
      expect(besideHers).toHaveLength(2);
      for (const { quote } of besideHers) again.corpus.statements.mayShare(quote);
      expect(reads.positions).toBeGreaterThan(0);
      again.index.close();
    } finally {
      spy.mockRestore();
    }
  });

  it('a build in batches that leaves statements to the end groups them as batches that group after each do, and a crash before the end regroups them at the next start', async () => {
    // Loaded afresh for each corpus, as start-up loads them: a store takes over the articles it writes.
    const load = (n: number) => [content('ferry.md', 'Olmsby Post', ferry, ferryAgain), content('market.md', 'Quay Weekly', market)][n]!;
    const whole = storeCorpus(join(dir, 'whole.sqlite'));
    await whole.corpus.apply([load(0)], []);
    await whole.corpus.apply([load(1)], []);
    const expected = figures(whole.corpus);
    whole.index.close();

    const batched = storeCorpus(join(dir, 'batched.sqlite'));
    await batched.corpus.apply([load(0)], [], { deferStatements: true });
    await batched.corpus.apply([load(1)], [], { deferStatements: true });
    // One speaker per chunk: each regrouped, saved and forgotten before the next.
    await batched.corpus.settleStatements({ chunk: 1 });
    expect(figures(batched.corpus)).toEqual(expected);
    batched.index.close();
    const reopened = storeCorpus(join(dir, 'batched.sqlite'));
    expect(figures(reopened.corpus)).toEqual(expected);
    reopened.index.close();

    // Stopped after the batches, before the statements: the next start regroups what was left stale.
    const crashed = storeCorpus(join(dir, 'crashed.sqlite'));
    await crashed.corpus.apply([load(0)], [], { deferStatements: true });
    await crashed.corpus.apply([load(1)], [], { deferStatements: true });
    crashed.index.close();
    const restarted = storeCorpus(join(dir, 'crashed.sqlite'));
    expect(figures(restarted.corpus)).toEqual(expected);
    restarted.index.close();
  });
});
