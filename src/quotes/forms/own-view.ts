/**
 * `In his view, the likeliest reason is that the agency "…"`: a sentence that opens on someone's view,
 * words or telling quotes that someone (read by `reportedSpeech` before the sentence's own subject).
 */
import type { Found } from '../cues/source-phrase.ts';
import { tokenWith, type Token } from '../tokens.ts';
import { subjectOfPossessive } from '../lexicon/pronouns.ts';

/** Nouns for someone's way of seeing or telling things: `In his view, …`, `In their telling, …`. */
const VIEW_NOUNS = new Set(
  'view opinion words estimation judgment judgement reckoning mind telling account assessment analysis eyes recollection'.split(' '),
);

/**
 * `In his view, the likeliest reason is that the agency "…"`: a sentence opening on someone's view or
 * words gives them the sentence's quotations; the possessive is read as its subject pronoun.
 */
export function inOwnView(tokens: Token[]): Found | undefined {
  let k = 0;
  while (tokens[k]?.kind === 'punct') k++;
  if (tokens[k]?.lower !== 'in') return undefined;
  const owner = tokens[k + 1];
  const pronoun = owner ? subjectOfPossessive(owner.lower) : undefined;
  let n = k + 2;
  if (tokens[n]?.lower === 'own') n++;
  const noun = tokens[n];
  if (!owner || !pronoun || !noun || !VIEW_NOUNS.has(noun.lower) || tokens[n + 1]?.text !== ',') return undefined;
  const subject: Token = tokenWith(owner, pronoun, pronoun);
  const view = [...tokens.slice(0, k + 1), subject, ...tokens.slice(k + 2)];
  return {
    np: [k + 1, k + 2],
    cue: { index: n, length: 1, text: noun.text, sourceAfter: false, start: noun.start, end: noun.end },
    tokens: view,
  };
}
