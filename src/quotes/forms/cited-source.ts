/**
 * `Guthrie quoted Jo Bloom, who wrote that it was "…"`, `Amash cited Obama’s own statement that … "…"`: the subject of
 * a verb of citing relays another's words. The words are the cited person's when a name follows the verb (not a
 * possessive: `cited Obama’s remarks` may be anyone's reading of them); anything else is left as it is.
 */
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { foundWith } from '../cues/phrase-trim.ts';

const CITING = /^(?:quoted|quotes|cited|cites)$/i;
const POSSESSIVE = /['’]s$/;

/** The cited name's [start, end) right after the cue at `k`: a capitalised run of one to four words. */
function citedName(tokens: Token[], k: number): [number, number] | undefined {
  let e = k;
  while (e < tokens.length && e - k < 4 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) {
    e++;
    if (POSSESSIVE.test(tokens[e - 1]?.text ?? '')) return undefined;
  }
  return e > k ? [k, e] : undefined;
}

/** `found` read again when its cue is a verb of citing with the source as its subject (see the file's comment). */
export function citedSource(found: Found | undefined): Found | undefined {
  if (!found || !CITING.test(found.cue.text) || found.np[0] > found.cue.index) return found;
  const { tokens } = found;
  const k = found.cue.index + found.cue.length;
  // `quoted Jo Bloom as saying`: the cue steps already read the name there.
  if (tokens.slice(k, k + 6).some((t) => t.lower === 'as')) return found;
  const name = citedName(tokens, k);
  // `cited ISIS being "virtually defeated"`, `cited a "threat"`: often words the subject uses itself; left as they are.
  return name ? foundWith(found, name) : found;
}
