/**
 * Attributions right after a quotation whose source is more than a plain phrase before its cue: a
 * document and its author (`," a statement by the agency said`), a name with a long appositive
 * (`," Jo Roe, who led the Senate under Bush, said`), a description with a qualifier (`," one agent in
 * the field office said`, `," an agent who has worked such cases said`).
 */
import { DOCUMENT_NOUNS, isPersonHead } from '../lexicon/word-lists.ts';
import { endsLikePersonNoun } from '../lexicon/person-nouns.ts';
import { ADVERBS, SOURCE_NOUNS } from './source-words.ts';
import { isAbbrevDot, isPartyStateDot, isWord, looksLikeName } from './source-tokens.ts';
import { cueWith, matchCue } from './cues.ts';
import type { Found } from './found.ts';
import type { Token } from '../tokens.ts';

/** `," a statement by the agency said`: the document and its author after `by`/`from` are the source. */
export function documentAuthor(tokens: Token[], from: number, np: [number, number] | undefined): [number, number] | undefined {
  if (!np || np[0] <= from + 1) return np;
  const by = tokens[np[0] - 1];
  if (!by || (by.lower !== 'by' && by.lower !== 'from') || !DOCUMENT_NOUNS.has(tokens[np[0] - 2]?.lower ?? '')) return np;
  const head = tokens.slice(from, np[0] - 1);
  const det = head[0]?.lower ?? '';
  return head.length <= 4 && ['a', 'an', 'the'].includes(det) && head.every(isWord) ? [from, np[1]] : np;
}

/** A name with a long appositive before its cue: `," Trent Lott, who led the Senate under Bush, said`. */
export function appositiveAttribution(tokens: Token[], i: number): Found | undefined {
  let c = i;
  while (c < tokens.length && c < i + 9 && (isWord(tokens[c]) || isAbbrevDot(tokens, c))) c++;
  if (c === i || tokens[c]?.text !== ',' || !looksLikeName(tokens, [i, c])) return undefined;
  for (let k = c + 2; k < tokens.length && k < c + 40; k++) {
    const t = tokens[k] as Token;
    // `author of Can It Work?, told me`: a title's question mark before a comma ends no sentence.
    const titleMark = (t.text === '?' || t.text === '!') && tokens[k + 1]?.text === ',';
    if (t.kind === 'quote' || (/^[.!?;]$/.test(t.text) && !isAbbrevDot(tokens, k) && !isPartyStateDot(tokens, k) && !titleMark))
      return undefined;
    if (tokens[k - 1]?.text !== ',') continue;
    let v = k;
    while (isWord(tokens[v]) && ADVERBS.has((tokens[v] as Token).lower)) v++;
    const cue = matchCue(tokens, v);
    if (cue && !cue.sourceAfter) return { np: [i, c], cue, tokens };
  }
  return undefined;
}

/** Determiners that open a description of an unnamed source: `one agent`, `an official`, `the lawyer`. */
const OPENERS = new Set(['a', 'an', 'one', 'another', 'the', 'two', 'three', 'several', 'some']);
/** Prepositions of a qualifier after the head noun: `an official at the ministry`, `a clerk in the office`. */
const QUALIFIERS = new Set(['at', 'in', 'with', 'from', 'on', 'for', 'of', 'inside', 'within', 'close', 'to', 'near']);
/** Words a qualifier never holds: its own clause (`that`, `and`), a negation, a second verb. */
const NOT_IN_QUALIFIER = new Set(['that', 'and', 'but', 'or', 'not', 'never', 'which', 'whom', 'whose', 'when', 'where']);

const isSourceHead = (t: Token | undefined): boolean =>
  isWord(t) && t.text === t.lower && (isPersonHead(t.lower) || SOURCE_NOUNS.has(t.lower) || endsLikePersonNoun(t.lower));

/**
 * `," one agent in the Washington field office said`, `," an agent who has worked such cases said of it`:
 * right after a quotation, a description of a person (a determiner, at most four words, a person's head
 * noun) with a prepositional qualifier or a relative clause of `who` (no punctuation, no other cue), then
 * its cue. The source is the description with its prepositional qualifier, without the relative clause.
 */
export function qualifiedSource(tokens: Token[], i: number): Found | undefined {
  if (!OPENERS.has(tokens[i]?.lower ?? '')) return undefined;
  let h = i + 1;
  while (h < i + 5 && isWord(tokens[h]) && !isSourceHead(tokens[h]) && !QUALIFIERS.has((tokens[h] as Token).lower)) h++;
  if (!isSourceHead(tokens[h]) || matchCue(tokens, h) !== undefined) return undefined;
  const qualifier = tokens[h + 1]?.lower ?? '';
  if (qualifier !== 'who' && !QUALIFIERS.has(qualifier)) return undefined;
  for (let k = h + 2; k < tokens.length && k < h + 20; k++) {
    const t = tokens[k] as Token;
    if (!isWord(t)) {
      if (isAbbrevDot(tokens, k)) continue;
      return undefined;
    }
    const cue = matchCue(tokens, k);
    if (cue) {
      // `," an official who asked not to be named said`: the cue closes the qualifier, an adverb may stand before it.
      if (qualifier === 'who' && k === h + 2) continue;
      if (cue.sourceAfter) return undefined;
      if (qualifier !== 'who') return { np: [i, stripAdverbs(tokens, h + 2, k)], cue, tokens };
      // The relative clause left out of the tokens too: a name inside it (`who has seen Jo Roe's answers`) is not the source's.
      return { np: [i, h + 1], cue: cueWith(cue, h + 1), tokens: [...tokens.slice(0, h + 1), ...tokens.slice(k)] };
    }
    // A relative clause may hold a negation or a joined object (`who asked not to be named`, `who has worked fraud and theft cases`).
    const joined =
      (t.lower === 'and' || t.lower === 'or') && isWord(tokens[k + 1]) && (tokens[k + 1] as Token).text === (tokens[k + 1] as Token).lower;
    // A name inside the relative clause (`who has seen Jo Roe's answers`) is read as the source's by later steps: left alone.
    if (qualifier === 'who' && t.text !== t.lower) return undefined;
    if (NOT_IN_QUALIFIER.has(t.lower) && !(qualifier === 'who' && (t.lower === 'not' || t.lower === 'never' || joined))) return undefined;
  }
  return undefined;
}

/** Where the phrase `[from, k)` ends without the adverbs right before its cue (`in the office later said`). */
function stripAdverbs(tokens: Token[], from: number, k: number): number {
  let e = k;
  while (e > from && ADVERBS.has((tokens[e - 1] as Token).lower)) e--;
  return e;
}
