/**
 * Opening a bench SQLite database in a measuring script (`quote-times.ts`, `audience-times.ts`):
 * a database built by other code is refused rather than wiped, unless `restamp` takes its rows as
 * this code's (right only for changes to the read path).
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { IndexedCorpus } from '../../src/engine/index.ts';
import { SqliteIndex } from '../../src/search/sqlite/sqlite-index.ts';
import { pipelineCodeHash } from '../../src/store/fingerprint.ts';
import { openStore } from '../../src/store/sqlite-store.ts';

/** The corpus stored in `dir/index.sqlite`, as start-up restores it; exits with code 2 on a database of other code. */
export async function openBenchCorpus(dir: string, restamp: boolean): Promise<IndexedCorpus> {
  const file = path.join(dir, 'index.sqlite');
  const code = await pipelineCodeHash();
  const meta = new Database(file, { readonly: !restamp, fileMustExist: true });
  const built = meta.prepare<[], string | undefined>("SELECT value FROM meta WHERE key = 'code'").pluck().get();
  if (restamp) meta.prepare("UPDATE meta SET value = ? WHERE key = 'code'").run(code);
  meta.close();
  if (built !== code && !restamp) {
    console.error(
      `${file} was built by other code (${String(built)}, this code is ${code}): refused, so as not to wipe it; --restamp takes its rows as this code's`,
    );
    process.exit(2);
  }
  const index = new SqliteIndex({ path: file });
  const opened = openStore(index, code);
  if (!opened.restored) throw new Error(`the database was not reused: ${opened.reason ?? 'empty'}`);
  return new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored);
}
