/**
 * Words inside a source phrase that would end it elsewhere: an ampersand in a body's name (`Health &
 * Human Services`) and the `with` of what a source knows (`a person with direct knowledge of the talks`).
 */
import { isWord } from './source-tokens.ts';
import { isUpperStart, type Token } from '../tokens.ts';

/** Nouns after `with` that qualify a source by what it knows or whom it knows: `a person with (direct) knowledge of the talks`, `an aide with ties to`. */
const KNOWING = new Set(['knowledge', 'ties', 'access', 'links', 'insight', 'connections']);

/** `with` before `tokens[s]` opens what a source knows (`with knowledge of`, `with direct knowledge of`): part of the phrase, not its boundary. */
export const withWhatTheyKnow = (tokens: Token[], s: number): boolean =>
  KNOWING.has(tokens[s]?.lower ?? '') || (KNOWING.has(tokens[s + 1]?.lower ?? '') && !isUpperStart(tokens[s]?.text ?? ''));

/** `&` inside a body's name: `Health & Human Services`, between two capitalised words. */
export const isNameAmpersand = (tokens: Token[], i: number): boolean =>
  tokens[i]?.text === '&' &&
  isUpperStart(tokens[i + 1]?.text ?? '') &&
  isWord(tokens[i - 1]) &&
  isUpperStart((tokens[i - 1] as Token).text);
