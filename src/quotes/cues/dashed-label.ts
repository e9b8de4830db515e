/**
 * A roundup's entry led in by a dash and a name: `POLLS NOT WRONG, JUST EARLY - Jo Roe: "…"`.
 */
import type { Found } from './found.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { isAbbrevDot, isWord, looksLikeName } from './source-tokens.ts';

/** Dashes that part a roundup's heading from the voice it quotes (`HEADING - Jo Roe: "…"`). */
const LABEL_DASHES = new Set(['-', '–', '—', '―']);

/**
 * `POLLS NOT WRONG, JUST EARLY - Jo Roe: "…"`, `Pollsters agree – Jo Roe: "…"`: a roundup's entry, a
 * heading, a dash and a person's name (two to five capitalised words, initials included, not in
 * capitals only) right before the colon: the name speaks.
 */
export function dashedNameLeadIn(tokens: Token[]): Found | undefined {
  const colon = tokens.length - 1;
  if (tokens[colon]?.text !== ':') return undefined;
  let s = colon;
  while (s > 0 && colon - s < 7 && (isWord(tokens[s - 1]) || isAbbrevDot(tokens, s - 1))) s--;
  if (!LABEL_DASHES.has(tokens[s - 1]?.text ?? '') || colon - s < 2 || !looksLikeName(tokens, [s, colon])) return undefined;
  const words = tokens.slice(s, colon).filter((t) => t.kind === 'word');
  if (!words.every((t) => isUpperStart(t.text)) || words.some((t) => t.text.length > 1 && t.text === t.text.toUpperCase()))
    return undefined;
  return {
    np: [s, colon],
    cue: {
      index: colon,
      length: 1,
      text: ':',
      sourceAfter: false,
      start: (tokens[colon] as Token).start,
      end: (tokens[colon] as Token).end,
    },
    tokens,
  };
}
