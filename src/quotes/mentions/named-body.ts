/**
 * `the bureau said`, `the court said`, `the health department said`: a description of a body whose
 * name the article has already written with that head word in capitals (`the Bureau of Alcohol,
 * Tobacco, Firearms and Explosives`, `the Ninth Circuit Court of Appeals`, `the Department of Health
 * and Human Services`) is that body, the one named last before the description; every lower-case
 * word before the head must be in the name (`the health department` is not `the Defense Department`).
 * A description of a kind of outlet (`the paper`, `the magazine`, `the network`) is the nearest name
 * of that kind before it (`the St. Louis Post-Dispatch`, `TIME`, `MSNBC`). A body's editorial speaks
 * for the body (`the Denver Post's editorial board`, `an Orange County Register editorial`). A
 * description the article gave no such name keeps its words.
 */
import type { ArticleContext } from './context.ts';
import { isNeverName, opensSentence } from './sentence-words.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { hasPossessiveS, withoutPossessiveS } from '../../text/marks.ts';

/** Heads of a body's description that its own name carries (`Court`, `Bureau`), lower case. */
const NAMED_HEADS = new Set(
  `bureau court clinic hospital university college school committee commission department ministry agency council
board institute foundation museum church union association federation league senate assembly parliament tribunal
service office administration authority company corporation bank fund network party campaign chamber magazine
newspaper center centre coalition alliance society review`.split(/\s+/),
);

/** How far back the name is looked for, in characters. */
const REACH = 4000;

const CAPITAL = String.raw`\p{Lu}[\p{L}\d.&'’-]*`;

/** A name that closes its sentence, without the full stop its last word took (`the Department of Health.`). */
const withoutStop = (name: string): string => name.replace(/(?<=\p{Ll}{2})\.$/u, '');

/** The lower-case word of `name` (split on spaces and hyphens), for the check of a description's modifiers. */
const wordsOf = (name: string): Set<string> => new Set(name.toLowerCase().split(/[\s-]+/));

/** Spaces between the words of one name: never a line break (`Alan Gomez¶¶The Supreme Court` is a byline and a sentence). */
const GAP = String.raw`[^\S\n]+`;

/**
 * The body's name (without `the`) the description `the <modifiers> <head>` at `at` refers to, if the
 * article wrote one: the last name before `at` holding the head in capitals and every modifier.
 */
export function namedBody(ctx: ArticleContext, head: string, at: number, modifiers: string[] = []): string | undefined {
  if (!NAMED_HEADS.has(head)) return undefined;
  const Head = head[0]?.toUpperCase() + head.slice(1);
  const before = ctx.masked.slice(Math.max(0, at - REACH), at);
  // Every match holds the capitalised head word: without it, nothing to scan for.
  if (!before.includes(Head)) return undefined;
  const name = new RegExp(
    String.raw`((?:${CAPITAL}${GAP}){0,4})${Head}\b((?:${GAP}(?:of|for|on)(?:${GAP}the)?(?:,?${GAP}(?:and${GAP}|&${GAP})?${CAPITAL})+)?)`,
    'gu',
  );
  let found: string | undefined;
  for (let m = name.exec(before); m; m = name.exec(before)) {
    // `… Set You Free. The Journalism Review`: a word of two small letters and a full stop ends a sentence, not part of the name.
    const lead = (m[1] ?? '').split(/(?<=\p{Ll}{2}\.)\s+/u).pop() as string;
    const words = withoutStop(`${lead}${Head}${m[2] ?? ''}`.replace(/^(?:The|A|An)\s+/, '').trim());
    // `Court` alone (a sentence opening with it) names nothing: a body's name has two words or more.
    if (words.split(/\s+/).length < 2) continue;
    const own = wordsOf(words);
    if (modifiers.every((w) => own.has(w))) found = words;
  }
  return found;
}

/**
 * Last words of a newspaper's name (`the Denver Post`, `the St. Louis Post-Dispatch`, `the Sacramento Bee`);
 * not `democrat`, `leader`, `citizen`: `a West Virginia Democrat` is a description far more often than a paper.
 */
const NEWSPAPER_ENDS = new Set(
  `post times herald journal tribune bee star press register gazette globe chronicle inquirer examiner sun courier
dispatch observer guardian telegraph mirror express advertiser record sentinel enquirer constitution oregonian
independent standard republic statesman ledger bulletin`.split(/\s+/),
);
/** Magazines and broadcasters written by a name that does not say what they are. */
const MAGAZINES = new Set(
  `time, newsweek, forbes, fortune, atlantic, new yorker, economist, rolling stone, vanity fair, esquire, wired, slate,
salon, politico, national review, mother jones, vogue, weekly standard`.split(/,\s*/),
);
/** Broadcasters, by name. */
const NETWORKS = new Set(
  `abc, cbs, nbc, cnn, msnbc, fox, fox news, pbs, npr, espn, hbo, bbc, cnbc, c-span, al jazeera, univision, telemundo,
sky news, rt, cbs news, nbc news, abc news, fox business, newsmax, cnn international, bbc news`.split(/,\s*/),
);

/** News agencies, by name. */
const WIRES = new Set([
  'associated press',
  'ap',
  'reuters',
  'afp',
  'agence france-presse',
  'bloomberg',
  'upi',
  'xinhua',
  'tass',
  'interfax',
]);

/**
 * What a kind of outlet's name looks like: `the paper` → a newspaper's name; `the news organization`,
 * `the wire service` → a news agency's (only those are told by name: `the outlet` after `Variety` is no
 * outlet this file knows, and the nearest one it knows would be the wrong one).
 */
type Kind = 'newspaper' | 'magazine' | 'network' | 'wire' | 'facility';
const KIND_HEADS = new Map<string, Kind>([
  ['paper', 'newspaper'],
  ['newspaper', 'newspaper'],
  ['daily', 'newspaper'],
  ['magazine', 'magazine'],
  ['network', 'network'],
  ['broadcaster', 'network'],
  ['channel', 'network'],
  ['facility', 'facility'],
  ['news organization', 'wire'],
  ['news organisation', 'wire'],
  ['news agency', 'wire'],
  ['news service', 'wire'],
  ['wire service', 'wire'],
]);

function ofKind(name: string, kind: Kind): boolean {
  const folded = name.toLowerCase().replace(/^the\s+/, '');
  if (kind === 'wire') return WIRES.has(folded);
  if (kind === 'facility') return / (?:clinic|hospital|prison|penitentiary|jail|plant|refinery|laboratory|facility)$/.test(folded);
  const words = folded.split(/[\s-]+/);
  const last = words[words.length - 1] ?? '';
  // `the Associated Press`: a news agency ends like a paper, and is none.
  if (kind === 'newspaper') return words.length >= 2 && NEWSPAPER_ENDS.has(last) && !WIRES.has(folded);
  if (kind === 'magazine') return (words.length >= 2 && last === 'magazine') || MAGAZINES.has(folded);
  return NETWORKS.has(folded) || (words.length >= 2 && (last === 'network' || last === 'tv'));
}

/** Outlets' names that are also a person's or an ordinary word, not taken alone as an outlet by their kind: `Fox`, `Time`. */
const AMBIGUOUS_ALONE = new Set(['fox', 'time', 'people', 'salon', 'wired', 'fortune']);

/**
 * Is this name (folded words) a newspaper's (`Des Moines Register`), a magazine's or a broadcaster's
 * (`Slate`, `The Weather Channel`) by its shape or its name: a body, never a person.
 */
export function isOutletName(folded: string[]): boolean {
  // `ofKind` on each kind, by set lookups only: this runs for every name whose kind is decided.
  const from = folded[0] === 'the' && folded.length > 1 ? 1 : 0;
  const n = folded.length - from;
  const lastWord = folded[folded.length - 1] ?? '';
  const hyphen = lastWord.lastIndexOf('-');
  const last = hyphen >= 0 ? lastWord.slice(hyphen + 1) : lastWord;
  if ((n > 1 || hyphen >= 0) && (NEWSPAPER_ENDS.has(last) || OUTLET_ENDS.has(last))) return true;
  const name = n === 1 ? lastWord : folded.slice(from).join(' ');
  if (n === 1 && AMBIGUOUS_ALONE.has(name)) return false;
  return MAGAZINES.has(name) || NETWORKS.has(name);
}
/**
 * Last words of a magazine's, a broadcaster's or an agency's name: `QUILL Magazine`, `The Weather Channel`, and the
 * words of other languages for a news agency or a newspaper (`Deutsche Presse-Agentur`, `Agencia EFE`'s `Agencia` is
 * no last word: `Nyhets-Agentur`, `Rheinische Zeitung`, `Kyodo Tsushin`).
 */
const OUTLET_ENDS = new Set(['magazine', 'network', 'tv', 'channel', 'agentur', 'zeitung', 'zeitschrift', 'tsushin']);

/** Capitalised runs, with `of`, `the`, `and`, `&` inside: the names a text writes. */
const RUN = new RegExp(String.raw`${CAPITAL}(?:\s+(?:(?:of|and|&)\s+(?:the\s+)?)?${CAPITAL})*`, 'gu');

/** The nearest name of this kind of outlet written before `at` (without `The` and a possessive). */
function nearestOfKind(ctx: ArticleContext, kind: Kind, at: number): string | undefined {
  const before = ctx.masked.slice(Math.max(0, at - REACH), at);
  let found: string | undefined;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(before); m; m = RUN.exec(before)) {
    // `Readers of the Lakeview Tribune`: an outlet's name holds no `of`, `and`; the part after the last one.
    // `John Bolton. The Washington Post`: a word of two small letters or more and a full stop ends a sentence.
    const part = m[0].split(/(?<=\p{Ll}{2}\.)\s+|\s+(?:of|and|&)\s+(?:the\s+)?/u).pop() as string;
    const words = part.split(/\s+/);
    // A sentence's first word before the name (`But Denver Post`): not part of it.
    while (words.length > 1 && (isNeverName((words[0] as string).toLowerCase()) || words[0] === 'The')) words.shift();
    // `the Pulitzer Prize-winning Tampa Bay Times`: a modifier with a lower-case part ends what is before the name.
    const modifier = words.findLastIndex((w) => /-\p{Ll}/u.test(w));
    if (modifier >= 0 && modifier < words.length - 1) words.splice(0, modifier + 1);
    const name = withoutStop(withoutPossessiveS(words.join(' ')));
    // `Time is short`: an ordinary word opening a sentence is no outlet's name by itself.
    const lone =
      words.length === 1 &&
      AMBIGUOUS_ALONE.has(name.toLowerCase()) &&
      opensSentence(ctx.masked, Math.max(0, at - REACH) + m.index + m[0].lastIndexOf(words[0] as string));
    if (!lone && ofKind(name, kind)) found = name;
  }
  return found;
}

/** First words of a government body's name: `Centers for Medicare and Medicaid Services`, `Bureau of Prisons`. */
const AGENCY_FIRST = new Set(['bureau', 'department', 'centers', 'center', 'office', 'administration', 'agency', 'commission', 'service']);
/** Last words of a government body's name: `the Social Security Administration`, `the Internal Revenue Service`. */
const AGENCY_LAST = new Set([
  'administration',
  'agency',
  'service',
  'bureau',
  'department',
  'commission',
  'authority',
  'protection',
  'enforcement',
]);
/** Capitalised runs with the glue of a body's name, `for` included: `Centers for Medicare and Medicaid Services`. */
const BODY_RUN = new RegExp(String.raw`${CAPITAL}(?:,?\s+(?:(?:of|for|and|on|&)\s+(?:the\s+)?)?${CAPITAL})*`, 'gu');

/** Is this a government body's name by its shape (`Bureau of Prisons`, `the Food and Drug Administration`)? */
export function isAgencyName(name: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/);
  if (words.length < 2) return false;
  const last = (words[words.length - 1] as string).toLowerCase();
  return (AGENCY_FIRST.has((words[0] as string).toLowerCase()) && /^(?:of|for)$/.test(words[1] ?? '')) || AGENCY_LAST.has(last);
}

/** Last words a business's name may end with too (`the Acme Delivery Service`): a government body's only with a word saying so. */
const BUSINESS_LIKE_LAST = /^(?:Service|Services|Protection|Enforcement)$/;
/** Words that say a `… Service` is a government's: `the Internal Revenue Service`, `U.S. Customs and Border Protection`. */
const GOVERNMENT_WORD =
  /^(?:U\.?S\.?|Federal|National|State|Internal|Revenue|Postal|Secret|Customs|Border|Immigration|Forest|Park|Weather|Wildlife|Marshals|Environmental|Citizenship|Health|Agricultural|Foreign|Public|Consumer|Fire|Coast|Intelligence|Security)$/;
/** Is this agency-shaped name (its words) a government's beyond doubt: not a `… Service` a business may be named too? */
const surelyGovernment = (words: string[]): boolean =>
  !BUSINESS_LIKE_LAST.test(words[words.length - 1] as string) ||
  /^(?:of|for)$/.test(words[1] ?? '') ||
  words.some((w) => GOVERNMENT_WORD.test(w));

/**
 * `the agency said`: the government body named last before `at` (a capitalised name of two words or
 * more opening with `Bureau`, `Centers`, `Office`… before `of`/`for`, or ending with `Administration`,
 * `Service`, `Agency`…), without `The`.
 */
function nearestAgency(ctx: ArticleContext, at: number): string | undefined {
  const before = ctx.masked.slice(Math.max(0, at - REACH), at);
  let found: string | undefined;
  let foundAt = -1;
  BODY_RUN.lastIndex = 0;
  for (let m = BODY_RUN.exec(before); m; m = BODY_RUN.exec(before)) {
    const words = withoutStop(withoutPossessiveS(m[0].replace(/,/g, '')))
      .replace(/^The\s+/, '')
      .split(/\s+/);
    if (words.length < 2) continue;
    if (isAgencyName(words.join(' ')) && surelyGovernment(words)) {
      found = words.join(' ');
      foundAt = m.index + m[0].length;
    }
  }
  // `… the Department of Parks. A state agency reviewed it. "…," the agency said`: another agency mentioned since.
  if (found && /\bagency\b/.test(before.slice(foundAt))) return undefined;
  // `… the National Weather Service. According to the EPA, the agency …`: a body written by its initials
  // after the name, other than the name's own initials, may be the one meant: no answer rather than a guess.
  if (!found) return undefined;
  const initials = initialsOf(found);
  for (const m of before.slice(foundAt).matchAll(ACRONYM))
    if (!initials.has(m[1] as string) && !NOT_BODIES.has(m[1] as string)) return undefined;
  return found;
}
/** A word in capitals, two to five letters: `EPA`, `BOP`. */
const ACRONYM = /(?<![\p{L}.])(\p{Lu}{2,5})(?!\p{L}|\.\p{L})/gu;
/** Capitals that are no body's initials. */
const NOT_BODIES = new Set(['CEO', 'CFO', 'COO', 'CTO', 'TV', 'US', 'UK', 'AM', 'PM', 'PR', 'OK', 'ID', 'DC', 'ET', 'PT']);
/** A name's initials, with and without its small words: `Bureau of Prisons` → `BP`, `BOP`. */
function initialsOf(name: string): Set<string> {
  const words = name.split(/\s+/);
  return new Set([
    words
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join(''),
    words.map((w) => w[0]?.toUpperCase()).join(''),
  ]);
}

/** `the Denver Post's editorial board`, `an Orange County Register editorial`: the body's name the editorial is of. */
function editorialOf(words: Token[]): string | undefined {
  const e = words.findIndex((t) => t.lower === 'editorial' || t.lower === 'editorials' || t.lower === 'editors');
  if (e < 2) return undefined;
  const det = (words[0] as Token).lower;
  if (det !== 'the' && det !== 'a' && det !== 'an') return undefined;
  const owner = words.slice(1, e);
  if (!owner.every((t) => isUpperStart(t.text))) return undefined;
  const possessive = hasPossessiveS((owner[owner.length - 1] as Token).text);
  // `the Denver Post editorial`: a possessive or no article of its own before the owner's name.
  if (det === 'the' && !possessive && e < words.length - 1) return undefined;
  const name = withoutPossessiveS(owner.map((t) => t.text).join(' '));
  return ofKind(name, 'newspaper') || ofKind(name, 'magazine') ? name : undefined;
}

/**
 * The name of the body a description of one stands for (see the file's comment), or undefined:
 * `words` are the phrase's word tokens, `at` where it starts.
 */
export function describedBody(ctx: ArticleContext, words: Token[], at: number): string | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last || words.length < 2) return undefined;
  const editorial = editorialOf(words);
  if (editorial) return editorial;
  if (first.lower !== 'the' || words.length > 4) return undefined;
  const modifiers = words.slice(1, -1);
  // `the Nobel committee`: a capitalised modifier names the body itself.
  if (modifiers.some((t) => isUpperStart(t.text) || hasPossessiveS(t.text))) return undefined;
  const head = last.lower;
  const named = namedBody(
    ctx,
    head,
    at,
    modifiers.map((t) => t.lower),
  );
  if (named) return named;
  if (head === 'agency' && modifiers.length === 0) return nearestAgency(ctx, at);
  // (A map, not an object: `the constructor` is no kind.)
  const kind =
    modifiers.length === 0
      ? KIND_HEADS.get(head)
      : modifiers.length === 1
        ? KIND_HEADS.get(`${(modifiers[0] as Token).lower} ${head}`)
        : undefined;
  return kind ? nearestOfKind(ctx, kind, at) : undefined;
}
