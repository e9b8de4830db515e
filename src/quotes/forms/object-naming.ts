/**
 * Object relative clauses of naming: `a practice Jo Roe characterized as "…"`, `what Roe refers to as an
 * "…"`, `an event that he liked to call "…"`, `a bill that such groups as the Harbour Trust describe as
 * "…"`. The thing named is the clause's object (it stands before the subject, after `that`, `which`,
 * `what` or a noun), so the quotation is the name the subject gave it: the subject's words.
 */
import type { CueMatch } from '../cues/cues.ts';
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { PREPOSITIONS } from '../lexicon/word-lists.ts';
import { isNeverName } from '../mentions/sentence-words.ts';
import { THIRD_PERSON_SUBJECTS } from '../lexicon/pronouns.ts';

/** Verbs of naming that take `as` before the name given (`characterized as`), or take it bare (`called`). */
const NAMING_AS =
  /^(?:characteri[sz](?:e|es|ed)|describe[sd]?|refer(?:s|red)?|label(?:s|l?ed)?|brand(?:s|ed)?|term(?:s|ed)?|dub(?:s|bed)?|call(?:s|ed)?|nicknamed|like(?:s|d)?)$/;
/** Verbs that name with no `as`: `what critics called "…"`. */
const NAMING_BARE = /^(?:call(?:s|ed)?|dub(?:s|bed)?|term(?:s|ed)?|nicknamed|label(?:s|l?ed)?|brand(?:s|ed)?)$/;
/** Words that open the object relative clause right before its subject. */
const RELATIVE_OPENERS = new Set(['that', 'which', 'what', 'whom', 'as']);
/** Subject pronouns that may name a person or body. */
/** `liked to`, `likes to`, `has taken to`, `would`, `often`: words between the subject and its verb of naming. */
const BETWEEN = /^(?:liked|likes|like|has|have|had|taken|would|often|once|also|later|now|repeatedly|to)$/;

/** The subject of an object relative clause of naming that ends `tokens` (the words before a quotation), with its verb as the cue. */
export function objectNaming(tokens: Token[]): Found | undefined {
  let v = tokens.length - 1;
  // `… as an "…"`: an article after `as` belongs to the name given.
  if (/^(?:a|an|the)$/.test(tokens[v]?.lower ?? '')) v--;
  const as = tokens[v]?.lower === 'as';
  if (as) v--;
  if (as && tokens[v]?.lower === 'to' && /^refer/.test(tokens[v - 1]?.lower ?? '')) v--;
  const verb = tokens[v];
  if (!verb || verb.kind !== 'word' || !(as ? NAMING_AS : NAMING_BARE).test(verb.lower) || /^like/.test(verb.lower)) return undefined;
  if (/^refer/.test(verb.lower) && tokens[v + 1]?.lower !== 'to') return undefined;
  let e = v;
  while (e > 0 && v - e < 3 && BETWEEN.test(tokens[e - 1]?.lower ?? '')) e--;
  // `an event that he liked to refer to as`: the infinitive's `to` and its verb of liking.
  if (e < v && tokens[e]?.lower !== 'to' && tokens[v - 1]?.lower === 'to' && !/^like|^taken/.test(tokens[v - 2]?.lower ?? ''))
    return undefined;
  let s = e;
  // `a program he's labeled a "…"`: a pronoun with its auxiliary.
  if (THIRD_PERSON_SUBJECTS.has((tokens[e - 1]?.lower ?? '').replace(/['’](?:s|ve|d)$/, ''))) s = e - 1;
  else {
    while (s > 0 && e - s < 6 && tokens[s - 1]?.kind === 'word' && isUpperStart(tokens[s - 1]?.text ?? '')) s--;
    if (tokens[s - 1]?.lower === 'the' && s < e) s--;
    if (s === e || isNeverName(tokens[s]?.lower ?? '')) return undefined;
  }
  const before = tokens[s - 1];
  if (!before || before.kind !== 'word') return undefined;
  // `that`/`which`/`what`, or a noun right before the subject (`a practice Roe characterized as`), never a preposition or a verb's object.
  const opener =
    RELATIVE_OPENERS.has(before.lower) || (/^\p{Ll}+$/u.test(before.text) && !PREPOSITIONS.has(before.lower) && isNoun(tokens, s - 1));
  if (!opener) return undefined;
  const cue: CueMatch = { index: v, length: 1, text: verb.text, sourceAfter: false, start: verb.start, end: verb.end };
  return { np: [s, e], cue, tokens };
}

/** A word after an article or possessive four words back at most, with only words between (`a practice`, `a separate Harbour fund`): a noun phrase's head. */
function isNoun(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
    if (/^(?:a|an|the|this|that|its|his|her|their|our)$/.test(tokens[j]?.lower ?? '')) return true;
    if (tokens[j]?.kind !== 'word') return false;
  }
  return false;
}
