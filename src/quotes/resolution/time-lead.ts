/**
 * The words a source phrase keeps when what opens or closes it belongs to the sentence around it: a
 * time phrase (`Last week EU leaders declared`), an article closing it (`asserted Jo Bloggs a month
 * ago`) or a lead-in glued before a subject pronoun (`In Court he argued`).
 */
import type { Token } from '../tokens.ts';

const TIME_DETERMINERS = new Set(['last', 'this', 'next']);
const TIME_NOUNS = new Set(
  `week weekend month year night morning afternoon evening monday tuesday wednesday thursday friday saturday sunday
spring summer autumn fall winter`.split(/\s+/),
);

/** `Last week EU leaders declared`, `In Court he argued`: a time phrase or lead-in opening the sentence is not part of the source. */
export function withoutTimeLead(tokens: Token[], np: [number, number]): [number, number] {
  const [s, e] = np;
  const det = tokens[s];
  const noun = tokens[s + 1];
  if (e - s > 2 && det && noun && TIME_DETERMINERS.has(det.lower) && TIME_NOUNS.has(noun.lower)) return [s + 2, e];
  // `asserted President Jo Bloggs a month ago`: an article closing the phrase belongs to what follows.
  let end = e;
  while (end - s > 1 && ['a', 'an', 'the'].includes(tokens[end - 1]?.lower ?? '')) end--;
  if (end < e) return [s, end];
  // `In Court he argued`: a lead-in glued before a subject pronoun.
  const last = tokens[e - 1];
  if (
    e - s > 1 &&
    last &&
    (last.lower === 'he' || last.lower === 'she') &&
    tokens[e - 2]?.kind === 'word' &&
    tokens[e - 2]?.lower !== 'and'
  )
    return [e - 1, e];
  return np;
}
