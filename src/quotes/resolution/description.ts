/**
 * Is a source phrase a noun phrase that can name a speaker, or a fragment of the writer's sentence
 * taken for one (`Three years later`, `the meantime`, `post a new tweet`, `the same year it`)? And
 * the words a phrase should be cut to when a verb or an adverb was read into it (`The committee
 * issued a statement` → `The committee`, `Comey indeed` → `Comey`). A fragment names nobody: no
 * speaker is better than a wrong one.
 */
import { isPersonNounAfterTime } from '../lexicon/person-nouns.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { isNeverName } from '../mentions/sentence-words.ts';
import { PERSONAL_PRONOUNS } from '../lexicon/pronouns.ts';
import { isTitle } from '../mentions/names.ts';
import {
  ARTICLES as ARTICLE_WORDS,
  DEMONSTRATIVES,
  IRREGULAR_PAST,
  POSSESSIVES,
  PREPOSITIONS,
  QUANTIFIERS,
  SENTENCE_ADVERBS,
} from '../lexicon/word-lists.ts';

/**
 * Determiners other than articles that open a source phrase (`His spokesman`, `Both men`, `Some officials`,
 * `These voters`): possessives, quantifiers and demonstratives.
 */
const DETERMINERS: ReadonlySet<string> = new Set<string>([
  ...POSSESSIVES,
  // `Two retired pilots`, `One former aide`: a numeral too (round 20).
  ...QUANTIFIERS,
  ...['each', 'all', 'any', 'such', 'either', 'neither'],
  ...DEMONSTRATIVES,
]);

const ARTICLES: ReadonlySet<string> = new Set<string>(ARTICLE_WORDS);
/** Nouns of time: a phrase built on one is when something was said, not who said it. */
const TIME_WORDS = new Set(
  `year years later earlier ago meantime meanwhile day days week weeks month months decade decades hour hours
minute minutes moment moments night morning evening afternoon weekend today yesterday tomorrow since`.split(/\s+/),
);
/** Words that end no noun phrase: a pronoun or an adverb closing the phrase belongs to a clause. */
const CLAUSE_END = PERSONAL_PRONOUNS;
/** Adverbs read into a phrase after a name: `Comey indeed said`, `the Times nevertheless cited` (any sentence adverb). */
const TRAILING_ADVERBS: ReadonlySet<string> = new Set([
  ...SENTENCE_ADVERBS,
  'also',
  'too',
  'then',
  'himself',
  'herself',
  'themselves',
  'itself',
  'now',
  'later',
  'however',
  'reportedly',
  'publicly',
  'privately',
  'repeatedly',
]);
/** Capitalised words that cannot be a whole source on their own (`That brought a rejoinder`, `Three …`). */
const LONE_NON_SOURCES = new Set(
  `that this these those there here what which one two three four five six seven eight nine ten advertisement
related meanwhile however`.split(/\s+/),
);

const isWordToken = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';

/**
 * May a past verb closing the phrase `np` of `tokens` be cut off it? When `that`/`who` opened its clause (`A motion
 * that lawyers for the club filed … called`), when words other than the cue follow it (`according to a Democrat
 * briefed on the talks`), or when the capitalised words before it head the phrase (`Republicans surveyed said`). Not
 * when a noun stands before them: `The group Jo Roe founded called` is a noun with its own clause, whose head stays.
 */
export function verbMayClose(tokens: Token[], np: [number, number], cueIndex: number): boolean {
  if (/^(?:that|who)$/.test(tokens[np[0] - 1]?.lower ?? '') || np[1] !== cueIndex) return true;
  let r = np[1] - 1;
  while (r > np[0] && isUpperStart((tokens[r - 1] as Token).text)) r--;
  const before = r > np[0] ? (tokens[r - 1] as Token) : undefined;
  return !before || before.kind !== 'word' || PREPOSITIONS.has(before.lower) || ARTICLES.has(before.lower) || DETERMINERS.has(before.lower);
}

/**
 * How many tokens of `words` the phrase should keep when a verb or adverb was read into it, or
 * undefined when it is fine as it is: `Comey indeed` keeps 1, `The Committee issued a statement`
 * keeps 2 (a capitalised word followed by a past-tense verb and more words). `verbMayClose`: the past
 * verb may be the phrase's last word too (see `verbMayClose`).
 */
export function cutPhrase(words: Token[], verbMayClose = false): number | undefined {
  let n = words.length;
  while (
    n > 1 &&
    isWordToken(words[n - 1]) &&
    TRAILING_ADVERBS.has((words[n - 1] as Token).lower) &&
    isUpperStart((words[n - 2] as Token).text)
  )
    n--;
  if (n < words.length) return n;
  const stop = verbMayClose ? words.length : words.length - 1;
  for (let k = 1; k < stop; k++) {
    const t = words[k] as Token;
    const before = words[k - 1] as Token;
    // (`The retired senator`, `His retired colleague`: a participle after a determiner is an adjective.)
    const determiner = ARTICLES.has(before.lower) || DETERMINERS.has(before.lower);
    if (isWordToken(t) && /^[a-z]{3,}ed$/.test(t.text) && isWordToken(before) && isUpperStart(before.text) && !determiner) return k;
  }
  const object = verbWithObject(words);
  if (object !== undefined) return object;
  return verbMayClose ? reducedRelative(words) : undefined;
}

/** Words that open a noun phrase as its object: articles and possessive determiners (`sent a memo`, `put out his statement`). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set<string>([...ARTICLES, ...POSSESSIVES]);
/** Particles of a phrasal verb before its object (`put out a statement`, `handed over the files`). */
const PARTICLES = new Set(['out', 'up', 'down', 'off', 'over', 'back']);

const isPastVerb = (t: Token | undefined): boolean => isWordToken(t) && (/^[a-z]{3,}ed$/.test(t.text) || IRREGULAR_PAST.has(t.text));

/**
 * `A county clerk in Lake Harmon sent a memo to poll workers`, `Moreno's legal team put out a statement
 * late Tuesday`: a past verb after the phrase's noun, then the opener of its object, is the subject's
 * verb read into the phrase; the phrase keeps the words before it (none when the verb opens it). A
 * determiner before the verb makes it an adjective (`the retired the` never occurs; `a trained nurse`
 * has no object after it).
 */
function verbWithObject(words: Token[]): number | undefined {
  for (let k = 0; k < words.length - 2; k++) {
    const t = words[k] as Token;
    const next = words[k + 1] as Token;
    const particle = PARTICLES.has(next.lower) ? 1 : 0;
    const object = words[k + 1 + particle];
    if (!isPastVerb(t) || !object || !OBJECT_OPENERS.has(object.lower)) continue;
    // (`issued a statement saying`: a verb opening the phrase before its document is read in `resolve.ts`, for the issuer.)
    if (k === 0 && particle === 0) return undefined;
    const before = words[k - 1];
    if (before && (!isWordToken(before) || ARTICLES.has(before.lower) || DETERMINERS.has(before.lower))) continue;
    return k;
  }
  return undefined;
}

/** Openers of a phrase with a head noun whose own clause may follow it (`a report`, `one aide`, `two officials`). */
const NOUN_OPENERS: ReadonlySet<string> = new Set<string>([...ARTICLES, ...QUANTIFIERS]);

/**
 * `a 90-page audit released by the county`, `one aide involved in the talks`: a participle closing a
 * phrase after its lower-case head noun opens a clause of its own (its agent or place follows); the
 * phrase keeps its noun. Not after a capitalised word (`A clinic Ben Achebe opened`: a clause with a
 * subject, whose noun stays) nor after an adverb or a determiner.
 */
function reducedRelative(words: Token[]): number | undefined {
  const n = words.length;
  const last = words[n - 1];
  const before = words[n - 2];
  const first = words[0] as Token;
  if (n < 3 || !isWordToken(last) || !/^[a-z]{3,}ed$/.test(last.text) || !isWordToken(before)) return undefined;
  // (`the sign she carried`: a clause with a subject of its own, whose noun stays.)
  if (!/^\p{Ll}/u.test(before.text) || OBJECT_OPENERS.has(before.lower) || CLAUSE_END.has(before.lower)) return undefined;
  if (TRAILING_ADVERBS.has(before.lower)) return undefined;
  // (`a board member based in Tulsa`: `based` tells where someone is, a description's own qualifier, not a clause.)
  if (before.lower.endsWith('ly') || last.lower === 'based') return undefined;
  return NOUN_OPENERS.has(first.lower) || /^\d/.test(first.text) ? n - 1 : undefined;
}

/** Is this phrase a fragment of a sentence rather than a description of someone (see the file's comment)? */
export function isFragment(words: Token[]): boolean {
  const w = words.filter(isWordToken);
  const first = w[0];
  const last = w[w.length - 1];
  if (!first || !last) return true;
  if (w.length === 1 && LONE_NON_SOURCES.has(first.lower)) return true;
  // `Outside the Barclays Center`, `Every time such a murder`: a phrase opened by a capitalised preposition or conjunction.
  // (`Under Secretary of State Jo Bloggs` is a title.)
  if (
    w.length > 1 &&
    isUpperStart(first.text) &&
    isNeverName(first.lower) &&
    !DETERMINERS.has(first.lower) &&
    !isTitle((w[1] as Token).lower)
  )
    return true;
  if (w.length > 1 && CLAUSE_END.has(last.text)) return true;
  // (`a night nurse`, `the morning host`: a time word between the article and a noun for a person modifies it.)
  // (A loop, not a closure per call: tsx names each closure it makes, which costs more than the test.)
  for (let k = 0; k < w.length; k++) {
    const t = w[k] as Token;
    if (!TIME_WORDS.has(t.lower) || isUpperStart(t.text)) continue;
    if (!(k === 1 && ARTICLES.has(first.lower) && isPersonNounAfterTime(w[2]?.lower ?? ''))) return true;
  }
  // `post a new tweet`: a lower-case word other than a determiner, then an article: a verb and its object.
  if (!isUpperStart(first.text) && !ARTICLES.has(first.lower) && ARTICLES.has(w[1]?.lower ?? '')) return true;
  return false;
}
