/**
 * Attribution: for each quotation of an article, the cue and source written next to it (found by
 * `source-phrase.ts`, resolved by `resolve.ts`), or the previous quotation's speaker when the
 * quotation continues it.
 */
import { paragraphAt, sentenceEnd, sentenceStart, windowTokens, WINDOW, type ArticleContext } from './mentions/context.ts';
import { afterIndirectSpeech, indirectSpeechOf } from './forms/indirect-speech.ts';
import { lastClause } from './cues/clause-subject.ts';
import type { Paragraph } from './finding/paragraphs.ts';
import { mentionCopy, speakerCopy, type Quote } from './quote.ts';
import {
  participleLeadIn,
  passiveAgent,
  possessiveSpeech,
  possessiveStatement,
  possessorBefore,
  reportedSpeech,
} from './forms/reported.ts';
import { tweetSignature } from './forms/tweet-signature.ts';
import { asClauseAfter, asClauseBefore } from './forms/as-clause.ts';
import { bodySource } from './resolution/body-names.ts';
import { documentFinding, issuedFinding } from './forms/issued-findings.ts';
import { governingSpeech, namedElsewhere } from './forms/governing-verb.ts';
import { wordsOfAfter, wordsOfBefore } from './forms/words-of.ts';
import { namedLikeCompany } from './mentions/organisations.ts';
import { resolveSource, type Attribution } from './resolution/resolve.ts';
import { isJunkSpeaker } from './resolution/junk-guard.ts';
import { workAuthor } from './resolution/work-author.ts';
import { pairSpeaker } from './resolution/coordinated.ts';
import { notOwnAntecedent } from './resolution/relative-subject.ts';
import { fromGivenName, withoutLocation } from './cues/phrase-trim.ts';
import { nameLaterDescriptions } from './resolution/named-later.ts';
import { SENDING_OR_OBJECTING, sentWordsOfAnother } from './cues/cues.ts';
import { MASK, type Token } from './tokens.ts';
import { attributionBefore, type Found } from './cues/source-phrase.ts';
import { sayerBeforeRelay } from './forms/relayed-words.ts';
import { carriesOn, CONTINUATION_GAP, isSubhead, turnsAway } from './forms/carry.ts';
import { paragraphBefore } from './finding/captions.ts';
import { issuedStatement } from './forms/issued-statement.ts';
import { unattributeNicknames } from './mentions/nicknames.ts';
import { ownAttribution } from './own-attribution.ts';
import { PERSONAL_PRONOUNS } from './lexicon/pronouns.ts';

export type { ArticleContext } from './mentions/context.ts';

/** A resolved attribution whose speaker is no speaker at all (`junk-guard.ts`) keeps its mention and cue, not the speaker. */
function resolved(ctx: ArticleContext, found: Found, previous: Quote['speaker']): Attribution {
  const body = bodySource(ctx.text, found);
  if (body) return body;
  const a = resolveSource(ctx, fromGivenName(ctx.text, withoutLocation(found)), previous);
  // (A book after its author's possessive, `Jo Roe's Paper Tigers concedes`, speaks for its author: `work-author.ts`.)
  if (a.speaker && isJunkSpeaker(ctx, a.mention, a.speaker, a.cue))
    return { mention: a.mention, cue: a.cue, speaker: workAuthor(ctx, a.speaker) };
  const pair = a.speaker && pairSpeaker(a.mention, a.speaker);
  const speaker = pair || (a.speaker && a.mention ? notOwnAntecedent(ctx, a.mention, a.speaker) : undefined);
  // A literal in the Attribution's field order: a spread `{ ...a, speaker }` makes another hidden class.
  return speaker ? { mention: a.mention, cue: a.cue, speaker } : a;
}

/** Remember who spoke, and where their mention is, for the salience of later pronouns. */
function noteSpeaker(ctx: ArticleContext, q: Quote): void {
  if (!q.speaker) return;
  ctx.spoken.push(q.speaker);
  if (q.mention) (ctx.spokenAt ??= new Set()).add(q.mention.start);
  if (q.mention) ctx.lastSpoken = { speaker: q.speaker, at: q.mention.start };
}

/** A person met before `at` under these name words (titles aside), not an organisation or a place. */
function isKnownPerson(ctx: ArticleContext, words: string[], at: number): boolean {
  for (let k = 0; k < words.length; k++) {
    const p = ctx.people.find(words.slice(k), at);
    if (p) return p.organisation !== true && !namedLikeCompany(ctx.text, words.slice(k));
  }
  return false;
}

/** `…," as he said`: the text right after a quotation opens a clause of `as`. */
const AS_NEXT = /^\p{Pf}?["'’”]?,?\s+as\s/iu;

/**
 * A headline quote with no cue of its own (`Putin 'hopes' for talks`) takes the speaker of the
 * standfirst's first sentence (`Russian President Vladimir Putin said …`) when the headline names them.
 */
function headlineAttribution(ctx: ArticleContext): Found | undefined {
  const head = ctx.paragraphs[0];
  const stand = ctx.paragraphs[1];
  if (!head || !stand) return undefined;
  const found = reportedSpeech(windowTokens(ctx, stand.start, sentenceEnd(ctx.masked, stand.start, stand.end)));
  if (!found) return undefined;
  const names = found.tokens.slice(found.np[0], found.np[1]).filter((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text));
  const headline = ctx.text.slice(head.start, head.end);
  return names.some((t) => t.text.length > 2 && headline.includes(t.text)) ? found : undefined;
}

/**
 * Attribute every quote of an article in place (sets `mention`, `cue`, `speaker`).
 *
 * A quote with no attribution of its own takes one from the text since the previous quote when
 * it is a full sentence (`"A," he said. "B."`), or inherits the previous quote's speaker: a full
 * quote from the same or the previous paragraph, a partial one only within the same paragraph
 * and with no cue in between. Anything else (scare quotes) stays unattributed.
 */
export function attributeQuotes(ctx: ArticleContext, quotes: Quote[]): void {
  const carried = attributeInOrder(ctx, quotes);
  shareSentenceEndAttribution(ctx, quotes, carried);
  echoSubheads(ctx, quotes);
  if (ctx.model !== false) nameLaterDescriptions(ctx, quotes);
  unattributeNicknames(ctx.text, quotes);
}

const words = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A subheading that is only a quotation (`'COULD HAVE HAPPENED TO ANYONE'`) echoes words quoted just
 * below it: it takes the speaker of the first quotation within the next few paragraphs that holds them.
 */
function echoSubheads(ctx: ArticleContext, quotes: Quote[]): void {
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n] as Quote;
    const para = ctx.paragraphs[q.paragraph] as Paragraph;
    if (q.speaker || q.start !== para.start || ctx.text.slice(q.end, para.end).trim() !== '') continue;
    const echo = words(q.text);
    if (echo.length < 8) continue;
    for (let k = n + 1; k < quotes.length; k++) {
      const r = quotes[k] as Quote;
      if (r.paragraph > q.paragraph + CONTINUATION_GAP) break;
      if (!r.speaker || !words(r.text).includes(echo)) continue;
      if (r.mention) q.mention = mentionCopy(r.mention);
      if (r.cue) q.cue = r.cue;
      q.speaker = speakerCopy(r.speaker);
      break;
    }
  }
}

/**
 * `moved from "stable" to "good" condition, Jenkins said.`: a partial quotation left without a
 * speaker takes the attribution closing its sentence, written after a later quotation of the same sentence.
 */
function shareSentenceEndAttribution(ctx: ArticleContext, quotes: Quote[], carried: Set<Quote>): void {
  for (let n = quotes.length - 2; n >= 0; n--) {
    const q = quotes[n] as Quote;
    const r = quotes[n + 1] as Quote;
    // A speaker only carried over from an earlier sentence gives way to the attribution closing the quotation's own.
    if (
      (q.speaker && !carried.has(q)) ||
      q.kind !== 'partial' ||
      !r.speaker ||
      !r.mention ||
      r.mention.start < r.end ||
      r.paragraph !== q.paragraph
    )
      continue;
    if (/[.!?;:]\s/.test(ctx.masked.slice(q.end, r.start))) continue;
    const sentenceEnd = /[.!?](?=\s|$)/.exec(ctx.masked.slice(r.end, r.mention.start));
    if (sentenceEnd) continue;
    q.mention = mentionCopy(r.mention);
    if (r.cue) q.cue = r.cue;
    q.speaker = speakerCopy(r.speaker);
  }
}

/**
 * An embedded tweet's author speaks its quotations, except a partial quotation whose own sentence in
 * the tweet names who says it (`Party lawyers say it could bring "new charges." — Jo Bloggs (@jo) …`).
 */
function tweetSource(ctx: ArticleContext, q: Quote): Found | undefined {
  const tweet = tweetSignature(ctx, q);
  if (!tweet || q.kind !== 'partial') return tweet;
  const para = ctx.paragraphs[q.paragraph] as Paragraph;
  const inner = attributionBefore(windowTokens(ctx, sentenceStart(ctx, q.start, Math.max(para.start, q.start - WINDOW)), q.start));
  return inner && !inner.cue.sourceAfter ? inner : tweet;
}

/**
 * `Rising Voices said on Twitter that it backs a boycott.` / `"…," it said.`: `it` or `they` that the
 * article leaves unresolved speaks for the body whose indirect speech closes the paragraph before, when
 * that paragraph quotes nobody and the body is not a person.
 */
function pronounBody(ctx: ArticleContext, q: Quote, found: Found, previous: Quote['speaker']): Attribution | undefined {
  if (found.np[1] - found.np[0] !== 1 || !/^(?:it|they)$/.test(found.tokens[found.np[0]]?.lower ?? '')) return undefined;
  const para = ctx.paragraphs[q.paragraph] as Paragraph;
  // A photo caption in between is skipped: it describes a picture, not who speaks (`captions.ts`).
  const prev = paragraphBefore(ctx.text, ctx.paragraphs, q.paragraph);
  if (!prev || q.start !== para.start || ctx.masked.slice(prev.start, prev.end).includes(MASK)) return undefined;
  const from = sentenceStart(ctx, prev.end, Math.max(prev.start, prev.end - WINDOW));
  const lead = indirectSpeechOf(ctx, from, prev.end);
  const body = lead ? resolved(ctx, lead, previous) : undefined;
  return body?.speaker && body.speaker.kind !== 'person' ? body : undefined;
}

const SENDING = new RegExp(`\\b(?:${[...SENDING_OR_OBJECTING].join('|')})\\b`, 'i');

/** Does the quotation's own clause send it as a thing's words (`texted Cole a photo of the sign reading "…"`)? */
function sendsAnothersWords(ctx: ArticleContext, q: Quote): boolean {
  const from = sentenceStart(ctx, q.start, Math.max((ctx.paragraphs[q.paragraph] as Paragraph).start, q.start - WINDOW));
  return SENDING.test(ctx.masked.slice(from, q.start)) && sentWordsOfAnother(lastClause(windowTokens(ctx, from, q.start)));
}

/** The tokens since the previous quotation (`last`), at most `WINDOW` characters before `q`. */
function tokensBetween(ctx: ArticleContext, last: Quote, q: Quote): Token[] {
  return windowTokens(ctx, Math.max(last.end, q.start - WINDOW), q.start);
}

/** The tokens after `q` to its sentence's end, within its paragraph and `WINDOW` characters. */
function tokensAfter(ctx: ArticleContext, q: Quote, para: Paragraph): Token[] {
  return windowTokens(ctx, q.end, sentenceEnd(ctx.masked, q.end, Math.min(para.end, q.end + WINDOW)));
}

/** The tokens of the quotation's sentence before it, within its paragraph and `WINDOW` characters. */
function sentenceBefore(ctx: ArticleContext, q: Quote): Token[] {
  const para = ctx.paragraphs[q.paragraph] as Paragraph;
  return windowTokens(ctx, sentenceStart(ctx, q.start, Math.max(para.start, q.start - WINDOW)), q.start);
}

/**
 * The forms read in the quotation's own sentence when no cue names its speaker: reported speech, statements, `as`
 * clauses and, unless `possessives` is false, an owner's possessive (`Roe's rejection of "…"`) and the headline's speaker.
 */
function sentenceForm(ctx: ArticleContext, q: Quote, sentenceTokens: Token[], sentence: Token[], possessives = true): Found | undefined {
  const para = ctx.paragraphs[q.paragraph] as Paragraph;
  // Bounded like the words before it: a paragraph without a sentence end (hostile input, thousands
  // of quotes in one line) made each quote scan to the paragraph's end, a cost growing with its square.
  let afterTokens: ReturnType<typeof windowTokens> | undefined;
  return (
    // `maintaining, in the words of X, that …`: words given as someone's own outrank the clause's subject.
    (q.kind === 'partial' ? (wordsOfBefore(sentence) ?? wordsOfAfter((afterTokens ??= tokensAfter(ctx, q, para)))) : undefined) ??
    afterIndirectSpeech(ctx, q) ??
    // `X welcomed a study by Y, which found that "…"`: the relative clause of finding right before the words governs them.
    (q.kind === 'partial' ? documentFinding(sentence) : undefined) ??
    reportedSpeech(sentence) ??
    (q.kind === 'partial' ? issuedFinding(sentence) : undefined) ??
    issuedStatement(sentenceTokens) ??
    asClauseBefore(sentence) ??
    (AS_NEXT.test(ctx.text.slice(q.end, q.end + 8)) && !/[.!?]$/.test(q.text)
      ? asClauseAfter((afterTokens ??= tokensAfter(ctx, q, para)))
      : undefined) ??
    (q.kind === 'partial'
      ? (passiveAgent(sentence, (afterTokens ??= tokensAfter(ctx, q, para))) ??
        participleLeadIn(sentence, afterTokens ?? tokensAfter(ctx, q, para)))
      : undefined) ??
    (possessives ? possessiveForm(ctx, q, sentence) : undefined)
  );
}

/** `Roe's rejection of "…"`, `Roe's statement …: "…"`, `Roe's "…"`, or the headline's speaker for the first paragraph. */
function possessiveForm(ctx: ArticleContext, q: Quote, sentence: Token[]): Found | undefined {
  return (
    possessiveSpeech(sentence) ??
    possessiveStatement(sentence, (words, at) => isKnownPerson(ctx, words, at)) ??
    (q.kind === 'partial' && /^ \p{Ll}/u.test(ctx.text.slice(q.end, q.end + 2))
      ? possessorBefore(sentence, (words, at) => isKnownPerson(ctx, words, at))
      : undefined) ??
    (q.paragraph === 0 ? headlineAttribution(ctx) : undefined)
  );
}

/** A source phrase that names its speaker itself: not a pronoun (the ranker's guess), nor an owner (`Roe's attacks`). */
const namesItself = (mention: string): boolean => !PERSONAL_PRONOUNS.has(mention.toLowerCase()) && !/['’]s?$/.test(mention);

/** Attribute the quotes in text order; returns those whose speaker was only carried over from the quotation before. */
function attributeInOrder(ctx: ArticleContext, quotes: Quote[]): Set<Quote> {
  const carried = new Set<Quote>();
  let last: Quote | undefined;
  let lastCueEnd = -1;
  for (let n = 0; n < quotes.length; n++) {
    const q = quotes[n] as Quote;
    const nextStart = quotes[n + 1]?.start ?? ctx.text.length;
    const tweet = tweetSource(ctx, q);
    let found = tweet ?? ownAttribution(ctx, q, nextStart);
    // `Cole texted Reed a photo of the sign reading "…"`: no speaker, neither an earlier cue's nor the previous quotation's.
    if (!tweet && (!found || found.cue.end <= q.start) && sendsAnothersWords(ctx, q)) {
      last = q;
      continue;
    }
    const lastPara = last ? paragraphAt(ctx.paragraphs, last.end - 1).index : -2;
    const near = last !== undefined && lastPara >= q.paragraph - 1;
    // The tokens since the previous quotation, made only when needed (most quotations have their own attribution).
    // (Memos in local variables, not closures: tsx's keepNames wraps every named closure in a `__name` call.)
    let betweenTokens: ReturnType<typeof windowTokens> | undefined;
    const subhead = isSubhead(ctx, q);
    if (!found && near && q.kind === 'full' && !subhead) {
      found = sayerBeforeRelay(attributionBefore((betweenTokens ??= tokensBetween(ctx, last as Quote, q))));
      // The previous quotation's own attribution, read again: not past narration that turns to someone else.
      if (found && found.cue.end <= lastCueEnd && turnsAway(ctx, q, last as Quote, lastPara, lastCueEnd)) found = undefined;
      // The very cue the previous quotation took its speaker from: its reading of the source stands (carried below).
      if (found && found.cue.end === lastCueEnd && last?.speaker && last.kind === 'full') found = undefined;
    }
    if (found) {
      lastCueEnd = found.cue.end;
      const a = resolved(ctx, found, last?.speaker);
      q.mention = a.mention;
      q.cue = a.cue;
      // `X said …` closing the paragraph before (past a photo caption) outranks the previous quotation's body for `it`/`they`.
      const fromPrevious = a.speaker !== undefined && a.speaker.key === last?.speaker?.key;
      const speaker =
        (a.speaker === undefined || fromPrevious ? pronounBody(ctx, q, found, last?.speaker)?.speaker : undefined) ?? a.speaker;
      if (speaker) q.speaker = speaker;
      else if (found.cue.end <= q.start) {
        // A cue before the words whose source phrase names nobody (`Jo Roe, a candidate, put out a statement saying:`): the
        // source the sentence's own forms read for that same cue, when it names a person or a body itself.
        const sentenceTokens = sentenceBefore(ctx, q);
        const form = sentenceForm(ctx, q, sentenceTokens, lastClause(sentenceTokens), false);
        const other = form?.cue.start === found.cue.start ? resolved(ctx, form, last?.speaker) : undefined;
        if (other?.speaker && other.speaker.kind !== 'unnamed' && namesItself(other.mention?.text ?? '')) {
          q.mention = other.mention;
          q.cue = other.cue;
          q.speaker = other.speaker;
        }
      }
      last = q;
      if (q.speaker) noteSpeaker(ctx, q);
      continue;
    }
    const carry = carriesOn(ctx, q, last, lastPara, lastCueEnd);
    if (carry && last) {
      if (q.kind === 'partial') carried.add(q);
      if (last.mention) q.mention = mentionCopy(last.mention);
      if (last.cue) q.cue = last.cue;
      if (last.speaker) q.speaker = speakerCopy(last.speaker);
      last = q;
      if (q.speaker) noteSpeaker(ctx, q);
      continue;
    }
    const sentenceTokens = sentenceBefore(ctx, q);
    const sentence = lastClause(sentenceTokens);
    const reported = sentenceForm(ctx, q, sentenceTokens, sentence);
    const governing = reported || q.kind !== 'partial' ? undefined : governingSpeech(sentence, namedElsewhere(ctx));
    if (reported || governing) {
      const a = resolved(ctx, (reported ?? governing) as Found, last?.speaker);
      if (a.speaker) {
        q.mention = a.mention;
        q.cue = a.cue;
        q.speaker = a.speaker;
        // Words quoted inside a clause (`governingSpeech`) are not the words the next quotations go on with.
        if (reported) last = q;
        noteSpeaker(ctx, q);
      }
    }
  }
  return carried;
}
