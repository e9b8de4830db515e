/** The engine over the real `corpus/` (the five seed articles), built once per test file. */
import { fileURLToPath } from 'node:url';
import type { LoadResult } from '../../src/corpus/article.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine } from '../../src/engine/engine.ts';
import { INDEX_ENGINES } from '../../src/engine/options.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));

let engine: Promise<Engine> | undefined;
let indexEngine = 'minisearch';
let build: ((load: LoadResult) => Engine | Promise<Engine>) | undefined;

/** The index engine (`INDEX_ENGINES` name) the seed engine is built on: the same behaviour tests run on each. */
export function useSeedIndex(name: string): void {
  indexEngine = name;
  engine = undefined;
}

/** Builds the seed engine another way (e.g. through the SQLite store): the same behaviour tests run on it. */
export function useSeedEngine(make: (load: LoadResult) => Engine | Promise<Engine>): void {
  build = make;
  engine = undefined;
}

export function seedEngine(): Promise<Engine> {
  engine ??= loadCorpus(CORPUS_DIR).then((load) => (build ? build(load) : new Engine(load, { index: INDEX_ENGINES[indexEngine] })));
  return engine;
}
