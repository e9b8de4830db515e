/**
 * A search the index cut short never lists an outlet as having nothing (`src/engine/reach.ts`):
 * the SQLite index ranks only the newest matches of a word, so an outlet whose matches are all
 * older must still be shown, or else said to be unsearched, never "nothing from" it. Sentences of
 * our own; the index's caps are made tiny so a handful of articles shows what 37k articles do.
 */
import { describe, expect, it } from 'vitest';
import type { ResultsAnswer } from '../../src/answer.ts';
import type { LoadResult } from '../../src/corpus/article.ts';
import { loadDocument } from '../../src/corpus/load-document.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { contentsOf, Engine, IndexedCorpus } from '../../src/engine/index.ts';
import { openStore } from '../../src/store/sqlite-store.ts';
import { MiniSearchIndex } from '../../src/search/minisearch/minisearch-index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import type { SqliteIndexOptions } from '../../src/search/sqlite/options.ts';
import { renderText } from '../../src/render/text.ts';

const doc = (outlet: string, day: number, text: string): [string, string] => [
  `${outlet.toLowerCase().replace(/ /g, '-')}-${day}.md`,
  `---\noutlet: ${outlet}\ntitle: Coast report ${day}\npublished: 2031-05-${String(day).padStart(2, '0')}\n---\n${text}`,
];

/** Files load in path order, so "a-…" (Anchor Gazette, older) gets the lowest passage ids. */
const DOCS: Array<[string, string]> = [
  ['a-old-1.md', doc('Anchor Gazette', 1, '"The lighthouse must stay lit all winter," harbour master Ada Quill said.')[1]],
  ['a-old-2.md', doc('Anchor Gazette', 2, 'Volunteers painted the lighthouse before the storms came.')[1]],
  ...[3, 4, 5, 6, 7, 8].map((day) =>
    doc('Beacon Courier', day, `"We will repair the lighthouse lamp this week," engineer Tomas Reyes said on day ${day}.`),
  ),
  doc('Calm Weekly', 9, 'The ferry timetable changes on Sunday, the operator said.'),
];

function corpus(docs: Array<[string, string]> = DOCS): LoadResult {
  const out: LoadResult = { articles: [], skipped: [], warnings: [] };
  for (const [file, text] of docs) out.articles.push(...loadDocument(file, Buffer.from(text), { markdown: true }).articles);
  return out;
}

const sqlite = (knobs: SqliteIndexOptions) => new Engine(corpus(), { index: () => new SqliteIndex(knobs) });
const dir = mkdtempSync(join(tmpdir(), 'reach-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The corpus written to a SQLite store, then read back as a new process would (texts on demand). */
function stored(knobs: SqliteIndexOptions): Engine {
  const path = join(mkdtempSync(join(dir, 'store-')), 'index.sqlite');
  const first = new SqliteIndex({ ...knobs, path });
  const written = new IndexedCorpus({ index: () => first, store: openStore(first, 'test').store });
  written.applyNow(contentsOf(corpus()).contents, []);
  first.close();
  const index = new SqliteIndex({ ...knobs, path });
  const opened = openStore(index, 'test');
  if (!opened.restored) throw new Error(`the store was not reused: ${opened.reason ?? 'empty'}`);
  return new Engine(new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored));
}

const text = (a: ResultsAnswer) => renderText(a, { color: false, surface: 'cli' });
const outletsOf = (a: ResultsAnswer) => a.results.map((r) => r.outlet).sort();

describe('an outlet whose matches are all older than those the index read', () => {
  for (const command of ['search', 'quote'] as const) {
    it(`is shown by /${command}, not listed as having nothing, and an outlet with no match still is`, () => {
      const a = sqlite({ maxCandidates: 2 }).search({ command, query: 'lighthouse' });
      expect(outletsOf(a)).toEqual(['Anchor Gazette', 'Beacon Courier']);
      expect(a.noMatch).toEqual(['Calm Weekly']);
      expect(a.notes.join(' ')).not.toMatch(/Not searched to the end/);
      expect(a.notes.join(' ')).toMatch(/only the newest were read, so the counts are of those/);
      expect(text(a)).toMatch(/Anchor Gazette/);
      expect(text(a)).toMatch(/Nothing from: Calm Weekly$/m);
      // Its counts are of the matches read: the summary says they are lower bounds.
      expect(a.complete).toBe(false);
      expect(text(a).split('\n')[0]).toMatch(/^At least \d+ /);
    });
  }

  it('is shown when the index reads passages from the SQLite store (a restarted archive)', () => {
    const a = stored({ maxCandidates: 2 }).search({ command: 'quote', query: 'lighthouse' });
    expect(outletsOf(a)).toEqual(['Anchor Gazette', 'Beacon Courier']);
    expect(a.noMatch).toEqual(['Calm Weekly']);
  });

  it('answers as MiniSearch, which reads every match, does', () => {
    const mini = new Engine(corpus(), { index: () => new MiniSearchIndex() });
    for (const command of ['search', 'quote'] as const) {
      const a = sqlite({ maxCandidates: 2 }).search({ command, query: 'lighthouse' });
      const b = mini.search({ command, query: 'lighthouse' });
      expect(outletsOf(a)).toEqual(outletsOf(b));
      expect(a.noMatch).toEqual(b.noMatch);
      expect(b.notes).toEqual([]);
      expect(b.complete).toBeUndefined();
      expect(text(b).split('\n')[0]).not.toMatch(/At least/);
    }
  });

  it('when even the check is cut, is said to be unsearched: never "nothing from" it, nor from an outlet not checked', () => {
    const a = sqlite({ maxCandidates: 2, maxIdsRead: 0 }).search({ command: 'search', query: 'lighthouse' });
    expect(outletsOf(a)).toEqual(['Beacon Courier']);
    expect(a.noMatch).toEqual([]);
    expect(a.notes.join(' ')).toMatch(/Not searched to the end: Anchor Gazette, Calm Weekly may have older matches/);
    expect(text(a)).not.toMatch(/Nothing from/);
    expect(text(a)).toMatch(/Note: Not searched to the end: Anchor Gazette, Calm Weekly may have older matches/);
  });

  it('is checked for the words as typed when the search it completes found enough without prefixes or typos', () => {
    // One older exact match in Anchor Gazette, and only a longer word in Calm Weekly: the check
    // finds too few passages to skip prefixes on its own count, but must match as the search did.
    const docs = [DOCS[0]!, ...DOCS.slice(2, 8), doc('Calm Weekly', 9, 'Two lighthouses were sold at auction, the council said.')];
    const knobs = { maxCandidates: 2, exactEnough: 2 };
    const mini = new Engine(corpus(docs), { index: () => new MiniSearchIndex({ exactEnough: 2 }) });
    for (const command of ['search', 'quote'] as const) {
      const a = new Engine(corpus(docs), { index: () => new SqliteIndex(knobs) }).search({ command, query: 'lighthouse' });
      const b = mini.search({ command, query: 'lighthouse' });
      expect(outletsOf(a)).toEqual(['Anchor Gazette', 'Beacon Courier']);
      expect(a.noMatch).toEqual(['Calm Weekly']);
      expect(outletsOf(a)).toEqual(outletsOf(b));
      expect(a.noMatch).toEqual(b.noMatch);
    }
  });

  it('is checked by the any-word pass alone when the every-word search read all its matches', () => {
    // "lighthouse winter": the one passage with both words is read (Anchor Gazette); the any-word
    // pass over the other outlets is cut, so the check settles Calm Weekly without an every-word pass.
    const index = new SqliteIndex({ maxCandidates: 2 });
    const passes: string[] = [];
    const find = index.find.bind(index);
    index.find = (words, options) => {
      const found = find(words, options);
      passes.push(`${options.combineWith}${options.spread ? ' check' : ''}${found.complete === false ? ' cut' : ''}`);
      return found;
    };
    const a = new Engine(corpus(), { index: () => index }).search({ command: 'search', query: 'lighthouse winter' });
    const b = new Engine(corpus(), { index: () => new MiniSearchIndex() }).search({ command: 'search', query: 'lighthouse winter' });
    expect(passes).toEqual(['AND', 'OR cut', 'OR check']);
    expect(outletsOf(a)).toEqual(['Anchor Gazette', 'Beacon Courier']);
    expect(outletsOf(a)).toEqual(outletsOf(b));
    expect(a.noMatch).toEqual(b.noMatch);
  });
});
