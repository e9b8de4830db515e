/**
 * The speakers' display order comes from ranks stored with the speakers: most quoted first, ties in
 * the collator's order of their keys, exactly as sorting with the collator gives, after speakers are
 * added and after the ranks were written by another collator.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Speaker } from '../../src/quotes/quote.ts';
import { COLLATION, rankedByCount, SpeakerRanks } from '../../src/store/speaker-ranks.ts';
import { createTables } from '../../src/store/tables.ts';

const COLLATOR = new Intl.Collator();
const person = (key: string): Speaker => ({ key, name: key, kind: 'person' });
const bySort = (entries: Array<{ speaker: Speaker; quotes: number }>) =>
  [...entries].sort((a, b) => b.quotes - a.quotes || COLLATOR.compare(a.speaker.key, b.speaker.key)).map((e) => e.speaker.key);

function database(keys: readonly string[]): Database.Database {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)');
  createTables(db);
  const insert = db.prepare("INSERT INTO speakers (id, kind, key, name) VALUES (?, 'person', ?, ?)");
  keys.forEach((k, id) => insert.run(id, k, k));
  return db;
}

/** Ranks as a restart reads them from the table. */
function reopened(db: Database.Database): SpeakerRanks {
  const ranks = new SpeakerRanks(() => db).restore();
  for (const r of db.prepare<[], { key: string; rank: number | null }>('SELECT key, rank FROM speakers').all()) ranks.loaded(r.key, r.rank);
  return ranks;
}

const names = ['émile zola', 'anna berg', 'Zoe quist', 'álvaro ruiz', 'bo lind', 'anna  berg', "o'neill", 'oneill', 'zhou li', 'ana berg'];
const counted = (keys: readonly string[]) => keys.map((k, i) => ({ speaker: person(k), quotes: 1 + (i % 3) }));

describe('stored speaker ranks', () => {
  it('order speakers by quote count, then by key as the collator sorts them', () => {
    const db = database(names);
    const entries = counted(names);
    expect(rankedByCount(entries, new SpeakerRanks(() => db)).map((e) => e.speaker.key)).toEqual(bySort(entries));
  });

  it('are read back after a restart and give the same order without ranking again', () => {
    const db = database(names);
    rankedByCount(counted(names), new SpeakerRanks(() => db));
    expect(db.prepare('SELECT count(*) FROM speakers WHERE rank IS NULL').pluck().get()).toBe(0);
    const again = reopened(db);
    expect(rankedByCount(counted(names), again).map((e) => e.speaker.key)).toEqual(bySort(counted(names)));
  });

  it('place speakers added later between their neighbours, as a full sort would order them', () => {
    const many = Array.from({ length: 400 }, (_, i) => `speaker ${String((i * 7919) % 1000).padStart(3, '0')} ${i % 2 ? 'b' : 'á'}`);
    const db = database(many);
    rankedByCount(counted(many), new SpeakerRanks(() => db));
    const added = ['speaker 500 a', 'speaker 000', 'zz last', 'aa first', 'speaker 500 á'];
    const insert = db.prepare("INSERT INTO speakers (id, kind, key, name) VALUES (?, 'person', ?, ?)");
    added.forEach((k, i) => insert.run(1000 + i, k, k));
    const all = counted([...many, ...added]);
    expect(rankedByCount(all, reopened(db)).map((e) => e.speaker.key)).toEqual(bySort(all));
    // The placed ranks were saved: a further restart gives the same order.
    expect(rankedByCount(all, reopened(db)).map((e) => e.speaker.key)).toEqual(bySort(all));
  });

  it('are worked out again when another collator wrote them', () => {
    const db = database(names);
    // Ranks in reverse order, as if written by a collator that ordered names otherwise.
    [...names].reverse().forEach((k, i) => db.prepare('UPDATE speakers SET rank = ? WHERE key = ?').run(i, k));
    db.prepare("INSERT INTO meta (key, value) VALUES ('speaker_collation', 'another ICU')").run();
    const entries = counted(names);
    expect(rankedByCount(entries, reopened(db)).map((e) => e.speaker.key)).toEqual(bySort(entries));
  });

  it('order by count, then stored rank, then the order given, whatever the ranks (halves, below zero, shared)', () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `speaker ${i}`);
    const db = database(keys);
    // Ranks as placing leaves them: halves, negative ones, and some shared by several keys.
    const setRank = db.prepare('UPDATE speakers SET rank = ? WHERE key = ?');
    db.transaction(() => keys.forEach((k, i) => setRank.run(((i * 7919) % 1000) / 2 - 100, k)))();
    db.prepare("INSERT INTO meta (key, value) VALUES ('speaker_collation', ?)").run(COLLATION);
    const ranks = reopened(db);
    const rankOf = new Map(
      db
        .prepare<[], { key: string; rank: number }>('SELECT key, rank FROM speakers')
        .all()
        .map((r) => [r.key, r.rank]),
    );
    const expected = (entries: Array<{ speaker: Speaker; quotes: number }>) =>
      entries
        .map((e, i) => ({ e, i }))
        .sort((a, b) => b.e.quotes - a.e.quotes || rankOf.get(a.e.speaker.key)! - rankOf.get(b.e.speaker.key)! || a.i - b.i)
        .map(({ e }) => e.speaker.key);
    const whole = keys.map((k, i) => ({ speaker: person(k), quotes: (i * 31) % 17 }));
    expect(rankedByCount(whole, ranks).map((e) => e.speaker.key)).toEqual(expected(whole));
  });
});
