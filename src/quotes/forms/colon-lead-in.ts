/**
 * Colon lead-ins: a sentence ending in a colon right before a quotation, whose subject names who
 * speaks (`Jo Roe of Dover scolded the board at one point: "…"`), or a noun of saying `from` a name.
 */
import type { Found } from '../cues/source-phrase.ts';
import type { CueMatch } from '../cues/cues.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { isTitle } from '../mentions/names.ts';
import { isPersonHead } from '../lexicon/word-lists.ts';
import { REPORTING_VERBS } from '../lexicon/judging-verbs.ts';
import { invertedLeadIn, isName, isSayingVerbOpening } from './inverted-lead-in.ts';
import { SUBJECT_STOP, clauseStart } from '../cues/clause-subject.ts';
import { STATEMENT_NOUNS } from './possessive-speech.ts';
import { withParticiple } from './with-participle.ts';
import { hereLeadIn } from './here-lead-in.ts';
import { AUXILIARIES, appositiveEnd } from './subject-parts.ts';
import { THIRD_PERSON_SUBJECTS } from '../lexicon/pronouns.ts';

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
  if (THIRD_PERSON_SUBJECTS.has(first.lower)) np = [s, s + 1];
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
