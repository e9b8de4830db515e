/**
 * Warming a new process before its first requests: V8 compiles the query path as the first
 * queries run, and the store's caches are empty, so a process's first `/quote` of common words takes
 * two to four times the CPU of the same query later. After start-up, a few queries of the engine's
 * own data (its most quoted speakers, the words of their articles' headlines: nothing of any
 * benchmark's mix) run one per turn of the event loop, so a request arriving meanwhile waits for
 * at most the one warm-up query running, never for the whole warm-up.
 */
import type { Engine } from '../engine/index.ts';

export interface WarmUpFigures {
  queries: number;
  /** CPU of the warm-up queries themselves (not of what ran between them). */
  cpuMs: number;
  /** CPU of the longest one: the most a request arriving during the warm-up waits for it. */
  longestCpuMs: number;
  /** Wall time from the start to the last query's end. */
  ms: number;
}

export interface WarmUp {
  /** Resolves when every warm-up query ran (or `stop` was called). */
  done: Promise<WarmUpFigures>;
  /** No further warm-up query (the process is closing). */
  stop(): void;
}

/** Speakers whose names and headlines the warm-up asks for. */
const SPEAKERS = 4;

/**
 * The warm-up's queries, each worked out when its turn comes: `/quote` and `/search` of the most
 * quoted speakers' surnames, then of words their answers show: capitalised headline words that are
 * no speaker's name (places, topics), each alone and with a longer lower-case word of the excerpts
 * (the every-word search and its any-word fallback), and two words of an excerpt as a phrase.
 */
function* warmUpQueries(engine: Engine): Generator<() => void> {
  const speakers = engine.speakerList();
  const surnames = speakers.slice(0, SPEAKERS).map((s) => s.name.split(' ').at(-1)!);
  const topics: string[] = [];
  const common: string[] = [];
  const phrases: string[] = [];
  let names: Set<string> | undefined;
  const isName = (w: string) => (names ??= new Set(speakers.flatMap((s) => s.name.split(' ')))).has(w);
  for (const surname of surnames)
    yield () => {
      for (const r of engine.search({ command: 'quote', query: surname }).results.slice(0, 3)) {
        for (const w of r.headline.split(/[^\p{L}]+/u))
          if (w.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(w) && !topics.includes(w) && !isName(w)) topics.push(w);
        const words = (r.excerpts[0]?.text ?? '').split(/[^\p{L}]+/u);
        for (const w of words) if (/^\p{Ll}{6,}$/u.test(w) && !common.includes(w)) common.push(w);
        const at = words.findIndex((w, i) => /^\p{Ll}{5,}$/u.test(w) && /^\p{Ll}{5,}$/u.test(words[i + 1] ?? ''));
        if (at >= 0) phrases.push(`"${words[at]} ${words[at + 1]}"`);
      }
    };
  for (const surname of surnames.slice(0, 2)) yield () => engine.search({ command: 'search', query: surname });
  const ask = (command: 'quote' | 'search', query: string | false | undefined) => query && engine.search({ command, query });
  for (let i = 0; i < 4; i++) {
    yield () => ask('quote', topics[i]);
    yield () => ask('quote', topics[i] && common[i] && `${topics[i]} ${common[i]}`);
    yield () => ask('search', topics[i] && common[i] && `${common[i]} ${topics[i]}`);
    yield () => ask('quote', phrases[i]);
  }
}

/** Starts warming `engine` up, one query per turn of the event loop. */
export function warmUp(engine: Engine): WarmUp {
  const started = performance.now();
  let stopped = false;
  const figures: WarmUpFigures = { queries: 0, cpuMs: 0, longestCpuMs: 0, ms: 0 };
  const queries = warmUpQueries(engine);
  const done = new Promise<WarmUpFigures>((resolve) => {
    const next = () => {
      const step = stopped ? undefined : queries.next();
      if (!step || step.done) {
        figures.ms = performance.now() - started;
        resolve(figures);
        return;
      }
      const cpu = process.cpuUsage();
      try {
        step.value();
      } catch {
        // A warm-up query that fails (an unknown word) warmed what it reached.
      }
      const used = process.cpuUsage(cpu);
      const ms = (used.user + used.system) / 1000;
      figures.cpuMs += ms;
      figures.longestCpuMs = Math.max(figures.longestCpuMs, ms);
      figures.queries++;
      setImmediate(next);
    };
    setImmediate(next);
  });
  return { done, stop: () => (stopped = true) };
}
