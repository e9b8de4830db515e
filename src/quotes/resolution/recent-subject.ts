/**
 * The subject of one of the last sentences before a pronoun (centering): walking back over the
 * people named there, the first who is a sentence's subject or a speech verb's speaker is whom `he`
 * or `she` means, with three refinements over plain distance:
 * - the quotations of the pronoun's own sentence do not count towards the reach (`Jo Roe, 42,
 *   pledged … "<a long quotation>," she said` is still Roe's: the quotation is what she said);
 * - the subject of a clause inside what someone said is not the sentence's subject (`Roe said Poe
 *   has the money while Lee has momentum. "…," he said` is Roe's, not Lee's);
 * - a subject of the pronoun's own sentence whose gender clashes is passed over for the subject
 *   before it (`Mahar hoped … Harry Reid "wouldn't move anything," she said` is Mahar's).
 */
import type { ArticleContext } from '../mentions/context.ts';
import { sentenceEnd, sentenceStart } from '../mentions/context.ts';
import type { Gender } from '../mentions/names.ts';
import { kindOf } from '../mentions/mention-kind.ts';
import type { Person } from '../mentions/speakers.ts';
import { MASK } from '../tokens.ts';
import { ARTICLES, DOCUMENT_NOUNS, POSSESSIVES, QUANTIFIERS } from '../lexicon/word-lists.ts';
import { SAYING_VERBS } from '../lexicon/speech-verbs.ts';
import { askedPerson } from './asked-replies.ts';

/** How the walk reads a mention at [start, end): rank.ts's `opensSentence` and `speaks`, passed in by rank.ts, which calls the walk. */
export interface SubjectTests {
  opensSentence(text: string, start: number, end: number): boolean;
  speaks(text: string, start: number, end: number): boolean;
}

/** How far back the walk goes at most, in characters of text, quotations included. */
const LIMIT = 1500;

/**
 * The offset before `at` with `reach` characters between it and `at`, the quotations of the sentence
 * holding `at` (from `own` on) left out: what the pronoun's sentence quotes is what was said, not a new topic.
 */
export function proseStart(ctx: ArticleContext, at: number, own: number, reach: number): number {
  const { masked } = ctx;
  const floor = Math.max(0, at - LIMIT);
  let prose = 0;
  let k = at;
  while (k > floor && prose < reach) {
    k--;
    if (k < own || masked[k] !== MASK) prose++;
  }
  return k;
}

/** Where the sentence holding `pos` starts: at a sentence's end or a paragraph break (`sentenceStart` reads only punctuation). */
function opening(ctx: ArticleContext, pos: number): number {
  return sentenceStart(ctx, pos, Math.max(0, pos - LIMIT, ctx.text.lastIndexOf('\n', pos - 1) + 1));
}

/** `, but`, `; `: a second main clause, whose subject is a subject of its own (`…, but Poe disagreed`). */
const JOINED = /(?:[,;] (?:but|and|while|yet|whereas) |; )/;
/** A verb of saying between the sayer and the name: the name opens what was said (`Roe said Obama has …`). */
const SAYING =
  /\b(?:said|says|told|tells|argued|argues|noted|notes|claimed|claims|insisted|insists|wrote|writes|believes|believed|thinks|thought|warned|explained|added|adds)\b/;
/** A comma right before the name (titles allowed): the main clause after an opening one (`While Barry said …, Evans said`). */
const AFTER_COMMA = /, (?:\p{Lu}[\p{L}.]* )*$/u;

/**
 * Is the mention at [start, end) inside what a person named earlier in its sentence said (`Roe said
 * Obama has … while Romney has …`), rather than a main clause's subject? Not when it speaks itself
 * (`O'Reilly asked … and Trump replied`).
 */
function insideSaid(ctx: ArticleContext, tests: SubjectTests, start: number, end: number, floor: number): boolean {
  if (tests.speaks(ctx.text, start, end)) return false;
  const from = Math.max(floor, opening(ctx, start));
  for (const m of ctx.people.mentionsBetween(from, start)) {
    if (m.end >= start) break;
    if (!tests.speaks(ctx.text, m.start, m.end) && !ctx.spokenAt?.has(m.start)) continue;
    if (kindOf(ctx, m.person) !== 'person') continue;
    const between = ctx.masked.slice(m.end, start);
    return SAYING.test(between) && !JOINED.test(between) && !AFTER_COMMA.test(between);
  }
  return false;
}

/** A copula or `has` after a name, then a quotation closed by a comma right before the pronoun: ` is “a bit odd,” `. */
const DESCRIBED_BY_QUOTE = /^ (?:is|was|are|were|has|had|remains|seems|looks)\b[^.!?”"]{0,80}[“"][^”"]{1,200}(?:,[”"]|[”"],)\s*$/;

/** `Roe's remarks`, `Roe’s angry statement`: a possessive name before a noun of what someone said or wrote. */
const WORDS_AFTER = new RegExp(`^(?:['’]s?)? (?:[a-z-]+ )?(?:${[...DOCUMENT_NOUNS, 'comments', 'words'].join('|')})\\b`);

/**
 * Does the mention at [start, end) open its sentence as the owner of what someone said (`Kaine's remarks
 * … left many moved. "…," he said`), named before and with no other person named in it? The words are the subject; whose
 * they are is whom the text is about.
 */
function possessorOfWords(ctx: ArticleContext, start: number, end: number): boolean {
  if (!WORDS_AFTER.test(ctx.text.slice(end, end + 40))) return false;
  const from = opening(ctx, start);
  if (!/^\s*(?:(?:But|And|Yet|So|Still) )?$/.test(ctx.text.slice(from, start))) return false;
  // Someone the article has named before (`Take May's speech`: a phrase read as a new name is no topic).
  const m = ctx.people.mentionsBetween(start, end)[0];
  if (!m || ctx.people.mentionsBetween(0, start).every((x) => x.person !== m.person)) return false;
  // Nobody else named in that sentence (`Roe's comments drew fire from Poe. He tweeted …` may be Poe).
  const to = sentenceEnd(ctx.text, end, Math.min(ctx.text.length, end + 400));
  return ctx.people.mentionsBetween(end, to).every((m) => kindOf(ctx, m.person) !== 'person');
}

/**
 * `…, said his spokeswoman, Jo Roe.` / `"…," wrote her lawyer, Jo Roe.`: a verb of saying right after a
 * comma or a closing quotation mark (inverted: its subject follows it), then that subject (an article,
 * a possessive or a quantifier and up to five more words: `said one of the dissenters, Jo Roe`), then the name in apposition to it, closing the clause. The
 * name is the one who spoke, as much as `Jo Roe said`. A verb after its own subject (`Tom Reyes says he
 * owes it to his coach, Sam Hale`) or one whose object is a person (`, told the landlord, Sam Hale`,
 * `, asked his lawyer, …`) has the name for an object instead.
 */
const INVERTED_SAYER_BEFORE = new RegExp(
  String.raw`(?:,[”"]?|[”"])\s*(\p{Ll}+)\s+(?:${[...ARTICLES, ...POSSESSIVES, ...QUANTIFIERS].join('|')})\s+(?:[\p{L}.’'-]+\s+){0,4}[\p{L}.’'-]+,\s+$`,
  'u',
);
/** Verbs of saying whose object is the person spoken to (`told the landlord`, `urged his aide`): never inverted before a description. */
const ADDRESSING = new Set(
  `tell tells told ask asks asked urge urges urged warn warns warned assure assures assured accuse accuses accused implore
implores implored beg begs begged berate berates berated scold scolds scolded admonish admonishes admonished chide chides
chided tease teases teased taunt taunts taunted mock mocks mocked blast blasts blasted slam slams slammed called dubbed
labeled labelled branded quoted cite cites cited`.split(/\s+/),
);
const CLAUSE_CLOSES = /^\s*(?:[.,;:!?]|$)/;

function apposedToInvertedSayer(text: string, start: number, end: number): boolean {
  if (!CLAUSE_CLOSES.test(text.slice(end, end + 3))) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  const m = INVERTED_SAYER_BEFORE.exec(before);
  if (m === null) return false;
  const verb = m[1] as string;
  // (The description holds no name of its own and no clause: lower-case words only, after the verb.)
  return SAYING_VERBS.has(verb) && !ADDRESSING.has(verb) && !/\p{Lu}/u.test(m[0].slice(m[0].indexOf(verb)));
}

/** The subject the pronoun of `gender` at `at` refers to, when one of the last sentences (within `reach` characters of prose) has one. */
export function recentSubject(
  ctx: ArticleContext,
  at: number,
  gender: Gender | undefined,
  reach: number,
  tests: SubjectTests,
): Person | undefined {
  const own = opening(ctx, at);
  // The quotations read past reach back no further than the sentence before the pronoun's.
  let before = own;
  while (before > 0 && /\s/.test(ctx.text[before - 1] as string)) before--;
  const floor = Math.min(Math.max(0, at - reach), Math.max(opening(ctx, before), proseStart(ctx, at, own, reach)));
  for (const m of ctx.people.mentionsBetween(floor, at).reverse()) {
    const subject =
      tests.opensSentence(ctx.text, m.start, m.end) ||
      ctx.spokenAt?.has(m.start) ||
      tests.speaks(ctx.text, m.start, m.end) ||
      apposedToInvertedSayer(ctx.text, m.start, m.end);
    if (!subject && !possessorOfWords(ctx, m.start, m.end)) continue;
    if (kindOf(ctx, m.person) !== 'person') return undefined;
    // `When Lund asked Pike whether …, she replied, "…"`: the reply is the one asked's.
    if (m.start >= own) {
      const asked = askedPerson(ctx, m, at, gender);
      if (asked !== undefined) return asked;
    }
    // A subject of the pronoun's own sentence whose gender clashes (`Harry Reid, …, "…," she said`) is what was said about.
    if (gender !== undefined && m.person.gender !== undefined && m.person.gender !== gender) {
      if (m.start < own) return undefined;
      continue;
    }
    // `Jones is "a bit eccentric," he said`: the subject of the words the pronoun reports, described by them, is who was spoken of.
    if (m.start >= own && DESCRIBED_BY_QUOTE.test(ctx.text.slice(m.end, at))) continue;
    if (insideSaid(ctx, tests, m.start, m.end, floor)) continue;
    // Reached only past the plain reach (over the quotation): a person by evidence, a gender or a role, not a bare name.
    if (m.start < at - reach && m.person.gender === undefined && m.person.roles.size === 0) return undefined;
    return m.person;
  }
  return undefined;
}
