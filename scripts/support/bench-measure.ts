/**
 * What the bench measures besides the engine itself: timings, latency percentiles, and the naive
 * baseline (the index engine over whole articles), all through the `SearchIndex` seam.
 */
import type { Article } from '../../src/corpus/article.ts';
import type { Passage, SearchIndex } from '../../src/engine/index.ts';
import { parseQuery } from '../../src/search/query.ts';
import { collectGarbage } from '../../src/startup/memory.ts';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

export function percentiles(ms: number[]): Latency {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
}

export function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

/** The words of a query (filters and quote marks dropped), as the project's parser reads them. */
export function wordsOf(query: string): string[] {
  try {
    const parsed = parseQuery(query);
    return [...parsed.terms, ...parsed.phrases];
  } catch {
    return [];
  }
}

/**
 * The naive baseline: the same index engine over whole articles (one document each, no quotes),
 * excerpts cut by scanning the hits. Its build rate, memory, search times and its own persisted
 * size, save and restore times are the index engine's floor on this machine.
 */
export async function baseline(make: () => SearchIndex, articles: readonly Article[], queries: string[]): Promise<Record<string, unknown>> {
  let index = make();
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let chars = 0;
  const documents: Passage[] = [];
  const build = time(() => {
    for (let i = 0; i < articles.length; i += 1000) {
      const docs = articles.slice(i, i + 1000).map((article, k): Passage => {
        const text = article.paragraphs.join('\n\n');
        chars += text.length;
        return { id: i + k, article, paragraph: 0, text, quotes: [] };
      });
      index.put(docs);
      documents.push(...docs);
    }
  });
  collectGarbage();
  const heapMB = mb(process.memoryUsage().heapUsed - before);
  const everything = () => true;
  const words = queries.map(wordsOf);
  const raw = words.map((w) => time(() => index.find(w, { combineWith: 'AND', visible: everything })).ms);
  const ms = words.map(
    (w) =>
      time(() => {
        const hits = index.find(w, { combineWith: 'AND', visible: everything }).slice(0, 50);
        const needles = w.map((n) => n.toLowerCase());
        for (const h of hits) {
          const text = h.passage.text;
          const at = Math.max(0, ...needles.map((n) => text.toLowerCase().indexOf(n)));
          text.slice(Math.max(0, at - 100), at + 220);
        }
      }).ms,
  );
  const chunks: string[] = [];
  const savedStart = performance.now();
  await index.persist({ write: async (chunk) => void chunks.push(JSON.stringify(chunk)) });
  const savedMs = performance.now() - savedStart;
  const bytes = chunks.reduce((n, c) => n + c.length + 1, 0);
  index = undefined as never;
  collectGarbage();
  const loaded = time(() => make().restore({ chunks: chunks.map((c) => JSON.parse(c) as unknown), passages: documents }));
  return {
    baselineBuildS: build.ms / 1000,
    baselineBuildMBps: Math.round((chars / 1e6 / (build.ms / 1000)) * 10) / 10,
    baselineHeapMB: heapMB,
    baselineRaw: percentiles(raw),
    baseline: percentiles(ms),
    baselineSnapshotMB: mb(bytes),
    baselineSaveS: savedMs / 1000,
    baselineLoadS: loaded.ms / 1000,
  };
}
