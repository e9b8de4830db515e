/**
 * `This prompted Jo Roe to suggest that "…"`, `leaving Jo Roe to awkwardly ask, "…"`: a verb that
 * makes someone speak (`prompted`, `led`, `leaving`, `forced`), its object a name, then `to` and a bare
 * verb of saying right before the quotation: the name is who speaks, not the clause's subject.
 */
import { BARE_SAYING_VERBS } from '../lexicon/speech-verbs.ts';
import { looksLikeName } from '../cues/source-tokens.ts';
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, type Token } from '../tokens.ts';

/** Verbs that make their object do the next verb: `prompted X to`, `left X to`. */
const CAUSING = new Set(
  `prompted prompting prompts led leading leads leaving left leaves forced forcing forces caused causing causes spurred
spurring spurs moved inspired drove driving drives compelled compelling pushed pushing lead prompt force cause spur drive
compel push inspire`.split(/\s+/),
);

/** The name and verb when `tokens` (a sentence up to a quotation) ends `<causing verb> <Name> to [adverb] <verb> [that|,|:]`. */
export function causedSayer(tokens: Token[]): Found | undefined {
  let v = tokens.length - 1;
  if (tokens[v]?.lower === 'that' || tokens[v]?.text === ',' || tokens[v]?.text === ':') v--;
  const verb = tokens[v];
  if (verb?.kind !== 'word' || !BARE_SAYING_VERBS.has(verb.text)) return undefined;
  let to = v - 1;
  if (/^\p{Ll}+ly$/u.test(tokens[to]?.text ?? '')) to--;
  if (tokens[to]?.lower !== 'to') return undefined;
  let s = to;
  while (s > 0 && to - s < 6 && (tokens[s - 1]?.kind === 'word' || tokens[s - 1]?.text === '.') && !CAUSING.has(tokens[s - 1]?.lower ?? ''))
    s--;
  if (s === to || !CAUSING.has(tokens[s - 1]?.lower ?? '') || !isUpperStart(tokens[s]?.text ?? '') || !looksLikeName(tokens, [s, to]))
    return undefined;
  return { np: [s, to], cue: { index: v, length: 1, text: verb.text, sourceAfter: false, start: verb.start, end: verb.end }, tokens };
}
