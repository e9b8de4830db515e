/**
 * A pronoun whose nearest antecedent is a description, not a name: the subject of one of the last
 * sentences is `a female officer`, `one radio host`, `the second officer`, `The county spokesman`,
 * `the 41-year-old mother`, and nobody is named between it and `he`/`she`. Salience across sentences
 * (centering) with descriptions counted as subjects, not only names:
 * - an indefinite description (`a`, `an`, `one`, `another`) brings in someone the article does not
 *   name: the pronoun is that unnamed person;
 * - so does a definite one with a staff or ordinal word (`the spokesman`, `the second officer`);
 * - any other definite one describes someone named before: `the president` the person introduced as
 *   President …, `the 41-year-old mother` the person salient where the description stands.
 * (`they` and `it` for a group's description: `group-subject.ts`.)
 */
import type { ArticleContext } from '../mentions/context.ts';
import type { Gender } from '../mentions/names.ts';
import { paragraphAt, windowTokens } from '../mentions/context.ts';
import type { Paragraph } from '../finding/paragraphs.ts';
import { clauseStart } from '../cues/clause-subject.ts';
import { foldName } from '../mentions/speakers.ts';
import { speakerCopy, type Speaker } from '../quote.ts';
import type { Person } from '../mentions/speakers.ts';
import { MASK, isUpperStart, type Token } from '../tokens.ts';
import { BODY_HEADS, DOCUMENT_NOUNS, isPersonHead } from '../lexicon/word-lists.ts';
import { isPersonKind, opensSentence, rankPeople, speaks } from './rank.ts';
import { descriptionHead } from './named-later.ts';
import { endsLikePersonNoun } from '../lexicon/person-nouns.ts';
import { STAFF_HEADS } from '../lexicon/office-holders.ts';
import { chainHead } from './subject-chain.ts';
import { salientHolder } from './role-holder.ts';
import { HEAD_GENDER, INDEFINITE, SEX_MODIFIERS, lastSentences } from './description-words.ts';

/** Heads of a description of one person besides `isPersonHead`: staff, witnesses, people in the street. */
const OTHER_HEADS = new Set([
  ...STAFF_HEADS,
  ...`officer cop witness resident neighbour neighbor student teacher nurse doctor worker employee owner driver victim
survivor activist protester lawyer attorney judge detective sheriff deputy agent analyst economist professor scientist
researcher expert journalist reporter editor columnist friend passenger customer voter supporter critic`.split(/\s+/),
]);

/** Heads that name someone's staff or a new face: `the spokesman`, `the officer` are rarely someone already named. */
const NEW_FACE_HEADS = new Set(
  `spokesman spokeswoman spokesperson official aide officer cop witness resident neighbour neighbor employee worker
passenger customer`.split(/\s+/),
);
const ORDINALS = new Set(['second', 'third', 'fourth', 'other', 'another', 'first']);

export const isHead = (w: string): boolean => HEAD_GENDER.has(w) || OTHER_HEADS.has(w) || isPersonHead(w);

/** A verb in the present or past after a head read loosely (`addresses`, `launched`): `as a leading voice for …` has none. */
const LOOSE_VERB = /^(?:[a-z]{3,}(?<!s)s|[a-z]{3,}ed|said|told|spoke|wrote)$/;

/** A description opening a clause: its [start, end), its head, and whether it is a subordinate clause's subject. */
interface Described {
  np: [number, number];
  head: string;
  subordinate?: boolean;
}

/** Words after a description's head that open no verb or qualifier of a subject: `A billionaire by his fifties, …`. */
const NOT_VERBS = new Set(['by', 'than', 'like', 'as']);

/** Conjunctions that may open a sentence before its subject: `But one employee …`. */
const CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);

/**
 * Words that open a subordinate clause whose subject may be a new face: `…, as one guard addresses the
 * crowd`. Not all of `clause-subject.ts`'s SUBORDINATORS: the subject after `if`, `since`, `once` is
 * hypothetical (`if a conservative nominee wins`), no one present.
 */
const SUBORDINATE_OPENERS = new Set(['when', 'as', 'while', 'after', 'before', 'until', 'because']);

/**
 * The description opening the clause `part` (`the second officer`, `A Tesla driver`), as [start, end)
 * and its head; or, when that clause has no description, an indefinite one opening a subordinate clause
 * of the sentence (`They knelt as one guard addressed the camera`, `… when a radio host launched into …`).
 */
export function describedSubject(part: Token[]): Described | undefined {
  const s = clauseStart(part);
  const found = describedAt(part, s);
  if (found) return found;
  // `But one employee, who …, said`: a lower-case determiner after `But` read as a lead-in by `clauseStart`.
  const opener = CONJUNCTIONS.has(part[0]?.lower ?? '') ? 1 : 0;
  if (opener !== s) {
    const opening = describedAt(part, opener);
    if (opening) return opening;
  }
  for (let k = 1; k < part.length - 2; k++) {
    if (!SUBORDINATE_OPENERS.has((part[k] as Token).lower) || !INDEFINITE.has((part[k + 1] as Token).lower)) continue;
    const sub = describedAt(part, k + 1, true);
    // (A verb after it: `as a leading voice for …`, `before a judge in December` are no clause.)
    if (sub && LOOSE_VERB.test(part[sub.np[1]]?.text ?? '')) return { ...sub, subordinate: true };
  }
  return undefined;
}

/** Up to this many tokens of a relative clause between a description's head and its verb (`one employee, who …, said`). */
const RELATIVE_REACH = 24;

/** `one employee, who asked not to be named, said`: the index of the verb after a comma-closed `who` clause at `e`, if any. */
export function afterRelative(part: Token[], e: number): number | undefined {
  if (part[e]?.text !== ',' || part[e + 1]?.lower !== 'who') return undefined;
  for (let k = e + 2; k < part.length && k <= e + RELATIVE_REACH; k++) {
    const t = part[k] as Token;
    if (t.kind === 'quote') return undefined;
    if (t.text !== ',') continue;
    const verb = part[k + 1];
    return verb?.kind === 'word' && !isUpperStart(verb.text) ? k + 1 : undefined;
  }
  return undefined;
}

/**
 * The description opening at `s` in `part`, followed by its verb: as [start, end) and its head. `loose`
 * (a subordinate clause's indefinite subject) also takes a head that ends like a person's noun (`jihadist`).
 */
function describedAt(part: Token[], s: number, loose = false): Described | undefined {
  const det = part[s];
  if (!det || det.kind !== 'word' || !(INDEFINITE.has(det.lower) || det.lower === 'the')) return undefined;
  for (let k = s + 1; k < part.length && k <= s + 6; k++) {
    const t = part[k] as Token;
    if (t.kind !== 'word') return undefined;
    const looseHead = loose && t.text.length >= 6 && endsLikePersonNoun(t.text) && LOOSE_VERB.test(part[k + 1]?.text ?? '');
    if (!isHead(t.lower) && !looseHead) continue;
    // `the 41-year-old African-American mother`: a head-like modifier before the head.
    const after = part[k + 1];
    if (after?.kind === 'word' && (isUpperStart(after.text) || isHead(after.lower))) continue;
    let e = k + 1;
    // `The chairman of the Finsbury Park Mosque said`: a body named after the head.
    if (['of', 'at', 'for', 'from', 'in'].includes(part[e]?.lower ?? '')) {
      let j = e + 1;
      if (part[j]?.lower === 'the') j++;
      const from = j;
      while (j < part.length && part[j]?.kind === 'word' && isUpperStart(part[j]?.text ?? '')) j++;
      if (j === from) return undefined;
      e = j;
    }
    // `one employee, who asked not to be named, said`: a relative clause between the head and its verb.
    if (afterRelative(part, e) !== undefined) return { np: [s, e], head: t.lower };
    const next = part[e];
    // A verb follows (`replies`, `launched`), not a name in apposition (`the spokesman, Jo Roe`, `spokesman Jo Roe`).
    if (!next || next.kind !== 'word' || isUpperStart(next.text) || NOT_VERBS.has(next.lower)) return undefined;
    return { np: [s, participleEnd(part, e)], head: t.lower };
  }
  return undefined;
}

/** Words that close a participle phrase after a description's head: `an employee earning $15 an hour who …`. */
const PHRASE_CLOSERS = new Set(['who', 'that', 'which', 'whose', ',']);

/** `a worker earning $15 an hour who …`: the end of a participle phrase after the head at `e`, closed by `who` or a comma; else `e`. */
function participleEnd(part: Token[], e: number): number {
  if (!/^[a-z]{3,}ing$/.test(part[e]?.text ?? '')) return e;
  for (let k = e + 1; k < part.length && k <= e + 8; k++) {
    const t = part[k] as Token;
    if (PHRASE_CLOSERS.has(t.lower)) return k;
    if (t.kind === 'quote') break;
  }
  return e;
}

/**
 * The last two sentences before `at` (in its paragraph and the one before) that hold words outside
 * quotations, the nearest first; quotations split sentences, and their length does not count.
 */
export function sentencesBefore(ctx: ArticleContext, at: number): Token[][] {
  const para = paragraphAt(ctx.paragraphs, at) as Paragraph;
  const before = ctx.paragraphs[para.index - 1];
  return lastSentences(ctx, windowTokens(ctx, Math.max(before?.start ?? para.start, at - 2000), at), 2, false);
}

/**
 * The description a `he`/`she` at `at` refers to, when a description is the subject of its own or
 * the last sentence with nobody named since: an unnamed speaker for a new face (`a female officer`,
 * `the second officer`), or what `resolve` makes of a definite description (`the president`).
 */
export function describedAntecedent(ctx: ArticleContext, at: number, gender: Gender): Speaker | undefined {
  for (const part of sentencesBefore(ctx, at)) {
    const found = describedSubject(part);
    // `A president can shape a country's mood, he adds`: a description opening the words the pronoun
    // reports (its own sentence, closed by the comma before it) is what is spoken of, not who speaks.
    if (found && !reportedBy(ctx, part, found, at)) return fromDescription(ctx, part, found, at, gender);
  }
  // `A driver … crashed. Although he was hurt, he said … "…," he told`: a chain of sentences whose
  // subject is the pronoun leads back to the description that opened it (`subject-chain.ts`).
  const chain = chainHead(ctx, at, gender);
  const found = chain && chain.skipped > 0 ? describedSubject(chain.head) : undefined;
  return chain && found ? fromDescription(ctx, chain.head, found, at, gender) : undefined;
}

/** Is the indefinite description `found` the subject of the words reported by the pronoun at `at`, right after their comma? */
function reportedBy(ctx: ArticleContext, part: Token[], found: { np: [number, number] }, at: number): boolean {
  const comma = part[part.length - 1];
  if (comma?.text !== ',' || ctx.text.slice(comma.end, at).trim() !== '') return false;
  return INDEFINITE.has((part[found.np[0]] as Token).lower);
}

/** What a description subject of a sentence before a `he`/`she` at `at` gives: the unnamed person, or who it describes. */
function fromDescription(
  ctx: ArticleContext,
  part: Token[],
  { np, head, subordinate }: Described,
  at: number,
  gender: Gender,
): Speaker | undefined {
  const first = part[np[0]] as Token;
  const last = part[np[1] - 1] as Token;
  const words = part.slice(np[0], np[1]);
  const fresh = INDEFINITE.has(first.lower) || NEW_FACE_HEADS.has(head) || words.some((t) => ORDINALS.has(t.lower));
  // `said Jo Roe, an adviser to Poe`: a description in apposition to a person named right before it is that person.
  const named = subordinate ? undefined : apposedTo(ctx, first.start, gender);
  if (named) return ctx.people.speakerOf(named);
  // Somebody named after the description is the nearer antecedent. After an indefinite one, only somebody who may
  // be the pronoun (not a place, a body or a person of the other gender: `a store owner … after Hurricane
  // Katrina flooded New Orleans … he wrote`), and within the description's own sentence only a subject or a
  // speaker (`one employee … agreed with Roe's plan. "…," he said`: Roe is no nearer).
  // Not when the pronoun stands in the description's own sentence (`A president … fulfilling Paine's warning, which he called …`),
  // nor for a name in apposition to the description (`One woman, former clerk Jo Roe, told …`): that name is the description.
  const sentenceEnd = (part[part.length - 1] as Token).end;
  const ends = /[.!?]/.test(ctx.masked.slice(sentenceEnd, at)) || /[.!?][”"]/.test(ctx.text.slice(sentenceEnd, at));
  // (So after a definite one the article gave to someone by that role: `The governor accused Jo Roe, … of … He demanded` is the governor.)
  const roles = words.slice(1).map((t) => t.lower.replace(/['’]s$/, ''));
  const byRole = fresh ? undefined : ctx.people.byRole(roles, first.start, head);
  // (Two presidents in the article: the one the text is about there, `role-holder.ts`.)
  const holder = byRole && ctx.model !== false ? salientHolder(ctx, byRole, roles, head, first.start) : byRole;
  const known = holder !== undefined && isPersonKind(ctx, holder) && mayBe(ctx, holder, gender);
  const indefinite = (INDEFINITE.has(first.lower) || known) && ends;
  const nearer = (m: { person: Person; start: number; end: number }): boolean =>
    !indefinite ||
    (mayBe(ctx, m.person, gender) &&
      (m.start >= sentenceEnd ||
        opensSentence(ctx.text, m.start, m.end) ||
        speaks(ctx.text, m.start, m.end) ||
        apposed(ctx.text, m.start, m.end)));
  if (ctx.people.mentionsBetween(last.end, at).some(nearer)) return undefined;
  // A subordinate clause's subject when the sentence opens with someone who may be the pronoun (`Roe, who as a
  // congressman backed …`) is not the sentence's subject.
  const opening = (part[0] as Token).start;
  if (subordinate && ctx.people.mentionsBetween(opening, first.start).some((m) => mayBe(ctx, m.person, gender))) return undefined;
  // Nor when a pronoun of the same gender is that sentence's subject (`He spoke of … when a stranger enters …`).
  if (subordinate && part[clauseStart(part)]?.lower === (gender === 'm' ? 'he' : 'she')) return undefined;
  // A head of the other gender is not this one; nor `a female officer` (a modifier may say the gender the head does not).
  const g = HEAD_GENDER.get(head) ?? words.map((t) => SEX_MODIFIERS.get(t.lower)).find((x) => x !== undefined);
  if (g !== undefined && g !== gender) return undefined;
  if (!fresh) {
    // `the president`: the person introduced as President …; `the 41-year-old mother`: the salient person there.
    const p = holder ?? rankPeople(ctx, first.start, gender, ctx.spoken);
    return p && isPersonKind(ctx, p) ? ctx.people.speakerOf(p) : undefined;
  }
  const name = ctx.text.slice(first.start, last.end).replace(/^(The|A|An|One|Another)\b/, (w) => w.toLowerCase());
  return { name, key: foldName(name), kind: 'unnamed' };
}

/** Is the mention at [start, end) a name in apposition, between two commas (`One woman, former clerk Jo Roe, told`)? */
const apposed = (text: string, start: number, end: number): boolean =>
  text[end] === ',' && /, (?:[a-z-]+ ){0,4}$/.test(text.slice(Math.max(0, start - 50), start));

/** The person named right before `at` and a comma, of whom the description at `at` is an apposition (`said Jo Roe, an adviser`). */
function apposedTo(ctx: ArticleContext, at: number, gender: Gender): Person | undefined {
  if (ctx.text.slice(at - 2, at) !== ', ') return undefined;
  const m = ctx.people.mentionsBetween(Math.max(0, at - 80), at).at(-1);
  return m && m.end === at - 2 && mayBe(ctx, m.person, gender) ? m.person : undefined;
}

/** May person `p` be what a pronoun of `gender` refers to: a person (`mention-kind.ts`) whose gender is not the other? */
const mayBe = (ctx: ArticleContext, p: Person, gender: Gender): boolean =>
  isPersonKind(ctx, p) && (p.gender === undefined || p.gender === gender);

/** How far after the last speaker's mention a pronoun still continues that speaker, in characters, when prose stands between. */
const HELD_REACH = 400;

/**
 * `"…," a city engineer said. "…," he added.`: a `he`/`she` right after the quotation of an unnamed
 * person, with nobody named since, continues that person, not someone named earlier. Not a description
 * of the other gender (`a spokeswoman said … he added`), nor a document or a body (`the policy`).
 */
export function heldDescription(ctx: ArticleContext, at: number, gender: Gender): Speaker | undefined {
  const held = ctx.lastSpoken;
  if (!held || held.speaker.kind !== 'unnamed' || held.at > at) return undefined;
  // Past the reach, only over the person's own further quotations (`"…," said a donor. "…" "…," he continued`).
  if (at - held.at > HELD_REACH && !onlyQuotationsSince(ctx, held.at, at)) return undefined;
  const head = heldHead(held.speaker.name);
  // A person's description, not a document's or a body's (`the statement said`, `the group said`).
  if (head === undefined || DOCUMENT_NOUNS.has(head) || BODY_HEADS.has(head) || !(isHead(head) || endsLikePersonNoun(head)))
    return undefined;
  const g = HEAD_GENDER.get(head);
  if (g !== undefined && g !== gender) return undefined;
  // (Names inside what was said since are what the person spoke of: `"… nobody backs Roe now," he continued`.)
  // Only someone the pronoun may stand for comes between: a person of its gender or of none known, not a body
  // or a place (`to drive out the People's Protection Units`) nor a person of the other gender (agreement).
  for (const m of ctx.people.mentionsBetween(held.at + 1, at))
    if (ctx.masked.charCodeAt(m.start) !== MASK_CODE && mayBeNamed(ctx, m, gender)) return undefined;
  return speakerCopy(held.speaker);
}

const MASK_CODE = MASK.charCodeAt(0);

/**
 * May the mention `m` be what a pronoun of `gender` refers to (`mayBe`)? A bare surname that people of both
 * genders share (`tells Cruz`, with a Ted and a Heidi Cruz in the article) may be either of them.
 */
function mayBeNamed(ctx: ArticleContext, m: { person: Person; start: number; end: number }, gender: Gender): boolean {
  if (mayBe(ctx, m.person, gender)) return true;
  const written = ctx.text.slice(m.start, m.end);
  return !written.includes(' ') && ctx.people.namesakes(written).some((p) => mayBe(ctx, p, gender));
}

/** The head of a held description, past a participle after it: `a party donor based in Ohio` → `donor`. */
export function heldHead(name: string): string | undefined {
  const head = descriptionHead(name);
  if (head === undefined || isHead(head) || !/^\p{Ll}+(?:ed|ing)$/u.test(head)) return head;
  const cut = name.toLowerCase().indexOf(` ${head}`);
  return cut > 0 ? descriptionHead(name.slice(0, cut)) : head;
}

/** Is there no word of prose between the end of the clause holding `from` (a sentence's end or a quotation) and `to`: only quotations? */
function onlyQuotationsSince(ctx: ArticleContext, from: number, to: number): boolean {
  let k = from;
  // The end of the person's own clause: its sentence's end or the quotation it introduces.
  while (k < to && ctx.masked.charCodeAt(k) !== MASK_CODE && !/[.!?]/.test(ctx.masked[k] as string)) k++;
  for (k++; k < to; k++) if (ctx.masked.charCodeAt(k) !== MASK_CODE && /\p{L}/u.test(ctx.masked[k] as string)) return false;
  return true;
}
