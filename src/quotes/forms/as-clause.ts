/**
 * A comment clause of saying next to a quotation: `"access to the markets," as he demanded during his
 * visit`, `or as Roe frames it, "the war over the facts"`, `"…," as a court ruling noted`. `as`, a
 * subject (a pronoun, a capitalised name or a short description) and a verb of saying make the quotation the subject's, on whichever side of it the clause is.
 */
import type { CueMatch } from '../cues/cues.ts';

import { REPORTING_VERBS } from './reported.ts';
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { THIRD_PERSON_SUBJECTS } from '../lexicon/pronouns.ts';

/** Adverbs between the subject and its verb: `as he once put it`. */
const BETWEEN = new Set(['once', 'often', 'later', 'famously', 'repeatedly', 'also', 'then', 'has', 'had']);
/** Determiners that open a description subject: `as a court ruling noted`, `as one analyst put it`. */
const DETERMINERS = new Set(['a', 'an', 'the', 'one']);
/** Words after the verb that close the clause: `as Roe frames it`. */
const OBJECTS = new Set(['it', 'them', 'this']);

/** The clause from `tokens[at]` (`as`): its subject, its verb, and where it ends; or undefined. */
function clauseAt(tokens: Token[], at: number): { found: Found; end: number } | undefined {
  if (tokens[at]?.lower !== 'as') return undefined;
  const s = at + 1;
  let e = s;
  if (THIRD_PERSON_SUBJECTS.has(tokens[s]?.lower ?? '') && tokens[s]?.lower !== 'it') e = s + 1;
  else if (DETERMINERS.has(tokens[s]?.lower ?? '')) {
    // `as a 2014 court ruling noted`, `as one analyst put it`: a short description up to its verb.
    e = s + 1;
    while (e < s + 5 && tokens[e]?.kind === 'word' && !REPORTING_VERBS.has(tokens[e]?.lower ?? '') && !BETWEEN.has(tokens[e]?.lower ?? ''))
      e++;
    if (e === s + 1) return undefined;
  } else {
    while (e < s + 4 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
    if (e === s) return undefined;
  }
  let v = e;
  while (BETWEEN.has(tokens[v]?.lower ?? '')) v++;
  const verb = tokens[v];
  if (!verb || verb.kind !== 'word' || verb.text !== verb.lower || !REPORTING_VERBS.has(verb.lower)) return undefined;
  let end = v + 1;
  if (OBJECTS.has(tokens[end]?.lower ?? '')) end++;
  const cue: CueMatch = { index: v, length: 1, text: verb.text, sourceAfter: false, start: verb.start, end: verb.end };
  return { found: { np: [s, e], cue, tokens }, end };
}

/** `or as Roe frames it, "…"`: the clause closing the words before a quotation (then a comma or a colon). */
export function asClauseBefore(tokens: Token[]): Found | undefined {
  let last = tokens.length;
  if (tokens[last - 1]?.text === ',' || tokens[last - 1]?.text === ':') last--;
  if (last === tokens.length) return undefined;
  for (let at = last - 3; at >= 0 && at >= last - 8; at--) {
    const clause = clauseAt(tokens, at);
    if (clause) return clause.end === last ? clause.found : undefined;
  }
  return undefined;
}

/** `"…," as he demanded during his visit`: the clause opening the words after a quotation (after its comma). */
export function asClauseAfter(tokens: Token[]): Found | undefined {
  let at = 0;
  while (tokens[at]?.text === ',') at++;
  return clauseAt(tokens, at)?.found;
}
