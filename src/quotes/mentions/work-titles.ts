/**
 * Titles of works and products read as speakers: a book, film or show (`Maria Lund's Paper Tigers
 * concedes that …`, `according to Tom Baker's The Last Ledger`, `the show "Morning Desk"`) or a
 * product (`a cereal called Oat Crowns`) names no one who speaks. A speaker is such a title when the
 * article writes its name, somewhere, as one:
 *   - in quotation marks or after a noun of a work (`the book`, `his new film`, `a product called`);
 *   - after a person's possessive (`Lund's Paper Tigers`) as a run of two or more capitalised words
 *     that holds no given name and no title (`Trump's Chief of Staff John Kelly`, `CNN's Jake Tapper`
 *     name people), or that opens with `The` (`Baker's The Last Ledger`).
 * A name that a title only opens (`his show Jo Roe Tonight`) is the person the show is named after.
 */
import type { ArticleContext } from './context.ts';
import { givenNameGender } from '../lexicon/given-names.ts';
import { isTitle } from './names.ts';
import type { Speaker } from '../quote.ts';
import { isLetterCode, isSurrogate } from '../finding/letters.ts';

/** Nouns of a work or a product that a title follows (`the book Paper Tigers`, `a product called Oat Crowns`). */
const WORK_NOUNS =
  'book|books|novel|memoir|memoirs|biography|film|movie|documentary|show|series|sitcom|programme|program|podcast|album|song|play|musical|product|brand';
/** The word right before a title that `AFTER_WORK_NOUN` may match: a noun of a work or a verb of naming. */
const LAST_WORDS = new Set([...WORK_NOUNS.split('|'), 'called', 'titled', 'entitled', 'named']);
/**
 * A noun of a work after a determiner right before the title, possibly with `called`/`titled` (`his new
 * book, called`, `the show`); not the verb (`documents show Trump`).
 */
const AFTER_WORK_NOUN = new RegExp(
  `(?:\\b(?:the|a|an|his|her|their|its|this|that|whose)|['’]s) (?:[\\p{Ll}-]+ ){0,2}(?:${WORK_NOUNS})(?:,? (?:[\\p{Ll}-]+ ){0,3}(?:called|titled|entitled|named),?)? ["“‘']?$`,
  'u',
);
/** Quotation marks opening a title, with the mark that closes each (`"Doug Collins' selfishness` is no title). */
const CLOSING_OF = new Map([
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
]);
/** How many of the name's occurrences are looked at. */
const MAX_OCCURRENCES = 20;

/**
 * The start of the run of capitalised words that ends with the name at `at` (`The Devil’s ` before `Bargain`, not `Baker’s `):
 * the words between spaces of the 80 characters before it (`text.slice(at - 80, at).split(' ')`), read back without the split.
 */
function runStart(text: string, at: number): number {
  if (text[at - 1] !== ' ') return at;
  const lo = Math.max(0, at - 80);
  let start = at;
  for (let pe = at - 1; ;) {
    const ps = pe <= lo ? lo : Math.max(lo, text.lastIndexOf(' ', pe - 1) + 1);
    const first = text.charCodeAt(ps);
    if (ps === pe || (first < 128 && !(first >= 65 && first <= 90))) break;
    const w = text.slice(ps, pe);
    if (!/^\p{Lu}/u.test(w)) break;
    // A possessive is the owner (`Baker’s`), unless `The` opens it (`The Devil’s Bargain`).
    const afterThe = ps - 4 >= lo && text.startsWith('The ', ps - 4) && (ps - 4 === lo || text[ps - 5] === ' ');
    if (/['’]s$/u.test(w) && !afterThe) break;
    // A sentence or a clause ends before the name (`… Set You Free. The Journalism Review`), not an initial (`Jo M. Roe`).
    if (/[.!?:;,]$/.test(w) && !/^\p{Lu}\.$/u.test(w)) break;
    start -= w.length + 1;
    if (ps === lo) break;
    pe = ps - 1;
  }
  return start;
}

/** The letters before `,? ` ending at `to`, lower-cased: what `/([\p{L}]+),? $/u.exec(text.slice(from, to))?.[1]?.toLowerCase()` gives, by code unit. */
function wordBefore(text: string, from: number, to: number): string | undefined {
  let e = to - 1;
  if (e < from || text.charCodeAt(e) !== 32) return undefined;
  if (e - 1 >= from && text.charCodeAt(e - 1) === 44) e--;
  let s = e;
  for (; s > from; s--) {
    const c = text.charCodeAt(s - 1);
    if (isSurrogate(c)) return /([\p{L}]+),? $/u.exec(text.slice(from, to))?.[1]?.toLowerCase();
    if (!isLetterCode(c)) break;
  }
  return s < e ? text.slice(s, e).toLowerCase() : undefined;
}

/** Does `/['’]s $/` end the text before `to` (`Baker’s `)? */
const possessiveBefore = (text: string, to: number): boolean =>
  to >= 3 && text.charCodeAt(to - 1) === 32 && text.charCodeAt(to - 2) === 115 && (text[to - 3] === "'" || text[to - 3] === '’');

/** Is the run of words `run` (a title, when it is no person's name) free of given names and titles? */
function namesNobody(run: string): boolean {
  const words = run.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2 && !/^The /.test(run)) return false;
  return words.every((w) => {
    const lower = w
      .toLowerCase()
      .replace(/['’]s$/u, '')
      .replace(/\.$/, '');
    return givenNameGender(lower) === undefined && !isTitle(lower) && !isTitle(w.toLowerCase());
  });
}

/** A person's possessive right before a title: a given name and a surname (`Maria Lund's `), not a body's (`CBS's `, `Fox's `). */
const PERSON_POSSESSOR = /(?:^|\s)(\p{Lu}\p{Ll}+) (?:\p{Lu}\.? )?\p{Lu}[\p{L}-]*['’]s $/u;

/** Does `lead` end with the possessive of a person named by a given name and a surname? */
function ownedByPerson(lead: string): boolean {
  const first = PERSON_POSSESSOR.exec(lead)?.[1];
  return first !== undefined && givenNameGender(first.toLowerCase()) !== undefined;
}

/** Is `speaker` the title of a work or a product the article names (see the file's comment)? */
export function isWorkTitle(ctx: ArticleContext, speaker: Speaker): boolean {
  if (memo.text !== ctx.text) memo = { text: ctx.text, answers: new Map() };
  // By kind, then by name: no joined key made per question.
  let byName = memo.answers.get(speaker.kind);
  if (byName === undefined) memo.answers.set(speaker.kind, (byName = new Map()));
  let answer = byName.get(speaker.name);
  if (answer === undefined) byName.set(speaker.name, (answer = namesAWork(ctx, speaker)));
  return answer;
}

/** The last article's answers, by speaker kind and name (an article asks about the same speakers again and again). */
let memo: { text: string; answers: Map<Speaker['kind'], Map<string, boolean>> } = { text: '', answers: new Map() };

function namesAWork(ctx: ArticleContext, speaker: Speaker): boolean {
  const { text } = ctx;
  const name = speaker.name;
  // An unnamed speaker's description is a title only when written as a name (`Paper Tigers`, not `the book`).
  if (name.length < 3 || (speaker.kind === 'unnamed' && !/^\p{Lu}\S*(?: \p{Lu}\S*)+$/u.test(name))) return false;
  // A person named with a given name (`Jo Roe`) is no title.
  const space = name.indexOf(' ');
  if (space > 0 && givenNameGender(name.slice(0, space).toLowerCase()) !== undefined) return false;
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(name, at + name.length), seen++) {
    const end = at + name.length;
    if (/[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
    const before = text[at - 1] ?? '';
    // `"Morning Desk"` as a whole: a title in quotation marks (a quotation of two or more words of which all are capitalised).
    const closing = CLOSING_OF.get(before);
    if (closing !== undefined) {
      if (text[end] === closing && !/\p{L}/u.test(text[end + 1] ?? '') && name.includes(' ')) return true;
      continue;
    }
    if (before !== ' ') continue;
    // `his program Tucker Carlson Tonight`: a title running on past the name is the name's show, not the name.
    if (text[end] === ' ' && /\p{Lu}/u.test(text[end + 1] ?? '')) continue;
    const start = runStart(text, at);
    // The 60 characters before the run (`lead`) and the run, sliced only for the tests that read them.
    const from = Math.max(0, start - 60);
    // The cheap test first: a possessive right before the run.
    if (
      possessiveBefore(text, start) &&
      speaker.kind !== 'organisation' &&
      ownedByPerson(text.slice(from, start)) &&
      namesNobody(text.slice(start, end))
    )
      return true;
    const word = wordBefore(text, from, start);
    if (word !== undefined && LAST_WORDS.has(word) && AFTER_WORK_NOUN.test(text.slice(from, start).toLowerCase())) {
      if (givenNameGender((text.slice(start, end).split(' ')[0] as string).toLowerCase()) === undefined) return true;
    }
  }
  return false;
}
