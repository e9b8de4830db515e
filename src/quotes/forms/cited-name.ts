/**
 * Verbs of citing another's words (`Roe quoted Jo Bloom`, `the report cites Jo Bloom`), and the person's name after one:
 * a capitalised run that names a person, not an organisation (`cited Labor Department figures`), not a possessive (`cited
 * Obama’s remarks`: anyone's reading of them), and no modifier of a lower-case noun after it (`quoted Latino voters`).
 */
import { isBodyNameEnd } from '../mentions/organisations.ts';
import { PREPOSITIONS, SUBORDINATE_OPENERS } from '../lexicon/word-lists.ts';
import { hasPossessiveS } from '../../text/marks.ts';
import { isUpperStart, type Token } from '../tokens.ts';

/** Is this cue a verb of citing another's words (`quoted`, `quotes`, `cited`, `cites`)? */
export const isCitingVerb = (cue: string): boolean => /^(?:quoted|quotes|cited|cites)$/i.test(cue);

/**
 * Is `t`, right after a capitalised run, a lower-case noun the run modifies (`Latino voters`, `Census Bureau numbers`)?
 * After a verb of citing, a name is followed by punctuation, a preposition, `who`/`that`, `and`, `as` or a participle.
 */
function modifiedNoun(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word' || isUpperStart(t.text)) return false;
  if (PREPOSITIONS.has(t.lower) || SUBORDINATE_OPENERS.has(t.lower)) return false;
  return !/^(?:and|or|as|to|said|says)$/.test(t.lower) && !/(?:ing|ed)$/.test(t.lower);
}

/** The [start, end) of a person's name of one to `most` capitalised words at `k` (see the file's comment), or undefined. */
export function personNameAt(tokens: Token[], k: number, most: number): [number, number] | undefined {
  let e = k;
  while (e < tokens.length && e - k < most && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) {
    if (hasPossessiveS((tokens[e] as Token).text)) return undefined;
    e++;
  }
  if (e === k || modifiedNoun(tokens[e])) return undefined;
  // (`Labor Department`, `Fox News`: a body's name ends so.)
  return isBodyNameEnd((tokens[e - 1] as Token).lower) ? undefined : [k, e];
}
