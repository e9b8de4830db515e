/**
 * The subject a clause's verb of saying is reached from (`governing-verb.ts`): a pronoun, a capitalised
 * name the article writes elsewhere too, or a description up to the verb (`A report on the outbreak from
 * the firm notes`); and whether the article knows a name (`namedElsewhere`).
 */
import type { ArticleContext } from '../mentions/context.ts';
import {
  BETWEEN_SUBJECT_AND_VERB as BETWEEN,
  DESCRIPTION_OPENERS,
  isPersonHead,
  SUBORDINATE_OPENERS as SUBORDINATE,
} from '../lexicon/word-lists.ts';
import { isTitle } from '../mentions/names.ts';
import { isNeverName } from '../mentions/sentence-words.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import type { Gender } from '../lexicon/given-names.ts';
import { PERSON_SUBJECTS } from '../lexicon/pronouns.ts';

/** Articles that open a description subject. */
/** Lead-in words that open a comma-closed phrase before the subject (several may follow each other). */
export const LEADS = new Set('after before during in on at when since as although though while even despite following amid'.split(' '));
/** Auxiliaries before a bare form: `did post`, `will call`. */
export const AUX = new Set(['did', 'does', 'do', 'will', 'would', 'could', 'can', 'should', 'may', 'might', 'must']);

/** Does the article name someone (or a body) by these words elsewhere than at `at`? And, when it knows it, that person's gender. */
export interface KnownName {
  (words: string[], at: number): boolean;
  gender?: (words: string[], at: number) => Gender | undefined;
}

/** Someone the article names by these words (or the last of them) more than once or by a fuller name: not a sentence's first word. */
export const namedElsewhere = (ctx: ArticleContext): KnownName =>
  Object.assign(
    (words: string[], at: number): boolean => {
      for (let k = 0; k < words.length; k++) {
        const p = ctx.people.find(words.slice(k), at);
        if (!p) continue;
        let seen = 0;
        for (const n of p.forms.values()) seen += n;
        return seen > 1 || p.folded.length > 1;
      }
      return false;
    },
    { gender: genderOfNamed(ctx) },
  );

/**
 * The gender of the person these words name, when the article knows it. (Returned by a function, not
 * written in `namedElsewhere`'s object literal: tsx names a closure made there on every call, at more cost than the closure.)
 */
function genderOfNamed(ctx: ArticleContext): (words: string[], at: number) => Gender | undefined {
  return (words, at) => ctx.people.find(words, at)?.gender;
}

/** A subject: the words that name it, and where its phrase ends (a participle phrase included). */
export interface Subject {
  np: [number, number];
  end: number;
}

/**
 * The subject at `s`: a pronoun; a capitalised run (`Sen. Jo Bloggs`, after `A tearful` when lower-case
 * words come first); a description opening with an article up to its first verb-like word.
 */
export function subjectAt(tokens: Token[], s: number, v: number, known?: KnownName): Subject | undefined {
  const first = tokens[s];
  if (!first || first.kind !== 'word' || s >= v) return undefined;
  if (PERSON_SUBJECTS.has(first.lower)) return { np: [s, s + 1], end: s + 1 };
  let k = s;
  // `An emotional Jo Bloggs, …`: an article and lower-case words before the name.
  if (/^(?:a|an)$/.test(first.lower)) {
    let j = s + 1;
    while (j < s + 3 && tokens[j]?.kind === 'word' && !isUpperStart(tokens[j]?.text ?? '')) j++;
    if (j > s + 1 && isUpperStart(tokens[j]?.text ?? '')) k = j;
  }
  if (k === s && first.lower === 'the') {
    // `the Mayo Clinic did post …`: a capitalised body after `the`.
    let e = s + 1;
    while (e < v && e - s < 6 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
    // (`The Kentucky senator has …`: a title or a person's noun after the capitals heads a description, read below.)
    const after = tokens[e];
    if (e > s + 1 && e <= v && after?.kind === 'word' && !isTitle(after.lower) && !isPersonHead(after.lower)) return { np: [s, e], end: e };
  }
  if (k === s && DESCRIPTION_OPENERS.has(first.lower)) return descriptionAt(tokens, s, v);
  // `In declaring …`, `Weighing in …`: a sentence word or a participle opening the sentence is nobody.
  const head = tokens[k] as Token;
  if (!nameWord(head.text) || isNeverName(head.lower) || LEADS.has(head.lower) || /ing$/.test(head.lower)) return undefined;
  let e = k;
  while (e < v && e - k < 6) {
    const t = tokens[e] as Token;
    if (t.kind === 'word' && nameWord(t.text)) e++;
    else if (t.text === '.' && e > k && (tokens[e - 1]?.text.length ?? 0) <= 3) e++;
    else break;
  }
  // `Former Ohio governor Jo Bloggs, …`: lower-case title words after capitals, then the name itself.
  let t = e;
  while (t < v && t < e + 3 && tokens[t]?.kind === 'word' && (isTitle(tokens[t]?.lower ?? '') || isPersonHead(tokens[t]?.lower ?? ''))) t++;
  if (t > e) return isUpperStart(tokens[t]?.text ?? '') ? subjectAt(tokens, t, v, known) : undefined;
  // A name is followed by its verb or by a comma (an appositive or a coordinated clause).
  const next = tokens[e];
  if (e === k || !next || (next.text !== ',' && !(next.kind === 'word' && !isUpperStart(next.text)))) return undefined;
  // A name the article writes elsewhere too: never `Arbitrary arrests …`, `Prior to …` opening a sentence.
  const words = tokens.slice(k, e).filter((w) => w.kind === 'word');
  if (
    known &&
    !known(
      words.map((w) => w.text),
      head.start,
    )
  )
    return undefined;
  return { np: [k, e], end: e };
}

/** A word of a name: capitalised, or an Arabic article joined to a capitalised name (`al-Ansi`, `el-Sisi`). */
const nameWord = (text: string): boolean => isUpperStart(text) || /^(?:al|el|ad|ash|as|at|an|ar|az)-\p{Lu}/u.test(text);

/** Prepositions that may qualify a description's head: `a report on the outbreak from the firm`. */
const QUALIFIERS = new Set(['on', 'of', 'from', 'in', 'at', 'for', 'by', 'about']);

/**
 * `A report on the outbreak from the firm notes …`, `another study published in 2016 found …`: an
 * article, up to three words to its head, qualifiers (a preposition and up to four words each: `on the city's police department`) and
 * at most one participle (`published in 2016`, cut from the phrase), with no comma, right up to the verb.
 */
function descriptionAt(tokens: Token[], s: number, v: number): Subject | undefined {
  let e = s + 1;
  const participle = (j: number): boolean => /ed$/.test(tokens[j]?.lower ?? '') && QUALIFIERS.has(tokens[j + 1]?.lower ?? '');
  const plain = (j: number): boolean =>
    tokens[j]?.kind === 'word' &&
    !QUALIFIERS.has(tokens[j]?.lower ?? '') &&
    !BETWEEN.has(tokens[j]?.lower ?? '') &&
    !AUX.has(tokens[j]?.lower ?? '');
  while (e < v && e - s <= 3 && plain(e) && !participle(e) && !SUBORDINATE.has(tokens[e]?.lower ?? '')) e++;
  if (e === s + 1) return undefined;
  let end = e;
  let cut = -1;
  while (e < v) {
    const t = tokens[e] as Token;
    if (t.kind !== 'word') return undefined;
    if (QUALIFIERS.has(t.lower)) {
      let j = e + 1;
      while (j < v && j - e <= 4 && plain(j) && !SUBORDINATE.has(tokens[j]?.lower ?? '')) j++;
      if (j === e + 1) return undefined;
      e = j;
      if (cut < 0) end = e;
    } else if (cut < 0 && participle(e)) {
      cut = e;
      e++;
    } else break;
  }
  if (e !== v && !(e === v - 1 && BETWEEN.has(tokens[e]?.lower ?? ''))) return undefined;
  // The phrase runs up to the verb; what is named is the description without its participle.
  return { np: [s, cut < 0 ? end : cut], end: e };
}
