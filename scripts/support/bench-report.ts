/**
 * The bench's printed report: the Markdown table of every figure (one column per size and engine),
 * the ratios to the naive baseline and to MiniSearch, the queries after which memory grew most, and
 * start-up's batches. Pure: figures in, text out (`scripts/bench.ts` prints it and writes it to
 * bench/results/).
 */
import { PART_ARTICLES } from './bench-corpus.ts';
import type { Latency } from './bench-measure.ts';
import type { BatchFigures } from './bench-startup.ts';

/** One run's figures (a size and an engine), as its child process wrote them. */
export type Figures = Record<string, unknown> & { size: string; reached: string };

const cell = (v: unknown) =>
  v === undefined
    ? '—'
    : typeof v === 'number'
      ? String(Math.round(v * 100) / 100)
      : typeof v === 'object' && v
        ? Object.values(v as Latency).join(' / ')
        : String(v);

/** The baseline's serialized snapshot figures in one cell (undefined when it did not run). */
export const baselineSerialized = (f: Figures): string | undefined =>
  f.baselineSnapshotMB === undefined ? undefined : `${cell(f.baselineSnapshotMB)} / ${cell(f.baselineSaveS)} / ${cell(f.baselineLoadS)}`;

/**
 * The report for `results`, run on the machine `info`, with the children's heap setting; `notRunReason`
 * says why the naive baseline is not run at a size (undefined: it may run).
 */
export function benchReport(
  results: readonly Figures[],
  info: Record<string, unknown>,
  heapSetting: string,
  notRunReason: (size: string) => string | undefined,
): string {
  const rows: Array<[string, string]> = [
    ['articles', 'articles'],
    ['text MB', 'textMB'],
    ['passages', 'passages'],
    ['quotes', 'quotes'],
    ['statements', 'statements'],
    ['whole build s wall (quotes+index+store+statements)', 'buildS'],
    ['  of which quote extraction s', 'quotesS'],
    ['  of which statement grouping s', 'statementsS'],
    ['  statement grouping CPU s', 'statementsCpuS'],
    ['whole build MB/s of text (wall)', 'buildMBps'],
    ['whole build CPU s (all threads)', 'buildCpuS'],
    ['  of which the main thread CPU s', 'buildMainThreadCpuS'],
    ['whole build MB/s of text per CPU s', 'buildCpuMBps'],
    ['load average at build start / end (1/5/15 min)', 'loadAveragesBuild'],
    ['peak RSS during build MB (kernel high-water mark)', 'peakRssDuringBuildMB'],
    ['peak heap used during build MB (sampled every 0.5 s)', 'peakHeapDuringBuildMB'],
    ['heap limit of the bench child MB', 'heapLimitMB'],
    ['RSS after build MB (after full GC)', 'rssAfterBuildMB'],
    ['heap after build MB', 'heapAfterBuildMB'],
    ['snapshot MB', 'snapshotMB'],
    ['SQLite database MB (the snapshot)', 'databaseMB'],
    ['snapshot save s', 'saveS'],
    ['cold start to first answer s wall (fresh process)', 'coldStartS'],
    ['cold start CPU s', 'coldStartCpuS'],
    ['peak RSS during cold start MB', 'peakRssColdStartMB'],
    ['load average at cold start / after queries', 'loadAverages'],
    ['RSS serving MB (after cold start + full GC)', 'rssAfterLoadMB'],
    ['RSS after the 400 queries MB', 'rssAfterQueriesMB'],
    ['/quote ms p50/p95/p99/max', 'quote'],
    ['/search ms p50/p95/p99/max', 'search'],
    ['/quote CPU ms p50/p95/p99/max', 'quoteCpu'],
    ['/search CPU ms p50/p95/p99/max', 'searchCpu'],
    ['start-up warm-up (WARM_UP=on, another fresh process): queries / CPU ms / longest query CPU ms / wall ms', 'warmUpFigures'],
    ['/quote ms p50/p95/p99/max after the start-up warm-up', 'warmQuote'],
    ['/search ms p50/p95/p99/max after the start-up warm-up', 'warmSearch'],
    ['/quote CPU ms p50/p95/p99/max after the start-up warm-up', 'warmQuoteCpu'],
    ['/search CPU ms p50/p95/p99/max after the start-up warm-up', 'warmSearchCpu'],
    ['load average before / after the queries after the warm-up', 'loadAveragesWarm'],
    ['raw index search ms p50/p95/p99/max', 'rawIndex'],
    ['baseline (whole articles) build s', 'baselineBuildS'],
    ['baseline build MB/s of text', 'baselineBuildMBps'],
    ['baseline heap MB (index only)', 'baselineHeapMB'],
    ['baseline serialized MB / save s / load s', 'baselineSerialized'],
    ['baseline raw index search ms p50/p95/p99/max', 'baselineRaw'],
    ['baseline search+scan ms p50/p95/p99/max', 'baseline'],
    ['database reused (--reuse)', 'reused'],
    ['cold start problem', 'coldStartError'],
    ['after-warm-up run problem', 'warmError'],
    ['did not complete', 'failed'],
  ];
  const label = (r: Figures) => `${r.size} ${r.engine === 'sqlite' ? 'sqlite (start-up path)' : String(r.engine)}`;
  const table = [
    `| figure | ${results.map(label).join(' | ')} |`,
    `| --- | ${results.map(() => '---').join(' | ')} |`,
    ...rows
      .filter(([, key]) => results.some((r) => r[key] !== undefined))
      .map(([name, key]) => `| ${name} | ${results.map((r) => cell(r[key])).join(' | ')} |`),
  ].join('\n');
  // The naive baseline runs once per size (with MiniSearch, or alone); every engine's row is compared with it.
  const baselineRun = (r: Figures) => results.find((b) => b.size === r.size && (b.baseline || b.engine === 'baseline'));
  const baselineOf = (r: Figures) => (r.baseline ?? baselineRun(r)?.baseline) as Latency | undefined;
  const overBaseline = (r: Figures, key: 'quote' | 'search') => {
    const base = baselineOf(r)?.p99;
    if (base) return cell(((r[key] as Latency).p99 || 0) / base);
    const why = baselineRun(r)?.failed ?? notRunReason(r.size);
    return why ? `— (baseline ${String(why)})` : '— (baseline not asked: add baseline to --engines)';
  };
  const ratios = results
    .filter((r) => r.quote && r.rawIndex)
    .map(
      (r) =>
        `${label(r)}: /search p50 ÷ raw index p50 = ${cell(((r.search as Latency).p50 || 0) / ((r.rawIndex as Latency).p50 || 1))}; /quote p99 ÷ baseline search+scan p99 = ${overBaseline(r, 'quote')}; /search p99 ÷ baseline search+scan p99 = ${overBaseline(r, 'search')}`,
    );
  ratios.push(...engineRatios(results));
  for (const r of results.filter((f) => Array.isArray(f.memoryGrowers) && (f.memoryGrowers as string[]).length))
    ratios.push(`${label(r)}: the queries after which RSS grew most: ${(r.memoryGrowers as string[]).join('; ')}`);
  // Start-up's batches (SQLite rows): a step that grows with the archive shows here.
  for (const r of results.filter((f) => Array.isArray(f.batches) && (f.batches as BatchFigures[]).length > 1)) {
    ratios.push(
      '',
      `Batches of ${label(r)} (wall s / CPU s of every thread; memory at the batch's end, before any GC):`,
      '',
      '| batch | files | articles | starts at s | quotes | index + store commit | statements | heap MB | RSS MB |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...(r.batches as BatchFigures[]).map(
        (b, i) =>
          `| ${i + 1} | ${b.files} | ${b.articles} | ${b.startS} | ${b.quotesS} / ${b.quotesCpuS} | ${b.indexAndCommitS} / ${b.indexAndCommitCpuS} | ${b.statementsS} / ${b.statementsCpuS} | ${b.heapEndMB} | ${b.rssEndMB} |`,
      ),
    );
  }
  return `Corpus: seeds alone (seeds), or seeds + news-37k (37,554 articles); 150k and 500k add 3 and 12 copies of news-37k with new ids, written by streaming in files of ${PART_ARTICLES} articles.\nSQLite rows: built and reopened by start-up (buildEngine: about 64 MB of files a batch, quote workers); cold start = a fresh process from start-up's first step to the first answer (module loading excluded). /quote and /search rows: the 200-query mix in that process right after start-up, without the warm-up (the first pass, compared across rounds); rows "after the start-up warm-up": the same mix in another fresh process, after the bot's start-up warm-up (WARM_UP=on) finished. MiniSearch rows: the corpus loaded whole, built in-process, snapshot.\nMachine: ${String(info.cpu)}, ${String(info.cores)} cores, ${String(info.memoryGB)} GB, Node ${String(info.node)}, ${String(info.date)}\nChild processes: ${heapSetting}\n\n${table}\n\n${ratios.join('\n')}\n`;
}

/** Each engine's figures over MiniSearch's (the bot as it was) at the same size: below 1 is less. */
function engineRatios(results: readonly Figures[]): string[] {
  const lines: string[] = [];
  const num = (f: Figures, key: string) => (typeof f[key] === 'number' ? (f[key] as number) : undefined);
  const p99 = (f: Figures, key: string) => (f[key] as Latency | undefined)?.p99;
  for (const r of results) {
    const base = results.find((b) => b.size === r.size && b.engine === 'minisearch');
    if (!base || base === r) continue;
    const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || !b ? '—' : cell(a / b));
    lines.push(
      `${r.size} ${String(r.engine)} ÷ minisearch: build MB/s ${ratio(num(r, 'buildMBps'), num(base, 'buildMBps'))}, RSS after build ${ratio(num(r, 'rssAfterBuildMB'), num(base, 'rssAfterBuildMB'))}, RSS serving ${ratio(num(r, 'rssAfterLoadMB'), num(base, 'rssAfterLoadMB'))}, cold start ${ratio(num(r, 'coldStartS'), num(base, 'coldStartS'))}, /quote p99 ${ratio(p99(r, 'quote'), p99(base, 'quote'))}, /search p99 ${ratio(p99(r, 'search'), p99(base, 'search'))}`,
    );
  }
  return lines;
}
