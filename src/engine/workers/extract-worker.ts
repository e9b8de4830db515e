/**
 * A quote-extraction worker: article texts (as paragraphs) in, their quotes out (speakers resolved
 * within each article), with, for the SQLite index, each paragraph analysed (`prepareBatch`).
 */
import { parentPort } from 'node:worker_threads';
import { FieldAnalyser } from '../../search/terms.ts';
import type { WorkerRequest } from './extract-pool.ts';
import { prepareBatch } from './prepare-batch.ts';

/** One per worker: its term entries carry over from batch to batch. */
const analyser = new FieldAnalyser();

parentPort?.on('message', ({ batch, articles, fields }: WorkerRequest) => {
  parentPort?.postMessage({ batch, ...prepareBatch(articles, fields, analyser) });
});
