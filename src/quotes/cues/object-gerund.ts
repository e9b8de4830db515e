/**
 * `Roe criticized Lee for saying …"…"`, `mocked him for calling it a "…"`: a gerund of saying after
 * `for` or `of` and the object of another verb has that object for its subject; the words are the
 * object's, never the sentence subject's. (`Roe apologized for saying` and `Roe was criticized for
 * saying` have no object in between: the subject's words.) After a verb of saying itself (`accused the
 * mayor of describing it as "…"`) only a gerund of naming gives the words to the object.
 */
import { isUpperStart, type Token } from '../tokens.ts';
import { TIME_WORDS } from './source-words.ts';
import { OBJECT_PRONOUNS } from '../lexicon/pronouns.ts';
import { ARTICLES, BE_FORMS, MONTH_NAMES, POSSESSIVES, isPersonHead } from '../lexicon/word-lists.ts';
import { endsLikePersonNoun } from '../lexicon/person-nouns.ts';
import { isTitle } from '../mentions/names.ts';

/** Words before a name that make it no verb's object: `in the Daily Mail`, `to Lee`. */
const NOT_VERB_BEFORE = new Set([
  'the',
  'a',
  'an',
  'in',
  'at',
  'on',
  'of',
  'to',
  'from',
  'with',
  'by',
  'for',
  'about',
  'and',
  'or',
  'himself',
  'herself',
  'themselves',
]);

/**
 * Gerunds that report words as said (not `thanked Lee for telling the truth`, `praised Lee for issuing a
 * plan`, `assailed the media for portraying`: the words there are the praiser's or the critic's own).
 */
const SAYING_GERUNDS = new Set(
  'saying suggesting claiming stating declaring arguing insisting asserting writing tweeting calling describing'.split(' '),
);
/** Determiners opening an object phrase: `blamed the mayor for calling`. */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVES]);

/**
 * May this lower-case object noun be someone who speaks: a noun of a person (`the mayor`, `the
 * spokesman`) or a plural (`his critics`: nouns of people are an open class), never a singular thing
 * (`his record`, `the habit`, `the idea`)?
 */
const mayNamePerson = (w: string): boolean => isPersonHead(w) || isTitle(w) || endsLikePersonNoun(w) || /[^s]s$/.test(w);

/** Is the gerund of saying at `k` after `for`/`of` and an object of the verb before? */
export function afterObjectGerund(tokens: Token[], k: number): boolean {
  if (!/^(?:for|of)$/.test(tokens[k - 1]?.lower ?? '') || !SAYING_GERUNDS.has(tokens[k]?.lower ?? '')) return false;
  const o = tokens[k - 2];
  if (!o || o.kind !== 'word') return false;
  if (OBJECT_PRONOUNS.has(o.lower)) return true;
  // `criticized Jo Lee for saying`: a name after a lower-case word (never a sentence's first word).
  if (isUpperStart(o.text)) {
    let n = k - 2;
    while (n > k - 6 && tokens[n - 1]?.kind === 'word' && isUpperStart(tokens[n - 1]?.text ?? '')) n--;
    // Not a day (`expressed regret Saturday for saying`) nor a name after a preposition (`in the Daily Mail for writing`).
    const before = tokens[n - 1];
    if (TIME_WORDS.has(o.lower) || MONTH_NAMES.has(o.text)) return false;
    return before?.kind === 'word' && !isUpperStart(before.text) && !NOT_VERB_BEFORE.has(before.lower);
  }
  // `blamed the mayor for saying`: a determiner and a noun of a person right after a verb (not
  // `defends his record of saying`, `has the habit of saying`: a thing never speaks).
  // (`was criticized as a racist for claiming`: `as` and `is`/`has` end in `s` but are no verb with an object.)
  const verb = tokens[k - 4]?.lower ?? '';
  return (
    OBJECT_DETERMINERS.has(tokens[k - 3]?.lower ?? '') && /(?:ed|s)$/.test(verb) && !NO_OBJECT_VERB.has(verb) && mayNamePerson(o.lower)
  );
}
/** Words ending like a verb (`-s`) that take no object before `for`/`of`. */
const NO_OBJECT_VERB: ReadonlySet<string> = new Set([...BE_FORMS, 'as', 'has', 'does']);

/** Gerunds of naming: `accused Lee of calling it a "…"` reports the label as the object's words. */
const NAMING_GERUNDS: ReadonlySet<string> = new Set(['calling', 'describing']);

/**
 * After the verb at `from`, a gerund of naming whose subject is that verb's object (`accused the mayor
 * of calling it a "…"`)? Only naming: after `accused Lee of saying` or `of declaring` the quoted words
 * are as often the accuser's own account as the object's.
 */
export function objectNamesAfter(tokens: Token[], from: number): boolean {
  for (let k = from + 2; k < tokens.length; k++)
    if (NAMING_GERUNDS.has(tokens[k]?.lower ?? '') && afterObjectGerund(tokens, k)) return true;
  return false;
}

/** After `from`, a gerund of saying whose subject is another verb's object (`criticized Lee for saying`): the object's words. */
export function objectSpeaksAfter(tokens: Token[], from: number): boolean {
  for (let k = from + 2; k < tokens.length; k++) if (afterObjectGerund(tokens, k)) return true;
  return false;
}
