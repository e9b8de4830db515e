/**
 * Warming a new process before its first requests: V8 compiles the query path as the first
 * queries run, and the store's caches are empty, so a process's first `/quote` of common words takes
 * two to four times the CPU of the same query later. After start-up, a few queries of the engine's
 * own data (its most quoted speakers, the places and topics their quotes name most: nothing of any
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

/** Speakers (distinct surnames) whose quotes the warm-up asks for. */
const SPEAKERS = 4;
/** Topic words the warm-up asks `/quote` of, each alone and with a common word. */
const TOPICS = 4;
/** The most quoted speakers whose names are no topic word (the warm-up's topics are places and things). */
const NAMED = 100;

/**
 * The words the answers to the speakers' queries quote most often capitalised within a sentence
 * (after a lower-case word: proper nouns, not a sentence's first word), names of the most quoted
 * speakers left out: the archive's own common places and topics (`Russia`, `Congress`), whose
 * first `/quote` reads thousands of candidates. A process's first such query runs code that the
 * speakers' queries leave unoptimised (the same-statement check over many members, ranking many
 * candidates) and costs two to three times its next run; warming up on these words compiles it.
 */
export function topicWords(excerpts: readonly string[], names: ReadonlySet<string>, count: number): string[] {
  const seen = new Map<string, number>();
  for (const text of excerpts) {
    // Words and what separates them, alternately: a word counts after a lower-case word and spaces
    // or a comma only (`said. They` starts a sentence).
    const parts = text.split(/([^\p{L}]+)/u);
    for (let i = 2; i < parts.length; i += 2) {
      const w = parts[i]!;
      if (
        w.length >= 4 &&
        /^\p{Lu}\p{Ll}+$/u.test(w) &&
        /^,?\s+$/u.test(parts[i - 1]!) &&
        /^\p{Ll}+$/u.test(parts[i - 2]!) &&
        !names.has(w)
      )
        seen.set(w, (seen.get(w) ?? 0) + 1);
    }
  }
  // Most often first; ties in first-seen order (a Map keeps it, and the sort is stable). A word
  // starting another chosen (`America`, `American`) reaches the same code and pages: left out.
  const out: string[] = [];
  for (const [w] of [...seen].sort((a, b) => b[1] - a[1])) {
    if (out.length === count) break;
    if (!out.some((t) => w.startsWith(t) || t.startsWith(w))) out.push(w);
  }
  return out;
}

/**
 * The warm-up's queries, each worked out when its turn comes: `/quote` and `/search` of the most
 * quoted speakers' surnames (each once), then `/quote` of the archive's common topic words found in
 * their answers (`topicWords`): each alone and with a longer lower-case word of the excerpts (the
 * every-word search and its any-word fallback), and two words of an excerpt as a phrase. (`/search`
 * of a topic word was dropped: the surnames' warm its path, and its p99 is well within target.)
 */
function* warmUpQueries(engine: Engine): Generator<() => void> {
  const speakers = engine.speakerList();
  const surnames = [...new Set(speakers.map((s) => s.name.split(' ').at(-1)!))].slice(0, SPEAKERS);
  const names = new Set(speakers.slice(0, NAMED).flatMap((s) => s.name.split(' ')));
  const excerpts: string[] = [];
  const common: string[] = [];
  const phrases: string[] = [];
  for (const surname of surnames)
    yield () => {
      const results = engine.search({ command: 'quote', query: surname }).results;
      for (const r of results) for (const e of r.excerpts) excerpts.push(e.text);
      for (const r of results.slice(0, 3)) {
        const words = (r.excerpts[0]?.text ?? '').split(/[^\p{L}]+/u);
        for (const w of words) if (/^\p{Ll}{6,}$/u.test(w) && !common.includes(w)) common.push(w);
        const at = words.findIndex((w, i) => /^\p{Ll}{5,}$/u.test(w) && /^\p{Ll}{5,}$/u.test(words[i + 1] ?? ''));
        if (at >= 0) phrases.push(`"${words[at]} ${words[at + 1]}"`);
      }
    };
  for (const surname of surnames.slice(0, 2)) yield () => engine.search({ command: 'search', query: surname });
  let topics: string[] | undefined;
  const topic = (i: number) => (topics ??= topicWords(excerpts, names, TOPICS))[i];
  const ask = (command: 'quote' | 'search', query: string | false | undefined) => query && engine.search({ command, query });
  for (let i = 0; i < TOPICS; i++) {
    yield () => ask('quote', topic(i));
    yield () => ask('quote', topic(i) && common[i] && `${topic(i)} ${common[i]}`);
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
