/**
 * `Guthrie quoted Jo Bloom, who wrote that it was "…"`, `Amash cited Obama’s own statement that … "…"`: the subject of
 * a verb of citing relays another's words. The words are the cited person's when a person's name follows the verb
 * (`cited-name.ts`: not `cited Obama’s remarks`, `cited Labor Department figures`); anything else is left as it is.
 */
import type { Found } from '../cues/source-phrase.ts';
import { isCitingVerb, personNameAt } from './cited-name.ts';
import { foundWith } from '../cues/phrase-trim.ts';

/** `found` read again when its cue is a verb of citing with the source as its subject (see the file's comment). */
export function citedSource(found: Found | undefined): Found | undefined {
  if (!found || !isCitingVerb(found.cue.text) || found.np[0] > found.cue.index) return found;
  const { tokens } = found;
  const k = found.cue.index + found.cue.length;
  // `quoted Jo Bloom as saying`: the cue steps already read the name there.
  if (tokens.slice(k, k + 6).some((t) => t.lower === 'as')) return found;
  const name = personNameAt(tokens, k, 4);
  // `cited ISIS being "virtually defeated"`, `cited a "threat"`: often words the subject uses itself; left as they are.
  return name ? foundWith(found, name) : found;
}
