/** A record worker (`RecordPool`): raw lines of a JSON Lines file in, their articles and problems out. */
import { recordsOf } from './records.ts';
import { unpackLines, type RecordRequest } from './record-pool.ts';
import { answerRequests } from './request-workers.ts';

answerRequests((request: RecordRequest) => recordsOf(request.file, unpackLines(request)));
