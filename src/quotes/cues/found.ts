/** What the source-phrase steps find (`source-phrase.ts` and the files it reads): a cue and its source. */
import type { CueMatch } from './cues.ts';
import type { Token } from '../tokens.ts';

/** A cue and its source: `np` is the phrase's [start, end) in `tokens`. */
export interface Found {
  np: [number, number];
  cue: CueMatch;
  tokens: Token[];
}
