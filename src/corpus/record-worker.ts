/** A record worker (`RecordPool`): raw lines of a JSONL file in, their articles and problems out. */
import { parentPort } from 'node:worker_threads';
import { recordsOf } from './records.ts';
import { unpackLines, type RecordRequest } from './record-pool.ts';

parentPort?.on('message', (request: RecordRequest) => {
  parentPort?.postMessage({ id: request.id, batch: recordsOf(request.file, unpackLines(request)) });
});
