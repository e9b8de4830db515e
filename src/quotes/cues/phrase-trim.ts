/**
 * A source phrase trimmed before it is resolved: a city or region after `in`/`at` says where the
 * source is, not who; capitalised words before a first name and a surname are no part of the name.
 */
import { collectLeft, type Found } from './source-phrase.ts';
import { isGovernedPlace, isPlaceName } from '../lexicon/places.ts';
import { foldName } from '../mentions/speakers.ts';
import { givenNameAfterHead } from '../mentions/sentence-words.ts';
import { isUpperStart, type Token } from '../tokens.ts';

/**
 * The same cue and tokens with another phrase: one object literal with its fields always in this
 * order, so every `Found` has one shape (a spread `{ ...found, np }` makes another, and the code
 * reading it, `resolveSource`, is compiled again each time a new shape reaches it).
 */
export function foundWith(found: Found, np: [number, number], tokens: Token[] = found.tokens): Found {
  return { np, cue: found.cue, tokens };
}

/**
 * `A NATO attaché in the Middle East told`, `the Court of Appeals in San Francisco said`: a city or
 * region after `in`/`at` closing a source phrase says where the source is, not who: the phrase is cut before it.
 */
export function withoutLocation(found: Found): Found {
  const [s, e] = found.np;
  const { tokens } = found;
  // The phrase is the place itself, after `in`: the source is the phrase before it.
  const before = tokens[s - 1]?.lower;
  if ((before === 'in' || before === 'at') && s >= 2 && isCityOrRegion(tokens.slice(s, e))) {
    const head = collectLeft(tokens, s - 2, 0);
    if (head) return foundWith(found, head);
  }
  for (let k = s + 1; k < e - 1; k++) {
    const w = found.tokens[k]?.lower;
    if (w !== 'in' && w !== 'at') continue;
    if (isCityOrRegion(tokens.slice(k + 1, e))) return foundWith(found, [s, k]);
  }
  return found;
}

/** Are these tokens a city's or a region's name (`San Francisco`, `the Middle East`), not a country's or a state's? */
function isCityOrRegion(tokens: Token[]): boolean {
  const folded = foldName(tokens.map((t) => t.text).join(' '));
  return isPlaceName(folded) && !isGovernedPlace(folded);
}

/** `Port Region Brian Castell said`: capitalised words before a first name and a surname are cut from the phrase (`sentence-words.ts`). */
export function fromGivenName(text: string, found: Found): Found {
  const [s, e] = found.np;
  const words = found.tokens.slice(s, e);
  if (words.length < 3 || !words.every((t) => t.kind === 'word' && isUpperStart(t.text))) return found;
  const k = givenNameAfterHead(
    text,
    words.map((t) => t.text),
    new Map(),
  );
  return k > 0 ? foundWith(found, [s + k, e]) : found;
}
