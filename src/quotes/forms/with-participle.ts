/**
 * `…, with co-host Jo Roe proclaiming: "…"`: an absolute phrase of `with`, a name (after lower-case title
 * words) and a participle of saying, right before a colon, has the name for the speaker of what follows.
 */
import { matchCue } from '../cues/cues.ts';
import { isName } from './inverted-lead-in.ts';
import type { Found } from '../cues/source-phrase.ts';
import { SAYING_VERBS } from '../lexicon/speech-verbs.ts';
import type { CueMatch } from '../cues/cues.ts';
import type { Token } from '../tokens.ts';

/** The name and participle of `tokens` (a sentence up to a colon) when they end `with [<title words>] <Name> <saying>:`. */
export function withParticiple(tokens: Token[]): Found | undefined {
  const p = tokens.length - 2;
  const verb = tokens[p];
  if (!verb || tokens[p + 1]?.text !== ':' || !verb.lower.endsWith('ing')) return undefined;
  // `proclaiming`: a participle of a verb of the lexicon, listed or not among its cue forms.
  const stem = verb.lower.slice(0, -3);
  const cue = matchCue(tokens, p) ?? (SAYING_VERBS.has(`${stem}ed`) || SAYING_VERBS.has(`${stem}s`) ? plainCue(verb, p) : undefined);
  if (!cue || cue.index + cue.length !== p + 1) return undefined;
  let s = p;
  while (s > 0 && p - s < 5 && (isName(tokens[s - 1]) || (tokens[s - 1]?.text === '.' && (tokens[s - 2]?.text.length ?? 0) <= 2))) s--;
  if (s === p || !isName(tokens[s])) return undefined;
  let w = s - 1;
  while (w > s - 4 && w > 0 && tokens[w]?.kind === 'word' && tokens[w]?.text === tokens[w]?.lower && tokens[w]?.lower !== 'with') w--;
  if (tokens[w]?.lower !== 'with') return undefined;
  return { np: [s, p], cue, tokens };
}

const plainCue = (verb: Token, p: number): CueMatch => ({
  index: p,
  length: 1,
  text: verb.text,
  sourceAfter: false,
  start: verb.start,
  end: verb.end,
});
