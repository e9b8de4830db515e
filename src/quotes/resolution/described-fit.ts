/**
 * Does a definite description (`the musician`, `the 48-year-old`, `the scientist`) fit a person the
 * article has named, by what the article says about that person: the words in apposition after a
 * mention (`Jo Roe, an associate professor of history, …`, `Jo Roe, 48, …`), the occupation written
 * right before one (`singer Jo Roe`, `the 48-year-old Jo Roe`), and the person's titles (`President`).
 * - `clashes`: the person is known by an occupation of another field than the description's head
 *   (`the musician` is not `Jo Roe, a professor`; `the scientist` is not `President Roe`), or by
 *   another age (`the 48-year-old` is not `Jo Roe, 52`);
 * - `fits`: the same occupation noun or the same age;
 * - `unknown`: the article says nothing that decides.
 * A description that clashes with the most salient person names nobody: a wrong name is worse than none.
 */
import type { ArticleContext } from '../mentions/context.ts';
import type { Person } from '../mentions/speakers.ts';
import { isPlaceName } from '../lexicon/places.ts';
import { isPersonHead } from '../lexicon/word-lists.ts';
import { endsLikePersonNoun } from '../lexicon/person-nouns.ts';
import { kindOf } from '../mentions/mention-kind.ts';
import { descriptionHead } from './named-later.ts';
import { withoutPossessiveS } from '../../text/marks.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { hasWordBefore, wordIndexIn } from '../finding/word-in-text.ts';

/**
 * Occupations by field, for fields a person rarely crosses within one story. Words shared by fields or
 * that anyone may hold besides a job (`director`, `host`, `leader`, `official`, `billionaire`) are left out.
 */
const FIELDS: Record<string, string> = Object.create(null) as Record<string, string>;
const field = (name: string, words: string): void => {
  for (const w of words.split(/\s+/)) FIELDS[w] = name;
};
field('music', 'musician singer rapper songwriter pop-star guitarist drummer pianist composer');
field('stage', 'actor actress comedian filmmaker playwright');
field('analysis', 'analyst');
field('science', 'scientist professor economist researcher historian scholar academic physicist biologist climatologist');
field('religion', 'pope cardinal bishop archbishop priest pastor rabbi imam cleric reverend preacher evangelist');
field('sports', 'player coach athlete quarterback pitcher striker footballer goalkeeper boxer golfer');
field('medicine', 'doctor physician surgeon nurse epidemiologist psychiatrist psychologist');
field('press', 'journalist reporter columnist correspondent commentator pundit');
field('business', 'ceo executive entrepreneur businessman businesswoman banker investor tycoon mogul');
field('teaching', 'teacher principal educator');
field('staff', 'adviser advisor aide strategist spokesman spokeswoman spokesperson');
field(
  'politics',
  `president senator governor mayor minister secretary chancellor premier lawmaker congressman congresswoman politician
legislator assemblyman assemblywoman councilman councilwoman ambassador diplomat sen rep gov nominee candidate`,
);

/** Fields a description's head may be refused by: not business (a politician is often a businessman too) nor politics' candidates. */
const DECIDING = new Set(['music', 'stage', 'science', 'religion', 'sports', 'medicine', 'press', 'teaching', 'politics']);

/** What the article says about a person before `at`: occupation words and ages. */
interface Described {
  words: Set<string>;
  ages: Set<number>;
}

/** `, 48,` or `, 48.` right after a name: an age. */
const AGE_AFTER = /^,\s+(\d{1,3})[,.)]/;
/** `, an associate professor of history at …`: the words of an apposition, up to a mark or a relative pronoun. */
const APPOSITION = /^,\s+(?:the\s+|a\s+|an\s+)?([^,.;:!?“”"()]{2,90}?)(?=[,.;:!?()“”"]|\s+(?:who|whose|which|said|says)\b|$)/;
/** `the 48-year-old Jo Roe`, `48-year-old Jo Roe`: an age right before a name. */
const AGE_BEFORE = /(\d{1,3})-years?-old\s+$/;
/** Up to three lower-case words right before a name (`high school physics teacher`). */
const WORDS_BEFORE = /((?:[a-z][a-z-]*\s+){1,3})$/;

function describe(ctx: ArticleContext, p: Person, at: number): Described {
  const words = new Set<string>(p.roles);
  const ages = new Set<number>();
  for (const m of ctx.people.mentionsOf(p)) {
    if (m.start >= at) break;
    const after = ctx.text.slice(m.end, m.end + 100);
    const age = AGE_AFTER.exec(after);
    if (age) ages.add(Number(age[1]));
    else {
      const apposed = APPOSITION.exec(after)?.[1];
      if (apposed) for (const w of apposed.toLowerCase().split(/\s+/)) if (FIELDS[w]) words.add(w);
    }
    const before = ctx.text.slice(Math.max(0, m.start - 40), m.start);
    const ageBefore = AGE_BEFORE.exec(before);
    if (ageBefore) ages.add(Number(ageBefore[1]));
    // Only an occupation right before the name: `said Jo Roe` has none.
    const lower = WORDS_BEFORE.exec(before)?.[1]?.trim().split(/\s+/);
    if (lower && FIELDS[lower[lower.length - 1] as string]) for (const w of lower) if (FIELDS[w]) words.add(w);
  }
  return { words, ages };
}

/** The age a description states (`the 48-year-old Army veteran`), if any. */
export function describedAge(words: readonly string[]): number | undefined {
  for (const w of words) {
    const m = /^(\d{1,3})-years?-old$/.exec(w);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/** Occupation nouns another stands for (`the CEO` of `Jo Roe, Acme's chief executive`). */
const SAME: Record<string, string[]> = { ceo: ['executive', 'chief'], executive: ['ceo'], physician: ['doctor'], doctor: ['physician'] };

export type Fit = 'fits' | 'clashes' | 'unknown';

/** Does the description of `words` (lower case) with head noun `head` fit person `p` at `at` (see the file's comment)? */
export function descriptionFit(ctx: ArticleContext, p: Person, words: readonly string[], head: string, at: number): Fit {
  const age = describedAge(words);
  const headField = FIELDS[head];
  if (age === undefined && headField === undefined) return 'unknown';
  const known = describe(ctx, p, at);
  if (age !== undefined && known.ages.size > 0) return known.ages.has(age) ? 'fits' : 'clashes';
  if (headField === undefined || known.words.size === 0) return 'unknown';
  if (known.words.has(head) || (SAME[head] ?? []).some((w) => known.words.has(w))) return 'fits';
  // (Someone's adviser or spokesman may be anything besides: staff words decide no field.)
  const fields = new Set([...known.words].map((w) => FIELDS[w]).filter((f) => f !== undefined && f !== 'staff'));
  if (fields.has(headField)) return 'unknown';
  // (Only a field a person rarely crosses clashes: `the CEO` may be `President Roe`.)
  return fields.size > 0 && DECIDING.has(headField) ? 'clashes' : 'unknown';
}

/** The one person named before `at` whose stated age is the description's (`the 48-year-old` after `Jo Roe, 48,`), if exactly one. */
export function personOfAge(ctx: ArticleContext, words: readonly string[], at: number): Person | undefined {
  const age = describedAge(words);
  if (age === undefined) return undefined;
  let found: Person | undefined;
  const seen = new Set<Person>();
  for (const m of ctx.people.mentionsBetween(0, at)) {
    if (seen.has(m.person)) continue;
    seen.add(m.person);
    if (!describe(ctx, m.person, at).ages.has(age)) continue;
    if (found) return undefined;
    found = m.person;
  }
  return found;
}

/** Is this lower-case noun an occupation of the fields above (`musician`, `ceo`, `surgeon`)? */
export const isOccupation = (w: string): boolean => FIELDS[w] !== undefined;

/** Fields whose nouns describe someone named before (`the economist`) more often than a new face (`the reporter`, `the doctor`). */
const DESCRIBED_FIELDS = new Set(['analysis', 'science']);

/**
 * Does a description with this head name the salient person only when what the article says about
 * them fits (`the CEO` after `Acme's chief executive Jo Roe`)? An occupation outside `isPersonHead` and
 * the fields above: `the reporter`, `the diplomat` are often someone not named.
 */
export const needsFit = (head: string): boolean =>
  isOccupation(head) && !isPersonHead(head) && !DESCRIBED_FIELDS.has(FIELDS[head] as string);

/** An occupation head worth ranking people for at `at`: one that needs a fit only when the article wrote the word before. */
export const occupationHead = (ctx: ArticleContext, head: string, at: number): boolean =>
  isOccupation(head) && (!needsFit(head) || hasWordBefore(ctx.text, head, at));

/**
 * Is person `p` tied to the body a description names after its head (`the CEO of Open Pages`: `Open`,
 * `Pages`)? One of the body's capitalised words stands near one of the person's mentions (before or
 * after the description: a holder found by role may be named only later).
 */
export function tiedToBody(ctx: ArticleContext, p: Person, body: readonly string[], description: Span): boolean {
  for (const m of ctx.people.mentionsOf(p)) {
    // The description's own words tie nobody: `the head of Open Pages met Jo Roe`.
    const from = Math.max(0, m.start - 60);
    const to = Math.min(ctx.text.length, m.end + 120);
    const apart = description.end <= from || description.start >= to;
    const cut = Math.max(from, description.start);
    const resume = Math.min(to, description.end);
    const tied = (w: string): boolean =>
      apart
        ? wordIndexIn(ctx.text, w, from, to) >= 0
        : wordIndexIn(ctx.text, w, from, cut) >= 0 || wordIndexIn(ctx.text, w, resume, to) >= 0;
    if (body.some(tied)) return true;
  }
  return false;
}

/** The capitalised words after the word at `at` of `words` (`of`, `for`): `the chief of the Open Pages site` → `Open`, `Pages`. */
export function bodyAfterHead(words: readonly Token[], at: number): string[] {
  if (at <= 0) return [];
  // `the former Secretary of State`: a past office of a government, written as its title, ties the one who held it to no body.
  const head = words[at - 1] as Token;
  if (OFFICE_HEADS.has(head.lower) && isUpperStart(head.text) && words.slice(0, at).some((t) => t.lower === 'former')) return [];
  const body = words
    .slice(at + 1)
    .filter((t) => isUpperStart(t.text) && t.lower !== 'the')
    .map((t) => withoutPossessiveS(t.text));
  // `the president of the United States`: a country ties nobody in particular.
  return isPlaceName(body.join(' ').toLowerCase()) ? [] : body;
}

/** Capitalised heads of a government office's title with `of`: `Secretary of State`, `Minister of Finance`. */
const OFFICE_HEADS = new Set(['secretary', 'minister']);

/** A test of whether a person is untied to the body of `body` (none named: nobody is). */
export const untiedFrom =
  (ctx: ArticleContext, body: readonly string[], description: Span) =>
  (p: Person): boolean =>
    body.length > 0 && !tiedToBody(ctx, p, body, description);

interface Span {
  start: number;
  end: number;
}

/**
 * What the salient person at `at` gives a description with head `head`: `person` (name them), `none`
 * (their occupation or age clashes with a head of `isPersonHead`'s: no speaker), or `description` (an
 * unnamed description the article may name later, `named-later.ts`): when they are untied to the body
 * the description names, or the head needs a fit (`needsFit`) that is not there.
 */
export function salientFit(
  ctx: ArticleContext,
  salient: Person,
  words: readonly string[],
  head: string,
  at: number,
  untied: (p: Person) => boolean,
): 'person' | 'none' | 'description' {
  const fit = descriptionFit(ctx, salient, words, head, at);
  // (`the former administration aide` is someone named before, as `resolve` reads it.)
  const needs = needsFit(head) && !words.includes('former');
  if (fit === 'clashes' && !needs) return 'none';
  return (fit === 'fits' || !needs) && !untied(salient) ? 'person' : 'description';
}

/** Up to two lower-case words right before a bare role, after the apposition's comma (`, senior `). */
const BARE_LEAD = /(?<=, )(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|on|at|from|to|with|by|for|of|about|into)\s+$/iu;

/**
 * The person a description at `start` stands in apposition to, written right before it and a comma:
 * `Dr. Jo Roe, a renowned surgeon, teacher and author, once wrote`, `said Jo Roe, the columnist` are
 * Jo Roe (the phrase read as the source is the apposition, not someone else). Only a description of a
 * person (its head a person's noun).
 */
export function apposedPerson(
  ctx: ArticleContext,
  { start, end, text: description }: { start: number; end: number; text: string },
  afterCue: boolean,
): Person | undefined {
  // `Jo Roe, senior counsel for Acme, an advocacy group, said`: a role with no article, closed by a comma, whose
  // first words (`senior`) the source phrase may have left out.
  const bare = /^\p{Ll}/u.test(description) && !/^(?:a|an|the|one|two|some|several|many|few|other|others)\s/i.test(description);
  const comma = bare ? start - (BARE_LEAD.exec(ctx.text.slice(Math.max(0, start - 30), start))?.[0].length ?? 0) : start;
  if (ctx.text.charCodeAt(comma - 2) !== 44 || ctx.text.charCodeAt(comma - 1) !== 32) return undefined;
  if (bare && ctx.text.charCodeAt(end) !== 44) return undefined;
  // `Jo Roe, the mayor said`: before its cue, a definite description is an apposition only when a comma
  // closes it (`Jo Roe, the surgeon, wrote`); else it is the subject of a parenthetical clause.
  if (!afterCue && /^the /i.test(description) && ctx.text.charCodeAt(end) !== 44) return undefined;
  // (One person: `a`, `an`, `the`, not `two former judges`.)
  if (!bare && !/^(?:a|an|the) /i.test(description)) return undefined;
  const head = descriptionHead(description) ?? '';
  if (!(isPersonHead(head) || isOccupation(head) || endsLikePersonNoun(head) || (bare && head === 'counsel'))) return undefined;
  const m = ctx.people.mentionsBetween(Math.max(0, comma - 80), comma).at(-1);
  if (!m || m.end !== comma - 2 || /['’]s$/.test(ctx.text.slice(m.start, m.end))) return undefined;
  // `In Taxi Driver, a veteran …`: a name after a preposition is no subject; but a description going on with `who`
  // (`respect for Lou Marsh, a radio host who called …`) is the name's apposition wherever the name stands.
  const relative = /^ who /.test(ctx.text.slice(end, end + 5));
  if (!relative && PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 8), m.start))) return undefined;
  return kindOf(ctx, m.person) === 'person' ? m.person : undefined;
}
