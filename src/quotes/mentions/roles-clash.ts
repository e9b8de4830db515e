/** Whether a description's title words rule out a person's roles (`the press secretary` is no `Foreign Secretary`). */
import { isTitle } from './names.ts';

/**
 * A title modifier on each side that the other lacks, on the same head: `the White House press
 * secretary` is no `Foreign Secretary` (a description's `words`, lower case; `head`, its head noun).
 */
export function rolesClash(p: { roles: ReadonlySet<string> }, words: string[], head: string | undefined): boolean {
  if (head !== undefined && !holdsRole(p, head)) return false;
  return words.some((w) => lacks(w, head) && !holdsRole(p, w)) && [...p.roles].some((r) => lacks(r, head) && !words.includes(r));
}

/** A title modifier other than the head: one side has it and the other may lack it. */
const lacks = (w: string, head: string | undefined): boolean =>
  w !== head && !GENERIC_MODIFIERS.has(w) && (isTitle(w) || OFFICE_MODIFIERS.has(w));

/** Words naming the office of a title that are no titles themselves (`press` of `the press secretary`). */
const OFFICE_MODIFIERS = new Set(['press', 'communications', 'national', 'homeland', 'treasury', 'health', 'education', 'energy']);

/** Modifiers that tell no two roles apart (`the former president`, `the first minister`). */
const GENERIC_MODIFIERS = new Set(['former', 'first', 'deputy', 'chief', 'head', 'vice']);

/**
 * Whether a person holds the role a description's word names, itself or a role it stands for. The
 * word is looked up as the map's own key only: `the constructor` is no key, whatever objects inherit.
 */
export function holdsRole(p: { roles: ReadonlySet<string> }, w: string): boolean {
  const same = Object.hasOwn(ROLE_SYNONYMS, w) ? ROLE_SYNONYMS[w]! : [w];
  return same.some((a) => p.roles.has(a));
}

/** Role words another role word stands for (`the leader` may be a president or a prime minister). */
const ROLE_SYNONYMS: Record<string, string[]> = {
  leader: ['president', 'prime', 'chancellor', 'premier', 'king', 'leader'],
  chief: ['secretary-general', 'secretary', 'general', 'head', 'director', 'chief'],
  head: ['secretary-general', 'secretary', 'general', 'chief', 'director', 'head'],
  boss: ['chief', 'head', 'director', 'chairman'],
};
