/**
 * Names as people type them: honorifics and titles that belong to the name that follows
 * (`Mr Putin`, `Prime Minister Johnson`, `Secretary-General Guterres`), and near spellings
 * (`Gutteres`, `qoute`), resolved when one candidate is clearly meant.
 */
import { editDistance } from '../text/edit-distance.ts';
import { fold } from '../text/fold.ts';
import { push } from './multimap.ts';

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
  // The same word asked about again (a place name typed in many queries) is answered from memory.
  let guess = index.guesses.get(word);
  if (!guess) {
    if (index.guesses.size >= MAX_GUESSES) index.guesses.clear();
    index.guesses.set(word, (guess = guessIn(word, people, index)));
  }
  return { ...(guess.meant ? { meant: guess.meant } : {}), choices: [...guess.choices] };
}

/** Words guessed per speaker list, at most (then forgotten all at once). */
const MAX_GUESSES = 1024;

function guessIn(word: string, people: readonly NamedSpeaker[], index: PeopleIndex): { meant?: NamedSpeaker; choices: NamedSpeaker[] } {
  const byFirst = index.byFirst.get(word) ?? [];
  if (byFirst.length === 1) return { meant: byFirst[0], choices: byFirst };
  if (byFirst.length > 1) return { choices: mostQuoted(byFirst) };
  const found = nearPeople(word, index).map((i) => people[i]!);
  if (found.length === 1) return { meant: found[0], choices: found };
  return { choices: mostQuoted(found) };
}

/**
 * `nearest(word, people, [full name, surname])`, reading only the names that can be near: of a
 * length within the typos allowed, and whose letters differ from the word's by at most two per
 * typo allowed (an edit changes the count of at most two letters). The answer is the same, in
 * the same order: a person with no near name is never one of them.
 */
function nearPeople(word: string, index: PeopleIndex): number[] {
  const allowed = typosAllowed(word);
  if (!allowed) return [];
  const letters = lettersOf(word);
  const distance = new Map<number, number>();
  for (let length = word.length - allowed; length <= word.length + allowed; length++)
    for (const id of index.byLength.get(length) ?? []) {
      let apart = 0;
      for (let l = 0; l < LETTERS && apart <= 2 * allowed; l++) apart += Math.abs(index.letters[id * LETTERS + l]! - letters[l]!);
      if (apart > 2 * allowed) continue;
      const d = editDistance(word, index.names[id]!, allowed, { transpositions: true });
      if (d <= allowed) distance.set(id, d);
    }
  const best = new Map<number, number>();
  for (const [id, d] of distance) for (const i of index.peopleOf[id]!) best.set(i, Math.min(best.get(i) ?? d, d));
  const least = Math.min(...best.values());
  return [...best]
    .filter(([, d]) => d === least)
    .map(([i]) => i)
    .sort((a, b) => a - b);
}

/** The distinct full names and surnames of a speaker list, by length, with their letter counts and people. */
interface PeopleIndex {
  byFirst: Map<string, NamedSpeaker[]>;
  names: string[];
  byLength: Map<number, number[]>;
  /** `LETTERS` counts per name: a to z, then every other character. */
  letters: Uint8Array;
  /** The people (indexes in the list) with each name as full name or surname. */
  peopleOf: number[][];
  /** `guessSpeaker`'s answers by folded word. */
  guesses: Map<string, { meant?: NamedSpeaker; choices: NamedSpeaker[] }>;
}

const LETTERS = 27;

function lettersOf(word: string): Uint8Array {
  return countLetters(word, new Uint8Array(LETTERS), 0);
}

/** Writes `word`'s letter counts into `counts` at `at` (one typed array for every name: one each cost more than the counting). */
function countLetters(word: string, counts: Uint8Array, at: number): Uint8Array {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    const bin = at + (c >= 0 && c < 26 ? c : 26);
    if (counts[bin]! < 255) counts[bin]!++;
  }
  return counts;
}

/** Indexes of the speaker lists asked about (a list is the same while the corpus does not change). */
const INDEXES = new WeakMap<readonly NamedSpeaker[], PeopleIndex>();

function peopleIndex(people: readonly NamedSpeaker[]): PeopleIndex {
  let index = INDEXES.get(people);
  if (index) return index;
  const ids = new Map<string, number>();
  const names: string[] = [];
  const peopleOf: number[][] = [];
  const byFirst = new Map<string, NamedSpeaker[]>();
  const byLength = new Map<number, number[]>();
  for (const [i, p] of people.entries()) {
    const words = p.key.split(' ');
    if (words.length > 1) push(byFirst, words[0]!, p);
    for (const name of new Set([p.key, words[words.length - 1] ?? ''])) {
      let id = ids.get(name);
      if (id === undefined) {
        ids.set(name, (id = names.length));
        names.push(name);
        peopleOf.push([]);
        push(byLength, name.length, id);
      }
      peopleOf[id]!.push(i);
    }
  }
  const letters = new Uint8Array(names.length * LETTERS);
  names.forEach((name, id) => countLetters(name, letters, id * LETTERS));
  index = { byFirst, names, byLength, letters, peopleOf, guesses: new Map() };
  INDEXES.set(people, index);
  return index;
}

function mostQuoted(list: readonly NamedSpeaker[]): NamedSpeaker[] {
  return [...list].sort((a, b) => b.quotes - a.quotes).slice(0, 5);
}

/** `A or B`, `A, B or C` */
export function orList(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '');
}
