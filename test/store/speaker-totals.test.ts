/** Every speaker's total from the store's tables: the same speakers, names and counts as the quotes in memory give. */
import { describe, expect, it } from 'vitest';
import { IndexedCorpus } from '../../src/engine/index.ts';
import { oneArticleFile as content, openStoredCorpus, tempFolder } from '../support/stored-corpus.ts';

const inTemp = tempFolder('speaker-totals-test');

// One source written in two cases, in two changes (one key, two names: a change names a source as
// its own articles do). The first in corpus order is written by the second change; the first
// change writes the other name, in the files before and after it.
const b = content('b-middle.md', ['"We stand by our reporting on the quay," HARBOURWATCH said in a statement.']);
const c = content('c-last.md', ['"Nobody asked the fishermen," HARBOURWATCH said.', '"It is a fine quay," said Ivo Brent.']);
const a = content('a-first.md', ['"The quay will open in June," Harbourwatch said on Monday.']);
const changes = [[b, c], [a]];

const byKey = (totals: ReadonlyArray<{ speaker: { key: string; name: string; kind: string }; quotes: number }>) =>
  [...totals].map((t) => ({ ...t.speaker, quotes: t.quotes })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

describe("speaker totals from the store's tables", () => {
  it('name a key written under two names as its first quote in corpus order does, as in memory, before and after a restart', () => {
    const memory = new IndexedCorpus();
    for (const change of changes) memory.applyNow(change, []);
    const expected = byKey(memory.read.totals());
    expect(expected.find((t) => t.key === 'harbourwatch')).toMatchObject({ name: 'Harbourwatch', quotes: 3 });

    const path = inTemp('totals.sqlite');
    const { index, corpus: stored } = openStoredCorpus(path);
    for (const change of changes) {
      stored.applyNow(change, []);
      // Asked for between changes: what a change leaves is never the totals before it.
      expect(stored.read.totals().length).toBeGreaterThan(0);
    }
    const names = index.database.prepare("SELECT DISTINCT name FROM speakers WHERE key = 'harbourwatch'").pluck().all();
    expect(names.length).toBe(2);
    expect(byKey(stored.read.totals())).toEqual(expected);
    index.close();

    const { index: again, corpus: restored } = openStoredCorpus(path);
    expect(byKey(restored.read.totals())).toEqual(expected);
    again.close();
  });
});
