/**
 * Names as people type them: honorifics and titles that belong to the name that follows
 * (`Mr Putin`, `Prime Minister Johnson`, `Secretary-General Guterres`), and near spellings
 * (`Gutteres`, `qoute`), resolved when one candidate is clearly meant.
 */

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

/** Levenshtein distance with adjacent transpositions (optimal string alignment), capped at `max + 1`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return Math.min(rows[a.length]![b.length]!, max + 1);
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
    const d = Math.min(...keyOf(c).map((k) => editDistance(typed, k, allowed)));
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
  const byFirst = people.filter((p) => p.key.includes(' ') && p.key.split(' ')[0] === foldAscii(word));
  if (byFirst.length === 1) return { meant: byFirst[0], choices: byFirst };
  if (byFirst.length > 1) return { choices: mostQuoted(byFirst) };
  const near = nearest(foldAscii(word), people, (p) => {
    const w = p.key.split(' ');
    return [p.key, w[w.length - 1] ?? ''];
  });
  if (near.length === 1) return { meant: near[0], choices: near };
  return { choices: mostQuoted(near) };
}

function mostQuoted(list: readonly NamedSpeaker[]): NamedSpeaker[] {
  return [...list].sort((a, b) => b.quotes - a.quotes).slice(0, 5);
}

/** Lower case without accents, as speaker keys are (`António` → `antonio`). */
export function foldAscii(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** `A or B`, `A, B or C` */
export function orList(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : (names[0] ?? '');
}
