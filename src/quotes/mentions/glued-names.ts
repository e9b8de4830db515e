/**
 * A word glued before a surname that is no given name but a place or a thing the article writes
 * elsewhere as such: `called Benghazi Clinton's "problem"` (after `in Benghazi`, with `Hillary Clinton`
 * named). When the article names someone of that surname with a known given name, and writes the
 * word after a preposition of place or `the` elsewhere (`in Benghazi`, `the Benghazi panel`), the mention
 * is the surname alone.
 */
import { givenNameGender } from '../lexicon/given-names.ts';
import { foldName } from '../../text/fold.ts';
import { GENERATIONS } from '../lexicon/generations.ts';

/** What is read and cut of a name mention (`names.ts`'s `NameMention`, which imports this file). */
interface Mention {
  words: string[];
  start: number;
  end: number;
  roles: string[];
  gender?: string;
  confident: boolean;
}

/** Words after which a capitalised word is a place's or a thing's name, not a given name. */
const BEFORE_A_THING = /^(?:in|at|from|to|into|near|the)$/;

/** Is `word` written elsewhere in `masked` right after a preposition or an article, and not before `surname`? */
function writtenAsThing(masked: string, word: string, surname: string): boolean {
  for (let at = masked.indexOf(word); at >= 0; at = masked.indexOf(word, at + 1)) {
    const after = masked.slice(at + word.length, at + word.length + surname.length + 1);
    // Not inside a longer word, not before the surname, not a possessor (`the father of Cameron's fiancée`).
    if (/^[\p{L}\p{N}'’]/u.test(after) || after === ` ${surname}`) continue;
    const before = /([\p{L}]+)\s+$/u.exec(masked.slice(Math.max(0, at - 12), at))?.[1];
    if (before !== undefined && BEFORE_A_THING.test(before)) return true;
  }
  return false;
}

/** Cut such glued words off two-word mentions, in place (see the file's comment). */
export function unglueThings(masked: string, mentions: Mention[]): void {
  let full: Map<string, Set<string>> | undefined;
  for (const m of mentions) {
    if (m.words.length !== 2 || m.roles.length > 0 || m.gender !== undefined) continue;
    const [word, surname] = m.words as [string, string];
    if (givenNameGender(foldName(word)) !== undefined || GENERATIONS.has(foldName(surname))) continue;
    if (!full) {
      full = new Map();
      for (const n of mentions) {
        const given = n.words[0] as string;
        if (n.words.length < 2 || givenNameGender(foldName(given)) === undefined) continue;
        const last = n.words[n.words.length - 1] as string;
        full.set(last, (full.get(last) ?? new Set()).add(given));
      }
    }
    if (!full.has(surname) || !writtenAsThing(masked, word, surname)) continue;
    const at = masked.indexOf(surname, m.start + word.length);
    if (at < 0 || at >= m.end) continue;
    m.words = [surname];
    m.start = at;
    m.confident = false;
  }
}
