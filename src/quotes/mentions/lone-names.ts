/**
 * People written by one name throughout (`Trump joined the fray. … he said`, `Rihanna shared …. Her
 * appeal …`): a lone capitalised word counts as a person's name only beside evidence. Here the
 * evidence is that the word is used at least twice, is once the subject of a verb, and a personal
 * pronoun (`he`, `his`, `she`, `her`) follows that use closely, as it does for a person and not for a
 * country, a company or a body (`it`, `its`).
 */
import type { NameMention } from './names.ts';
import { isUpperCased } from '../finding/letters.ts';

/** A verb right after the word: `Trump joined`, `Rihanna shared`, `Smith has`. */
const VERB_AFTER =
  /^ (?:[a-z]+ly )?(?:[a-z]{3,}ed|[a-z]{3,}s|went|took|made|gave|met|sent|won|ran|spoke|wrote|told|said|has|had|was|is|will|would)\b/;
/** The first pronoun after the use, when it is a personal one (`he`, `her`) and no other capitalised word comes first. */
const FIRST_PRONOUN = /\b([Hh]e|[Hh]is|[Hh]im|[Ss]he|[Hh]er|[Ii]t|[Ii]ts|[Tt]hey|[Tt]heir|[Tt]hem)\b|(?:^|[^.!?\s]\s+)(\p{Lu}\p{Ll}+)/gu;
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
function personalFirst(text: string): boolean {
  const re = FIRST_PRONOUN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[2] !== undefined) {
      if (CALENDAR.test(m[2])) continue;
      return false;
    }
    return /^(?:he|his|him|she|her)$/i.test(m[1] ?? '');
  }
  return false;
}
/** How far after the use the pronoun may come, in characters. */
const PRONOUN_REACH = 250;

/**
 * Does the word at `at` open a clause: after a paragraph or sentence start, a comma, a quotation or a
 * conjunction? Not after a noun (`the terror group Hamas`) or a preposition (`in Ankara`).
 */
function opensClause(masked: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && masked.charCodeAt(k) === 32) k--;
  if (k < 0 || '.,;:!?\n\u0000”"'.includes(masked[k] as string)) return true;
  let w = k;
  while (w > 0 && w > k - 12 && /\p{L}/u.test(masked[w - 1] as string)) w--;
  return CONJUNCTIONS.has(masked.slice(w, k + 1));
}
const CONJUNCTIONS = new Set(['and', 'but', 'while', 'as', 'when', 'that', 'because', 'after', 'before', 'since', 'so']);

/** Mark as confident the lone words that the article treats as one person's name (in place). */
export function promoteLoneNames(masked: string, mentions: NameMention[]): void {
  const byWord = new Map<string, NameMention[]>();
  for (const m of mentions) {
    if (m.confident || m.words.length !== 1) continue;
    const w = m.words[0] as string;
    if (w.length < 3) continue;
    if (isUpperCased(w)) continue;
    const list = byWord.get(w) ?? [];
    list.push(m);
    byWord.set(w, list);
  }
  for (const list of byWord.values()) {
    if (list.length < 2) continue;
    const used = list.some(
      (m) =>
        VERB_AFTER.test(masked.slice(m.end, m.end + 30)) &&
        opensClause(masked, m.start) &&
        personalFirst(masked.slice(m.end, m.end + PRONOUN_REACH)),
    );
    if (used) for (const m of list) m.confident = true;
  }
}
