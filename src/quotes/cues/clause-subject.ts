/**
 * The subject of a sentence, read from its tokens: where the clause holding it starts (after `But`,
 * or a lead-in such as `On Monday,`) and the subject itself, for cues that share it.
 */
import { isUpperStart, type Token } from '../tokens.ts';
import { DOCUMENT_HEADS, IRREGULAR_PAST, NAMING_VERBS, isPersonHead } from '../lexicon/word-lists.ts';
import { isOrgWord, isTitle } from '../mentions/names.ts';
import type { CueMatch } from './cues.ts';
import { isNeverName } from '../mentions/sentence-words.ts';
import { endsLikePersonNoun, isPersonNounByEnding } from '../lexicon/person-nouns.ts';
import { THIRD_PERSON_SUBJECTS } from '../lexicon/pronouns.ts';

/** Lower-case words that may open a sentence before its subject. */
const LEAD_WORDS = new Set(['but', 'and', 'so', 'yet', 'still', 'instead', 'however', 'meanwhile', 'later', 'then', 'also', 'now']);
/** Words that open a lead-in phrase before the subject: `In a statement on Saturday, Obama ...`. */
const LEAD_IN = new Set([
  'according',
  'in',
  'on',
  'at',
  'after',
  'during',
  'speaking',
  'asked',
  'earlier',
  'later',
  'before',
  'when',
  'since',
  'from',
  'with',
  'for',
]);
/** Words that open a sentence but name no speaker: `This prompted …`, `What do you think of …`. */
const NO_SUBJECT = new Set([
  'this',
  'that',
  'these',
  'those',
  'it',
  'there',
  'here',
  'what',
  'which',
  'who',
  'why',
  'how',
  'when',
  'where',
]);
const TIMES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|june|july|august|september|october|november|december)$/;
/** Heads of descriptions of people who usually stay unnamed: `a spokesman`, `a representative`. */
const UNNAMED_HEADS = new Set(
  `spokesman spokeswoman spokesperson representative official aide adviser advisor lawyer attorney source witness resident
member staffer protester organizer organiser activist analyst expert diplomat`.split(/\s+/),
);
/** Capitalised words that open a sentence before a comma without being its subject. */
export const NOT_SUBJECT: ReadonlySet<string> = new Set(
  `yesterday today tonight meanwhile however still instead separately overall indeed nonetheless again first finally last
here there now then also thus so yes no well otherwise ultimately similarly likewise moreover besides initially previously
earlier later recently currently additionally specifically notably importantly unfortunately fortunately clearly
obviously apparently frankly honestly sadly surprisingly regardless nevertheless as at in on outside inside even this
that what when while after before since minutes hours days`.split(/\s+/),
);
export const SUBJECT_STOP = new Set(['of', 'and', 'or', 'to', 'for', 'in', 'on', 'at', 'with', 'that', 'which', 'who']);

/**
 * `A brief assessment by the Cato Institute agreed`: an indefinite document (a word or two after the
 * article), `by` or `from`, and a capitalised name up to a lower-case verb: the whole phrase (its author speaks).
 */
function documentByAuthor(tokens: Token[], s: number, before: number): [number, number] | undefined {
  let d = s + 1;
  while (d < s + 3 && tokens[d + 1]?.kind === 'word' && !/^(?:by|from)$/.test(tokens[d + 1]?.lower ?? '')) d++;
  if (!DOCUMENT_HEADS.has(tokens[d]?.lower ?? '') || !/^(?:by|from)$/.test(tokens[d + 1]?.lower ?? '')) return undefined;
  let e = tokens[d + 2]?.lower === 'the' ? d + 3 : d + 2;
  const name = e;
  while (e < before && e - name < 6 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
  const verb = tokens[e];
  return e > name && e < before && verb?.kind === 'word' && !isUpperStart(verb.text) && !SUBJECT_STOP.has(verb.lower) ? [s, e] : undefined;
}

/** Find the first token of the clause that holds the subject: after `But`, or after a comma-closed lead-in (`On Monday,`). */
export function clauseStart(tokens: Token[]): number {
  let i = 0;
  while (tokens[i]?.kind === 'punct') i++;
  const lead = tokens[i]?.lower ?? '';
  if (LEAD_WORDS.has(lead)) i += tokens[i + 1]?.text === ',' ? 2 : 1;
  const t = tokens[i];
  // `Even Sen. Jo Bloggs, Ohio Republican, calls it …`: `even` before a name (not a time: `Even Sunday, …`) is no lead-in.
  const next = tokens[i + 1];
  if (t?.lower === 'even' && next?.kind === 'word' && isUpperStart(next.text) && !TIMES.test(next.lower) && !DATE_WORD.test(next.lower))
    return i + 1;
  // `Right before the vote, …`, `Shortly after the raid, …`: an adverb of degree before a preposition of time.
  const leadIn =
    t !== undefined && (LEAD_IN.has(t.lower) || (DEGREE.has(t.lower) && /^(?:before|after)$/.test(tokens[i + 1]?.lower ?? '')));
  // `Last week at a summit, Trump …`, `Three years later, Markle …`, `Hours later, …`, `Even though …, X …`: a capitalised
  // `last`, `next`, number word, span of time, conjunction or preposition opening a comma-closed lead-in, never the subject.
  const sentenceWord =
    t !== undefined &&
    isUpperStart(t.text) &&
    (TIME_OPENERS.has(t.lower) || isNeverName(t.lower) || (TIME_SPANS.has(t.lower) && SPAN_ENDS.has(next?.lower ?? '')));
  if (
    t &&
    t.kind === 'word' &&
    (leadIn || sentenceWord || (!isUpperStart(t.text) && !THIRD_PERSON_SUBJECTS.has(t.lower) && t.lower !== 'the'))
  ) {
    // A lead-in clause: `In a speech on Monday, Putin ...`; a preposition's phrase may be longer
    // (`In a stinging assessment of her practices as secretary of state, Comey …`).
    const comma = tokens.findIndex((x, k) => k > i && k < i + (leadIn ? 20 : 12) && x.text === ',' && !inDate(tokens, k));
    if (comma > 0) return secondLeadIn(tokens, comma + 1);
    // `On March 6th Mr Putin told …`, `In 2010 Obama said …`: a date after the preposition, with no comma.
    let j = i + 1;
    while (leadIn && j < tokens.length && j < i + 4 && DATE_WORD.test(tokens[j]?.lower ?? '')) j++;
    if (j > i + 1 && tokens[j]?.kind === 'word' && isUpperStart((tokens[j] as Token).text)) return j;
  }
  // `as when he talked about …`: a subordinating word right before a pronoun subject opens its clause.
  // `Although the Harbour Board labels it a "…"`, `even as the president threatens to …`: with no comma closing the
  // subordinate clause before the quotation, its own subject (a name or `the …`) opens the clause that holds the words.
  let k = i;
  if (tokens[k]?.lower === 'even' && /^(?:as|though|if|when)$/.test(tokens[k + 1]?.lower ?? '')) k++;
  const from = k;
  while (
    k < from + 2 &&
    tokens[k]?.kind === 'word' &&
    (SUBORDINATORS.has((tokens[k] as Token).lower) || CONCESSIVE.has((tokens[k] as Token).lower))
  )
    k++;
  if (k > from && THIRD_PERSON_SUBJECTS.has(tokens[k]?.lower ?? '')) return k;
  const named = tokens[k]?.kind === 'word' && (isUpperStart((tokens[k] as Token).text) || tokens[k]?.lower === 'the');
  if (k > from && named && !tokens.slice(k).some((x) => x.text === ',')) return k;
  return i;
}

/** Nouns ending like a person's that name an amount, a thing or a quality, and adjectives (`a number of`, `a former aide`, `a senior unnamed official`). */
const NOT_PERSON_HEADS = new Set(
  'number majority minority matter letter paper order quarter other former latter corner center centre water power border member senior junior major minor premier elder'.split(
    ' ',
  ),
);

/** Is the word at `k` a noun ending like a person's (`student`, `person`), with a preposition, a comma or a past verb after it? */
function endsLikePersonHead(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.lower ?? '';
  if (!isPersonNounByEnding(w) || NOT_PERSON_HEADS.has(w)) return false;
  const next = tokens[k + 1];
  if (!next) return false;
  if (next.text === ',') return true;
  if (next.kind !== 'word' || isUpperStart(next.text)) return false;
  // `a young pastor named Jo Roe`: `named`, `called` start an apposition, not the head's verb.
  if (NAMING_VERBS.has(next.lower)) return false;
  return /^(?:with|from|at|in|on|for|of|who)$/.test(next.lower) || /^\p{Ll}+ed$/u.test(next.text) || IRREGULAR_PAST.has(next.lower);
}

/** Adverbs of degree before `before`/`after` in a lead-in of time. */
const DEGREE = new Set(['right', 'just', 'shortly', 'soon', 'moments', 'minutes', 'hours', 'days', 'weeks', 'long', 'even']);

/**
 * `In late May, just before the vote, the paper …`: a second comma-closed lead-in of time right after the
 * first; `In 2014, as Roe was weighing a run, he …`: or a subordinate clause (`as`, `when`, `while` …).
 */
function secondLeadIn(tokens: Token[], at: number): number {
  const t = tokens[at];
  const subordinate = t !== undefined && SUBORDINATORS.has(t.lower) && t.lower !== 'if';
  const opens =
    t !== undefined &&
    (subordinate || LEAD_IN.has(t.lower) || (DEGREE.has(t.lower) && /^(?:before|after)$/.test(tokens[at + 1]?.lower ?? '')));
  if (!opens || isUpperStart(t.text)) return at;
  const comma = tokens.findIndex((x, k) => k > at && k < at + (subordinate ? 16 : 12) && x.text === ',' && !inDate(tokens, k));
  return comma > 0 ? comma + 1 : at;
}

/**
 * `In recent weeks, as Roe has made remarks that alarmed many, claiming that …`: a participle right after
 * the comma closing a subordinate clause (`as`, `when`, `while` …) has that clause's subject, a pronoun or
 * a capitalised name right after the subordinating word and before a lower-case verb.
 */
export function subordinateSubject(tokens: Token[], cue: number): [number, number] | undefined {
  if (tokens[cue - 1]?.text !== ',') return undefined;
  let k = cue - 2;
  while (k >= 0 && tokens[k]?.text !== ',' && cue - k < 24) k--;
  // A walk stopped by its length, with no comma found, left no clause opener at `k + 1`: only a mid-sentence word.
  if (k >= 0 && tokens[k]?.text !== ',') return undefined;
  const opener = tokens[k + 1];
  if (!opener || !SUBORDINATORS.has(opener.lower)) return undefined;
  const s = k + 2;
  if (THIRD_PERSON_SUBJECTS.has(tokens[s]?.lower ?? '')) return [s, s + 1];
  let e = s;
  while (e < cue && e - s < 4 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
  const verb = tokens[e];
  return e > s && verb?.kind === 'word' && !isUpperStart(verb.text) && !SUBJECT_STOP.has(verb.lower) ? [s, e] : undefined;
}

/** Words that open a subordinate clause right before its subject: `when he …`, `as she …`. */
/** Concessive conjunctions that open a subordinate clause (`Although …`, `whereas …`). */
const CONCESSIVE = new Set(['although', 'though', 'whereas']);
const SUBORDINATORS = new Set(['when', 'as', 'while', 'after', 'before', 'because', 'since', 'once', 'until', 'if', 'whenever']);

/** Words that open a lead-in of time or a subordinate clause (`Three years later,`, `Last week at the summit,`, `Although …,`). */
const TIME_OPENERS = new Set(
  `last next one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty as although though
while even if because despite unlike like whether once until unless whereas`.split(/\s+/),
);
/** Spans of time that open a lead-in before `later`, `earlier`, `ago`, `after` or `before` (`Hours later, …`). */
const TIME_SPANS = new Set('seconds minutes moments hours days weeks months years decades'.split(' '));
const SPAN_ENDS = new Set(['later', 'earlier', 'ago', 'after', 'before']);
/** A date word after a lead-in preposition: a month, a weekday, a day or a year. */
const DATE_WORD =
  /^(?:\d{1,4}(?:st|nd|rd|th|s)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** A comma inside a date (`September 12, 2001`), which closes no lead-in. */
const inDate = (tokens: Token[], k: number): boolean =>
  /^\d{1,2}$/.test(tokens[k - 1]?.text ?? '') && /^\d{4}$/.test(tokens[k + 1]?.text ?? '');

/**
 * The subject of the sentence `tokens` opens (after a conjunction or a lead-in clause): a pronoun, a
 * capitalised run followed by a lower-case word (`Trump refuted …`), or a description ending in a
 * person's head noun (`the former London mayor outlined …`). For cues whose subject is the
 * sentence's: `X refuted the account, tweeting: "…"`, `X outlined the plan and then said: "…"`.
 */
export function clauseSubject(tokens: Token[], before: number): [number, number] | undefined {
  let s = clauseStart(tokens);
  // A participial lead-in (`Living up to his name, the mayor …`, `Asked about it, Trump …`).
  if (
    /^\p{Lu}\p{L}*(?:ing|ed|wn)$/u.test(tokens[s]?.text ?? '') &&
    tokens[s + 1]?.kind === 'word' &&
    !isUpperStart(tokens[s + 1]?.text ?? '')
  ) {
    const comma = tokens.findIndex((x, k) => k > s && x.text === ',');
    if (comma < 0) return undefined;
    s = comma + 1;
  }
  // `On Tuesday the union issued …`: a time phrase with no comma before the subject; another preposition opens no subject.
  if (LEAD_IN.has(tokens[s]?.lower ?? '') && TIMES.test(tokens[s + 1]?.lower ?? '')) s += 2;
  const first = tokens[s];
  if (!first || first.kind !== 'word' || s >= before || LEAD_IN.has(first.lower) || NO_SUBJECT.has(first.lower)) return undefined;
  if (THIRD_PERSON_SUBJECTS.has(first.lower)) return [s, s + 1];
  let e = s + 1;
  if (first.lower === 'a' || first.lower === 'an') {
    // `A representative read out a statement, explaining …`: an indefinite description ending in a person's head noun.
    // `A second nurse with knowledge of the case confirmed it, and said …`: a noun ending like a person's
    // (`student`, `person`, `organizer`) heads it too when a preposition or a past verb follows it.
    const head = (w: string, k: number): boolean => isPersonHead(w) || UNNAMED_HEADS.has(w) || endsLikePersonHead(tokens, k);
    while (e < before && e - s < 6 && tokens[e]?.kind === 'word' && !head(tokens[e]?.lower ?? '', e)) e++;
    if (tokens[e]?.kind === 'word' && head(tokens[e]?.lower ?? '', e) && e < before) return [s, e + 1];
    // `A brief assessment by the Cato Institute agreed, saying …`: a document and its author.
    const document = documentByAuthor(tokens, s, before);
    if (document) return document;
    e = s + 1;
  }
  if (first.lower === 'the') {
    // `The Trump White House requested …, citing "…"`: a named body.
    let r = s + 1;
    while (r < before && r - s < 6 && tokens[r]?.kind === 'word' && isUpperStart(tokens[r]?.text ?? '')) r++;
    const next = tokens[r];
    if (
      r > s + 1 &&
      isOrgWord(tokens[r - 1]?.lower ?? '') &&
      next?.kind === 'word' &&
      !isUpperStart(next.text) &&
      !SUBJECT_STOP.has(next.lower)
    )
      return [s, r];
    const head = (w: string): boolean => isPersonHead(w) || UNNAMED_HEADS.has(w);
    while (e < before && e - s < 6 && tokens[e]?.kind === 'word' && !head(tokens[e]?.lower ?? '')) e++;
    if (tokens[e]?.kind === 'word' && head(tokens[e]?.lower ?? '') && e < before) return apposedName(tokens, e + 1, before) ?? [s, e + 1];
    // A document or body as the subject: `the new online form reads …, saying that "…"` (the words up to its verb).
    for (let v = s + 2; v < Math.min(before, s + 6); v++) {
      const t = tokens[v] as Token;
      if (t.kind !== 'word' || isUpperStart(t.text)) return undefined;
      if (/^(?:reads|says|states|notes|warns|adds|declares|read|said|stated|noted|warned|added|declared)$/.test(t.lower)) return [s, v];
    }
    return undefined;
  }
  if (!isUpperStart(first.text)) return undefined;
  while (e < before && e - s < 6) {
    const t = tokens[e] as Token;
    if (t.text === '.' && (tokens[e - 1]?.text.length ?? 0) <= 3) e++;
    else if (t.kind === 'word' && isUpperStart(t.text)) e++;
    else break;
  }
  // `Israeli journalist Moav Vardi stood up`, `Fox News host Sandra Smith made`: title words between a modifier and the name.
  const titled = nameAfterTitle(tokens, e, before);
  if (titled) return titled;
  // `Schumer in July signaled …`, `Lopez on Monday issued …`: a time phrase between the name and its verb.
  const timed = (tokens[e]?.lower === 'in' || tokens[e]?.lower === 'on') && TIMES.test(tokens[e + 1]?.lower ?? '') ? e + 2 : e;
  if (timed > e && tokens[timed]?.kind === 'word' && !isUpperStart(tokens[timed]?.text ?? '') && timed < before) return [s, e];
  const verb = tokens[e];
  // `Kudlow, who advised Trump, also was …`, `Moore, 70, returned …`: a name and its appositive.
  const apposed = tokens[e + 1];
  if (
    verb?.text === ',' &&
    e < before &&
    !NOT_SUBJECT.has(first.lower) &&
    apposed !== undefined &&
    (/^(?:who|\d+)$/.test(apposed.lower) || (e - s >= 2 && (/^(?:a|an|the)$/.test(apposed.lower) || titleThenVerb(tokens, e + 1, before))))
  )
    return [s, e];
  return verb?.kind === 'word' && !isUpperStart(verb.text) && !SUBJECT_STOP.has(verb.lower) && e < before ? [s, e] : undefined;
}
/** A title or a noun for a person (`spokesman`, `attorney`, `the plaintiffs' lawyer`). */
const personal = (w: string): boolean => isTitle(w) || isPersonHead(w) || UNNAMED_HEADS.has(w) || endsLikePersonNoun(w);

/** From `k`, one or two lower-case title words, a name of two to four capitalised words and a lower-case verb: the name. */
function nameAfterTitle(tokens: Token[], k: number, before: number): [number, number] | undefined {
  let n = k;
  while (n < before && n - k < 2 && tokens[n]?.kind === 'word' && !isUpperStart(tokens[n]?.text ?? '') && personal(tokens[n]?.lower ?? ''))
    n++;
  let m = n;
  while (m < before && m - n < 4 && tokens[m]?.kind === 'word' && isUpperStart(tokens[m]?.text ?? '')) m++;
  const verb = tokens[m];
  return n > k && m - n >= 2 && m < before && verb?.kind === 'word' && !isUpperStart(verb.text) && !SUBJECT_STOP.has(verb.lower)
    ? [n, m]
    : undefined;
}

/** `P. Dana Lopez, Agency General Counsel issued …`: a capitalised title after the name's comma, then a lower-case verb. */
function titleThenVerb(tokens: Token[], k: number, before: number): boolean {
  let e = k;
  while (e < before && e - k < 5 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
  const verb = tokens[e];
  return e > k && e < before && verb?.kind === 'word' && /^\p{Ll}+ed$/u.test(verb.text) && !SUBJECT_STOP.has(verb.lower);
}

/** `The country's prime minister, Jo Bloggs, has …`: the name between commas after a description is the subject. */
function apposedName(tokens: Token[], k: number, before: number): [number, number] | undefined {
  if (tokens[k]?.text !== ',') return undefined;
  let e = k + 1;
  while (e < before && e - k <= 4 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
  return e - k >= 3 && tokens[e]?.text === ',' ? [k + 1, e] : undefined;
}

/** After `the` at `s`: up to three lower-case words ending in a person's head (`the prime minister`), the index after it; else -1. */
function describedSubjectEnd(tokens: Token[], s: number): number {
  for (let e = s + 1; e <= s + 3; e++) {
    const t = tokens[e];
    if (t?.kind !== 'word' || isUpperStart(t.text)) return -1;
    if (isPersonHead(t.lower) || UNNAMED_HEADS.has(t.lower) || isTitle(t.lower)) return e + 1;
  }
  return -1;
}

/** Conjunctions that open a second clause with its own subject: `Comey tweeted …, while McCabe denounced …`. */
const CLAUSE_JOINS = new Set(['while', 'whereas', 'but', 'and', 'yet']);

/**
 * The tokens of the last clause of a sentence before a quotation, when a comma (or semicolon) and a
 * conjunction open a new clause with its own named or pronoun subject and verb (`…, while McCabe
 * denounced the media for becoming "…"`); otherwise all the tokens.
 */
export function lastClause(tokens: Token[]): Token[] {
  for (let k = tokens.length - 3; k >= 0; k--) {
    const t = tokens[k] as Token;
    // After a comma, a semicolon, or a quotation (whose comma is inside its marks: `"…," while`), or first.
    // (The place first: it rules out most words without a lookup.)
    const before = tokens[k - 1];
    if (!(k === 0 || before?.text === ',' || before?.text === ';' || before?.kind === 'quote')) continue;
    const join = CLAUSE_JOINS.has(t.lower);
    if (!join && !SUBORDINATORS.has(t.lower)) continue;
    // `, as when he talked about`: a subordinating word, another, then a pronoun subject.
    const s = SUBORDINATORS.has(tokens[k + 1]?.lower ?? '') && THIRD_PERSON_SUBJECTS.has(tokens[k + 2]?.lower ?? '') ? k + 2 : k + 1;
    if (!join && s === k + 1) continue;
    const subject = tokens[s] as Token;
    const named = subject.kind === 'word' && (isUpperStart(subject.text) || THIRD_PERSON_SUBJECTS.has(subject.lower));
    // `…, and the prime minister has defended them, saying`: a definite description ending in a person's head.
    const described = join && subject.lower === 'the' ? describedSubjectEnd(tokens, s) : -1;
    if (described < 0 && (!named || subject.lower === 'the')) continue;
    // A verb (a lower-case word) after the subject's capitalised words.
    let v = described > 0 ? described : s + 1;
    while (v < tokens.length && tokens[v]?.kind === 'word' && isUpperStart(tokens[v]?.text ?? '')) v++;
    if (tokens[v]?.kind === 'word' && !SUBJECT_STOP.has(tokens[v]?.lower ?? '')) return tokens.slice(k + 1);
  }
  return tokens;
}

/** A dash token (not a hyphen). (Closures at module level: tsx's keepNames wraps each named closure made per call in a `__name` call.) */
function dash(t: Token | undefined): boolean {
  return t?.kind === 'punct' && t.text !== '-' && /^\p{Pd}$/u.test(t.text);
}
const isComma = (t: Token | undefined): boolean => t?.text === ',';

/** Is the cue inside `, who … ,` (or `which`), or `—who …—`, closed before the quotation? */
export function insideRelativeClause(tokens: Token[], cue: CueMatch): boolean {
  let k = cue.index - 1;
  // (A dash clause reaches further back: `—who Vale’s wife Rita Vale bragged would …—`.)
  while (k > 0 && k > cue.index - 8 && tokens[k]?.kind === 'word' && !/^(?:who|which)$/.test((tokens[k] as Token).lower)) k--;
  if (!/^(?:who|which)$/.test(tokens[k]?.lower ?? '') || k <= cue.index - (dash(tokens[k - 1]) ? 8 : 4)) return false;
  // (Between dashes only with a named subject of its own, `—which Roe has dubbed …—`: `—who forcefully rebuked … and called …—` is the sentence's subject speaking.)
  const ownSubject = isUpperStart(tokens[k + 1]?.text ?? '');
  const closer = tokens[k - 1]?.text === ',' ? isComma : dash(tokens[k - 1]) && ownSubject ? dash : undefined;
  if (!closer) return false;
  for (let j = cue.index + cue.length; j < tokens.length; j++) if (closer(tokens[j])) return true;
  return false;
}

/** Is the word right before `at` (after a space) a capitalised title word: the `Secretary` of `Secretary of State Rex Tillerson`? */
export function titleBefore(text: string, at: number): boolean {
  const word = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
  return word !== undefined && isTitle(word.toLowerCase());
}
