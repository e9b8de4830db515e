/**
 * A surname that two people of the article share (`Cheney` after `Liz Cheney` and `her father, Dick
 * Cheney`): the one the text is about, not merely the one named last.
 *
 * The bare surname's own sentence tells first: a pronoun that follows it there (`Romney says while he
 * knows`, `Mueller spoke of how she relied on her faith`) is the gender of the namesake it means.
 * Without one, the latest of two things before the mention decides: a bare surname that such a
 * pronoun tied to a namesake (the article goes on writing the surname for the one it meant last, and
 * the relative by full name or a title: `Mrs. Romney`), or a namesake's full name that was a
 * sentence's subject or a speech verb's speaker. When neither came, the one the article named first
 * (news names its subject first and the relatives after).
 */
import type { ArticleContext } from '../mentions/context.ts';
import { opensSentence, speaks } from './rank.ts';
import { titleGender, type Gender } from '../lexicon/given-names.ts';
import type { Person } from '../mentions/speakers.ts';
import { withoutPossessiveS } from '../../text/marks.ts';
import { isTitle } from '../lexicon/titles.ts';
import { variantNamed } from '../mentions/name-variants.ts';
import { KIN, kinNamed } from './kin-named.ts';

/** How far after a surname its sentence's pronoun may come, in characters. */
const PRONOUN_REACH = 100;

/**
 * The gender of the first personal pronoun after `end` in its sentence (`Romney said he and his wife`),
 * when no capitalised word (someone else it might stand for) comes between; quotations are blanked.
 */
function pronounAfter(masked: string, end: number): Gender | undefined {
  const after = masked.slice(end, end + PRONOUN_REACH);
  // A subject or a possessive only, never `him` (`Cheney called the governor to thank him`); `her` is as often `his`.
  const m = /^[^.!?;:\n]*?\b(?:(he|his)|(she|her))\b/i.exec(after);
  if (!m) return undefined;
  // `Romney told Wallace he …`: the pronoun may be the other person's.
  if (/[^.!?\s]\s+\p{Lu}/u.test(after.slice(0, m.index + m[0].length - (m[1] ?? m[2] ?? '').length))) return undefined;
  return m[1] ? 'm' : 'f';
}

/** A title right before the word at `start` (`Mrs. Romney`, `Sen. Pell`): a bare surname is written without one. */
function titledAt(text: string, start: number): boolean {
  const before = /([\p{L}]+)\.?\s+$/u.exec(text.slice(Math.max(0, start - 16), start));
  return before !== null && isTitle((before[1] as string).toLowerCase());
}

/** Does the word at [start, end) open its sentence and a lower-case word (its verb) follow it (`Romney says`, `Varga also wrote`)? */
function subjectAt(text: string, start: number, end: number): boolean {
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  return (k < 0 || '.!?\n'.includes(text[k] as string)) && /^ \p{Ll}/u.test(text.slice(end, end + 2));
}

/** `whose 32-year-old son Sgt. Jo Roe`, `her husband Jo Roe`: a possessive, a family noun (a title may follow), then the name. */
const KIN_INTRODUCING = new RegExp(
  String.raw`\b(?:whose|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,2}(?:${KIN}),?\s+(?:\p{Lu}\p{L}*\.?\s+)?$`,
  'u',
);

/**
 * Is the full name at `start` introduced as someone's relative (round 21)? Then it is not what the
 * text is about, whatever verb follows it (`said Jo Roe, whose son Sgt. Al Roe was killed`).
 */
const introducedAsKin = (text: string, start: number): boolean => KIN_INTRODUCING.test(text.slice(Math.max(0, start - 48), start));

/** The one namesake who may be of `gender` (of it, or of no known gender), if exactly one may. */
function ofGender(namesakes: Person[], gender: Gender | undefined): Person | undefined {
  if (!gender) return undefined;
  const fit = namesakes.filter((p) => !p.gender || p.gender === gender);
  return fit.length === 1 ? fit[0] : undefined;
}

/**
 * What the walk below reads around a mention, whatever surname is asked about: a title before it (`titledAt`,
 * by its start) and its sentence's pronoun after it (`pronounAfter`, by its end). Kept per article (a weak
 * key: nothing outlives its extraction), since every lone surname resolved walks back over every mention before it.
 */
interface Readings {
  titled: Map<number, boolean>;
  pronoun: Map<number, Gender | undefined>;
}
const readingsOf = new WeakMap<ArticleContext, Readings>();

/** The person a lone surname `word` at `at` stands for when two or more people share it; undefined when fewer do. */
export function salientNamesake(ctx: ArticleContext, word: string, at: number, roles: string[] = []): Person | undefined {
  // `Mrs. Clinton` is never the Clinton who is a man.
  const gender = titleGender(roles);
  const namesakes = ctx.people.namesakes(word).filter((p) => !gender || !p.gender || p.gender === gender);
  if (gender && namesakes.length === 1) return namesakes[0];
  if (namesakes.length < 2) return undefined;
  const lower = word.toLowerCase();
  let readings = readingsOf.get(ctx);
  if (!readings) readingsOf.set(ctx, (readings = { titled: new Map(), pronoun: new Map() }));
  const { titled, pronoun } = readings;
  // (Lower-casing never shortens a word: a mention longer than the surname and a possessive `'s` is never it.)
  const bare = (start: number, end: number): boolean => {
    if (end - start > lower.length + 2 || withoutPossessiveS(ctx.text.slice(start, end)).toLowerCase() !== lower) return false;
    let t = titled.get(start);
    if (t === undefined) titled.set(start, (t = titledAt(ctx.text, start)));
    return !t;
  };
  const pronounAt = (end: number): Gender | undefined => {
    if (pronoun.has(end)) return pronoun.get(end);
    const g = pronounAfter(ctx.masked, end);
    pronoun.set(end, g);
    return g;
  };
  // The pronoun is the surname's only when the surname is its sentence's subject (not `threatened to jail Clinton if he won`).
  const meant = (start: number, end: number): Person | undefined =>
    bare(start, end) && subjectAt(ctx.text, start, end) ? ofGender(namesakes, pronounAt(end)) : undefined;
  const here = gender ? undefined : meant(at, at + word.length);
  if (here) return here;
  let latest: Person | undefined;
  let first: Person | undefined;
  for (const m of ctx.people.mentionsBetween(0, at)) {
    if (!namesakes.includes(m.person) && !bare(m.start, m.end)) continue;
    if (namesakes.includes(m.person)) first ??= m.person;
    const written = ctx.text.slice(m.start, m.end);
    if (written.indexOf(' ') < 0) {
      // A bare surname whose sentence's pronoun told which namesake it meant.
      latest = meant(m.start, m.end) ?? latest;
      continue;
    }
    if (introducedAsKin(ctx.text, m.start)) continue;
    if (opensSentence(ctx.text, m.start, m.end) || speaks(ctx.text, m.start, m.end)) latest = m.person;
  }
  return latest ?? first;
}

/**
 * The person of the article a lone name `word` at `at` stands for: someone's relative (`Holloway's son Eric`,
 * `kin-named.ts`), a namesake (above), else a variant of a name (`name-variants.ts`).
 */
export const loneNamed = (ctx: ArticleContext, word: string, at: number, roles: string[] = []): Person | undefined =>
  kinNamed(ctx, word, at) ?? salientNamesake(ctx, word, at, roles) ?? variantNamed(ctx, word, at);
