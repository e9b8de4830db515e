/**
 * `npx tsx scripts/time-build.ts <corpus folder> <snapshot folder>`: builds the corpus folder from
 * scratch exactly as the bench's SQLite row does (`buildAsStartup`: the bot's start-up, about 64 MB
 * of files a batch, quote workers, statements grouped once after the last batch) and prints one line
 * of figures: wall, CPU of every thread, CPU of the main thread alone (`/proc/thread-self/stat`), the
 * rest being the worker threads', per batch phase and for the final grouping, the peak heap, and the
 * load average before and after. Run main's code and a branch's alternately in the same minutes
 * (the machine is shared): a checkout of main under /tmp with this file copied into it.
 */
import path from 'node:path';
import { buildAsStartup, databaseFigures } from './support/bench-startup.ts';

const [corpusDir, snapDir] = process.argv.slice(2);
if (!corpusDir || !snapDir) throw new Error('usage: time-build <corpus folder> <snapshot folder>');

const { figures } = await buildAsStartup(path.resolve(corpusDir), path.resolve(snapDir), true);
const db = databaseFigures(path.resolve(snapDir));
const f = figures as Record<string, number> & {
  buildS: number;
  buildCpuS: number;
  buildMainThreadCpuS: number;
  batches: Array<Record<string, number>>;
  loadAverageAtBuild: number[];
  loadAverageAfterBuild: number[];
};
const mbps = db.textChars! / 1e6 / f.buildS;
console.log(
  JSON.stringify({
    buildS: Math.round(f.buildS * 100) / 100,
    MBps: Math.round(mbps * 100) / 100,
    cpuS: f.buildCpuS,
    mainThreadCpuS: f.buildMainThreadCpuS,
    workerCpuS: Math.round((f.buildCpuS - f.buildMainThreadCpuS) * 100) / 100,
    quotesS: f.quotesS,
    finalGroupingS: f.finalStatementGroupingS,
    finalGroupingCpuS: f.finalStatementGroupingCpuS,
    finalGroupingMainCpuS: f.finalStatementGroupingMainCpuS,
    peakHeapMB: f.peakHeapDuringBuildMB,
    peakRssMB: f.peakRssDuringBuildMB,
    load: [f.loadAverageAtBuild, f.loadAverageAfterBuild],
    batches: f.batches,
    db,
  }),
);
process.exit(0);
