/**
 * Words quoted inside a clause whose verb of saying is not next to its subject: `Abu Qasim, who fled
 * in 2001, appeared on television and warned the West that "…"`, `He blamed the mayor and "Albany" for
 * creating "…"`, `the clinic posted a tweet saying it was "…"`. The verb nearest the quotation, in any
 * form (`condemning`, `expressed`, `calls`), is found by its stem; its subject is the clause's own
 * (a pronoun, a name, a description), reached over adverbs, times, appositives and coordinated verbs,
 * never over a subordinate clause (`that`, `who`) or another subject (`Roe said voters called it "…"`).
 */
import type { Found } from '../cues/source-phrase.ts';
import { clauseStart } from '../cues/clause-subject.ts';
import { JUDGING_VERBS } from '../lexicon/judging-verbs.ts';
import { isClapping } from './clapping.ts';
import { relativeOnName } from '../cues/object-relative.ts';
import { agreesToSomething } from '../cues/cues.ts';
import { afterObjectGerund } from '../cues/object-gerund.ts';
import {
  ARTICLES,
  BE_FORMS as PASSIVE_AUX,
  BETWEEN_SUBJECT_AND_VERB as BETWEEN,
  DEMONSTRATIVES,
  DOCUMENT_NOUNS,
  FINDING_DOCUMENTS,
  IRREGULAR_PAST,
  isPersonHead,
  POSSESSIVES,
  RELATIVE_PRONOUNS,
  SUBORDINATE_OPENERS as SUBORDINATE,
  WEEKDAYS,
} from '../lexicon/word-lists.ts';
import { isTimeWordAt } from './time-between.ts';
import { isTitle } from '../mentions/names.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { genderAgrees } from './pronoun-agreement.ts';
import { AUX, LEADS, subjectAt, type KnownName } from './governing-subject.ts';
import { PERSON_SUBJECTS, POSSESSIVE_DETERMINERS, THIRD_PERSON_SUBJECTS } from '../lexicon/pronouns.ts';

export { namedElsewhere, type KnownName } from './governing-subject.ts';

/** Verbs of finding and directing that report a source's words too: `the inspector found that X made "…"`. */
const EXTRA_VERBS = `found finds concluded concludes determined determines stipulated stipulates stated states directed directs
ordered orders instructed instructs exhorted exhorts expressed expresses condemned condemns`.split(/\s+/);

/** The stem of a verb form: `condemning`, `condemned`, `condemns` → `condemn`; `carries` → `carry`. */
export function verbStem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return undouble(word.slice(0, -3));
  if (word.length > 4 && word.endsWith('ied')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ed')) return undouble(word.slice(0, -2));
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** `blast` from `blasting`, `slam` from `slamm`, `prais` for `praise`: doubled consonants and a lost `e` folded alike. */
function undouble(stem: string): string {
  const n = stem.length;
  if (n > 3 && stem[n - 1] === stem[n - 2] && !/[lsz]/.test(stem[n - 1] as string)) return stem.slice(0, -1);
  return stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** Relative pronouns that open a clause with a subject of its own. */
const RELATIVES: ReadonlySet<string> = new Set(RELATIVE_PRONOUNS);
/** Determiners before a capitalised modifier inside a noun phrase (`a White House call`). */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVES, 'this', 'that']);

const foldE = (stem: string): string => (stem.endsWith('e') ? stem.slice(0, -1) : stem);

/** Stems of every verb of saying, judging or finding (`e` dropped, so `describe` and `describing` meet). */
const STEMS = new Set([...JUDGING_VERBS, ...EXTRA_VERBS].map((w) => foldE(verbStem(w))));
/**
 * Forms that are nouns far more often than verbs in this position (`the calls`, `his posts`), and verbs
 * of opinion or use whose clause may quote anyone (`Many believe the court would weaken the "…" test`).
 */
const NOT_VERBS = new Set(
  `states posts issues talks questions answers offers used uses use using took take thought think thinks thinking believe
believes believed believing hope hopes hoped hoping fear fears feared fearing support supports supported supporting
oppose opposes opposed opposing references rules credits disputes knocks signals decrees compliments nicknames`.split(/\s+/),
);
/** Forms of `charge`, a verb of saying only before `that` (`charging that`), never before `with` or an amount. */
const CHARGE_FORMS = new Set(['charged', 'charges', 'charging']);
/** Of `NOT_VERBS`, the finite forms of saying that are verbs when `that` follows them (`the memo states that`). */
const FINITE_BEFORE_THAT = new Set(['states', 'posts']);

/** Stems of the verbs that take a quotation (`called`, `described`, `dubbed`, `said`), not of finding or directing (`concluded`, `ordered`). */
const QUOTING_STEMS = new Set([...JUDGING_VERBS].map((w) => foldE(verbStem(w))));

/**
 * `Roe praised Jo Dunn, who had called it "…"`: the relative clause on a name whose verb at `v` takes a
 * quotation (`relativeOnName`); undefined for any other verb (`who concluded that`, `who ordered`).
 */
export function relativeSpeech(tokens: Token[], v: number): Found | null | undefined {
  return QUOTING_STEMS.has(foldE(verbStem(tokens[v]?.lower ?? ''))) ? relativeOnName(tokens, v) : undefined;
}

/** After `found` at `k`: what was found (`found that`, `found "…"`, `found Roe failed to`), not a thing found or founded. */
function findingFollows(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (!next || next.kind === 'quote' || next.lower === 'that') return true;
  // `The audit also found a "serious lack" of …`: whatever a study or a report found is its finding.
  let d = k - 1;
  while (d > 0 && BETWEEN.has(tokens[d]?.lower ?? '')) d--;
  if (FINDING_DOCUMENTS.has(tokens[d]?.lower ?? '')) return true;
  // `the tribunal found Roe failed to "…"`: a name and its own past verb.
  let e = k + 1;
  while (e < k + 4 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
  return e > k + 1 && /^\p{Ll}+ed$/u.test(tokens[e]?.text ?? '');
}

/** A finite or participle form of a verb of saying (`calls`, `warned`, `saying`, `did post`), in lower case. */
export function isReportingVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  // Asked past the last token (`His notes "…"`: the noun ends the words before the quotation).
  if (!t) return false;
  // `A 2008 agency document states that …`: a form that is mostly a noun is a verb before `that`.
  const noun = NOT_VERBS.has(t.lower) && !(FINITE_BEFORE_THAT.has(t.lower) && tokens[k + 1]?.lower === 'that');
  // `Roe echoed the memo, charging that the board "…"`: `charge` reports only its `that` clause (not `charged with`).
  if (CHARGE_FORMS.has(t.text) && tokens[k + 1]?.lower === 'that') return true;
  if (t.kind !== 'word' || isUpperStart(t.text) || noun || !STEMS.has(foldE(verbStem(t.lower)))) return false;
  // `Roe, who founded a club to promote "…"`: `founded` starts something; `found` reports only a finding (`found that`, `found "…"`).
  if (t.lower === 'founded' || (t.lower === 'found' && !findingFollows(tokens, k))) return false;
  if (agreesToSomething(tokens, k)) return false;
  return (
    /(?:s|ed|ing)$/.test(t.lower) ||
    IRREGULAR_PAST.has(t.lower) ||
    AUX.has(tokens[k - 1]?.lower ?? '') ||
    controlledInfinitive(tokens, k) >= 0 ||
    pluralSubjectBefore(tokens, k)
  );
}

/** Words ending in `s` that are no plural noun: `The anger has not been …`. */
const NOT_PLURAL_NOUNS = new Set(['has', 'is', 'was', 'does', 'his', 'its', 'this', 'us', 'as', 'yes', 'always', 'perhaps', 'sometimes']);
/** Determiners before a plural subject: `the notes call`, `their filings describe`, `these reports say`. */
const PLURAL_DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVES, ...DEMONSTRATIVES]);

/**
 * `The internal notes call the leak a "…"`: a bare present form after a plural noun (lower case, ending
 * in `s`) that a determiner opens within three words is that noun's finite verb.
 */
export function pluralSubjectBefore(tokens: Token[], k: number): boolean {
  const noun = tokens[k - 1];
  if (tokens[k]?.lower === 'not' || !noun || noun.kind !== 'word' || noun.text !== noun.lower || !/[^s]s$/.test(noun.lower)) return false;
  if (NOT_PLURAL_NOUNS.has(noun.lower)) return false;
  for (let d = k - 2; d >= k - 4 && d >= 0; d--) {
    const t = tokens[d] as Token;
    if (PLURAL_DETERMINERS.has(t.lower)) return true;
    if (t.kind !== 'word' || t.text !== t.lower) return false;
  }
  return false;
}

/** Verbs whose subject is also the subject of the infinitive after them: `Roe tried to dismiss it as "…"`, `sought to portray`. */
const CONTROL_VERBS = new Set(
  `tried tries sought seeks wanted wants continued continues moved moves rushed rushes hastened hastens decided decides chose
chooses appeared appears seemed seems attempted attempts began begins started starts`.split(/\s+/),
);
/** Adjectives after `be` whose subject is the infinitive's too: `Roe was quick to call it "…"`, `is careful to praise`. */
const CONTROL_ADJECTIVES = new Set(
  'quick careful eager ready keen happy swift first willing prepared determined anxious unafraid'.split(' '),
);
/** Linking verbs before such an adjective: `was quick to`, `seemed eager to`, `appeared ready to`. */
const LINKING_VERBS = new Set([...PASSIVE_AUX, 'seemed', 'seems', 'appeared', 'appears', 'looked', 'looks', 'sounded', 'sounds']);
/** Degree words between a linking verb and its adjective: `appeared more than ready to`, `seemed all too eager to`. */
const DEGREE_WORDS = new Set(['more', 'than', 'all', 'too', 'only', 'very', 'so', 'quite', 'always', 'clearly']);

/**
 * An infinitive (`to` and the bare form at `v`) whose subject is the clause's: after a verb of trying
 * or wanting (`tried to dismiss`), `went on to`, `went so far as to`, or a linking verb and an adjective
 * of readiness (`was quick to call`, `seemed more than ready to scrap`). Where that phrase starts, or -1
 * (never after a verb of refusing: `declined to call it "…"` quotes no one's words).
 */
export function controlledInfinitive(tokens: Token[], v: number): number {
  if (tokens[v - 1]?.lower !== 'to') return -1;
  const c = tokens[v - 2]?.lower ?? '';
  if (CONTROL_VERBS.has(c)) return v - 2;
  const before = tokens[v - 3]?.lower ?? '';
  if (c === 'on' && /^(?:went|goes|go)$/.test(before)) return v - 3;
  // `went so far as to call it "…"`, `went so far this week as to suggest`.
  if (c === 'as') {
    let f = v - 3;
    const day = (j: number): boolean => /^\p{Lu}\p{Ll}+day$/u.test(tokens[j]?.text ?? '');
    while (f > v - 7 && (isTimeWordAt(tokens, f) || day(f) || (tokens[f]?.lower === 'on' && day(f + 1)))) f--;
    if (tokens[f]?.lower === 'far' && tokens[f - 1]?.lower === 'so' && /^(?:went|goes|go|going)$/.test(tokens[f - 2]?.lower ?? ''))
      return f - 2;
  }
  if (!CONTROL_ADJECTIVES.has(c)) return -1;
  let l = v - 3;
  while (l > v - 6 && DEGREE_WORDS.has(tokens[l]?.lower ?? '')) l--;
  return LINKING_VERBS.has(tokens[l]?.lower ?? '') ? l : -1;
}

/** Words before a verb-looking form that make it a noun (`the warning`, `his claims`, `of blaming`). */
const NOUN_BEFORE = new Set([...POSSESSIVE_DETERMINERS, ...'the a an this that these those such of for by no any some to with'.split(' ')]);
/** Prepositions before a participle whose subject is the clause's: `Obama was generous in expressing "…"`. */
const PARTICIPLE_LEADS = new Set(['in', 'while', 'when', 'after', 'before', 'without', 'by']);
/** Words that may open a sentence before its subject without a comma: `Even Sen. Jo Bloggs calls it …`. */
const FOCUS = new Set(['even', 'only', 'also', 'indeed']);

/** Gerunds that pass on someone else's words or act on things (`by citing X's use of the term "…"`, `by directing money toward`). */
const OTHERS_WORDS = new Set(['citing', 'quoting', 'directing', 'ordering', 'instructing', 'invoking', 'using', 'employing']);

/** The verb nearest the end of `tokens` that reports speech, and is not used as a noun; -1 when none. */
export function nearestVerb(tokens: Token[]): number {
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 30; k--) {
    const t = tokens[k] as Token;
    if (t.text === ';' || t.text === ':') return -1;
    if (!isReportingVerb(tokens, k) || isClapping(tokens, k)) continue;
    const before = tokens[k - 1];
    // `Roe criticized Lee for saying …"…"`, `accused him of calling it "…"`: a gerund of saying after the object
    // of another verb is that object's words; no verb further back speaks them.
    if (afterObjectGerund(tokens, k)) return -1;
    // `He began by talking about a new "…"`: a gerund after `by` has the clause's subject.
    const gerund = before?.lower === 'by' && t.lower.endsWith('ing') && !OTHERS_WORDS.has(t.lower);
    const noun = before && (NOUN_BEFORE.has(before.lower) || /['’]s$/.test(before.text)) && controlledInfinitive(tokens, k) < 0;
    if (noun && !gerund) continue;
    return k;
  }
  return -1;
}

/** Where the clause's subject starts: after conjunctions and comma-closed lead-ins (`Even Sunday, after the vote, he …`). */
function subjectStart(tokens: Token[]): number {
  let s = clauseStart(tokens);
  for (let n = 0; n < 3; n++) {
    const t = tokens[s];
    if (!t || !LEADS.has(t.lower)) break;
    const comma = tokens.findIndex((x, k) => k > s && k < s + 14 && x.text === ',');
    if (comma < 0) break;
    s = comma + 1;
  }
  if (FOCUS.has(tokens[s]?.lower ?? '') && isUpperStart(tokens[s + 1]?.text ?? '')) s++;
  // `Also Thursday, the Gazette apologized for …`: a day closed by a comma is the clause's time.
  if (WEEKDAYS.has(tokens[s]?.lower ?? '') && tokens[s + 1]?.text === ',') s += 2;
  return s;
}

/** Skip `, who …,` or `, a Democrat,` right after the subject: the index after the closing comma, or `e`. */
function skipAppositive(tokens: Token[], e: number, v: number): number {
  if (tokens[e]?.text !== ',') return e;
  for (let k = e + 1; k < v && k < e + 24; k++) if (tokens[k]?.text === ',') return k + 1;
  return e;
}

/**
 * The subject and verb of saying that govern a partial quotation at the end of `tokens` (the words of
 * its sentence before it), or undefined when the clause does not say whose words they are.
 */
export function governingSpeech(tokens: Token[], known?: KnownName): Found | undefined {
  const v = nearestVerb(tokens);
  if (v < 1) return undefined;
  const relative = relativeSpeech(tokens, v);
  if (relative !== undefined) return relative ?? undefined;
  const verb = tokens[v] as Token;
  const cue = { index: v, length: 1, text: verb.text, sourceAfter: false, start: verb.start, end: verb.end };
  // `Levin's tweet blasting CNN for "…"`: the owner of a statement that a participle follows.
  const owner = possessorOfStatement(tokens, v);
  if (
    owner &&
    known?.(
      tokens.slice(owner[0], owner[1]).map((t) => t.text.replace(/['’]s$/, '')),
      tokens[owner[0]]?.start ?? 0,
    )
  )
    return { np: owner, cue, tokens };
  const s = subjectStart(tokens);
  const inner = innerPronounSubject(tokens, v);
  const antecedent = inner >= 0 ? innerAntecedent(tokens, s, inner, known) : undefined;
  if (antecedent) return { np: antecedent, cue, tokens };
  const subject = subjectAt(tokens, s, v, known);
  if (!subject) return undefined;
  const { np, end: subjectEnd } = subject;
  // Over adverbs, auxiliaries and times back from the verb.
  // Over an infinitive's controlling verb too: `Roe tried to dismiss`.
  const control = controlledInfinitive(tokens, v);
  let p = (control >= 0 ? control : v) - 1;
  while (
    p >= subjectEnd &&
    (BETWEEN.has(tokens[p]?.lower ?? '') || /^\p{Lu}\p{Ll}+day$/u.test(tokens[p]?.text ?? '') || isTimeWordAt(tokens, p))
  )
    p--;
  const at = tokens[p] as Token;
  const participle = verb.lower.endsWith('ing');
  // `Roe was praised in the letter as …`: the subject of a passive verb is who is spoken of.
  const passive =
    PASSIVE_AUX.has(tokens[v - 1]?.lower ?? '') || PASSIVE_AUX.has(tokens[v - 2]?.lower ?? '') || tokens[v + 1]?.lower === 'by';
  if (passive && !participle) return undefined;
  // The subject itself, a coordinated verb (`…, and warned`), a participle after a comma, or `a tweet saying`.
  const joined =
    p === subjectEnd - 1 ||
    at.lower === 'and' ||
    (at.text === ',' && (participle || tokens[p - 1]?.kind === 'word')) ||
    (participle && DOCUMENT_NOUNS.has(at.lower)) ||
    (participle && PARTICIPLE_LEADS.has(tokens[v - 1]?.lower ?? ''));
  if (!joined) return undefined;
  let from = skipAppositive(tokens, subjectEnd, v);
  // An earlier quotation of the sentence closes the clause it was in: `warning that "…" and called for "…"`.
  for (let k = v - 1; k > from; k--) if (tokens[k]?.kind === 'quote') from = k + 1;
  const lead = participle && PARTICIPLE_LEADS.has(tokens[v - 1]?.lower ?? '') ? v - 1 : v;
  for (let k = from; k < lead; k++) {
    const t = tokens[k] as Token;
    if (t.text === ';' || t.text === ':' || SUBORDINATE.has(t.lower) || PERSON_SUBJECTS.has(t.lower)) return undefined;
  }
  return { np, cue, tokens };
}

/**
 * `a call in which he lambasted the mayor as the "…"`, `the plan, which she derided as "…"`: a pronoun
 * right before the verb (over adverbs and auxiliaries) is its subject, whatever clause it opens; a passive
 * (`he was called "…"`) is spoken of, not speaking. Where that pronoun is, or -1.
 */
function innerPronounSubject(tokens: Token[], v: number): number {
  // (`did not` matches the stem of `notes` after an auxiliary: no verb of saying for this reading.)
  if (tokens[v]?.lower === 'not') return -1;
  let p = v - 1;
  while (p > 0 && BETWEEN.has(tokens[p]?.lower ?? '') && !PASSIVE_AUX.has(tokens[p]?.lower ?? '')) p--;
  if (!THIRD_PERSON_SUBJECTS.has(tokens[p]?.lower ?? '') || tokens[v + 1]?.lower === 'by') return -1;
  return p;
}

/**
 * Who the inner clause's pronoun at `p` stands for: the sentence's subject when it is that pronoun again
 * (`He sent a memo in which he …`) or a name (`Jo Roe joined a call in which he …`) with no other name
 * between them (`Roe met Jo Dunn, in which he …` is either's), only names inside a noun phrase (`a
 * White House call`); undefined for any other subject (`Investigators released texts from Roe in which he …`).
 */
function innerAntecedent(tokens: Token[], s: number, p: number, known?: KnownName): [number, number] | undefined {
  // `… in which he has derided X, including Y's claim that "…"`: a clause going on past a comma may hold another's words.
  // `he promoted an article that said …`: a relative clause after the verb may be another's words.
  for (let k = p + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || RELATIVES.has(t.lower) || (t.lower === 'that' && k > p + 2)) return undefined;
  }
  if (s === p) return [p, p + 1];
  const subject = subjectAt(tokens, s, p, known);
  if (!subject) return undefined;
  const [a, b] = subject.np;
  if (b - a === 1 && PERSON_SUBJECTS.has(tokens[a]?.lower ?? '')) return tokens[a]?.lower === tokens[p]?.lower ? [p, p + 1] : undefined;
  if (!isUpperStart(tokens[a]?.text ?? '') || tokens[a]?.lower === 'the') return undefined;
  if (!genderAgrees(tokens, a, b, p, known?.gender)) return undefined;
  for (let k = skipAppositive(tokens, subject.end, p); k < p; k++) {
    const t = tokens[k] as Token;
    // `Roe listed the times by the president in which he …`: a person described in between may be whom the pronoun means.
    if (t.kind === 'quote' || PERSON_SUBJECTS.has(t.lower) || isPersonHead(t.lower) || isTitle(t.lower)) return undefined;
    if (t.kind !== 'word' || !isUpperStart(t.text) || isUpperStart(tokens[k - 1]?.text ?? '')) continue;
    // A capitalised run opening a noun phrase (`a White House call`, `the Fox interview`, `his Senate race`) names no one else.
    if (!NOUN_PHRASE_OPENERS.has(tokens[k - 1]?.lower ?? '')) return undefined;
  }
  return [a, b];
}

/** Pronouns that name who speaks in an inner clause (`I` and `we` are the writer's, `it` a thing's). */

/** `Mark Levin's tweet blasting …`: the possessive name before a statement noun right before the participle at `v`. */
function possessorOfStatement(tokens: Token[], v: number): [number, number] | undefined {
  const noun = tokens[v - 1];
  if (!noun || !DOCUMENT_NOUNS.has(noun.lower) || !tokens[v]?.lower.endsWith('ing')) return undefined;
  const o = v - 2;
  const owner = tokens[o];
  if (!owner || owner.kind !== 'word' || !isUpperStart(owner.text) || !/['’]s$/.test(owner.text)) return undefined;
  let s = o;
  while (s > 0 && o - s < 3 && tokens[s - 1]?.kind === 'word' && isUpperStart(tokens[s - 1]?.text ?? '')) s--;
  return [s, o + 1];
}
