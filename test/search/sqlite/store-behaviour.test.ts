/**
 * The engine's behaviour tests on the seeds, run again on the SQLite store: the corpus written to
 * the database, then read back as a new process would (metadata and quotes only, texts on demand).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentsOf, Engine, IndexedCorpus } from '../../../src/engine/index.ts';
import { SqliteIndex } from '../../../src/search/sqlite/sqlite-index.ts';
import { openStore } from '../../../src/store/sqlite-store.ts';
import { useSeedEngine } from '../../support/seed-engine.ts';

useSeedEngine((load) => {
  const path = join(mkdtempSync(join(tmpdir(), 'store-behaviour-')), 'index.sqlite');
  const first = new SqliteIndex({ path });
  const { store } = openStore(first, 'test');
  const written = new IndexedCorpus({ index: () => first, store });
  const { contents, other } = contentsOf(load);
  written.applyNow(contents, []);
  written.setExtraSkipped(other);
  first.close();
  const index = new SqliteIndex({ path });
  const opened = openStore(index, 'test');
  if (!opened.restored) throw new Error(`the store was not reused: ${opened.reason ?? 'empty'}`);
  return new Engine(new IndexedCorpus({ index: () => index, store: opened.store }, opened.restored));
});
await import('../../engine/engine.test.ts');
