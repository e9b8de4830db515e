/**
 * What ranking reads of a search's candidates, for many passages at once: the distinct terms of
 * their fields (the `lengths` table, written when they were indexed) and, in a store's database,
 * their texts (its `paragraphs` table). One query for all of them instead of one each (a thousand
 * candidates: about 1 ms instead of 5–10 ms of statement calls).
 *
 * Lengths alone come back as one row: the pairs as one string (a row per passage cost about 1.5 µs
 * of stepping each, the string 0.7 µs). With the texts, a row per passage: a candidate's text was
 * otherwise read alone when ranking counted its terms, a statement call each (`/quote Iran` at 37k
 * articles, a fresh process: 1,000 texts cost 10–13 ms of CPU read one by one, 3–6 ms in one read;
 * warm, 3.5–6.6 against 0.9). The count of texts read is the candidates', bounded by
 * `maxCandidates` whatever the archive's size, and none is kept after ranking.
 */
import type Database from 'better-sqlite3';
import type { Db } from './database.ts';

/** A passage's distinct terms of the text and of the speaker names, and its text when read with them. */
export type RankingRow = readonly [text: number, speakers: number, passageText?: string];

interface Statements {
  lengths: Database.Statement<[string], string | null>;
  hasTexts: Database.Statement<[], unknown>;
  /** With the texts: only in a database holding a store's `paragraphs` table (checked until it does). */
  withTexts?: Database.Statement<[string], [number, number, number, string | null]>;
}

const STATEMENTS = new WeakMap<Db, Statements>();
const IDS = 'IN (SELECT value FROM json_each(?))';

function statementsOf(db: Db): Statements {
  let sql = STATEMENTS.get(db);
  if (!sql) {
    sql = {
      lengths: db
        .prepare<[string], string | null>(`SELECT group_concat(id || ',' || text || ',' || speakers) FROM lengths WHERE id ${IDS}`)
        .pluck(),
      hasTexts: db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'paragraphs'"),
    };
    STATEMENTS.set(db, sql);
  }
  if (!sql.withTexts && sql.hasTexts.get())
    sql.withTexts = db
      .prepare<[string], [number, number, number, string | null]>(
        `SELECT l.id, l.text, l.speakers, p.text FROM lengths l LEFT JOIN paragraphs p ON p.id = l.id WHERE l.id ${IDS}`,
      )
      .raw(true);
  return sql;
}

/**
 * Distinct terms by passage id, for those of `ids` the table has: of the text, and of the speaker
 * names (0: the passage names no speaker, so ranking need not read its quotes); with the passage's
 * text where the database holds it (a passage's id is its paragraph's row).
 */
export function textLengthsOf(db: Db, ids: readonly number[]): Map<number, RankingRow> {
  const out = new Map<number, RankingRow>();
  if (!ids.length) return out;
  const sql = statementsOf(db);
  if (sql.withTexts) {
    for (const [id, text, speakers, passageText] of sql.withTexts.all(JSON.stringify(ids)))
      out.set(id, passageText === null ? [text, speakers] : [text, speakers, passageText]);
    return out;
  }
  const list = sql.lengths.get(JSON.stringify(ids));
  if (!list) return out;
  // `id,text,speakers,…`, integers only: parsed digit by digit, no string per number.
  let [id, text, value, at] = [0, 0, 0, 0];
  for (let i = 0; i <= list.length; i++) {
    const c = i < list.length ? list.charCodeAt(i) : 44;
    if (c !== 44) {
      value = value * 10 + (c - 48);
      continue;
    }
    if (at === 0) id = value;
    else if (at === 1) text = value;
    else out.set(id, [text, value]);
    at = (at + 1) % 3;
    value = 0;
  }
  return out;
}
