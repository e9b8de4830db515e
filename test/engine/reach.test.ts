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
import { Engine } from '../../src/engine/index.ts';
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

function corpus(): LoadResult {
  const out: LoadResult = { articles: [], skipped: [], warnings: [] };
  for (const [file, text] of DOCS) out.articles.push(...loadDocument(file, Buffer.from(text), { markdown: true }).articles);
  return out;
}

const sqlite = (knobs: SqliteIndexOptions) => new Engine(corpus(), { index: () => new SqliteIndex(knobs) });
const text = (a: ResultsAnswer) => renderText(a, { color: false, surface: 'cli' });
const outletsOf = (a: ResultsAnswer) => a.results.map((r) => r.outlet).sort();

describe('an outlet whose matches are all older than those the index read', () => {
  for (const command of ['search', 'quote'] as const) {
    it(`is shown by /${command}, not listed as having nothing, and an outlet with no match still is`, () => {
      const a = sqlite({ maxCandidates: 2 }).search({ command, query: 'lighthouse' });
      expect(outletsOf(a)).toEqual(['Anchor Gazette', 'Beacon Courier']);
      expect(a.noMatch).toEqual(['Calm Weekly']);
      expect(a.notes.join(' ')).not.toMatch(/newest matches/);
      expect(text(a)).toMatch(/Anchor Gazette/);
      expect(text(a)).toMatch(/Nothing from: Calm Weekly$/m);
    });
  }

  it('answers as MiniSearch, which reads every match, does', () => {
    const mini = new Engine(corpus(), { index: () => new MiniSearchIndex() });
    for (const command of ['search', 'quote'] as const) {
      const a = sqlite({ maxCandidates: 2 }).search({ command, query: 'lighthouse' });
      const b = mini.search({ command, query: 'lighthouse' });
      expect(outletsOf(a)).toEqual(outletsOf(b));
      expect(a.noMatch).toEqual(b.noMatch);
      expect(b.notes.join(' ')).not.toMatch(/newest matches/);
    }
  });

  it('when even the check is cut, is said to be unsearched: never "nothing from" it, nor from an outlet not checked', () => {
    const a = sqlite({ maxCandidates: 2, maxRanges: 0 }).search({ command: 'search', query: 'lighthouse' });
    expect(outletsOf(a)).toEqual(['Beacon Courier']);
    expect(a.noMatch).toEqual([]);
    expect(a.notes.join(' ')).toMatch(/newest matches.*Anchor Gazette, Calm Weekly may have older ones/);
    expect(text(a)).not.toMatch(/Nothing from/);
    expect(text(a)).toMatch(/Anchor Gazette, Calm Weekly may have older ones/);
  });
});
