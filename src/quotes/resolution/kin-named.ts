/**
 * `Holloway's son Eric`, `Jon Pell's wife, Mara,`: a given name written after a person's possessive
 * surname and a family noun is that person's relative, who shares the surname (Eric Holloway): never
 * another Eric the article names (`Eric Lindqvist`): against one, the relative is the person of the given name
 * and that surname.
 */
import type { ArticleContext } from '../mentions/context.ts';
import type { Person } from '../mentions/speakers.ts';
import { givenNameGender } from '../lexicon/given-names.ts';

/** Family nouns between the owner's possessive and the relative's given name. */
export const KIN = `son|sons|daughter|daughters|wife|husband|brother|sister|father|mother|grandson|granddaughter|nephew|niece|widow|stepson|stepdaughter`;
/** A capitalised possessive surname, an optional adjective (`eldest`, `younger`), a family noun, then the given name. */
const KIN_BEFORE = new RegExp(String.raw`(\p{Lu}[\p{L}-]+)['’]s\s+(?:\p{Ll}+\s+)?(?:${KIN}),?\s+$`, 'u');

/** How far before the given name the owner's possessive may start, in characters. */
const REACH = 48;

/**
 * The relative a lone given name `word` at `at` (or in the phrase opening at `at`) stands for, when a
 * person's possessive surname and a family noun come right before it, and that surname is a person's
 * of the article named in full. Undefined otherwise.
 */
export function kinNamed(ctx: ArticleContext, word: string, at: number): Person | undefined {
  const { text } = ctx;
  const start = text.indexOf(word, at);
  if (start < 0 || start - at > REACH) return undefined;
  const owner = KIN_BEFORE.exec(text.slice(Math.max(0, start - REACH), start))?.[1];
  // `Trump's father, Giuliani told …`: only a given name is a relative's (a surname after the comma is the sentence's subject).
  if (!owner || owner === word || givenNameGender(word.toLowerCase()) === undefined) return undefined;
  // The owner is someone the article names in full by this surname (`Trump` after `Donald Trump`), not a body or a given name.
  const named = ctx.people.namesakes(owner);
  if (named.length === 0) return undefined;
  const known = ctx.people.find([word, owner], start);
  if (known) return known;
  // Only against another person of that given name (`Eric Lindqvist`) is the relative added in full;
  // alone, the given name stays the name the article gives (`Ivanka`).
  const other = ctx.people.find([word], start);
  const given = word.toLowerCase();
  if (!other || other.folded.length < 2 || other.folded[0] !== given || other.folded[other.folded.length - 1] === owner.toLowerCase())
    return undefined;
  return ctx.people.add([word, owner], start, start + word.length);
}
