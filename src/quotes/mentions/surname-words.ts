/**
 * A person whose surname is also an organisation's word (`Betty White`, `John Fund`, `Anita Hill`):
 * a two-word run opened by a known given name is a person, not a body.
 */
import { givenNameGender } from '../lexicon/given-names.ts';
import { isPlaceName } from '../lexicon/places.ts';
import type { Token } from '../tokens.ts';

/** Organisation words that are also common surnames: `Betty White`, `John Fund`, `Jo Hill`, `Ann West`, `Liam Fox`. */
const SURNAME_ORG_WORDS = new Set(
  'white hill street fund bank cross day house post park church press tower square river west north fox court'.split(' '),
);
/** Given names that are also places `isPlaceName` does not list, so never a given name before an organisation word (`Chelsea Park`). */
const PLACE_GIVEN_NAMES = new Set('carolina jordan victoria florence lincoln chelsea'.split(' '));

/** `words[k]` closes a two-word run `words[a .. b)` opened by a frequent given name: a surname (`Betty White`), not a body's word. */
export function givenNameBeforeSurname(words: Token[], a: number, b: number, k: number): boolean {
  if (b - a !== 2 || k !== a + 1 || !SURNAME_ORG_WORDS.has((words[k] as Token).lower)) return false;
  const first = (words[a] as Token).lower;
  return givenNameGender(first) !== undefined && !PLACE_GIVEN_NAMES.has(first) && !isPlaceName(first);
}
