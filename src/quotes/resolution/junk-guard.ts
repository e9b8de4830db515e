/**
 * The last check on a resolved speaker: no quotation is given to something that is no speaker at
 * all. When the only candidate is one of these, the quotation keeps no speaker (no speaker is
 * better than a wrong one):
 *   - a sentence word read as a source (`Regrettably these …`, `Even though X noted`, `As promised`),
 *     or a capitalised word opening a sentence that the article writes in lower case elsewhere and
 *     names nobody the article knows by a fuller name (`Modern progressives …`);
 *   - a place as a person (`she` → `Santa Clara`), or a city or region as a body (`in San Francisco
 *     said`): only a country or a state speaks, for its government;
 *   - a name met only in a headline-like line (`Gaetz Digs Up Audio of …`): a headline's Title Case
 *     words are not a name by their shape alone;
 *   - a description that is no noun phrase (`clauseLike`): a source phrase read past its noun into a
 *     clause (`the court's ruling will hurt infrequent voters`, `a separate program he's`) or cut
 *     before its noun (`reporters of`, `heard`, `including`);
 *   - the title of a book, film, show or product (`work-titles.ts`);
 *   - a phrase opening its sentence before a comma with a preposition or an -ing form (`Echoing Roe,
 *     the mayor said`): an adjunct, whose name is no subject;
 *   - words that are no name or description by their shape (`speakerShaped`): a number (`in 2010 said`),
 *     a phrase opening with a preposition (`for whatever reason`), a name read on into a clause
 *     (`Roe didn't respond`);
 *   - a bare lower-case phrase (`bareThing`): two or three lower-case words with no determiner whose
 *     singular last word names nothing that speaks (`social media`, `potential scenario`), or one such
 *     word (`loneModifier`: `best`, `considered`); a plural of people (`local organizers`) stays, and so
 *     does a tweet's signature written in lower case (`— ruth ode (@RuthOde) June 3, 2019`), which names
 *     its author in whatever case the account writes;
 *   - a description whose head, written in lower case, names a state of affairs, an event, a time, a
 *     quantity or a feeling, or is an adjective left without its noun (`speechlessHead`: `the situation`,
 *     `the end of a press conference`, `a softer tone`, `an initial` of `an initial warning message`).
 */
import { paragraphAt, type ArticleContext } from '../mentions/context.ts';
import type { Paragraph } from '../finding/paragraphs.ts';
import { isGovernedPlace, isPlaceName } from '../lexicon/places.ts';
import type { Mention, Speaker } from '../quote.ts';
import { letterRuns } from '../finding/letters.ts';
import { isNeverName, opensSentence, writtenLower } from '../mentions/sentence-words.ts';
import { foldName } from '../mentions/speakers.ts';
import { isBylineCue } from '../cues/signature-after.ts';
import {
  ARTICLES as ARTICLE_WORDS,
  DEMONSTRATIVES,
  POSSESSIVES,
  PREPOSITIONS,
  QUANTIFIERS,
  SENTENCE_ADVERBS,
  SPEECH_AFTER,
} from '../lexicon/word-lists.ts';
import { isSpeakingNoun } from './speaking-nouns.ts';
import { adverbByShape, gluedOpener, namesDay } from '../mentions/name-openers.ts';
import { isUpperStart, isWordCode } from '../tokens.ts';
import { isWorkTitle } from '../mentions/work-titles.ts';
import { isTitle } from '../lexicon/titles.ts';
import { isPersonHead } from '../lexicon/word-lists.ts';
import { isPeoplePlural } from '../lexicon/people-plurals.ts';
import { namedByInitialsOnly } from '../mentions/initials-only.ts';
import { SUBJECT_PRONOUNS } from '../lexicon/pronouns.ts';
import { isSpeechlessHead } from '../lexicon/speechless-heads.ts';
import { isPersonNounAfterTime } from '../lexicon/person-nouns.ts';

const OPENING_ADVERBS: ReadonlySet<string> = new Set(SENTENCE_ADVERBS);

/** A folded name of single letters only (`u s`). */
const INITIALS_ONLY = /^(?:\p{L} )+\p{L}$/u;

/** A pronoun with a contracted verb (`I’d`, `We'll`), as a speaker's whole name. */
const CONTRACTED_PRONOUN = /^(?:i|we|you|they|he|she)['’](?:d|m|ll|ve|re|s)$/i;

/** Per article: which words it writes in lower case, and which paragraphs read as headlines. */
interface Seen {
  text: string;
  lower: Map<string, boolean>;
  headline: Map<number, boolean>;
}
let seen: Seen = { text: '', lower: new Map(), headline: new Map() };
const seenFor = (text: string): Seen => {
  if (seen.text !== text) seen = { text, lower: new Map(), headline: new Map() };
  return seen;
};

/** One character a headline's end may trail: a space or a quotation mark. */
const TRAILING = /^[\s"'”’“‘»«]$/u;

/**
 * A paragraph written as a headline: outside its quotations, three or more words of four letters or
 * more, nearly all capitalised (prose has lower-case verbs and nouns: `co-host Jo Bloggs said of the
 * proposal`), and no closing full stop (before a closing quotation mark either) or date.
 */
function headlineLike(ctx: ArticleContext, para: Paragraph, memo: Map<number, boolean>): boolean {
  const known = memo.get(para.start);
  if (known !== undefined) return known;
  // The paragraph without its trailing spaces and quotation marks (`/[\s"'”’“‘»«]+$/u`), trimmed by a walk back.
  let stop = para.end;
  while (stop > para.start && TRAILING.test(ctx.text[stop - 1] as string)) stop--;
  const end = ctx.text.slice(para.start, stop);
  // An embedded tweet's signature (`— Jo Bloggs (@jo) May 1, 2018`) is no headline.
  const { words, caps } =
    !/[.!?:,;\d]$/.test(end) && !end.includes('(@') ? letterRuns(ctx.masked, para.start, para.end, 4) : { words: 0, caps: 0 };
  const out = words >= 3 && caps / words >= 0.9;
  memo.set(para.start, out);
  return out;
}

/** Is `word` written as a capitalised word in a paragraph that does not read as a headline? */
function namedInBody(ctx: ArticleContext, word: string, memo: Map<number, boolean>): boolean {
  for (let at = ctx.masked.indexOf(word); at >= 0; at = ctx.masked.indexOf(word, at + 1)) {
    if (!headlineLike(ctx, paragraphAt(ctx.paragraphs, at), memo)) return true;
  }
  return false;
}

/** Is `word` written capitalised somewhere inside a sentence (`columnist John Fund`), where only a name keeps its capital? */
function capitalisedInside(masked: string, word: string): boolean {
  for (let at = masked.indexOf(word); at >= 0; at = masked.indexOf(word, at + 1)) {
    const before = at > 0 ? masked.charCodeAt(at - 1) : 32;
    const after = at + word.length < masked.length ? masked.charCodeAt(at + word.length) : 32;
    if (!isWordCode(before) && !isWordCode(after) && !opensSentence(masked, at)) return true;
  }
  return false;
}

/**
 * Words no description of a speaker holds: auxiliaries, modals and pronouns with a contracted verb,
 * which make the words a clause (`the ruling will hurt voters`, `the crowd began`)…
 */
const CLAUSE_WORDS = new Set(
  `will would can could should shall might must is are was were be been being do does did don't didn't doesn't won't
can't wouldn't couldn't isn't wasn't aren't weren't haven't hasn't hadn't it's he's she's we're you're they're i'm began came went
heard`
    .split(/\s+/)
    .flatMap((w) => [w, w.replace("'", '’')]),
);
/** …and words no noun phrase ends in: prepositions, conjunctions, quantifiers and adverbs (`one of`, `including`, `only`). */
const NEVER_LAST = new Set(
  `to of for from in on at by with about than then and or but that which who whom whose including only also always
some most many more several other another each both all own`.split(/\s+/),
);

/** `the`, `a`, `an`. */
const ARTICLES = new Set<string>(ARTICLE_WORDS);

/**
 * Is an unnamed speaker's description no noun phrase, a clause or words that stop before their noun,
 * with no name in it? A description holding a name (`Texas Gov. Jo Roe isn't`, `Roe can`, `the WHO`)
 * is left to the name's own checks.
 */
export function clauseLike(description: string): boolean {
  const words = description.split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase());
  const last = lower[lower.length - 1];
  if (last !== undefined && !NEVER_LAST.has(last) && !lower.some((w) => CLAUSE_WORDS.has(w))) return false;
  // A listed word counts as a name only in capitals (`the WHO`), never as a sentence's first capital (`Many`, `To`).
  // An article opening the sentence (`The crowd began`) is no name either.
  const listed = (k: number) =>
    NEVER_LAST.has(lower[k] as string) || CLAUSE_WORDS.has(lower[k] as string) || (k === 0 && ARTICLES.has(lower[k] as string));
  return !words.some((w, k) => isUpperStart(w) && (!listed(k) || (w.length > 1 && w === w.toUpperCase())));
}

/** Indefinite pronouns for people: `someone said` is a vague source, not junk. */
const SOMEONE = new Set(['someone', 'somebody', 'everyone', 'everybody', 'anyone', 'anybody', 'nobody']);

/**
 * A description that is one lower-case word and names no one and nothing that speaks (`best` of
 * `best summarized as "…"`, `almost`, `considered`, `having`): not plural, not a noun of people
 * (`police`, `staff`, `mayor`, `teacher`, `wife`, `someone`), of a body (`court`) or of a document (`email`).
 */
function loneModifier(description: string): boolean {
  if (!/^\p{Ll}+$/u.test(description) || description.endsWith('s')) return false;
  return !isSpeakingNoun(description) && !SOMEONE.has(description);
}

/** Words that open a noun phrase as its determiner: with one, a phrase is no bare noun (`some cases`, `his pictures`). */
const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLE_WORDS, ...POSSESSIVES, ...QUANTIFIERS, ...DEMONSTRATIVES]);

/**
 * Words of two or three in lower case, with no determiner and a singular last word that names nothing that
 * speaks (`school spirit chants`, `toughening mental health`, `potential scenario`, `he believed`): no noun
 * phrase for a speaker. A plural is left alone (`local scholars said`: nouns of people are an open class),
 * and so is a phrase holding a quantifier (`at least one attendee`) or a noun of a person, a body, a
 * document or a medium (`state police`, `social media`).
 */
function bareThing(description: string): boolean {
  if (!/^[\p{Ll}\s'’-]+$/u.test(description)) return false;
  const words = description.split(/\s+/);
  if (words.length < 2 || words.length > 3 || DETERMINERS.has(words[0] as string)) return false;
  if (words.some((w) => DETERMINERS.has(w) || isSpeakingNoun(w))) return false;
  return !(words[words.length - 1] as string).endsWith('s');
}

/** Is this speaker, given through this mention, no speaker at all (see the file's comment)? */
export function isJunkSpeaker(ctx: ArticleContext, mention: Mention, speaker: Speaker, cue: string): boolean {
  const memo = seenFor(ctx.text);
  if (namedByInitialsOnly(speaker)) return true;
  // `Normally I’d dismiss …`: a pronoun with a contracted verb is no name.
  if (CONTRACTED_PRONOUN.test(speaker.name)) return true;
  // One word: `mention.text.split(/\s+/)` would give one piece.
  const single = /\s/.test(mention.text) ? undefined : mention.text;
  if (single && isUpperStart(single) && !SUBJECT_PRONOUNS.has(single.toLowerCase())) {
    const lower = single.toLowerCase();
    // `Repeatedly Referred To …`, `Perhaps`: an adverb or a sentence word is never a name.
    // (A word shaped like an adverb may be a surname the article writes in full: `McSally`, `Brantly`.)
    if (isNeverName(lower) || OPENING_ADVERBS.has(lower)) return true;
    if (adverbByShape(lower) && ctx.people.namesakes(single).length === 0) return true;
    // `Wrapping up the segment, Roe …`: a participle opening a sentence, never capitalised inside one and
    // followed by a lower-case word that is no verb of saying (`Boeing said`, `Sterling, the owner, said` name someone).
    if (
      lower.endsWith('ing') &&
      opensSentence(ctx.masked, mention.start) &&
      !capitalisedInside(ctx.masked, single) &&
      /^ \p{Ll}/u.test(ctx.masked.slice(mention.end, mention.end + 2)) &&
      !SPEECH_AFTER.test(ctx.masked.slice(mention.end, mention.end + 8))
    )
      return true;
    // `Modern progressives …`: a lone capital opening a sentence, written in lower case elsewhere, for nobody known by more.
    // (`Critics said`: a plural noun for people is an unnamed description now, read here as before, when it was a name.)
    if (
      (speaker.kind !== 'unnamed' || isPeoplePlural(lower)) &&
      !speaker.name.includes(' ') &&
      opensSentence(ctx.masked, mention.start) &&
      writtenLower(ctx.text, lower, memo.lower) &&
      !capitalisedInside(ctx.masked, single)
    )
      return true;
  }
  if (!speakerShaped(mention.text, speaker)) return true;
  if (openingAdjunct(ctx, mention)) return true;
  // (`@beewel wrote`: a handle in lower case names its account.)
  const handle = ctx.text.charCodeAt(mention.start - 1) === 64;
  // (`ruth ode (@RuthOde) June 3, 2019`: a tweet's signature names its author in whatever case the account writes.)
  const signed = handle || ctx.text.startsWith(' (@', mention.end);
  if (speaker.kind === 'unnamed' && (clauseLike(speaker.name) || (!signed && (loneModifier(speaker.name) || bareThing(speaker.name)))))
    return true;
  if (speaker.kind === 'unnamed' && !signed && speechlessHead(speaker.name)) return true;
  // `2018\n\nCritics`: a description read across a paragraph's end is no noun phrase.
  if (speaker.kind === 'unnamed' && speaker.name.includes('\n')) return true;
  // `Lund's Paper Tigers concedes`, `the show "Morning Desk"`: a work or a product (`work-titles.ts`).
  if (isWorkTitle(ctx, speaker)) return true;
  // `Super Tuesday`: a day's name.
  if (namesTwoWordDay(speaker.name)) return true;
  if (speaker.kind !== 'unnamed') {
    // A place written with initials (`U.S.`, `D.C.`) folds to single letters: `u s` is `us`.
    const name = foldName(speaker.name);
    const folded = INITIALS_ONLY.test(name) ? name.replace(/ /g, '') : name;
    if (isPlaceName(folded) && (speaker.kind === 'person' || !isGovernedPlace(folded))) return true;
    // A dash attribution (`” — Jo Bloggs, Salon`) is written like a headline and names its speaker; so is a signature line (`Jo Bloggs, Salon`: `signature-after.ts`).
    if (!isBylineCue(cue) && headlineLike(ctx, paragraphAt(ctx.paragraphs, mention.start), memo.headline)) {
      const last = speaker.name.split(' ').pop() as string;
      if (!namedInBody(ctx, last, memo.headline)) return true;
    }
  }
  return false;
}

/** Words after a description's head that open its qualifier (`the group behind the event`, `a strategist inside the operation`). */
const QUALIFIER_OPENERS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...'behind inside outside within by after during around throughout close familiar who whose that'.split(' '),
]);

/**
 * Is the head of this description (the word before its first qualifier, or its last word), written in lower
 * case, or that word without a plural's `s`, one that names nothing that speaks (`speechless-heads.ts`)? A
 * capitalised head is a name's word (`the Crisis Group`, `Operation Unity`); a qualifier's noun is not the head
 * (`the group behind the event`, `a spokesman for the campaign`).
 */
function speechlessHead(description: string): boolean {
  const words = description.split(/[^\p{L}'’-]+/u).filter(Boolean);
  const cut = words.findIndex((w, k) => k > 0 && QUALIFIER_OPENERS.has(w));
  const at = cut > 0 ? cut - 1 : words.length - 1;
  const head = words[at];
  if (head === undefined || (head === 'end' && words[at + 1] !== 'of') || compoundPersonNoun(words, at)) return false;
  return isSpeechlessHead(head) || (head.endsWith('s') && isSpeechlessHead(head.slice(0, -1)));
}

/**
 * Does a noun for a person follow the head with no determiner before it, so that the head is part of a
 * compound that names the person (`an end of life care nurse`, `a cost of living campaigner`, `a fight for 15
 * organizer`)? `the end of the season for the player` is no such compound.
 */
function compoundPersonNoun(words: string[], head: number): boolean {
  for (let k = head + 1; k < words.length; k++)
    if (isPersonNounAfterTime(words[k] as string) && !DETERMINERS.has((words[k - 1] as string).toLowerCase())) return true;
  return false;
}

/** Openers of a phrase that gives its source (`According to Roe, …`, `Per Roe, …`), which an adjunct's check leaves alone. */
const SOURCE_OPENERS = new Set(['according', 'per']);

/**
 * Is the mention a phrase opening its sentence with a preposition or an -ing form and closed by a
 * comma (`Echoing Roe, the mayor said`, `Quoting Roe, …`): an adjunct, whose name is its object and
 * never the sentence's subject, so never the speaker?
 */
function openingAdjunct(ctx: ArticleContext, mention: Mention): boolean {
  const space = mention.text.indexOf(' ');
  if (space <= 0 || ctx.text.charCodeAt(mention.end) !== 44) return false;
  const first = mention.text.slice(0, space).toLowerCase();
  if (SOURCE_OPENERS.has(first) || !gluedOpener(first) || isPlaceName(first)) return false;
  // `Dissenting Judge Jo Roe, a Bush appointee,`, `Incoming New York Rep. Jo Roe,`: an -ing adjective before a title opens the subject.
  const rest = mention.text.slice(space + 1).split(/[^\p{L}'’-]+/u);
  if (rest.some((w) => isTitle(w.toLowerCase()) || isPersonHead(w.toLowerCase()))) return false;
  return isUpperStart(mention.text) && opensSentence(ctx.masked, mention.start);
}

/** `Super Tuesday`: a name of exactly two words that names a day (no split or lower-casing of other names: this runs for every speaker). */
function namesTwoWordDay(name: string): boolean {
  const space = name.indexOf(' ');
  if (space <= 0 || name.indexOf(' ', space + 1) >= 0) return false;
  return namesDay(name.slice(0, space).toLowerCase(), name.slice(space + 1).toLowerCase());
}

/**
 * Could these words name or describe a speaker by their shape at all? Not a number alone (`2010`, a
 * year read as the subject of `in 2010 said`), not a description opening with a lower-case preposition
 * (`for whatever`, `to crestfallen supporters`: a source phrase begun too early; a name so read, `according
 * to Jo Roe, who said`, is left to the name's own checks) or ending in an auxiliary, a preposition or an
 * adverb (`the Water Board should`, `the host also`), and not a name holding a
 * lower-case auxiliary (`Roe didn't`, `Roe will`: a name read on into its clause).
 */
export function speakerShaped(mentionText: string, speaker: Speaker): boolean {
  if (/^[\p{N}\s.,]+$/u.test(speaker.name)) return false;
  if (speaker.kind === 'unnamed') {
    const first = /^\p{Ll}+/u.exec(mentionText)?.[0];
    // `the Justice Department should`, `the White House needs to`: no noun phrase ends in an auxiliary or a preposition.
    const last = speaker.name.slice(speaker.name.lastIndexOf(' ') + 1);
    return (first === undefined || !PREPOSITIONS.has(first)) && !CLAUSE_WORDS.has(last) && !NEVER_LAST.has(last);
  }
  // (The set first: `toLowerCase` makes a string of every capitalised word, and the set holds lower-case words only.)
  return !speaker.name.split(' ').some((w) => CLAUSE_WORDS.has(w) && w === w.toLowerCase());
}
