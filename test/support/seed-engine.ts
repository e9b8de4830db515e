/** The engine over the real `corpus/` (the five seed articles), built once per test file. */
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine } from '../../src/engine/engine.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../corpus', import.meta.url));

let engine: Promise<Engine> | undefined;

export function seedEngine(): Promise<Engine> {
  engine ??= loadCorpus(CORPUS_DIR).then((load) => new Engine(load));
  return engine;
}
