/**
 * A worker thread running a TypeScript module of this project: the worker registers tsx (found
 * from this file) and then imports the module, whether or not this process runs under tsx (a
 * worker's `--import` hooks do not apply to its own entry module on Node 20).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;

/** Starts a worker running the module at `module` (a `file:` URL of a `.ts` file). */
export function startTsWorker(module: URL): Worker {
  const boot = `import(${JSON.stringify(TSX_API)})
  .then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); })`;
  return new Worker(boot, { eval: true });
}
