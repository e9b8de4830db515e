/**
 * Whether an inner clause's `he`/`she` may stand for the sentence's named subject (`Reyes shared an interview
 * in which she …` may not): read by `governing-verb.ts`.
 */
import { givenNameGender, type Gender } from '../lexicon/given-names.ts';
import type { Token } from '../tokens.ts';
import { GENDERED_SUBJECTS, OBJECT_PRONOUNS, pronounGender } from '../lexicon/pronouns.ts';

/**
 * May the inner clause's pronoun at `p` stand for the name at [a, b)? Not when the name's gender (its given
 * name's, or the article's for that person) is the other one (`Reyes shared an interview in which she …`),
 * nor when a pronoun of the name's gender follows as the verb's object (`Lind … in which he dismissed her as`).
 */
export function genderAgrees(
  tokens: Token[],
  a: number,
  b: number,
  p: number,
  genderOf?: (words: string[], at: number) => Gender | undefined,
): boolean {
  const words = tokens.slice(a, b).map((t) => t.text.replace(/['’]s$/, ''));
  const gender = (b - a > 1 ? givenNameGender(tokens[a]?.lower ?? '') : undefined) ?? genderOf?.(words, tokens[a]?.start ?? 0);
  if (!gender) return true;
  const said = GENDERED_SUBJECTS.has(tokens[p]?.lower ?? '') ? pronounGender(tokens[p]?.lower ?? '') : undefined;
  if (said && said !== gender) return false;
  for (let k = p + 1; k < tokens.length; k++)
    if (OBJECT_PRONOUNS.has(tokens[k]?.lower ?? '') && pronounGender(tokens[k]?.lower ?? '') === gender) return false;
  return true;
}
