/**
 * Words quoted inside the clause that an outer verb of saying reports: `In an interview, Jo Roe said
 * their aides describe "a mess"`, `The league said today the choice of A and B shows that it backs
 * "fair play"`, `Her spokesman issued a statement, noting that Roe has denied it "and looks forward to
 * …"`. The clause's own subject (`their aides`, `the choice of A and B`) is what the outer sayer talks
 * about; the quotation marks hold the outer sayer's words. A partial quotation whose nearest cue is
 * the inner clause's goes to the outer subject when that clause is the direct complement of the outer
 * verb (`said [that] <clause>`) and the inner subject is the outer sayer's own people (`their aides`,
 * `its analysts`) or a plain description of no one who speaks (never a person: `the woman`, `an
 * official`; a body: `the administration`; a document: `the report found`), or when the quotation goes
 * on with the inner clause's predicate (`"and is eager …"`) rather than being what its verb says.
 */
import { clauseStart } from '../cues/clause-subject.ts';
import { matchCue } from '../cues/cues.ts';
import { governingSpeech, type KnownName } from './governing-verb.ts';
import { reportedSpeech } from './reported.ts';
import type { Found } from '../cues/source-phrase.ts';
import { TIME_WORDS } from '../cues/source-words.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { OBJECT_PRONOUNS, PERSON_POSSESSIVES } from '../lexicon/pronouns.ts';
import { DOCUMENT_HEADS, MODALS, isPersonHead } from '../lexicon/word-lists.ts';
import { isTitle } from '../mentions/names.ts';
import { isSpeakingNoun } from '../resolution/speaking-nouns.ts';
import { BODY_NAME_GLUE } from '../resolution/body-names.ts';

/** Possessives by which the inner subject belongs to the outer sayer: `Roe said her aides …`, `the firm said its analysts …`. */
const POSSESSIVE_OPENERS = new Set([...PERSON_POSSESSIVES, 'its', 'our']);
/** Determiners of a description that is no one's in particular: `the choice of A and B`, `the numbers`. */
const PLAIN_OPENERS = new Set(['the', 'a', 'an', 'these', 'those']);
/** Words that join a quotation to the predicate before it: `has denied it "and is eager …"`. */
const CONJUNCTIONS = /^(?:and|but|or)\s/i;
/** Prepositions that close a description's head: `the choice of A and B`. */
const QUALIFIERS = new Set(['of', 'for', 'in', 'at', 'on', 'from', 'by', 'about', 'with']);

/** Finite verbs that show a clause after the inner verb (`told him the deal was off`), its complement. */
const FINITE = new Set([...MODALS, ...'is are was were has have had do does did'.split(' ')]);
/** Inner verbs in the past of one telling (`told`, `warned`): said once, to someone; not a habit (`describe`). */
const PAST_TELLING = /(?:ed|^told|^said|^wrote|^thought|^felt|^knew|^heard|^saw)$/;

/**
 * Is the inner subject the outer sayer's own people (`their sources`, `its analysts`: a possessive opens
 * it), or a plain description of no one who speaks (`the choice of A and B`, `the numbers`)? Never a
 * name, a person (`the woman`, `an official`), a body (`the administration`) or a document (`the report`).
 */
function outerSpeaksFor(words: Token[]): boolean {
  const cut = words.findIndex((t) => QUALIFIERS.has(t.lower));
  const own = cut > 0 ? words.slice(0, cut) : words;
  const first = own.find((t) => t.kind === 'word');
  const head = [...own].reverse().find((t) => t.kind === 'word');
  if (!first || !head || head === first) return false;
  if (own.some((t) => t.kind !== 'word' || (isUpperStart(t.text) && t !== first))) return false;
  if (POSSESSIVE_OPENERS.has(first.lower)) return !DOCUMENT_HEADS.has(head.lower);
  if (!PLAIN_OPENERS.has(first.lower) && !TIME_WORDS.has(first.lower)) return false;
  // `an official familiar with …`: an adjective after the head noun; any word of the phrase may be it.
  return !own.some((t) => t !== first && isSpeakingNoun(t.lower));
}

/**
 * The outer sayer of `sentence` (the quotation's sentence up to it) when `inner` (the attribution found
 * in its last clause) is the subject of a clause that an outer verb of saying reports, and the quotation
 * `text` is the outer sayer's words (see the file's comment); else `inner`.
 */
export function outerSayer(sentence: Token[], inner: Found | undefined, text: string, known?: KnownName): Found | undefined {
  if (inner && (inner.cue.sourceAfter || inner.np[0] > inner.cue.index)) return invertedClause(sentence, inner, known) ?? inner;
  if (!inner || inner.np[0] >= inner.cue.index) return inner;
  const from = inner.tokens[inner.np[0]];
  if (!from) return inner;
  // The inner verb belongs to the inner subject: a few words at most between them (`has denied`), no comma.
  const between = inner.tokens.slice(inner.np[1], inner.cue.index);
  if (between.length > 3 || between.some((t) => t.kind !== 'word')) return inner;
  // The quotation sits in that clause: no comma or colon after its verb (`was continuing, and agreed when asked …`).
  if (inner.tokens.slice(inner.cue.index + inner.cue.length).some((t) => /^[,;:]$/.test(t.text))) return inner;
  if (toldSomeone(inner, text)) return inner;
  const continues = CONJUNCTIONS.test(text);
  if (!continues && !outerSpeaksFor(inner.tokens.slice(inner.np[0], inner.np[1]))) return inner;
  const i = sentence.findIndex((t) => t.start === from.start);
  if (i < 2) return inner;
  // `said [today] [that]`: the outer verb right before the inner clause.
  let j = i - 1;
  if (sentence[j]?.lower === 'that') j--;
  while (j > 0 && TIME_WORDS.has(sentence[j]?.lower ?? '') && !/^(?:this|last)$/.test(sentence[j]?.lower ?? '')) j--;
  const verb = sentence[j];
  if (!verb || verb.kind !== 'word' || !matchCue(sentence, j)) return inner;
  return subjectOf(sentence, j, known) ?? inner;
}

/**
 * Is the inner clause its subject's own telling, so the quotation is what it says: `his wife told him
 * the house was "…"` (an object pronoun after the verb), `Dunn said the deal was off "and that …"` (a
 * clause after the verb, or a quotation opening `and that`), `his players warned the house …` (a person
 * telling once, in the past)?
 */
function toldSomeone(inner: Found, text: string): boolean {
  if (/^(?:and|but|or) that\b/i.test(text)) return true;
  const after = inner.tokens.slice(inner.cue.index + inner.cue.length);
  const words = inner.tokens.slice(inner.np[0], inner.np[1]);
  const own = POSSESSIVE_OPENERS.has(words[0]?.lower ?? '');
  // `the crowd chanted "…"`, `the notice read "…"`: the quotation is the inner verb's own complement
  // (not `her colleagues describe "…"`: the sayer's own people, as the sayer puts it).
  if (!own && (after.length === 0 || (after.length === 1 && after[0]?.lower === 'that'))) return true;
  if (OBJECT_PRONOUNS.has(after[0]?.lower ?? '')) return true;
  if (CONJUNCTIONS.test(text) && after.some((t) => FINITE.has(t.lower))) return true;
  const head = words[words.length - 1];
  const verb = inner.tokens[inner.cue.index + inner.cue.length - 1];
  return own && !!head && isSpeakingNoun(head.lower) && PAST_TELLING.test(verb?.lower ?? '');
}

/** The subject of the verb of saying at `sentence[j]`: a name right before it, or the clause's subject reaching it. */
function subjectOf(sentence: Token[], j: number, known?: KnownName): Found | undefined {
  const verb = sentence[j] as Token;
  const prefix = sentence.slice(0, j + 1);
  const cue = { index: j, length: 1, text: verb.text, sourceAfter: false, start: verb.start, end: verb.end };
  const named = nameBefore(prefix, j);
  if (named) return { np: named, cue, tokens: prefix };
  for (const outer of [reportedSpeech(prefix), governingSpeech(prefix, known)]) if (outer && outer.cue.start === verb.start) return outer;
  return undefined;
}

/**
 * `Jo Roe, a professor at Duke, said police behavior "seems to be the source"`: a cue read as inverted
 * (`said <source>`) whose phrase is a plain lower-case description right before the quotation is the
 * subject of the clause the quotation ends; whoever the verb has before it speaks.
 */
function invertedClause(sentence: Token[], inner: Found, known?: KnownName): Found | undefined {
  const words = inner.tokens.slice(inner.np[0], inner.np[1]);
  const head = words[words.length - 1];
  if (inner.np[1] !== inner.tokens.length || inner.np[0] !== inner.cue.index + inner.cue.length || !head) return undefined;
  if (words.some((t) => t.kind !== 'word' || isUpperStart(t.text)) || POSSESSIVE_OPENERS.has(words[0]?.lower ?? '')) return undefined;
  if (isSpeakingNoun(head.lower) || words.some((t) => isPersonHead(t.lower) || isTitle(t.lower))) return undefined;
  const j = sentence.findIndex((t) => t.start === inner.tokens[inner.cue.index]?.start);
  return j > 0 ? subjectOf(sentence, j, known) : undefined;
}

/**
 * `The Center for Law and Justice (CLJ) said`, `Jo Roe said`: the clause's subject when it is only a
 * capitalised name (joiners and a bracketed acronym allowed) right before the verb at `v`.
 */
function nameBefore(tokens: Token[], v: number): [number, number] | undefined {
  const s = clauseStart(tokens);
  let e = v;
  if (tokens[e - 1]?.text === ')' && tokens[e - 3]?.text === '(' && /^\p{Lu}+$/u.test(tokens[e - 2]?.text ?? '')) e -= 3;
  if (e - s < 1 || e - s > 8) return undefined;
  const words = tokens.slice(s, e);
  const first = words[0] as Token;
  if (first.kind !== 'word' || !isUpperStart(first.text) || !isUpperStart(words[words.length - 1]?.text ?? '')) return undefined;
  const ok = words.every(
    (t) => (t.kind === 'word' && (isUpperStart(t.text) || BODY_NAME_GLUE.has(t.lower))) || (t.text === '.' && e - s > 1),
  );
  return ok ? [s, e] : undefined;
}
