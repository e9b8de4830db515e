/**
 * Words quoted inside reported speech: `But he blamed the turmoil on an "anti-state coup"`. A quote
 * with no cue of its own, in a sentence whose subject is a person (or a pronoun, or `the president`)
 * followed by a verb of saying, blaming, calling, describing, warning, insisting and the like, is the
 * subject's. The subject must open the sentence (after a conjunction or a short lead-in clause) and
 * the verb follow it directly, so that narration about someone (`a ban on "assault weapons"`) is not.
 */
import { agreesToSomething, matchCue, sendsSomethingElse, type CueMatch } from '../cues/cues.ts';
import { JUDGING_VERBS, REPORTING_VERBS } from '../lexicon/judging-verbs.ts';
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { isClapping } from './clapping.ts';
import { isTitle } from '../mentions/names.ts';
import { BE_FORMS as BE, DESCRIPTION_OPENERS } from '../lexicon/word-lists.ts';
import { NOT_SUBJECT, SUBJECT_STOP, clauseStart } from '../cues/clause-subject.ts';
import { inOwnView } from './own-view.ts';
import { judgesQuotedObject } from './opinion-object.ts';
import { isReportingVerb, nearestVerb, pluralSubjectBefore, relativeSpeech } from './governing-verb.ts';
import { objectSpeaksAfter } from '../cues/object-gerund.ts';
import { AUXILIARIES, appositiveEnd } from './subject-parts.ts';
import { THIRD_PERSON_SUBJECTS } from '../lexicon/pronouns.ts';

export { possessiveSpeech, possessiveStatement, possessorBefore } from './possessive-speech.ts';
export { colonLeadIn } from './colon-lead-in.ts';
export { participleLeadIn, passiveAgent } from './passive-agent.ts';

export { JUDGING_VERBS, REPORTING_VERBS } from '../lexicon/judging-verbs.ts';

/** Verbs of praise (round 14) whose passive (`was applauded by`) is refused outright. */
const PRAISED = new Set(['applauded', 'commended', 'extolled']);
const ADVERB =
  /^(also|then|later|again|even|nonetheless|nevertheless|still|repeatedly|once|previously|recently|publicly|privately|has|have|had|was|is|would|did|does|often|never|quickly|angrily|famously|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/**
 * The subject and reporting verb of the sentence `tokens` (from the sentence start to the quote), or
 * undefined. The subject is a pronoun, a capitalised run (`Russian President Vladimir Putin`) or a
 * definite description up to six words (`the Russian leader`).
 */
export function reportedSpeech(tokens: Token[]): Found | undefined {
  return clauseSpeech(tokens) ?? laterClauseSpeech(tokens);
}

/**
 * `… as workers rallied and Mayor Jo Roe assailed the board as the "…"`, `a post, in which he blamed the
 * "…"`, `Roe tries to be fair, but she nonetheless expresses "…"`: when the sentence's own subject says
 * nothing, the last clause joined by `and`/`but` or opened by `in which` before the quotation, read alone.
 */
function laterClauseSpeech(tokens: Token[]): Found | undefined {
  for (let b = tokens.length - 3; b > 0; b--) {
    const t = tokens[b] as Token;
    if (t.kind === 'quote') return undefined;
    const opens =
      t.lower === 'but' ||
      (t.lower === 'and' && (THIRD_PERSON_SUBJECTS.has(tokens[b + 1]?.lower ?? '') || isUpperStart(tokens[b + 1]?.text ?? ''))) ||
      ((t.lower === 'which' || t.lower === 'whom') && /^(?:in|during|at|on)$/.test(tokens[b - 1]?.lower ?? ''));
    if (!opens) continue;
    const relative = t.lower === 'which' || t.lower === 'whom';
    // `Inspectors released notes from Olsen in which he derided …`: a pronoun there needs a named subject before it (`Jo Roe joined a call in which he …`).
    if (relative && THIRD_PERSON_SUBJECTS.has(tokens[b + 1]?.lower ?? '') && !namedSubjectBefore(tokens, b)) return undefined;
    const found = clauseSpeech(tokens.slice(relative ? b + 1 : b));
    // `… and he promoted an essay that said the country is in a "…"`: the words of a relative clause after the verb are not the subject's.
    if (found && found.tokens.slice(found.cue.index + 1).some((w) => /^(?:that|which|who)$/.test(w.lower))) return undefined;
    return found;
  }
  return undefined;
}

/** A name of two capitalised words or more right before a lower-case verb, before `end`: `SEIU member Jo Roe joined`. */
function namedSubjectBefore(tokens: Token[], end: number): boolean {
  for (let k = 1; k < end - 1; k++) {
    const next = tokens[k + 1] as Token;
    if (isUpperStart(tokens[k - 1]?.text ?? '') && isUpperStart(tokens[k]?.text ?? '') && next.kind === 'word' && next.text === next.lower)
      return tokens[k - 1]?.kind === 'word' && !/['’]s$/.test(tokens[k]?.text ?? '');
  }
  return false;
}

function clauseSpeech(tokens: Token[]): Found | undefined {
  if (tokens.length < 2) return undefined;
  // `Despite some "near-term uncertainty," Roe believes …`: a quotation only in a comma-closed lead-in leaves the clause alone.
  const quoted = tokens.findIndex((t) => t.kind === 'quote');
  if (quoted >= 0 && !quoteInLeadIn(tokens, quoted)) return undefined;
  const opinion = quoted < 0 ? inOwnView(tokens) : undefined;
  if (opinion) return opinion;
  let s = clauseStart(tokens);
  // `Finally, she blamed …`: a sentence adverb and its comma before the subject.
  if (tokens[s + 1]?.text === ',' && isUpperStart(tokens[s]?.text ?? '') && NOT_SUBJECT.has(tokens[s]?.lower ?? '')) s += 2;
  if (quoted >= s) return undefined;
  const first = tokens[s];
  if (!first || first.kind !== 'word') return undefined;
  // `I’ve watched Jo Roe decry …`: a subject with its auxiliary (`I’ve`, `we’d`) is the narrator, who quotes others.
  if (/^(?:i|we|you)['’](?:ve|d|ll|m)$/.test(first.lower)) return undefined;
  let e = s + 1;
  if (!THIRD_PERSON_SUBJECTS.has(first.lower)) {
    if (!isUpperStart(first.text) && first.lower !== 'the') return undefined;
    // `Two retired pilots described …`: a determiner opening a description is no name's first word.
    const capital = isUpperStart(first.text) && !DESCRIPTION_OPENERS.has(first.lower);
    while (e < tokens.length && e - s < 7) {
      const t = tokens[e] as Token;
      if (t.text === '.' && (tokens[e - 1]?.text.length ?? 0) <= 3) e++;
      // `Secretary of State Jo Bloggs`, `Health and Human Services Secretary Jo Bloggs`: a title's `of`/`and`.
      else if (capital && (t.lower === 'of' || t.lower === 'and') && titleGoesOn(tokens, e + 1)) e++;
      // `Rising Voices said`: a capitalised word right before the verb is the name's, whatever else it may be.
      else if (capital && t.kind === 'word' && isUpperStart(t.text) && REPORTING_VERBS.has(tokens[e + 1]?.text ?? '')) e++;
      else if (t.kind !== 'word' || SUBJECT_STOP.has(t.lower) || REPORTING_VERBS.has(t.lower) || AUXILIARIES.has(t.lower)) break;
      // `The Dockers Guild publicly denounced`: an adverb before the verb is not the subject's.
      else if (mannerAdverb(tokens, e)) break;
      else if (capital && !isUpperStart(t.text)) {
        // `Lakers superstar Devon Clarke`, `Youth group Rising Voices`: lower-case title words between a modifier and the name.
        const name = nameAfterTitleWords(tokens, e);
        if (name < 0) break;
        e = name;
      } else e++;
    }
  }
  // `The Terrorism Database at the University of Maryland, which …, defines`: a capitalised `at`/`of` phrase after the subject.
  let pe = e;
  if (e > s + 1 && isUpperStart(tokens[s]?.text ?? '') && /^(?:at|of|in)$/.test(tokens[e]?.lower ?? '')) {
    let k = e + 1;
    if (tokens[k]?.lower === 'the') k++;
    const from = k;
    while (
      k < tokens.length &&
      k - from < 6 &&
      tokens[k]?.kind === 'word' &&
      (isUpperStart(tokens[k]?.text ?? '') || tokens[k]?.lower === 'of')
    )
      k++;
    if (k > from && isUpperStart(tokens[k - 1]?.text ?? '')) pe = k;
  }
  let v = appositiveEnd(tokens, s, pe);
  // `The league's commissioner, Jo Bloggs, on Saturday issued …`: a description, then a name between commas: the name speaks.
  const described = tokens.slice(s, e).some((t) => t.kind === 'word' && !isUpperStart(t.text));
  const np: [number, number] = described && v > pe + 2 && nameBetweenCommas(tokens, pe + 1, v - 1) ? [pe + 1, v - 1] : [s, e];
  for (;;) {
    if (v < tokens.length && tokens[v]?.kind === 'word' && ADVERB.test(tokens[v]?.lower ?? '')) v++;
    else if (mannerAdverb(tokens, v)) v++;
    // `Steve Mnuchin on Sunday defended …`: a day between the subject and its verb.
    else if (tokens[v]?.lower === 'on' && ADVERB.test(tokens[v + 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[v + 1]?.text ?? '')) v += 2;
    // `Jo Roe in 2010 said …`, `the union this week warned …`: a year or a week between the subject and its verb.
    else if (tokens[v]?.lower === 'in' && /^(?:1[89]|20)\d\d$/.test(tokens[v + 1]?.text ?? '')) v += 2;
    else if (/^(?:this|last)$/.test(tokens[v]?.lower ?? '') && /^(?:week|month|year|weekend)$/.test(tokens[v + 1]?.lower ?? '')) v += 2;
    else break;
  }
  const verb = tokens[v];
  if (!verb || verb.kind !== 'word' || sendsSomethingElse(tokens, v)) return undefined;
  // `Roe views the levy as "…"`: a verb of opinion with its object and a quoted judgement (`opinion-object.ts`).
  if (!REPORTING_VERBS.has(verb.lower) && !judgesQuotedObject(tokens, v)) return undefined;
  // `agreed to a "ceasefire"`: agreeing to a thing reports no words.
  if (agreesToSomething(tokens, v)) return undefined;
  // `The internal notes call …`: a plural noun before its own bare verb of saying is no verb.
  if (pluralSubjectBefore(tokens, v + 1) && isReportingVerb(tokens, v + 1)) return undefined;
  // `C-SPAN Confirms …`: a capitalised verb of the lexicon is a headline's, not a sentence's; `he was
  // worried`, `it is frowned upon`: after `was`/`is` its participle describes a state.
  if (!JUDGING_VERBS.has(verb.lower) && (verb.text !== verb.lower || BE.has(tokens[v - 1]?.lower ?? ''))) return undefined;
  // `The suit was applauded by Jo Roe`: a passive of praise has what was praised for its subject, not who praised it.
  if (BE.has(tokens[v - 1]?.lower ?? '') && PRAISED.has(verb.lower)) return undefined;
  // `Roe was described by neighbors as "…"`: a passive with its agent is the agent's words (`attributionBefore`), not its subject's.
  // (Only that shape, `by X as`: `Roe was endorsed by the party and won …` goes on with the subject's own clause.)
  const byAs = tokens.slice(v + 2, v + 8).some((t) => t.lower === 'as');
  if (BE.has(tokens[v - 1]?.lower ?? '') && tokens[v + 1]?.lower === 'by' && byAs && verb.lower !== 'quoted') return undefined;
  if (isClapping(tokens, v)) return undefined;
  if (['the', 'a', 'an'].includes(tokens[v - 1]?.lower ?? '')) return undefined;
  if (tokens.slice(v + 1).some((t) => t.text === ';')) return undefined;
  // `Roe praised Jo Dunn, who had called it "…"`: a later verb of saying in a relative clause on a name is that name's.
  // `Roe mocked him for calling it a "…"`: the object's words, not the subject's.
  if (objectSpeaksAfter(tokens, v)) return undefined;
  const later = nearestVerb(tokens);
  const relative = later > v + 1 ? relativeSpeech(tokens, later) : undefined;
  if (relative !== undefined) return relative ?? undefined;
  const cue: CueMatch = matchCue(tokens, v) ?? {
    index: v,
    length: 1,
    text: verb.text,
    sourceAfter: false,
    start: verb.start,
    end: verb.end,
  };
  return { np, cue, tokens };
}

/** Verbs of the list too general to follow an adverb of manner as a verb of saying (`aggressively took issue`). */
const GENERAL = new Set(
  'took used uses offered offers issued issues pushed pressed supported opposed endorsed employed invoked'.split(' '),
);

/** `publicly denounced`, `predictably blames`: an adverb in `-ly` right before a verb of the list, not after `was` (a passive). */
function mannerAdverb(tokens: Token[], k: number): boolean {
  const verb = tokens[k + 1]?.lower ?? '';
  return (
    /^\p{Ll}{3,}ly$/u.test(tokens[k]?.text ?? '') && REPORTING_VERBS.has(verb) && !GENERAL.has(verb) && !BE.has(tokens[k - 1]?.lower ?? '')
  );
}

/** Is the first quotation (at `quoted`) inside a lead-in closed by a comma, with no other quotation after that comma? */
function quoteInLeadIn(tokens: Token[], quoted: number): boolean {
  const comma = tokens.findIndex((t, k) => k > quoted && t.text === ',');
  return comma > 0 && !tokens.slice(comma).some((t) => t.kind === 'quote');
}

/** Lower-case words that join phrases rather than qualify a name: never read as title words before one. */
const NOT_TITLE_WORDS = new Set(['of', 'and', 'or', 'for', 'to', 'in', 'at', 'on', 'with', 'from', 'by', 'the', 'a', 'an']);

/** One to three lower-case words from `k`, then a capitalised word: where that word is, else -1. */
function nameAfterTitleWords(tokens: Token[], k: number): number {
  let j = k;
  while (j < k + 3) {
    const t = tokens[j];
    if (!t || t.kind !== 'word' || isUpperStart(t.text)) break;
    if (
      SUBJECT_STOP.has(t.lower) ||
      REPORTING_VERBS.has(t.lower) ||
      AUXILIARIES.has(t.lower) ||
      ADVERB.test(t.lower) ||
      NOT_TITLE_WORDS.has(t.lower)
    )
      return -1;
    j++;
  }
  const next = tokens[j];
  return j > k && next?.kind === 'word' && isUpperStart(next.text) && !SUBJECT_STOP.has(next.lower) ? j : -1;
}

/** Capitalised words from `k` on that hold a title before the run ends (`State Mike Pompeo`, `Human Services Secretary Jo`). */
function titleGoesOn(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 6; j++) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' || !isUpperStart(t.text)) return false;
    if (isTitle(t.lower)) return j + 1 < tokens.length && isUpperStart(tokens[j + 1]?.text ?? '');
  }
  return false;
}

/** Tokens [from, to) are a name of two to four capitalised words (`Jo Bloggs`, `Mary Ellen Roy`). */
function nameBetweenCommas(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 4) return false;
  return tokens.slice(from, to).every((t) => t.kind === 'word' && isUpperStart(t.text) && !isTitle(t.lower));
}
