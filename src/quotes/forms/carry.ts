/**
 * Carrying a speaker on: a quotation with no attribution of its own continues the previous quotation's
 * speaker (`"A," Roe said. "B."`) — a full quotation in the same or the next paragraph, a partial one
 * in the same paragraph with no new cue in between, or a paragraph that opens with a full quotation
 * a few paragraphs on with nobody else named since. Carrying stops where the narration turns to
 * someone else: a sentence in between whose subject is another person (`"…," Roe said. Lee disagreed. "…"`,
 * `… race." Former senator Lee offered his take: "…"`),
 * or a new paragraph whose narration before the quotation neither names the speaker nor refers to
 * them by a pronoun (`A council survey showed that "…"`, `Facebook took the ads down, stating, "…"`).
 */
import { ABBREVIATIONS, sentenceEnd, windowTokens, WINDOW, type ArticleContext } from '../mentions/context.ts';
import { lastClause } from '../cues/clause-subject.ts';
import type { Paragraph } from '../finding/paragraphs.ts';
import type { Quote } from '../quote.ts';
import { reportedSpeech } from './reported.ts';
import { matchCue } from '../cues/cues.ts';
import type { Token } from '../tokens.ts';
import { hasCue } from '../cues/source-phrase.ts';
import { isSpeakingNoun } from '../resolution/speaking-nouns.ts';

/** Paragraphs a quotation may sit after its speaker's last quote and still continue it. */
export const CONTINUATION_GAP = 4;

/**
 * A paragraph that is a short quotation alone, with no closing punctuation (`'Highly Likely'`), is a
 * subheading: it continues nobody's words (`echoSubheads` gives it the speaker it echoes, if any).
 */
export function isSubhead(ctx: ArticleContext, q: Quote): boolean {
  const para = ctx.paragraphs[q.paragraph] as Paragraph;
  if (q.start !== para.start || ctx.text.slice(q.end, para.end).trim() !== '') return false;
  return !/[.!?,;:…]$/.test(q.text) && q.text.split(/\s+/).length <= 6;
}

/**
 * A cue that starts someone else's words: not a participle right after a comma, which goes on with
 * the previous speaker (`"…," Roe told CNN, calling it serious. But voters "may …"`).
 */
const hasNewCue = (tokens: Token[]): boolean =>
  tokens.some((t, k) => matchCue(tokens, k) !== undefined && !(t.lower.endsWith('ing') && tokens[k - 1]?.text === ','));

/** A new cue, or a clause of reported speech with its own subject (`…, while Ruiz denounced them for "…"`). */
const hasNewSpeaker = (tokens: Token[]): boolean => hasNewCue(tokens) || reportedSpeech(lastClause(tokens)) !== undefined;

/**
 * A paragraph that opens with a full quotation, a few paragraphs after the previous speaker's quote,
 * with nobody else named in between, continues that speaker (`"…," Ruiz said.` / narration / `"…"`).
 */
function continuesAfterGap(ctx: ArticleContext, q: Quote, last: Quote | undefined, lastPara: number): boolean {
  if (!last?.speaker || last.speaker.kind !== 'person' || q.kind !== 'full') return false;
  if (q.paragraph - lastPara > CONTINUATION_GAP || q.start !== (ctx.paragraphs[q.paragraph] as Paragraph).start) return false;
  const key = last.speaker.key;
  const from = (ctx.paragraphs[lastPara + 1] as Paragraph).start;
  const others = ctx.people.mentionsBetween(from, q.start).filter((m) => ctx.people.keyOf(m.person) !== key);
  return others.length === 0 && !hasCue(windowTokens(ctx, from, q.start));
}

/** A sentence end (`. `, `!" `), with the word before a full stop. */
const SENTENCE_END = /([\p{L}.]*)([.!?])["”’]?\s+/gu;

/** Where the last sentence that starts in `text` does (`-1` with none): not after `Mr.`, `Sen.` or an initial. */
function lastSentenceStart(text: string): number {
  let start = -1;
  for (const m of text.matchAll(SENTENCE_END)) {
    const word = (m[1] as string).toLowerCase();
    if (m[2] === '.' && (ABBREVIATIONS.has(word) || word.length === 1 || word.includes('.'))) continue;
    start = (m.index as number) + m[0].length;
  }
  return start;
}

/** What may stand before a sentence's subject name: a conjunction, a short phrase closed by a comma, capitalised titles (`Councillor`). */
const SUBJECT_OPENING =
  /^\s*(?:(?:But|And|Yet|Still|Meanwhile|However|Then|Later),?\s+)?(?:[^,.;:]{1,60},\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/**
 * A sentence opening that describes the name after it (`Former state senator (and party chair) Jo Lee`,
 * `Pastor and author Jo Lee`): a few words with no comma, the last a noun for a person or a title
 * (`those Lee chose`, `voters who backed Lee`: the word before the name is no such noun).
 */
function describedOpening(opening: string): boolean {
  const words = opening.replace(/[()]/g, ' ').trim().split(/\s+/);
  if (words.length < 2 || words.length > 10 || /[,;:"“”]/.test(opening)) return false;
  return isSpeakingNoun((words[words.length - 1] as string).toLowerCase());
}
/** Words opening a sentence that make the name after them no subject of it (`Those Lee chose`, `When Lee …`). */
const CLAUSE_OPENERS = new Set(['those', 'these', 'what', 'who', 'whom', 'when', 'if', 'as', 'after', 'before', 'since', 'while']);

/** Does a person other than `last`'s speaker get named in a new sentence between `from` and `to`? */
function namesAnotherInNewSentence(ctx: ArticleContext, last: Quote, from: number, to: number): boolean {
  const speaker = last.speaker;
  if (!speaker) return false;
  const own = new Set(speaker.key.split(' '));
  for (const m of ctx.people.mentionsBetween(from, to)) {
    const key = ctx.people.keyOf(m.person);
    // The speaker again, under any part of their name (`Tom Fitton` … `Fitton`).
    if (key === speaker.key || key.split(' ').some((w) => own.has(w))) continue;
    // A possessive (`Obama's health care law "is …"`) is no subject.
    if (/['’]s?$/.test(ctx.masked.slice(m.start, m.end)) || /^['’]s?\b/.test(ctx.masked.slice(m.end, m.end + 3))) continue;
    const before = ctx.masked.slice(from, m.start);
    // The previous quotation may end its sentence (`…we will win." Lee disagreed`): its full stop is masked.
    const masked = lastSentenceStart(before);
    const start =
      masked >= 0 ? masked : from === last.end && /[.!?]$/.test(last.text) ? (/^["”’']?\s*/.exec(before) as RegExpExecArray)[0].length : -1;
    // The subject of its sentence (`Lee disagreed`, `But in a post, Lee …`), not a name inside it (`those Lee chose to record`).
    const opening = before.slice(start);
    // (`When Lee "reached out …"`: the subject of a clause opening the sentence is no subject of the sentence.)
    const first = /^\s*(\p{L}+)/u.exec(opening)?.[1]?.toLowerCase();
    if (start < 0 || (first !== undefined && CLAUSE_OPENERS.has(first))) continue;
    if (SUBJECT_OPENING.test(opening) || describedOpening(opening)) return true;
  }
  return false;
}

/** Words of a name that name nobody by themselves. */
const ARTICLE_OR_GLUE = new Set(['the', 'of', 'for', 'and', 'from', 'with']);

/** A pronoun that may stand for a person who spoke before (`He followed up with, "…"`). */
const PERSON_PRONOUN = /\b(?:he|she|him|her|his|they|their)\b/i;

/**
 * Does the narration opening a new paragraph before `q` turn away from `last`'s speaker: it neither
 * names them nor refers to a person by a pronoun (a body is referred to by its name only)?
 */
function narrationTurns(ctx: ArticleContext, q: Quote, last: Quote, lastPara: number): boolean {
  const para = ctx.paragraphs[q.paragraph] as Paragraph;
  if (q.paragraph === lastPara || q.start === para.start || !last.speaker) return false;
  const speaker = last.speaker;
  const own = new Set(speaker.key.split(' '));
  const end = sentenceEnd(ctx.masked, q.end, para.end);
  const named = ctx.people.mentionsBetween(para.start, end).some((m) =>
    ctx.people
      .speakerOf(m.person)
      .key.split(' ')
      .some((w) => own.has(w)),
  );
  if (named) return false;
  // The narration before the quotation and the rest of its sentence (`Instead of "…," he foresees …`).
  const narration = ctx.masked.slice(para.start, q.start) + ctx.masked.slice(q.end, end);
  // A list's number (`11. "…"`) is no narration.
  if (!/\p{L}{2}/u.test(narration)) return false;
  if (speaker.kind === 'person' && PERSON_PRONOUN.test(narration)) return false;
  // The speaker named again by a word of its name (`the agency`, `The Times`, `Klobuchar's call` for `Klobuchar's campaign`).
  const lower = narration.toLowerCase();
  return !speaker.name
    .toLowerCase()
    .split(' ')
    .map((w) => w.replace(/['’]s$/, ''))
    .some((w) => w.length > 3 && !ARTICLE_OR_GLUE.has(w) && lower.includes(w));
}

/**
 * Does `q`, with no attribution of its own, continue `last`'s speaker (see the file's comment)?
 * `lastPara` is the paragraph where `last` ends, `lastCueEnd` where the last attribution's cue ends.
 */
export function carriesOn(ctx: ArticleContext, q: Quote, last: Quote | undefined, lastPara: number, lastCueEnd: number): boolean {
  if (isSubhead(ctx, q) || !last) return false;
  // The previous quotation's own attribution (`"…," Meister said of it. At the same time, "…"`) is no cue between them.
  const from = lastCueEnd > last.end ? Math.min(lastCueEnd, q.start) : Math.max(last.end, q.start - WINDOW);
  const near = lastPara >= q.paragraph - 1;
  const carries =
    (near && (q.kind === 'full' || (lastPara === q.paragraph && !hasNewSpeaker(windowTokens(ctx, from, q.start))))) ||
    continuesAfterGap(ctx, q, last, lastPara);
  return carries && !turnsAway(ctx, q, last, lastPara, lastCueEnd);
}

/**
 * Does the narration between `last` and `q` turn to someone else (see the file's comment)? Also asked of
 * the previous quotation's own attribution found again before `q` (`"A," Roe said. Lee shook his head. "B."`).
 */
export function turnsAway(ctx: ArticleContext, q: Quote, last: Quote, lastPara: number, lastCueEnd: number): boolean {
  const from = lastCueEnd > last.end ? Math.min(lastCueEnd, q.start) : last.end;
  return namesAnotherInNewSentence(ctx, last, Math.max(from, q.start - WINDOW), q.start) || narrationTurns(ctx, q, last, lastPara);
}
