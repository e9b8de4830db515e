/**
 * Names as people type them: honorifics and titles that belong to the name that follows
 * (`Mr Putin`, `Prime Minister Johnson`, `Secretary-General Guterres`), and near spellings
 * (`Gutteres`, `qoute`), resolved when one candidate is clearly meant.
 */
import { countLetters, editDistance, LETTER_BINS, lettersApart } from '../text/edit-distance.ts';
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
  let guesses = GUESSES.get(people);
  if (!guesses) GUESSES.set(people, (guesses = new Map()));
  // The same word asked about again (a place name typed in many queries) is answered from memory.
  let guess = guesses.get(word);
  if (!guess) {
    if (guesses.size >= MAX_GUESSES) guesses.clear();
    guesses.set(word, (guess = guessIn(word, people)));
  }
  return { ...(guess.meant ? { meant: guess.meant } : {}), choices: [...guess.choices] };
}

/** Words guessed per speaker list, at most (then forgotten all at once). */
const MAX_GUESSES = 1024;

/** `guessSpeaker`'s answers by folded word, per speaker list (a list is the same while the corpus does not change). */
const GUESSES = new WeakMap<readonly NamedSpeaker[], Map<string, { meant?: NamedSpeaker; choices: NamedSpeaker[] }>>();

function guessIn(word: string, people: readonly NamedSpeaker[]): { meant?: NamedSpeaker; choices: NamedSpeaker[] } {
  // A full name whose first word is the word typed (a key's words are split by single spaces).
  const first = `${word} `;
  const byFirst = word.includes(' ') ? [] : people.filter((p) => p.key.startsWith(first));
  if (byFirst.length === 1) return { meant: byFirst[0], choices: byFirst };
  if (byFirst.length > 1) return { choices: mostQuoted(byFirst) };
  const found = nearPeople(word, people).map((i) => people[i]!);
  if (found.length === 1) return { meant: found[0], choices: found };
  return { choices: mostQuoted(found) };
}

/**
 * `nearest(word, people, [full name, surname])`, as the indexes of the people, in list order:
 * only the names of a length within the typos allowed, and whose letters differ from the word's by
 * at most two per typo allowed (`lettersApart`), are compared. One pass over the list for each new
 * word, over the names' lengths and letter counts worked out once per list (`PeopleLetters`; every
 * capitalised place or topic word of a `/quote` asks: 20 such words over the 57,000 speakers of 37k
 * articles took 130–142 ms of CPU counting each name's letters again per word, 92–100 this way),
 * instead of an index of every name built by the first guess (0.15–0.4 s of that query at 37k).
 */
function nearPeople(word: string, people: readonly NamedSpeaker[]): number[] {
  const allowed = typosAllowed(word);
  if (!allowed) return [];
  const letters = countLetters(word, new Uint8Array(LETTER_BINS));
  const { lengths, counts } = peopleLetters(people);
  /** Name `n` (2i: person i's full name, 2i + 1: their surname, length -1 when it is the full name), its string made only when compared. */
  const distanceTo = (n: number, key: string): number => {
    const length = lengths[n]!;
    if (length < 0 || Math.abs(length - word.length) > allowed) return Infinity;
    if (lettersApart(counts, n * LETTER_BINS, letters, 0, allowed)) return Infinity;
    const name = n % 2 ? key.slice(key.length - length) : key;
    const d = editDistance(word, name, allowed, { transpositions: true });
    return d <= allowed ? d : Infinity;
  };
  let least = Infinity;
  let out: number[] = [];
  for (let i = 0; i < people.length; i++) {
    const key = people[i]!.key;
    const d = Math.min(distanceTo(2 * i, key), distanceTo(2 * i + 1, key));
    if (d < least) {
      least = d;
      out = [i];
    } else if (d === least && d !== Infinity) out.push(i);
  }
  return out;
}

/** Each person's full name (2i) and surname (2i + 1; -1 when the same) lengths and letter counts (`countLetters`). */
interface PeopleLetters {
  lengths: Int32Array;
  counts: Uint8Array;
}

const LETTERS_OF = new WeakMap<readonly NamedSpeaker[], PeopleLetters>();

function peopleLetters(people: readonly NamedSpeaker[]): PeopleLetters {
  let known = LETTERS_OF.get(people);
  if (known) return known;
  const lengths = new Int32Array(2 * people.length);
  const counts = new Uint8Array(2 * people.length * LETTER_BINS);
  people.forEach(({ key }, i) => {
    const surname = key.slice(key.lastIndexOf(' ') + 1);
    lengths[2 * i] = key.length;
    countLetters(key, counts, 2 * i * LETTER_BINS);
    lengths[2 * i + 1] = surname === key ? -1 : surname.length;
    if (surname !== key) countLetters(surname, counts, (2 * i + 1) * LETTER_BINS);
  });
  LETTERS_OF.set(people, (known = { lengths, counts }));
  return known;
}

function mostQuoted(list: readonly NamedSpeaker[]): NamedSpeaker[] {
  return [...list].sort((a, b) => b.quotes - a.quotes).slice(0, 5);
}

/** `A or B`, `A, B or C` */
export function orList(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '');
}
