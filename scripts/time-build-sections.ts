/**
 * `node --max-semi-space-size=64 --import tsx scripts/time-build-sections.ts <corpus folder> <dir>`:
 * `time-build.ts` (one fresh build, its figures) with the main thread's CPU split by section, printed
 * to stderr at exit: each wrapped method's own CPU (its callees' wrapped sections taken out) and
 * calls, from the kernel's per-thread nanosecond counter (`/proc/thread-self/schedstat`; the 10 ms
 * ticks of `/stat` are too coarse for one call). The rest of the main thread's CPU (receiving the
 * workers' messages, garbage collection, unwrapped code) is the total less the sections. Wrapping
 * costs a few microseconds a call (the methods below are called at most ~40k times a build). Run it
 * alternately with another checkout's copy of this file to compare two codes section by section.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { CorpusQuotes } from '../src/engine/corpus-quotes.ts';
import { StatementIndex } from '../src/engine/statement-index.ts';
import { GroupedAhead } from '../src/engine/workers/grouped-ahead.ts';
import { GroupPool } from '../src/engine/workers/group-pool.ts';
import { SpeakerRegistry } from '../src/quotes/mentions/speakers.ts';
import { SqliteIndex } from '../src/search/sqlite/sqlite-index.ts';
import { SqliteStore } from '../src/store/sqlite-store.ts';

/** This thread's CPU nanoseconds. */
const threadNs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);
const totals = new Map<string, { ns: number; calls: number }>();
const open: Array<{ child: number }> = [];

function timed<T>(name: string, run: () => T): T {
  const started = threadNs();
  open.push({ child: 0 });
  try {
    return run();
  } finally {
    const frame = open.pop()!;
    const spent = threadNs() - started;
    const total = totals.get(name) ?? { ns: 0, calls: 0 };
    total.ns += spent - frame.child;
    total.calls++;
    totals.set(name, total);
    if (open.length) open[open.length - 1]!.child += spent;
  }
}

type Methods = Record<string, (...args: unknown[]) => unknown>;
function wrap(proto: object, methods: readonly string[], prefix: string): void {
  const target = proto as Methods;
  for (const method of methods) {
    const original = target[method];
    if (typeof original !== 'function') throw new Error(`no method ${prefix}${method}`);
    target[method] = function (this: unknown, ...args: unknown[]) {
      return timed(prefix + method, () => original.apply(this, args));
    };
  }
}

const db = Database.prototype as unknown as Methods;
const exec = db.exec!;
// By the statement's first two words (`COMMIT`, `CREATE INDEX`, …).
db.exec = function (this: unknown, sql: unknown) {
  return timed(`exec ${String(sql).trim().split(/\s+/).slice(0, 2).join(' ')}`, () => exec.call(this, sql));
};
wrap(Database.prototype, ['pragma'], 'db.');
wrap(Worker.prototype, ['postMessage'], 'Worker.');
wrap(SqliteIndex.prototype, ['putIndexed', 'put'], 'index.');
wrap(SqliteStore.prototype, ['writeParagraphs', 'commit', 'saveStatements', 'saveArticleColumns', 'checkpoint'], 'store.');
wrap(SpeakerRegistry.prototype, ['unify'], 'registry.');
wrap(CorpusQuotes.prototype, ['ofPerson', 'ofSpeaker', 'totals'], 'read.');
wrap(GroupPool.prototype, ['group'], 'groupPool.');
wrap(GroupedAhead.prototype, ['prepare'], 'ahead.');
wrap(StatementIndex.prototype, ['withFamilies', 'ofSpeaker', 'release', 'invalidate'], 'statements.');

const started = threadNs();
process.on('exit', () => {
  const all = (threadNs() - started) / 1e9;
  const inSections = [...totals.values()].reduce((n, t) => n + t.ns, 0) / 1e9;
  const rows = [...totals]
    .sort((a, b) => b[1].ns - a[1].ns)
    .map(([name, t]) => `${(t.ns / 1e9).toFixed(2).padStart(7)} s ${String(t.calls).padStart(7)} calls  ${name}`);
  process.stderr.write(`main thread CPU ${all.toFixed(2)} s, in the sections ${inSections.toFixed(2)} s:\n${rows.join('\n')}\n`);
});
await import('./time-build.ts');
