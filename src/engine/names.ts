/**
 * Names as people type them: honorifics and titles that belong to the name that follows
 * (`Mr Putin`, `Prime Minister Johnson`, `Secretary-General Guterres`), and near spellings
 * (`Gutteres`, `qoute`), resolved when one candidate is clearly meant.
 */
import { editDistance } from '../text/edit-distance.ts';
import { fold } from '../text/fold.ts';

/** Words that, before a name, are part of how the speaker is named (folded, without the full stop). */
const TITLES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'general',
  'secretary-general',
  'chancellor',
  'senator',
  'sen',
  'rep',
  'representative',
  'congressman',
  'congresswoman',
  'governor',
  'gov',
  'mayor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'sheikh',
  'emir',
  'ambassador',
  'commissioner',
  'chief',
  'judge',
  'justice',
  'speaker',
  'leader',
  'foreign',
  'defence',
  'defense',
  'deputy',
  'attorney',
  'gen',
  'col',
  'lt',
  'capt',
  'adm',
  'rev',
  'father',
  'saint',
  'st',
]);

export function isTitleWord(word: string): boolean {
  return TITLES.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Typos allowed for a word of this length: none under 4 letters, one up to 6, two from 7. */
export function typosAllowed(word: string): number {
  return word.length < 4 ? 0 : word.length < 7 ? 1 : 2;
}

/**
 * The candidates nearest to `typed` within its allowed typos (best distance only), for "did you
 * mean": one is a resolution, several are a question.
 */
export function nearest<T>(typed: string, candidates: readonly T[], keyOf: (c: T) => string[]): T[] {
  const allowed = typosAllowed(typed);
  if (!allowed) return [];
  let best = allowed + 1;
  let out: T[] = [];
  for (const c of candidates) {
    const d = Math.min(...keyOf(c).map((k) => editDistance(typed, k, allowed, { transpositions: true })));
    if (d < best) {
      best = d;
      out = [c];
    } else if (d === best && d <= allowed) out.push(c);
  }
  return best <= allowed ? out : [];
}

/** A person among the corpus's speakers, as names.ts needs them. */
export interface NamedSpeaker {
  name: string;
  key: string;
  quotes: number;
}

/**
 * A word typed as a speaker that names none exactly: a first name only one person has (`Antonio`),
 * or a near spelling of one person's surname or full name (`Gutteres`). `meant` when one person is
 * clearly meant; `choices` (most quoted first) when several are.
 */
export function guessSpeaker(typed: string, people: readonly NamedSpeaker[]): { meant?: NamedSpeaker; choices: NamedSpeaker[] } {
  const word = typed.toLowerCase();
  const byFirst = people.filter((p) => p.key.includes(' ') && p.key.split(' ')[0] === fold(word));
  if (byFirst.length === 1) return { meant: byFirst[0], choices: byFirst };
  if (byFirst.length > 1) return { choices: mostQuoted(byFirst) };
  const near = nearest(fold(word), people, (p) => {
    const w = p.key.split(' ');
    return [p.key, w[w.length - 1] ?? ''];
  });
  if (near.length === 1) return { meant: near[0], choices: near };
  return { choices: mostQuoted(near) };
}

function mostQuoted(list: readonly NamedSpeaker[]): NamedSpeaker[] {
  return [...list].sort((a, b) => b.quotes - a.quotes).slice(0, 5);
}

/** `A or B`, `A, B or C` */
export function orList(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '');
}
