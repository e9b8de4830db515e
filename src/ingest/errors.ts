/**
 * Why an address or a feed could not be added, as a code with its values; the sentence is in
 * `src/messages.ts` (`ingestSentence`). Every refusal of the fetcher, the extractor and the feed
 * reader is one of these, so the CLI, the poller and `/add` print the same one line.
 */
import { ingestSentence, type IngestCode, type Params } from '../messages.ts';

export class IngestError extends Error {
  constructor(
    readonly code: IngestCode,
    readonly params: Params = {},
  ) {
    super(ingestSentence(code, params));
    this.name = 'IngestError';
  }
}

/** The one line for anything thrown while adding: an IngestError's sentence, else the error's own message. */
export function reasonOf(error: unknown): string {
  if (error instanceof IngestError) return error.message;
  return error instanceof Error ? error.message : String(error);
}
