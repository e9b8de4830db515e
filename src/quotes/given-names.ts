/**
 * The gender of a given name, from compromise's lexicon (`scripts/given-names.ts` writes the list):
 * `Roger Ailes` takes `he` and `Gretchen Carlson` takes `she` even when the article gives no title.
 */
import list from './given-names.json' with { type: 'json' };
import type { Gender } from './names.ts';

const GENDER = new Map<string, Gender>();
for (const w of list.male) GENDER.set(w, 'm');
for (const w of list.female) GENDER.set(w, 'f');

/** The gender of a person whose folded name is `folded` (`['roger', 'ailes']`), from its given name; a lone word says nothing. */
export function givenNameGender(folded: string[]): Gender | undefined {
  return folded.length >= 2 ? GENDER.get(folded[0] as string) : undefined;
}
