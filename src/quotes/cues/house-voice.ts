/**
 * A publication signing in its own voice: `Editorial, The Valley Courier`, `The Editors, The Valley
 * Courier`, `Editorial Board, The Valley Courier` (after a dash or on a signature line): the speaker is
 * the publication named after the comma, never `Editorial`.
 */
import { isCueWord, isWord } from './source-tokens.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { BODY_NAME_GLUE } from '../lexicon/word-lists.ts';

/** Words that name a publication's own voice before its name: `Editorial Board, X`, `The Editors, X`. */
export const HOUSE_VOICE = /^(?:(?:the )?editorial board|(?:the )?editors|editorial)$/i;

/** Capitalised words and their glue from `s` to the end, with no verb: a publication's name. */
export function publicationToEnd(tokens: Token[], s: number): boolean {
  if (!isWord(tokens[s]) || !isUpperStart((tokens[s] as Token).text)) return false;
  for (let k = s; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' ? !isUpperStart(t.text) && !BODY_NAME_GLUE.has(t.lower) : !/^[.&'’-]$/.test(t.text)) return false;
    if (isCueWord(tokens, k)) return false;
  }
  return true;
}

/**
 * `— Editorial, The Valley Courier`: the house voice in `tokens[s .. comma)`, a comma, and a publication's
 * name to the end. The publication's tokens (without closing marks), or undefined.
 */
export function houseVoicePublication(tokens: Token[], s: number, comma: number): [number, number] | undefined {
  if (tokens[comma]?.text !== ',' || !publicationToEnd(tokens, comma + 1)) return undefined;
  const voice = tokens
    .slice(s, comma)
    .map((t) => t.text)
    .join(' ');
  if (!HOUSE_VOICE.test(voice)) return undefined;
  let end = tokens.length;
  while (end > comma + 2 && (tokens[end - 1] as Token).kind === 'punct') end--;
  return [comma + 1, end];
}
