/** The engine over the real `corpus/` (the five seed articles), built once per test file. */
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine } from '../../src/engine/engine.ts';
import { INDEX_ENGINES } from '../../src/engine/options.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));

let engine: Promise<Engine> | undefined;
let indexEngine = 'minisearch';

/** The index engine (`INDEX_ENGINES` name) the seed engine is built on: the same behaviour tests run on each. */
export function useSeedIndex(name: string): void {
  indexEngine = name;
  engine = undefined;
}

export function seedEngine(): Promise<Engine> {
  engine ??= loadCorpus(CORPUS_DIR).then((load) => new Engine(load, { index: INDEX_ENGINES[indexEngine] }));
  return engine;
}
