/**
 * Writes `src/quotes/lexicon/given-names.json`: the given names compromise's lexicon tags as male or female
 * (`MaleName`, `FemaleName`), lower case, sorted. Attribution reads it to know the gender of a
 * person written with a given name (`Roger Ailes` is `he`, `Gretchen Carlson` is `she`) when the
 * article gives no title; compromise is a development dependency, so the list is generated once and
 * committed rather than loaded at run time.
 *
 *   npx tsx scripts/given-names.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { format } from 'prettier';

const OUT = fileURLToPath(new URL('../src/quotes/lexicon/given-names.json', import.meta.url));

const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }).world().model.one
  .lexicon;
/**
 * Given names that English-language news uses for both men and women (`Jo Johnson`, `Jo Swinson`;
 * `Kim Jong Un`, `Kim Clijsters`): the lexicon gives them one gender, which would overrule a pronoun.
 */
const UNISEX = new Set(
  'jo sam alex chris kim terry leslie kelly dana tracy jesse riley avery sidney cameron billie jody jackie ali val sasha nikita angel ashley lindsay shannon kerry robin lynn carol'.split(
    ' ',
  ),
);

const male: string[] = [];
const female: string[] = [];
for (const [word, tag] of Object.entries(lexicon)) {
  if (!/^\p{Ll}+$/u.test(word) || UNISEX.has(word)) continue;
  const tags = Array.isArray(tag) ? tag : [tag];
  const m = tags.includes('MaleName');
  const f = tags.includes('FemaleName');
  // A name the lexicon gives both genders says nothing.
  if (m && !f) male.push(word);
  if (f && !m) female.push(word);
}
male.sort();
female.sort();
// Written as Prettier writes it, so `npm test`'s format check passes on a regenerated file.
const json = JSON.stringify({ source: 'compromise lexicon (MaleName, FemaleName), unisex names left out', male, female });
writeFileSync(OUT, await format(json, { parser: 'json', filepath: OUT }));
console.log(`${male.length} male, ${female.length} female given names → ${OUT}`);
