/**
 * Words quoted from a statement someone put out: `The board put out a statement condemning the "…"`, `Jo
 * Roe sent a note to staff that said parts of the plan "…"`, `The board released a statement backing the
 * mayor: "…"`. A statement, letter, note or message speaks for whoever issued it: the sentence's subject
 * (`issuerBefore`), right before the verb of issuing. The statement's content is a participle of saying
 * or judging (`condemning`, `saying`), `that` or `which` with a finite verb of saying (`that said`), or a
 * colon closing the sentence; between it and the quotation, plain words only (no clause of its own).
 */
import { matchCue } from '../cues/cues.ts';
import { clauseStart } from '../cues/clause-subject.ts';
import { RELEASE_VERBS } from './issued-findings.ts';
import { JUDGING_VERBS } from './reported.ts';
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { DOCUMENT_NOUNS } from '../lexicon/word-lists.ts';
import { TIME_WORDS } from '../cues/source-words.ts';
import { PERSON_POSSESSIVES } from '../lexicon/pronouns.ts';

/** What a person or body writes in their own voice (not a study or a poll: those speak for themselves). */
const AUTHORED = new Set([
  ...DOCUMENT_NOUNS,
  'note',
  'notes',
  'message',
  'messages',
  'release',
  'announcement',
  'emails',
  'letters',
  'statements',
]);
/** Determiners of the statement: `a statement`, `this statement`. */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'its', ...PERSON_POSSESSIVES, 'another']);
/** Finite verbs of saying after `that`/`which`: `a note that said`. */
const FINITE = new Set(['said', 'says', 'stated', 'states', 'read', 'reads', 'declared', 'declares', 'called', 'calls', 'warned', 'warns']);
/** Adverbs between the subject and the verb of issuing: `The trust soon put out …`. */
const ADVERBS = new Set(['also', 'later', 'then', 'soon', 'quickly', 'swiftly', 'immediately', 'once', 'again', 'had', 'has', 'have']);
/** The most words allowed between the content's verb and the quotation. */
const REACH = 14;

/** A participle of saying or judging (`condemning`, `saying`): the statement's content follows. */
const isContentParticiple = (tokens: Token[], k: number): boolean => {
  const w = tokens[k]?.lower ?? '';
  if (!w.endsWith('ing')) return false;
  return matchCue(tokens, k) !== undefined || JUDGING_VERBS.has(w);
};

/** Where the statement's content opens after the document noun at `d` (to recipients and a time skipped), or -1. */
function contentAt(tokens: Token[], d: number): number {
  let k = d + 1;
  // `to staff`, `to its employees`, `to reporters on Monday`.
  if (tokens[k]?.lower === 'to' || tokens[k]?.lower === 'on') {
    k++;
    while (k < d + 5 && tokens[k]?.kind === 'word' && !isContentParticiple(tokens, k) && !/^(?:that|which)$/.test(tokens[k]?.lower ?? ''))
      k++;
  }
  if (tokens[k]?.text === ',') k++;
  if (isContentParticiple(tokens, k)) return k;
  if (/^(?:that|which)$/.test(tokens[k]?.lower ?? '') && FINITE.has(tokens[k + 1]?.lower ?? '')) return k + 1;
  return -1;
}

/** Words of a lead-in phrase of time before the subject, with no comma: `On Sunday the board …`. */
const TIME_LEAD = /^(?:on|in|last|this|early|late|earlier|later)$/;
/** Words that never stand in an issuer's phrase: clause words, relative pronouns, conjunctions. */
const NOT_IN_SUBJECT = new Set([
  'that',
  'who',
  'which',
  'and',
  'or',
  'but',
  'to',
  'with',
  'as',
  'is',
  'was',
  'were',
  'are',
  'it',
  'they',
  'we',
  'i',
  'you',
]);

/**
 * The subject ending at `e`: from the clause's start (`clauseStart`, a time phrase skipped), two to seven
 * plain words opened by `the`, `a` or a capital (`the harbour board`, `Harbour chief Jo Roe`), or `he`/`she`.
 */
function issuerBefore(tokens: Token[], e: number): [number, number] | undefined {
  let s = clauseStart(tokens.slice(0, e));
  if (TIME_LEAD.test(tokens[s]?.lower ?? '') && isUpperStart(tokens[s + 1]?.text ?? '') && tokens[s + 2]?.kind === 'word') s += 2;
  const first = tokens[s];
  if (!first || first.kind !== 'word' || s >= e) return undefined;
  if (e === s + 1) return /^(?:he|she)$/.test(first.lower) || (isUpperStart(first.text) && first.lower !== 'it') ? [s, e] : undefined;
  if (e - s > 7 || !(isUpperStart(first.text) || first.lower === 'the' || first.lower === 'a')) return undefined;
  for (let k = s; k < e; k++) {
    const t = tokens[k] as Token;
    if (!(t.kind === 'word' || (t.text === '.' && k > s)) || NOT_IN_SUBJECT.has(t.lower)) return undefined;
  }
  return [s, e];
}

/** The most words an appositive between the issuer and its verb may have: `Jo Roe, a candidate for mayor, put out …`. */
const APPOSITIVE_WORDS = 10;

/**
 * Where the issuer's phrase ends when a comma-closed appositive stands before the verb at `e` (`Jo Roe, running for
 * mayor in Ely, put out …`): the appositive's opening comma; else `e`. Plain words only inside.
 */
function appositiveOpening(tokens: Token[], e: number): number {
  if (tokens[e - 1]?.text !== ',') return e;
  for (let k = e - 2; k >= 1 && k >= e - 2 - APPOSITIVE_WORDS; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',') return k > 1 && k < e - 2 ? k : e;
    if (t.kind !== 'word' && !/^[.'’-]$/.test(t.text)) return e;
  }
  return e;
}

/** The issuer of the statement whose content the quotation after `tokens` (its sentence up to the quotation) is in. */
export function issuedStatement(tokens: Token[]): Found | undefined {
  const n = tokens.length;
  if (n < 4 || tokens.some((t) => t.kind === 'quote' || t.text === ';')) return undefined;
  const colon = tokens[n - 1]?.text === ':';
  for (let v = n - 2; v >= 1 && v >= n - 2 - REACH - 8; v--) {
    // `The Tribune published a letter alleging …`: a paper publishes others' letters; only a sender or issuer speaks.
    if (!RELEASE_VERBS.has(tokens[v]?.lower ?? '') || tokens[v]?.lower.startsWith('publish')) continue;
    let det = v + 1;
    if (tokens[det]?.lower === 'out') det++;
    if (!DETERMINERS.has(tokens[det]?.lower ?? '')) return undefined;
    let d = det + 1;
    while (d < det + 4 && tokens[d]?.kind === 'word' && !AUTHORED.has(tokens[d]?.lower ?? '')) d++;
    if (!AUTHORED.has(tokens[d]?.lower ?? '')) return undefined;
    const c = contentAt(tokens, d);
    if (c < 0 && !colon) return undefined;
    const from = c < 0 ? d + 1 : c + 1;
    const rest = tokens.slice(from, colon ? n - 1 : n);
    if (rest.length > REACH || rest.some((t) => t.kind !== 'word' && !/^[,'’-]$/.test(t.text))) return undefined;
    let e = v;
    for (;;) {
      if (e > 0 && ADVERBS.has(tokens[e - 1]?.lower ?? '')) e--;
      // `Jo Roe on Friday sent …`: a time phrase between the subject and the verb.
      else if (e > 1 && TIME_WORDS.has(tokens[e - 1]?.lower ?? '') && /^(?:on|last|this|early|late)$/.test(tokens[e - 2]?.lower ?? ''))
        e -= 2;
      else break;
    }
    const subject = issuerBefore(tokens, appositiveOpening(tokens, e));
    if (!subject) return undefined;
    const cue = tokens[c < 0 ? v : c] as Token;
    return {
      np: subject,
      cue: { index: c < 0 ? v : c, length: 1, text: cue.text, sourceAfter: false, start: cue.start, end: cue.end },
      tokens,
    };
  }
  return undefined;
}
