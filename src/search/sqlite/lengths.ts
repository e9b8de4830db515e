/**
 * The distinct terms of many passages' fields at once (the `lengths` table, written when they were
 * indexed), for ranking a search's candidates: one query for all of them instead of one each (a
 * thousand candidates: about 1 ms instead of 5–10 ms of statement calls), and one row back: the
 * pairs as one string (a row per passage cost about 1.5 µs of stepping each, the string 0.7 µs).
 */
import type Database from 'better-sqlite3';
import type { Passage } from '../passage.ts';
import type { PassageSource } from '../search-index.ts';
import type { Db } from './database.ts';
import { eachTriple } from './integer-triples.ts';

const STATEMENTS = new WeakMap<Db, Database.Statement<[string], string | null>>();

/**
 * Distinct terms by passage id, for those of `ids` the table has: of the text, and of the speaker
 * names (0: the passage names no speaker, so ranking need not read its quotes).
 */
export function textLengthsOf(db: Db, ids: readonly number[]): Map<number, readonly [number, number]> {
  let sql = STATEMENTS.get(db);
  if (!sql) {
    sql = db
      .prepare<[string], string | null>(
        "SELECT group_concat(id || ',' || text || ',' || speakers) FROM lengths WHERE id IN (SELECT value FROM json_each(?))",
      )
      .pluck();
    STATEMENTS.set(db, sql);
  }
  const out = new Map<number, readonly [number, number]>();
  if (!ids.length) return out;
  const list = sql.get(JSON.stringify(ids));
  if (!list) return out;
  eachTriple(list, (id, text, speakers) => out.set(id, [text, speakers]));
  return out;
}

/**
 * What ranking reads of these passages from their source, each at once rather than a row each: their
 * texts (words counted), their distinct terms (`textLengthsOf`), and the quotes of those whose
 * speakers' names were indexed (the names are scored: a thousand candidates of a `/search`, whose
 * filter reads no quote ahead, read one quote row per article). Returns each passage's `[text, speakers]` distinct-term counts (`textLengthsOf`).
 */
export function readForRanking(
  db: Db,
  source: Pick<PassageSource, 'readTexts' | 'readQuotes'>,
  scored: readonly Passage[],
): Map<number, readonly [number, number]> {
  source.readTexts?.(scored);
  const ids = scored.map((p) => p.id);
  const lengths = textLengthsOf(db, ids);
  source.readQuotes?.(scored.filter((p) => lengths.get(p.id)?.[1]));
  return lengths;
}
