/**
 * `npx tsx scripts/profile-fts-writes.ts <built index.sqlite> [variant,…]`: what the main thread's
 * index writes of a build cost under a table or setting variant, apart from the rest of the build.
 * Reads every paragraph of a built database (`paragraphs`), analyses it as the quote workers do
 * (`FieldAnalyser`), then writes the rows into a new database under /tmp in one transaction as a
 * build does (FTS5 row and `lengths` row per passage, with `par` also the `paragraphs` row, 2,000
 * passages at a time) and prints one JSON line: CPU and wall seconds of the inserts, of the COMMIT and
 * of the checkpoint, and the file's size. Variants, comma-separated:
 * `column` / `none` (FTS5 `detail=column` / `detail=none`), `hash<N>` (FTS5 `hashsize` N MB, default
 * 64 as the index sets it), `p8k` / `p16k` (page size), `syncoff` (`synchronous=OFF`), `nowal`
 * (rollback journal), `par` (paragraph texts written too). Run the variants alternately: the machine
 * is shared.
 */
import { rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { FieldAnalyser } from '../src/search/terms.ts';

const [source, variant = 'full'] = process.argv.slice(2);
if (!source) throw new Error('usage: profile-fts-writes <built index.sqlite> [variant,…]');
const options = variant.split(',');
const has = (name: string) => options.includes(name);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const round = (n: number) => Math.round(n * 100) / 100;

const texts = new Database(source, { readonly: true }).prepare('SELECT id, text FROM paragraphs ORDER BY id').raw().all() as Array<
  [number, string]
>;
const analyser = new FieldAnalyser();
const rows = texts.map(([id, text]) => ({ id, text, field: analyser.field(text) }));

const file = `/tmp/profile-fts-writes-${process.pid}.sqlite`;
const remove = () => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
};
remove();
const db = new Database(file);
if (has('p8k')) db.pragma('page_size = 8192');
if (has('p16k')) db.pragma('page_size = 16384');
db.pragma(has('nowal') ? 'journal_mode = DELETE' : 'journal_mode = WAL');
db.pragma(has('syncoff') ? 'synchronous = OFF' : 'synchronous = NORMAL');
const detail = has('column') ? ', detail = column' : has('none') ? ', detail = none' : '';
db.exec(`CREATE VIRTUAL TABLE fts USING fts5(text, speakers, content = '', contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 2 tokenchars '-''’'"${detail});
  CREATE TABLE paragraphs (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
  CREATE TABLE lengths (id INTEGER PRIMARY KEY, text INTEGER NOT NULL, speakers INTEGER NOT NULL);`);
const hashMb = Number((options.find((o) => /^hash\d+$/.test(o)) ?? 'hash64').slice(4));
db.exec(`INSERT INTO fts (fts, rank) VALUES ('hashsize', ${hashMb * 1024 * 1024})`);
const insert = db.prepare('INSERT INTO fts (rowid, text, speakers) VALUES (?, ?, ?)');
const lengths = db.prepare('INSERT INTO lengths (id, text, speakers) VALUES (?, ?, ?)');
const paragraph = db.prepare('INSERT INTO paragraphs (id, text) VALUES (?, ?)');

db.exec('BEGIN');
db.pragma('cache_size = -262144'); // as `openWrite` sets it for a build
let wall = performance.now();
let at = cpu();
let paragraphsCpu = 0;
for (let i = 0; i < rows.length; i += 2000) {
  const batch = rows.slice(i, i + 2000);
  for (const { id, field } of batch) {
    insert.run(id, field.text, '');
    lengths.run(id, field.distinct, 0);
  }
  if (!has('par')) continue;
  const before = cpu();
  for (const { id, text } of batch) paragraph.run(id, text);
  paragraphsCpu += cpu() - before;
}
const figures: Record<string, number | string> = { variant, passages: rows.length };
figures.insertsCpuS = round(cpu() - at - paragraphsCpu);
figures.paragraphsCpuS = round(paragraphsCpu);
figures.insertsWallS = round((performance.now() - wall) / 1000);
for (const [name, sql] of [
  ['commit', 'COMMIT'],
  ['checkpoint', 'PRAGMA wal_checkpoint(TRUNCATE)'],
] as const) {
  [wall, at] = [performance.now(), cpu()];
  db.exec(sql);
  figures[`${name}CpuS`] = round(cpu() - at);
  figures[`${name}WallS`] = round((performance.now() - wall) / 1000);
}
db.close();
figures.MB = Math.round(statSync(file).size / 1e6);
remove();
console.log(JSON.stringify(figures));
