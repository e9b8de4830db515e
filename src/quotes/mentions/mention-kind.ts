/**
 * The kind of a named mention, decided from evidence in the article before any ranking: a person
 * (a title, a given name of known gender, a role), an organisation (written as a company's, a body's
 * word in its name), a place (a country, a state, a city or region), or other (page boilerplate such
 * as `Advertisement`, a capitalised function or number word, a description such as `Maryland
 * Democrat`). Only a person is ever the antecedent of `he`/`she`; only a person or an organisation
 * (a country standing for its government) is ever given as a speaker.
 */
import { isCodedName } from './coded-names.ts';
import { isGluedHeading } from './common-phrase.ts';
import { onlyAsAccount } from './account-names.ts';
import { isOrgWord, isTitle } from './names.ts';
import { isBodyNameEnd, namedLikeCompany } from './organisations.ts';
import { isOutletName } from './named-body.ts';
import { isPlaceName } from '../lexicon/places.ts';
import type { ArticlePeople, MentionKind, Person } from './speakers.ts';
import { DEMONSTRATIVES, isPersonHead } from '../lexicon/word-lists.ts';
import { WEB_ENDINGS } from '../tokens.ts';
import { STATE_ABBREVIATIONS } from '../lexicon/us-states.ts';

export type { MentionKind };

/**
 * Capitalised words that open a page's boilerplate or a sentence, never a name: `Advertisement:`, `Three years later`,
 * a transcript's labels (`Question: "…" Answer: "…"`).
 */
const NOT_A_NAME = new Set([
  ...`advertisement advertisements advert ad ads sponsored related photo photos image images picture pictures video videos
caption credit credits getty subscribe newsletter comments comment share print email click watch listen read more
update updated editor's note there here then what which whoever whatever one two three four five six
seven eight nine ten eleven twelve twenty thirty hundred thousand million billion first second third last next both
several many some all none each every neither either another other others such meanwhile however indeed hide
toggle enlarge replay play close expand sign up stories story monitor gallery slideshow loading continue reading
skip previous back top question answer`.split(/\s+/),
  ...DEMONSTRATIVES,
]);

/** Holidays and feasts, written alone like a name (`before Christmas`, `by Thanksgiving`): a time, never who speaks. */
const HOLIDAYS = new Set('christmas easter thanksgiving halloween hanukkah passover ramadan diwali kwanzaa'.split(' '));

/** Titles that are also common surnames: `Billie Jean King`, `John Major`, `Stephen Bishop`. */
const SURNAME_TITLES = new Set([
  'king',
  'bishop',
  'major',
  'marshal',
  'judge',
  'dean',
  'cardinal',
  'chancellor',
  'sheriff',
  'prince',
  'pope',
  'chair',
]);

/**
 * The kind of a person-like cluster of the article (`text` is the article), remembered on it. A
 * title or a given name makes a person whatever else the name holds (`John Street`); without
 * them, boilerplate and capitalised function words are other, a name ending in a title or a role
 * noun is a description (other), a known place is a place, company evidence an organisation.
 */
export function kindOf(ctx: { text: string; people: ArticlePeople }, person: Person): MentionKind {
  if (person.kind) return person.kind;
  person.kind = decideKind(ctx, person, ctx.people.speakerOf(person).name);
  return person.kind;
}

/** Words right before a place's name (`in Iran`, `across Ohio`) or a body's (`the Ramadhan Foundation`), never before a person's. */
const PLACE_BEFORE = /(?:^|[^\p{L}])(in|across|near|throughout|inside|outside|the)\s+$/u;

/** Where the text writes the name the way it writes places or bodies: after `in`, `across`, `the` at every mention. */
function writtenLikePlace(ctx: { text: string; people: ArticlePeople }, person: Person): 'place' | 'body' | undefined {
  let place = 0;
  let body = 0;
  let seen = 0;
  for (const m of ctx.people.mentionsOf(person)) {
    seen++;
    const w = PLACE_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 12), m.start))?.[1];
    if (!w) return undefined;
    if (w === 'the') body++;
    else place++;
  }
  if (seen === 0) return undefined;
  return place >= body ? 'place' : 'body';
}

/**
 * A body's head noun: right before a name (`advocacy group Rising Voices`, `the nonprofit Open
 * Doors`), or heading a description an article refers back to (`a coalition of … groups … it said`).
 */
export const BODY_NOUNS = new Set(
  `organization organisation group company firm nonprofit non-profit charity coalition network agency startup website
newspaper magazine outlet`.split(/\s+/),
);

/**
 * Does the article write the name (two words or more) right after a body's head noun that follows a
 * lower-case word, at one of its mentions at least? Not `the Hope for Wholeness group Game founded`
 * (a capital before the noun) nor `the group Kilimnik joined` (one word: a clause, not a body's name).
 */
function writtenAfterBodyNoun(ctx: { text: string; people: ArticlePeople }, person: Person): boolean {
  const { text } = ctx;
  for (const m of ctx.people.mentionsOf(person)) {
    const space = m.start - 1;
    if (text.charCodeAt(space) !== 32) continue;
    const s = text.lastIndexOf(' ', space - 1);
    if (s < 1 || !BODY_NOUNS.has(text.slice(s + 1, space).toLowerCase())) continue;
    const before = text.lastIndexOf(' ', s - 1);
    if (!/^\p{Ll}+$/u.test(text.slice(before + 1, s))) continue;
    const inner = text.indexOf(' ', m.start);
    if (inner >= 0 && inner < m.end) return true;
  }
  return false;
}

/** First words of a storm's name (not `Storm`: also a given name, `Storm Reid`). */
const STORMS = new Set(['hurricane', 'typhoon', 'cyclone', 'superstorm', 'tropical']);
/** Last words of a place's name that are no surname: `Walnut Creek`, `George Washington Bridge`. */
const FEATURES = new Set(
  `creek bridge canyon valley beach boulevard highway freeway interstate tunnel falls springs heights mountains peninsula
bayou`.split(/\s+/),
);

/** First words of places' names that open no person's name: `San Bernardino`, `Fort Worth`, `Los Alamos`. */
const PLACE_FIRST_WORDS = new Set(['san', 'santa', 'fort', 'port', 'los', 'las', 'lake']);

/** A state written after a comma and before a mark: `, Mich.`, `, Michigan,`, `, N.Y.` (a city's, never a person's). */
const capitalised = (w: string): string => w.replace(/(^|\s)(\p{L})/gu, (_, space: string, c: string) => space + c.toUpperCase());
const STATE_AFTER = new RegExp(
  String.raw`^, (?:(?:${Object.keys(STATE_ABBREVIATIONS).map(capitalised).join('|')})(?=[,.;:)]|$)|(?:${Object.values(STATE_ABBREVIATIONS)
    .flat()
    .filter((w) => w.length > 2)
    .map(capitalised)
    .join('|')})\.)`,
  'u',
);

/** `in `, `near `, `from `: before a city's name (never before `Sens. Jo Roe, Mass.,` in a list of lawmakers). */
const PLACE_PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|near|from|at|outside|of)\s+$/u;

/** Does one of the name's mentions stand after a preposition and before a state, the way a city is written (`in Ann Arbor, Mich.`)? */
function writtenWithState(ctx: { text: string; people: ArticlePeople }, person: Person): boolean {
  return ctx.people
    .mentionsOf(person)
    .some(
      (m) =>
        ctx.text.charCodeAt(m.end) === 44 &&
        STATE_AFTER.test(ctx.text.slice(m.end, m.end + 24)) &&
        PLACE_PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 10), m.start)),
    );
}

/** Last words of a newspaper's name that are also surnames (`Sun`, `Post`, `Star`). */
const SURNAME_NEWSPAPER_ENDS = new Set(['sun', 'post', 'star', 'press', 'globe', 'mirror', 'herald', 'record']);

/** A name written as a web address. */
const WEB_ADDRESS = new RegExp(String.raw`\p{L}\.(?:${WEB_ENDINGS.join('|')})$`, 'u');

/** Is every mention of the person written after a slash, the way a picture's credit names its photographer? */
function onlyInCredits(ctx: { text: string; people: ArticlePeople }, person: Person): boolean {
  let seen = 0;
  for (const m of ctx.people.mentionsOf(person)) {
    if (ctx.text.charCodeAt(m.start - 1) !== 47) return false;
    seen++;
  }
  return seen > 0;
}

/** An acronym with a plural `s`: `IDs`, `CEOs`, `NGOs`. */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** A people named by their country (`Americans`, `Syrians`, `Canadians`, `Mexicans`): the country is a known place. */
function isDemonymPlural(word: string): boolean {
  if (word.length < 6 || !word.endsWith('ans')) return false;
  const stem = word.slice(0, -2);
  return isPlaceName(stem) || isPlaceName(`${word.slice(0, -4)}a`) || isPlaceName(`${word.slice(0, -3)}o`);
}

function decideKind(ctx: { text: string; people: ArticlePeople }, person: Person, name: string): MentionKind {
  const { text } = ctx;
  const f = person.folded;
  const last = f[f.length - 1] ?? '';
  if (f.length === 1 && (NOT_A_NAME.has(last) || HOLIDAYS.has(last))) return 'other';
  if (f.every((w) => NOT_A_NAME.has(w))) return 'other';
  // `IDs`, `CEOs`, `Native Americans`: a plural, a group of people or things, never one person (`he`, `she`).
  if ((f.length === 1 && PLURAL_ACRONYM.test(name)) || isDemonymPlural(last)) return 'other';
  // `Juror B-29`, `Witness 3`: a person kept anonymous by a role and a code.
  if (f.length <= 2 && isCodedName(name)) return 'person';
  // `Salon.com`, `MoveOn.org`: a web address is a site's or a body's name.
  if (WEB_ADDRESS.test(name)) return 'organisation';
  // `Hurricane Katrina`, `Walnut Creek`, `George Washington Bridge`: a storm's or a place's name, whatever its given name.
  if (f.length > 1 && FEATURES.has(last)) return 'place';
  if (f.length > 1 && STORMS.has(f[0] as string)) return 'other';
  // `in Ann Arbor, Mich.`: a state after the name, and a preposition of place before it.
  if (f.length > 1 && writtenWithState(ctx, person)) return 'place';
  // `REUTERS/Jo Roe/File Photo`, `(AP Photo/Jo Roe)`: a photographer named only in picture credits says nothing in the story.
  if (onlyInCredits(ctx, person)) return 'other';
  if (person.gender !== undefined) return 'person';
  // `— Mediaite (@Mediaite) May 2, 2015`: a one-word name seen only as a post's account (`account-names.ts`).
  if (onlyAsAccount(ctx, person)) return 'organisation';
  // `Maryland Democrat`, `Financial Officer`: a description written in capitals, not a name.
  if (f.length > 1 && (isTitle(last) || isPersonHead(last)) && !SURNAME_TITLES.has(last)) return 'other';
  if (isPlaceName(f.join(' '))) return 'place';
  if (person.organisation === true) return 'organisation';
  if (isBodyNameEnd(last) || (f.length > 1 && f.some((w) => isOrgWord(w)))) return 'organisation';
  if (person.roles.size > 0) return 'person';
  // `the Des Moines Register`, `Slate`: an outlet by the shape of its name; two words ending in a word
  // that is also a surname only after a place (`Denver Post`, not `Xiaoyu Sun`).
  if (isOutletName(f) && (f.length !== 2 || isPlaceName(f[0] as string) || !SURNAME_NEWSPAPER_ENDS.has(last))) return 'organisation';
  // `advocacy group Rising Voices said`: a name written right after a body's head noun is that body's.
  if (writtenAfterBodyNoun(ctx, person)) return 'organisation';
  if (person.organisation === undefined) {
    person.organisation = namedLikeCompany(text, name.split(' '));
    if (person.organisation) return 'organisation';
  }
  // `San Bernardino`, `Fort Worth`: two words opening with a place's first word (after the bodies: `Mount Sinai`).
  if (f.length === 2 && PLACE_FIRST_WORDS.has(f[0] as string)) return 'place';
  // `the Global Terrorism Database`, `on Extra-Judicial Executions`: never written as a person is.
  const written = writtenLikePlace(ctx, person);
  if (written === 'place') return 'place';
  if (written === 'body') return 'organisation';
  // `Rent Strike She plans …` beside `a rent strike`: a subheading glued to its paragraph (`common-phrase.ts`).
  if (isGluedHeading(ctx, person, name)) return 'other';
  return 'person';
}
