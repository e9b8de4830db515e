/** A quote-extraction worker: article texts in, their quotes out (speakers resolved within each article). */
import { parentPort } from 'node:worker_threads';
import { quotesOfText } from '../build.ts';

parentPort?.on('message', (message: { batch: number; texts: string[] }) => {
  parentPort?.postMessage({ batch: message.batch, quotes: message.texts.map(quotesOfText) });
});
