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
import { BE_FORMS as BE, isPersonHead } from '../lexicon/word-lists.ts';
import { invertedLeadIn, isName, isSayingVerbOpening } from './inverted-lead-in.ts';
import { NOT_SUBJECT, PRONOUN_SUBJECTS, SUBJECT_STOP, clauseStart } from '../cues/clause-subject.ts';
import { inOwnView } from './own-view.ts';
import { STATEMENT_NOUNS } from './possessive-speech.ts';
import { withParticiple } from './with-participle.ts';
import { hereLeadIn } from './here-lead-in.ts';
import { isReportingVerb, nearestVerb, pluralSubjectBefore, relativeSpeech } from './governing-verb.ts';
import { objectSpeaksAfter } from '../cues/object-gerund.ts';

export { possessiveSpeech, possessiveStatement, possessorBefore } from './possessive-speech.ts';

export { JUDGING_VERBS, REPORTING_VERBS } from '../lexicon/judging-verbs.ts';

/** Verbs of praise (round 14) whose passive (`was applauded by`) is refused outright. */
const PRAISED = new Set(['applauded', 'commended', 'extolled']);
/** Auxiliaries that end a description subject before its verb: `The commander does call …`. */
const AUXILIARIES = new Set(['does', 'did', 'do', 'has', 'have', 'had', 'was', 'is', 'will', 'would']);
const ADVERB =
  /^(also|then|later|again|even|repeatedly|once|previously|recently|publicly|privately|has|have|had|was|is|would|did|does|often|never|quickly|angrily|famously|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/**
 * The subject and reporting verb of the sentence `tokens` (from the sentence start to the quote), or
 * undefined. The subject is a pronoun, a capitalised run (`Russian President Vladimir Putin`) or a
 * definite description up to six words (`the Russian leader`).
 */
export function reportedSpeech(tokens: Token[]): Found | undefined {
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
  if (!PRONOUN_SUBJECTS.has(first.lower)) {
    if (!isUpperStart(first.text) && first.lower !== 'the') return undefined;
    const capital = isUpperStart(first.text) && first.lower !== 'the';
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
  if (!verb || verb.kind !== 'word' || !REPORTING_VERBS.has(verb.lower) || sendsSomethingElse(tokens, v)) return undefined;
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

/**
 * After a named subject, skip an appositive between commas (`Sarah Sanders, the press secretary,
 * dismissed`): returns where the verb should be. A description subject (`the aide`) takes none.
 */
function appositiveEnd(tokens: Token[], s: number, e: number): number {
  if (tokens[e]?.text !== ',' || !isUpperStart(tokens[s]?.text ?? '') || e - s < 2) return e;
  for (let k = e + 2; k < tokens.length && k < e + 28; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote' || t.text === ';' || (t.text === '.' && (tokens[k - 1]?.text.length ?? 0) > 3)) return e;
    // `15,000`: a comma between digits closes nothing.
    if (t.text === ',' && !(/^\d+$/.test(tokens[k - 1]?.text ?? '') && /^\d/.test(tokens[k + 1]?.text ?? ''))) return k + 1;
  }
  return e;
}

/**
 * `Rep. Jerold Nadler of New York scolded Republicans at one point: "…"`, `Trump's attorney, Rudy
 * Giuliani, had this response: "…"`: a sentence that ends in a colon right before a quotation and
 * whose subject is a named person (or a pronoun) introduces that person's words, whatever its verb.
 */
export function colonLeadIn(tokens: Token[], isQuotedTitle?: (quote: Token) => boolean): Found | undefined {
  const colon = tokens[tokens.length - 1];
  if (colon?.text !== ':') return undefined;
  // `on NBC's "Morning Desk":`: a show's title quoted in the lead-in quotes nobody.
  if (tokens.some((t) => t.kind === 'quote' && !isQuotedTitle?.(t))) return undefined;
  const from = statementFrom(tokens) ?? withParticiple(tokens) ?? hereLeadIn(tokens.slice(clauseStart(tokens)));
  if (from) return from;
  let opening = clauseStart(tokens);
  // `In 2011, at a rare meeting, Roe turned …:`: a second phrase of time or place before the subject.
  for (let n = 0; n < 2 && LEAD_PREPOSITIONS.has(tokens[opening]?.lower ?? ''); n++) {
    const comma = tokens.findIndex((t, k) => k > opening && k < opening + 12 && t.text === ',');
    if (comma < 0) break;
    opening = comma + 1;
  }
  const inverted = tokens[opening]?.kind === 'word' ? invertedLeadIn(tokens, opening) : undefined;
  if (inverted) return inverted;
  // `Tweeted Rep. Jo Roe about it:`, `Asked whether Jo Roe would run:`: a capitalised verb of saying is never the name; one may follow it.
  const opener = tokens[opening];
  const s = opener && isSayingVerbOpening(opener) ? opening + 1 : opening;
  const first = tokens[s];
  if (!first || first.kind !== 'word' || (s > opening && !isUpperStart(first.text))) return undefined;
  let np: [number, number] | undefined;
  if (PRONOUN_SUBJECTS.has(first.lower)) np = [s, s + 1];
  else {
    // A description, then the name between commas: `Trump's current attorney, Rudy Giuliani,`.
    const comma = tokens.findIndex((t, k) => k > s && k < s + 8 && t.text === ',');
    const run = (from: number): number => {
      let e = from;
      while (
        e < tokens.length &&
        e - from < 6 &&
        (isName(tokens[e]) || (tokens[e]?.text === '.' && (tokens[e - 1]?.text.length ?? 0) <= 3))
      )
        e++;
      return e;
    };
    if (comma > s && isName(tokens[comma + 1])) {
      const e = run(comma + 1);
      if (tokens[e]?.text === ',') np = [comma + 1, e];
    }
    // `17-year-old Jo Bloggs echoed:`: an age or a lower-case modifier before the name.
    const named = !isName(first) && /^\d|-/.test(first.text) && isName(tokens[s + 1]) && isName(tokens[s + 2]) ? s + 1 : s;
    if (!np && isName(tokens[named]) && tokens[named]?.lower !== 'the') {
      const e = run(named);
      // `Jerold Nadler of New York`: a place after the name (skipped below, before the verb).
      // `Jo Roe, harbour analyst at Dover Capital, agreed:`: an appositive after the name (skipped below, before the verb).
      const aside = tokens[e]?.text === ',' && e - named >= 2 && !SUBORDINATE_OPENERS.has(tokens[e + 1]?.lower ?? '');
      if (tokens[e]?.kind === 'word' || aside) np = [named, e];
      // `Black British rapper Stormzy pinpointed …`: lower-case title words, then the name itself.
      // `Acting harbour commissioner Jo Roe struck …`: the last of up to three lower-case words is a title or a person's noun.
      let k = e;
      while (k < e + 3 && isLowerWord(tokens[k])) k++;
      const head = tokens[k - 1]?.lower ?? '';
      if (np && k > e && (isTitle(head) || isPersonHead(head)) && isName(tokens[k])) {
        const end = run(k);
        np = tokens[end]?.kind === 'word' && !isUpperStart(tokens[end]?.text ?? '') ? [k, end] : undefined;
      }
    }
  }
  // `The Slate harbour columnist Jo Roe went on:`: a description opened by `the`, its title or person's noun, then the name.
  if (!np && first.lower === 'the') np = describedName(tokens, s);
  if (!np) return undefined;
  let v = np[1];
  if (tokens[v]?.lower === 'of') v += 1;
  while (v < tokens.length && isName(tokens[v])) v++;
  if (tokens[v]?.text === ',') v = np[0] > s ? v + 1 : appositiveEnd(tokens, s, v);
  const verb = tokens[v];
  if (!verb || verb.kind !== 'word' || isUpperStart(verb.text) || SUBJECT_STOP.has(verb.lower)) return undefined;
  // `On Monday the council released …:`: a preposition's phrase is no subject.
  if (LEAD_PREPOSITIONS.has(tokens[np[0]]?.lower ?? '')) return undefined;
  const cue: CueMatch = { index: v, length: 1, text: verb.text, sourceAfter: false, start: verb.start, end: verb.end };
  return { np, cue, tokens };
}

/** `the Slate harbour columnist Jo Roe`: up to four words after `the`, the last a title or a person's noun, then a name of two words or more. */
function describedName(tokens: Token[], s: number): [number, number] | undefined {
  for (let k = s + 1; k < s + 5 && tokens[k]?.kind === 'word'; k++) {
    const w = tokens[k] as Token;
    if (SUBJECT_STOP.has(w.lower) || REPORTING_VERBS.has(w.lower)) return undefined;
    if (!(isTitle(w.lower) || isPersonHead(w.lower)) || !isName(tokens[k + 1])) continue;
    let e = k + 1;
    while (e < tokens.length && e - k <= 4 && isName(tokens[e])) e++;
    return e - k > 2 && tokens[e]?.kind === 'word' && !isUpperStart(tokens[e]?.text ?? '') ? [k + 1, e] : undefined;
  }
  return undefined;
}

/** Words that open a clause between commas, not an appositive: `Most Americans, when polled, would …`. */
const SUBORDINATE_OPENERS = new Set(['when', 'if', 'while', 'as', 'though', 'although', 'after', 'before', 'once', 'unless']);

/** A plain lower-case word that may stand in a title before a name (`harbour`, `acting`), never a joining or clause word. */
const isLowerWord = (t: Token | undefined): boolean =>
  t !== undefined &&
  t.kind === 'word' &&
  t.text === t.lower &&
  !SUBJECT_STOP.has(t.lower) &&
  !REPORTING_VERBS.has(t.lower) &&
  !AUXILIARIES.has(t.lower);

/** Prepositions that open a phrase of time or place, never a subject (`On Monday`, `In Paris`). */
const LEAD_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'since', 'by', 'for', 'from']);

/** `That brought a tart rejoinder from Mr. Cameron: "…"`: a noun of saying, `from` and a name right before the colon. */
function statementFrom(tokens: Token[]): Found | undefined {
  const colon = tokens.length - 1;
  let s = colon;
  while (s > 0 && (isName(tokens[s - 1]) || (tokens[s - 1]?.text === '.' && (tokens[s - 2]?.text.length ?? 0) <= 3))) s--;
  if (s === colon || !isName(tokens[s])) return undefined;
  // `this statement from national security adviser Jo Roe:`: lower-case title words between `from` and the name.
  let f = s - 1;
  while (f > s - 4 && tokens[f]?.kind === 'word' && tokens[f]?.text === tokens[f]?.lower && tokens[f]?.lower !== 'from') f--;
  if (f < s - 1 && !(isTitle(tokens[s - 1]?.lower ?? '') || isPersonHead(tokens[s - 1]?.lower ?? ''))) return undefined;
  if (tokens[f]?.lower !== 'from') return undefined;
  const noun = tokens[f - 1];
  if (!noun || !(STATEMENT_NOUNS.has(noun.lower) || /^(?:rejoinder|retort|rebuke|reaction|criticism|response)$/.test(noun.lower)))
    return undefined;
  return { np: [s, colon], cue: { index: f - 1, length: 1, text: noun.text, sourceAfter: true, start: noun.start, end: noun.end }, tokens };
}

/** A capitalised name run from `tokens[from]` (initials and short abbreviations included): its end, or `from`. */
function nameRunEnd(tokens: Token[], from: number): number {
  let e = from;
  while (
    e < tokens.length &&
    e - from < 6 &&
    (isName(tokens[e]) || (tokens[e]?.text === '.' && (tokens[e - 1]?.text.length ?? 0) <= 3 && e > from))
  )
    e++;
  return e;
}

/** Passive verbs of judging or naming that take the quotation as their complement: `praised as "…" by X`. */
const PASSIVE_JUDGING =
  /^(?:praised|described|called|dubbed|labell?ed|branded|derided|hailed|criticized|criticised|denounced|termed|characterized|characterised|dismissed|mocked|ridiculed|blasted|slammed)$/;

/** `a decision praised as "very smart" by Trump`: the agent after `by` is the speaker. */
export function passiveAgent(before: Token[], after: Token[]): Found | undefined {
  const agentFirst = agentBeforeAs(before);
  if (agentFirst) return agentFirst;
  let k = before.length - 1;
  if (before[k]?.lower === 'as') k--;
  const verb = before[k];
  if (!verb || verb.kind !== 'word' || !PASSIVE_JUDGING.test(verb.lower)) return undefined;
  let b = 0;
  while (after[b]?.kind === 'punct' && after[b]?.text === ',') b++;
  if (after[b]?.lower !== 'by') return undefined;
  const e = nameRunEnd(after, b + 1);
  if (e === b + 1) return undefined;
  const by = after[b] as Token;
  return { np: [b + 1, e], cue: { index: b, length: 1, text: verb.text, sourceAfter: true, start: by.start, end: by.end }, tokens: after };
}

/** `seizures later denounced by a federal judge as "…"`: a passive verb of judging, `by`, its agent (a name or a short description) and `as`. */
function agentBeforeAs(tokens: Token[]): Found | undefined {
  const as = tokens.length - 1;
  if (tokens[as]?.lower !== 'as') return undefined;
  let b = as - 1;
  while (b > 0 && as - b <= 6 && tokens[b]?.kind === 'word' && tokens[b]?.lower !== 'by') b--;
  const verb = tokens[b - 1];
  if (tokens[b]?.lower !== 'by' || b + 1 >= as || !verb || !PASSIVE_JUDGING.test(verb.lower)) return undefined;
  const first = tokens[b + 1] as Token;
  if (!isUpperStart(first.text) && !/^(?:a|an|the|one)$/.test(first.lower)) return undefined;
  const by = tokens[b] as Token;
  return { np: [b + 1, as], cue: { index: b - 1, length: 1, text: verb.text, sourceAfter: false, start: by.start, end: by.end }, tokens };
}

/** `Calling the decision "a fake concession," Wu Chi-wai, the party's chairman, worried …`: the subject after a participial lead-in. */
export function participleLeadIn(before: Token[], after: Token[]): Found | undefined {
  const first = before[0];
  if (!first || first.kind !== 'word' || !isUpperStart(first.text) || !first.lower.endsWith('ing') || !matchCue(before, 0))
    return undefined;
  if (before.some((t) => t.text === ',')) return undefined;
  let b = 0;
  while (after[b]?.kind === 'punct' && after[b]?.text === ',') b++;
  if (b === 0 && after[0]?.kind !== 'word') return undefined;
  const e = nameRunEnd(after, b);
  if (e === b || !(after[e]?.text === ',' || (after[e]?.kind === 'word' && !isUpperStart(after[e]?.text ?? '')))) return undefined;
  return {
    np: [b, e],
    cue: { index: 0, length: 1, text: first.text, sourceAfter: false, start: first.start, end: first.end },
    tokens: after,
  };
}
