/**
 * `npx tsx scripts/compare-databases.ts <a.sqlite> <b.sqlite>`: whether two SQLite stores hold the
 * same rows. Every ordinary table is read in a stable order (all its columns) and hashed; the FTS5
 * index, whose pages depend on how its rows were batched, is compared by what it answers from:
 * every term's document and occurrence counts (`vocab`), per column (`vocab_col`). Rows that
 * differ by nature are left out: the meta keys `stamp` and `code` (a random stamp, the code's
 * hash), and each file's `stamp` (its modification time). Prints one line per table and exits 1
 * when any differs, naming the first differing row.
 */
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

const [fileA, fileB] = process.argv.slice(2);
if (!fileA || !fileB) throw new Error('usage: compare-databases <a.sqlite> <b.sqlite>');
const a = new Database(fileA, { readonly: true, fileMustExist: true });
const b = new Database(fileB, { readonly: true, fileMustExist: true });

/** The query that reads a table's comparable rows in a stable order. */
function queryOf(db: Database.Database, table: string): string {
  const columns = db
    .prepare<[], { name: string }>(`PRAGMA table_info(${table})`)
    .all()
    .map((c) => c.name)
    .filter((c) => !(table === 'files' && c === 'stamp'));
  const where = table === 'meta' ? " WHERE key NOT IN ('stamp', 'code')" : '';
  const list = columns.map((c) => `"${c}"`).join(', ');
  return `SELECT ${list} FROM ${table}${where} ORDER BY ${list}`;
}

const ordinary = (db: Database.Database) =>
  db
    .prepare<[], string>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'fts_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
    )
    .pluck()
    .all()
    .sort();

const tables = ordinary(a);
const other = ordinary(b);
let differs = tables.join() !== other.join();
if (differs) console.log(`tables differ: ${tables.join(', ')} / ${other.join(', ')}`);
const queries = [
  ...tables.filter((t) => other.includes(t)).map((t) => [t, queryOf(a, t)] as const),
  ['vocab', 'SELECT term, doc, cnt FROM vocab ORDER BY term'] as const,
  ['vocab_col', 'SELECT term, col, doc, cnt FROM vocab_col ORDER BY term, col'] as const,
];
for (const [table, sql] of queries) {
  const hashes = [createHash('sha256'), createHash('sha256')];
  const rows = [a.prepare(sql).raw().iterate(), b.prepare(sql).raw().iterate()];
  let count = 0;
  let first: string | undefined;
  for (;;) {
    const [x, y] = [rows[0]!.next(), rows[1]!.next()];
    if (x.done && y.done) break;
    const [sx, sy] = [x.done ? '<none>' : JSON.stringify(x.value), y.done ? '<none>' : JSON.stringify(y.value)];
    hashes[0]!.update(sx + '\n');
    hashes[1]!.update(sy + '\n');
    if (first === undefined && sx !== sy) first = `row ${count}: ${sx.slice(0, 300)} / ${sy.slice(0, 300)}`;
    count++;
  }
  const same = first === undefined;
  if (!same) differs = true;
  console.log(`${table}: ${count} rows, ${same ? 'identical' : `DIFFERENT (${first})`} ${hashes[0]!.digest('hex').slice(0, 16)}`);
}
process.exit(differs ? 1 : 0);
