/**
 * The bench's query mix and its serving figures: `/quote`, `/search` and the raw index over the
 * seeded mix of 200 queries, wall and CPU per query. Measured twice, each in a fresh process: the
 * first pass right after start-up (the figures compared across rounds), and the same mix after the
 * bot's start-up warm-up (`src/startup/warm-up.ts`, WARM_UP=on) has finished, as a bot that has
 * been up a few seconds answers its first users.
 */
import type { Engine, IndexedCorpus } from '../../src/engine/index.ts';
import { warmUp } from '../../src/startup/warm-up.ts';
import { mb, percentiles, time, wordsOf } from './bench-measure.ts';
import { cpuSeconds, loadAverage } from './bench-startup.ts';
import { seededRandom } from './seeded-random.ts';

const QUERIES = 200;

/** 200 realistic queries: speaker names, places, phrases, outlet and date filters, misses. */
export function queryMix(engine: Engine): string[] {
  const rand = seededRandom(6);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const speakers = engine
    .speakerList()
    .filter((s) => /^\p{Lu}\p{L}+ \p{Lu}\p{L}+$/u.test(s.name))
    .slice(0, 60)
    .map((s) => s.name);
  const outlets = engine.outletNames().slice(0, 20);
  const places = ['Ukraine', 'Bucha', 'Mariupol', 'Gaza', 'Taiwan', 'Kyiv', 'Moscow', 'Beijing', 'Washington', 'Brussels', 'Sudan', 'Iran'];
  const topics = ['talks', 'sanctions', 'inflation', 'elections', 'ceasefire', 'vaccine', 'climate', 'grain deal', 'nuclear', 'refugees'];
  const phrases = ['"we will not"', '"peace talks"', '"war crimes"', '"interest rates"', '"human rights"'];
  const out: string[] = [];
  while (out.length < QUERIES) {
    const kind = out.length % 8;
    const surname = pick(speakers).split(' ').pop() ?? 'Putin';
    if (kind === 0) out.push(`${surname} ${pick(topics)}`);
    else if (kind === 1) out.push(pick(places));
    else if (kind === 2) out.push(`${pick(places)} ${pick(topics)}`);
    else if (kind === 3) out.push(pick(phrases));
    else if (kind === 4) out.push(`${pick(topics)} outlet:"${pick(outlets)}"`);
    else if (kind === 5) out.push(`${pick(places)} since:2022-0${1 + Math.floor(rand() * 9)}`);
    else if (kind === 6) out.push(`${surname}`);
    else out.push(`zqxv${Math.floor(rand() * 1e6)} florbnicate`);
  }
  return out;
}

/** `/quote`, `/search` and the raw index over the seeded query mix: wall and CPU per query. */
export function serving(engine: Engine, corpus: IndexedCorpus): Record<string, unknown> {
  const queries = queryMix(engine);
  const cpuMs: Record<string, number[]> = { quote: [], search: [] };
  /** The queries after which resident memory grew most (what a serving process keeps after them). */
  const growers: Array<{ query: string; rssMB: number; heapMB: number; ms: number }> = [];
  const latency = (command: 'quote' | 'search') =>
    percentiles(
      queries.map((query) => {
        const before = process.memoryUsage();
        const t = performance.now();
        const c = process.cpuUsage();
        try {
          engine.search({ command, query });
        } catch {
          // An unknown outlet or speaker is an answer too (a message).
        }
        cpuMs[command]!.push(cpuSeconds(process.cpuUsage(c)) * 1000);
        const ms = performance.now() - t;
        const after = process.memoryUsage();
        growers.push({
          query: `/${command} ${query}`,
          rssMB: mb(after.rss - before.rss),
          heapMB: mb(after.heapUsed - before.heapUsed),
          ms,
        });
        growers.sort((a, b) => b.rssMB - a.rssMB).splice(5);
        return ms;
      }),
    );
  const quote = latency('quote');
  const search = latency('search');
  const everything = () => true;
  const raw = percentiles(
    queries.map(wordsOf).map((words) => time(() => corpus.index.find(words, { combineWith: 'AND', visible: everything })).ms),
  );
  const memoryGrowers = growers.map((g) => `${g.query} (+${g.rssMB} MB RSS, +${g.heapMB} MB heap, ${Math.round(g.ms)} ms)`);
  return { quote, search, quoteCpu: percentiles(cpuMs.quote!), searchCpu: percentiles(cpuMs.search!), rawIndex: raw, memoryGrowers };
}

/**
 * The warm-up the bot runs after start-up (WARM_UP=on: `warmUp` of `src/startup/warm-up.ts`, started
 * as `buildEngine` returns), waited for to its end, then the same mix as the first pass. Keys are
 * the first pass's, prefixed `warm`; `warmUpFigures` says what the warm-up cost.
 */
export async function servingAfterWarmUp(engine: Engine, corpus: IndexedCorpus): Promise<Record<string, unknown>> {
  const warm = await warmUp(engine).done;
  const round = (ms: number) => Math.round(ms);
  const figures: Record<string, unknown> = {
    warmUpFigures: { queries: warm.queries, cpuMs: round(warm.cpuMs), longestCpuMs: round(warm.longestCpuMs), ms: round(warm.ms) },
    loadAverageAtWarmQueries: loadAverage(),
  };
  const { quote, search, quoteCpu, searchCpu } = serving(engine, corpus);
  Object.assign(figures, { warmQuote: quote, warmSearch: search, warmQuoteCpu: quoteCpu, warmSearchCpu: searchCpu });
  figures.loadAverageAfterWarmQueries = loadAverage();
  return figures;
}
