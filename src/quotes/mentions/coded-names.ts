/**
 * A person designated by a capitalised noun of a role and a code, as courts, reports and inquiries
 * name people they keep anonymous: `Juror B-29`, `Witness 3`, `Patient K`, `Individual-1`. The
 * designation is that person's name (a person with the role of its noun: `the juror` then stands for
 * `Juror B-29`), not a lone capitalised word nor a name cut at its code.
 */

/** A designation found in the text: its name words, where it is written, and its noun as a role. */
export interface CodedName {
  words: string[];
  start: number;
  end: number;
  roles: string[];
  gender: undefined;
  confident: true;
}

/**
 * Nouns of people that courts, inquiries and reports designate by a code. A closed list: a noun by its
 * ending (`-ian`) would take given names too (`Brian S. Roe`).
 */
const DESIGNATED_NOUNS = new Set(
  `witness victim individual person suspect inmate subject source student juror patient officer doctor employee
defendant prisoner detainee agent informant accomplice plaintiff complainant donor contractor staffer aide
official executive candidate child parent teacher nurse worker client customer user whistleblower`.split(/\s+/),
);

/** A code: a capital letter with digits or not (`B-29`, `K`), or digits (`3`); never `I` nor `O` (`said Officer I think`). */
const CODE = '[A-HJ-NP-Z](?:-?\\d{1,3})?|\\d{1,3}';
const capitalised = (w: string): string => (w[0] as string).toUpperCase() + w.slice(1);

/**
 * One of those nouns capitalised, then a code written after a space or glued by a hyphen
 * (`Individual-1`); nothing of a word may follow the code, nor a full stop after a lone letter (`Pastor D. Roe`: an initial).
 */
const DESIGNATION = new RegExp(`\\b(${[...DESIGNATED_NOUNS].map(capitalised).join('|')})[ -](${CODE})(?![\\p{L}\\p{N}'’-])`, 'gu');
const CODED_NAME = new RegExp(`^([A-Z][a-z]+)([ -])(${CODE})$`, 'u');

const isDesignatedNoun = (lower: string): boolean => DESIGNATED_NOUNS.has(lower);

/** The designations in the masked article text before `limit`, as confident mentions of people. */
export function findCodedNames(masked: string, limit: number): CodedName[] {
  const out: CodedName[] = [];
  DESIGNATION.lastIndex = 0;
  for (let m = DESIGNATION.exec(masked); m !== null && m.index < limit; m = DESIGNATION.exec(masked)) {
    const noun = m[1] as string;
    const code = m[2] as string;
    // (`the group A Doctor A Day`: a lone letter before a capitalised word is a title's article; before a full stop, an initial.)
    const end = m.index + m[0].length;
    if (/^[A-Z]$/.test(code) && (masked[end] === '.' || /^ \p{Lu}/u.test(masked.slice(end, end + 2)))) continue;
    const glued = masked[m.index + noun.length] === '-';
    out.push({
      words: glued ? [`${noun}-${code}`] : [noun, code],
      start: m.index,
      end: m.index + m[0].length,
      roles: [noun.toLowerCase()],
      gender: undefined,
      confident: true,
    });
  }
  return out;
}

/**
 * The name words of a designation written as `name` (`['Juror', 'B-29']`, `['Individual-1']`: as
 * `findCodedNames` records them), or undefined when `name` is none.
 */
export function codedNameWords(name: string): string[] | undefined {
  const m = CODED_NAME.exec(name);
  if (m === null || !isDesignatedNoun((m[1] as string).toLowerCase())) return undefined;
  return m[2] === '-' ? [name] : [m[1] as string, m[3] as string];
}

/** Is this name (as `speakerOf` writes it) a designation of a person (`Juror B-29`, `Witness 3`)? */
export const isCodedName = (name: string): boolean => codedNameWords(name) !== undefined;
