/**
 * `"…," the Valley Courier reported`, `according to the Courier`: a publication that relayed the words, which a sayer
 * whose cue governs the quotation's own sentence outranks (`Roe argued for it, telling the board, "…," the Courier reported`).
 */
import type { Found } from '../cues/source-phrase.ts';

/** `according to X`, or `X reported` after the quotation: a cue of relaying the words, which a sayer of their own sentence outranks. */
export const relaysWords = (post: Found): boolean =>
  /^according to$/i.test(post.cue.text) || (/^reported$/i.test(post.cue.text) && post.np[1] <= post.cue.index);

/**
 * Does the cue govern the words up to the quotation? Not past a sentence end the sentence walk missed (`an official
 * confirmed that … F-16s. Both pilots are safe`), nor into a relative clause on something else (`testify … under the
 * Act, which "…"`).
 */
export const governsRest = (found: Found): boolean =>
  !found.tokens.slice(found.cue.index + found.cue.length).some((t) => /^(?:[.!?;]|which|who)$/.test(t.lower));
