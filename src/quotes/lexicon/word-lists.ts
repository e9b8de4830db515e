/**
 * Small closed word lists that several attribution steps share, so each list is written once.
 * All lower-case; the sets built from them live beside the code that uses them.
 */
import { POSSESSIVE_DETERMINERS } from './pronouns.ts';

/** Abbreviated titles and name parts with a full stop that ends no sentence (`Mr.`, `Gen.`, `St.`). */
export const TITLE_ABBREVIATIONS = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'brig',
  'cmdr',
  'cpl',
  'pvt',
  'rev',
  'prof',
  'jr',
  'sr',
  'st',
  'mt',
] as const;

/** Articles: `the`, `a`, `an`. */
export const ARTICLES = ['the', 'a', 'an'] as const;

/** Possessive determiners: `his`, `her`, `their`, … (defined with the pronouns). */
export const POSSESSIVES = POSSESSIVE_DETERMINERS;

/** Demonstrative determiners: `this report`, `those officials`. */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/** Determiners that open a description of an unnamed person or group (`a spokesman`, `one former aide`, `two officials`). */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one', 'another', 'two', 'three', 'several', 'some']);

/** Quantifiers that open a noun phrase of people (`several officials`, `both leaders`). */
export const QUANTIFIERS = ['another', 'one', 'two', 'three', 'some', 'several', 'many', 'most', 'both'] as const;

/** Irregular past forms of verbs (`took`, `said`): the rest end in `-ed`. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set(
  'said told wrote spoke found took gave made went came saw got threw left sent put'.split(' '),
);

/** Verbs of agreeing and disagreeing (present and past): a response to someone else's words (`Roe agreed.`). */
export const STANCE_VERBS: ReadonlySet<string> = new Set(
  `agree agrees agreed disagree disagrees disagreed concurs concurred dissents dissented demurs demurred differs differed`.split(/\s+/),
);

/** The days of the week, lower case (`monday` … `sunday`). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Names of the months, capitalised (`on March 3`): times, never people. */
export const MONTH_NAMES: ReadonlySet<string> = new Set(
  'January February March April May June July August September October November December'.split(' '),
);

/** Lower-case words of a time (`on Monday`, `this morning`, `last week`, `earlier today`). */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...'today yesterday tonight morning evening afternoon night week weekend month year earlier later last this'.split(' '),
]);

/** Forms of `be`, before a passive verb (`was called`) or a state (`is worried`). */
export const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

/** Adverbs, auxiliaries and times that may stand between a subject and its verb (`Roe has repeatedly called`). */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set(
  `also then later again even repeatedly once previously recently publicly privately has have had was is were would did
does do not never often quickly angrily famously already further first last now just still today yesterday tonight
morning evening afternoon night week monday tuesday wednesday thursday friday saturday sunday on in at dolefully`.split(/\s+/),
);

/** Relative pronouns, which open a clause with a subject of its own. */
export const RELATIVE_PRONOUNS: readonly string[] = ['which', 'who', 'whom', 'whose'];

/** Words that open a subordinate clause, whose verb has its own subject. */
export const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set([
  'that',
  ...RELATIVE_PRONOUNS,
  ...'because if whether although though while when where unless until'.split(' '),
]);

/** Heads of a description that refers to one person (`the presumptive nominee`, `the 55-year-old`, `the former star`). */
const PERSON_HEADS = new Set(
  `nominee candidate leader president senator governor mayor minister secretary chancellor premier star actor actress
singer player coach executive chief founder boss businessman businesswoman billionaire tycoon officer lawmaker
congressman congresswoman politician frontrunner front-runner incumbent challenger contender hopeful chairman
chairwoman veteran author writer director producer host presenter anchor comedian rapper musician athlete champion
king queen prince princess pope monarch dictator general commander mogul entrepreneur republican democrat
superstar quarterback striker pitcher goalkeeper linebacker midfielder youth`.split(/\s+/),
);

export const isPersonHead = (word: string): boolean =>
  PERSON_HEADS.has(word) || (word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57 && /^\d+-year-old$/.test(word));

/** Nouns for what someone wrote or said, which speak for their author (`his statement said`, `a statement by the agency said`). */
export const DOCUMENT_NOUNS = new Set(
  `statement letter tweet tweets post memo op-ed email message speech remarks testimony affidavit filing brief blog
website column essay book manuscript response reply`.split(/\s+/),
);

/** Documents whose findings speak for them (`the study found`, `a new poll shows`). */
export const FINDING_DOCUMENTS: ReadonlySet<string> = new Set(
  `study studies report reports survey surveys analysis poll polls audit review paper brief memo statement letter
assessment investigation estimate estimates data figures findings research`.split(/\s+/),
);

/** Written things that speak for themselves in news: `The lawsuit was filed Thursday. It says …`. */
export const WRITTEN_DOCUMENTS: ReadonlySet<string> = new Set(
  'lawsuit suit complaint report study ruling indictment affidavit filing memo letter document order survey analysis'.split(' '),
);

/** Every noun for a document that speaks in its own right: the three lists above, and laws, bills and notices. */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  ...DOCUMENT_NOUNS,
  ...FINDING_DOCUMENTS,
  ...WRITTEN_DOCUMENTS,
  ...'bill law record note notice flyer leaflet'.split(' '),
]);

/** Pictures, recordings and signs: things one may send or post that carry someone else's words (`a photo of the sign reading "…"`). */
export const MEDIA_NOUNS = new Set(
  `photo photos photograph photographs picture pictures image images video videos clip clips screenshot screenshots meme
sign signs banner poster card note caption link recording copy movie film song album documentary headline slogan`.split(/\s+/),
);

/** A speech verb right after a lone capitalised word (`Wilcox said`), or right before it (`said Wilcox`). */
export const SPEECH_AFTER = /^ (?:said|says|told|tells|added|adds|wrote|writes)\b/;
export const SPEECH_BEFORE = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes']);
/** Words before a lone capitalised word that make it a place or a body, not a speaker: `the University of Akron says`. */
export const NOT_SPEAKER_BEFORE = new Set(['of', 'in', 'at', 'from', 'the', 'a', 'an', 'for', 'to', 'on']);

/** Modal verbs: `would`, `could`, … (a clause's own verb after them). */
export const MODALS: ReadonlySet<string> = new Set(['would', 'could', 'might', 'may', 'will', 'should', 'must', 'can']);

/** Prepositions (a preposition right before a name: `a summit of Pacific Rim nations`, `in Los Angeles`). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  'of in at from to for with on near about against between among into across toward towards like including than via over under'.split(' '),
);

/** Lower-case words inside a body's or a publication's name (`Center for Law and Justice`, `Bank of the West`, `Issues & Insights`). */
export const BODY_NAME_GLUE: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on', 'in', '&']);

/**
 * Verbs that give their object a name or a label: as a participle after a noun they start an apposition
 * (`a pastor named Jo Roe`), after `who` their quoted object is the sayer's words (`who called the vote a "farce"`).
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set(
  'named called dubbed nicknamed labeled labelled branded termed described'.split(' '),
);

/** Heads of a body's description: `he`/`she` never continues them. */
export const BODY_HEADS: ReadonlySet<string> = new Set(
  `group organisation organization union coalition alliance association network company firm agency office ministry
department government administration campaign committee council court police report study survey site website show
newspaper paper outlet station channel broadcaster magazine school university hospital clinic family couple team
diocese archdiocese parish church congregation board jury panel tribunal authority commission`.split(/\s+/),
);

/**
 * Adverbs that open a sentence (`Perhaps Jones was right`, `Ultimately Roe won`): capitalised there,
 * they are never a name's first word. Only words no name is spelt as (not `Rather`, `Early`, `Soon`).
 * (`sentence-words.ts` keeps its own NEVER_NAMES, which some of these share: read by clause subjects
 * too, adding all of these to it changed 11 speakers of the news sample, 3 of them to wrong ones.)
 */
export const SENTENCE_ADVERBS: readonly string[] = `perhaps maybe indeed instead otherwise nevertheless nonetheless
moreover furthermore besides likewise similarly thus hence therefore anyway certainly surely probably possibly clearly
obviously apparently actually basically fortunately unfortunately hopefully sadly ironically notably especially initially
eventually ultimately again already almost even ever never often just only once twice sometimes usually typically
generally together overall admittedly arguably luckily interestingly curiously importantly crucially consequently
accordingly additionally alternatively specifically frankly honestly seriously thankfully happily regardless
unsurprisingly predictably inevitably naturally incidentally originally previously recently currently presently
shortly subsequently separately elsewhere afterward afterwards thereafter nowhere somehow somewhat always nearly
regrettably meanwhile still`.split(/\s+/);
