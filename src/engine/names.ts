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
  const word = fold(typed.toLowerCase());
  const index = peopleIndex(people);
  const byFirst = index.byFirst.get(word) ?? [];
  if (byFirst.length === 1) return { meant: byFirst[0], choices: byFirst };
  if (byFirst.length > 1) return { choices: mostQuoted(byFirst) };
  // Only people with a name (full, or surname) of a length within the typos allowed can be near:
  // the others are never read (the answer is the same as reading every one, in the same order).
  const allowed = typosAllowed(word);
  const near = new Set<number>();
  for (let length = word.length - allowed; length <= word.length + allowed; length++)
    for (const i of index.byLength.get(length) ?? []) near.add(i);
  const found = nearest(
    word,
    [...near].sort((a, b) => a - b),
    (i) => index.names[i]!,
  ).map((i) => people[i]!);
  if (found.length === 1) return { meant: found[0], choices: found };
  return { choices: mostQuoted(found) };
}

/** People by first name (full names only), and by the length of their full name or surname. */
interface PeopleIndex {
  byFirst: Map<string, NamedSpeaker[]>;
  byLength: Map<number, number[]>;
  /** Each person's full name and surname, as near spellings are compared with. */
  names: string[][];
}

/** Indexes of the speaker lists asked about (a list is the same while the corpus does not change). */
const INDEXES = new WeakMap<readonly NamedSpeaker[], PeopleIndex>();

function peopleIndex(people: readonly NamedSpeaker[]): PeopleIndex {
  let index = INDEXES.get(people);
  if (index) return index;
  index = { byFirst: new Map(), byLength: new Map(), names: [] };
  for (const [i, p] of people.entries()) {
    const words = p.key.split(' ');
    const names = [p.key, words[words.length - 1] ?? ''];
    index.names.push(names);
    if (words.length > 1) push(index.byFirst, words[0]!, p);
    for (const length of new Set(names.map((n) => n.length))) push(index.byLength, length, i);
  }
  INDEXES.set(people, index);
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mostQuoted(list: readonly NamedSpeaker[]): NamedSpeaker[] {
  return [...list].sort((a, b) => b.quotes - a.quotes).slice(0, 5);
}

/** `A or B`, `A, B or C` */
export function orList(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '');
}
