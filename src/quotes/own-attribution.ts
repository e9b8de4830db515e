/**
 * The attribution written next to one quotation: a cue and source after it, then before it in its
 * sentence, then the forms that lead into it (a colon lead-in, a `per` aside, a roundup's label or
 * signature line). `attribute.ts` falls back on earlier quotations when this finds nothing.
 */
import { paragraphAt, sentenceEnd, sentenceStart, windowTokens, WINDOW, type ArticleContext } from './mentions/context.ts';
import { lastClause } from './cues/clause-subject.ts';
import type { Paragraph } from './finding/paragraphs.ts';
import type { Quote } from './quote.ts';
import { colonLeadIn, reportedSpeech } from './forms/reported.ts';
import { MODALS, STANCE_VERBS } from './lexicon/word-lists.ts';
import { fromLeadIn, fromPersonLeadIn, labelLeadInAt } from './forms/source-labels.ts';
import { documentParticiple } from './forms/issued-findings.ts';
import { governingSpeech, namedElsewhere } from './forms/governing-verb.ts';
import { wordsOfEarlierIn } from './forms/words-of.ts';
import { attributionAfter, attributionBefore, type Found } from './cues/source-phrase.ts';
import { attributionAtSentenceEnd } from './cues/sentence-end.ts';
import { mannerVerbAfter } from './cues/source-manner.ts';
import { outerSayer } from './forms/outer-sayer.ts';
import { accordingAside } from './forms/according-aside.ts';
import { relativeSayer } from './forms/relative-sayer.ts';
import { causedSayer } from './forms/caused-sayer.ts';
import { reportedClauseSpeaker } from './forms/reported-clause-subject.ts';
import { citedSource } from './forms/cited-source.ts';
import { governsRest, quotedPerson, relaysWords, sayerBeforeRelay } from './forms/relayed-words.ts';
import { perAside } from './forms/per-aside.ts';
import { stanceBefore } from './forms/stance-lead-in.ts';
import { isQuotedTitle } from './mentions/nicknames.ts';
import { signatureAfter } from './cues/signature-after.ts';
import { opensSentence } from './mentions/sentence-words.ts';
import { pastTitle, titlesAsWords } from './cues/title-apposition.ts';

/**
 * `"… in children." Critics would argue that …`: after a quotation that closes its sentence, a cue
 * with a modal before it or `that` after it opens a new sentence of reported speech, not an attribution.
 */
function newSentenceCue(q: Quote, post: Found | undefined): Found | undefined {
  if (!post || post.cue.sourceAfter || !q.text.endsWith('.')) return post;
  const { tokens, cue } = post;
  // `"…." Roe agreed.`: agreeing answers the words before; the quotation is someone else's.
  if (STANCE_VERBS.has(cue.text.toLowerCase())) return undefined;
  if (MODALS.has(tokens[cue.index - 1]?.lower ?? '') || tokens[cue.index + cue.length]?.lower === 'that') return undefined;
  // `Roe didn't respond to …`: a negated cue reports no words; `Kent once wrote, "…`: a cue leading into the next quotation is its.
  if (tokens.slice(Math.max(0, cue.index - 3), cue.index).some((t) => /^(?:not|never|\p{L}+n['’]t)$/u.test(t.lower))) return undefined;
  const rest = tokens.slice(cue.index + cue.length);
  return rest.length > 0 && rest.every((t) => t.text === ',' || t.text === ':') ? undefined : post;
}

/**
 * `As Lew Sand told the paper, "…." Another official told the site that "…"`: after a full quotation that closes
 * its sentence, a cue whose clause runs on, with no comma, into the next quotation (`runsIntoNext`) introduces that
 * one; the quotation's own lead-in, when it has one, outranks it (`Roe said Tuesday, adding that "…"` stays Roe's).
 */
function leadsIntoNext(q: Quote, post: Found | undefined): boolean {
  if (!post || post.cue.sourceAfter || q.kind !== 'full' || !q.text.endsWith('.')) return false;
  return !post.tokens.slice(post.cue.index + post.cue.length).some((t) => t.kind === 'punct');
}

/**
 * Does the sentence after the quotation (ending at `postEnd`) run on into the next quotation (at `postLimit`), in
 * the same paragraph, and does the quotation open its sentence or follow a lead-in's comma? `sent a message to
 * "Democrats and progressives." He urged …` ends the writer's.
 */
function runsIntoNext(masked: string, q: Quote, paraStart: number, paraEnd: number, postEnd: number, postLimit: number): boolean {
  if (postEnd !== postLimit || postLimit >= paraEnd || postLimit >= q.end + WINDOW) return false;
  return (
    opensSentence(masked, q.start) ||
    masked
      .slice(Math.max(paraStart, q.start - 2), q.start)
      .trimEnd()
      .endsWith(',')
  );
}

/** Find the attribution written next to a quote: after it, then before it in its sentence, then a `...:` lead-in paragraph. */
export function ownAttribution(ctx: ArticleContext, q: Quote, nextStart: number): Found | undefined {
  const { masked, paragraphs } = ctx;
  const para = paragraphs[q.paragraph] as Paragraph;
  const endPara = paragraphAt(paragraphs, q.end - 1);
  const postLimit = Math.min(pastTitle(ctx.text, masked, nextStart), endPara.end, q.end + WINDOW);
  const postEnd = sentenceEnd(masked, q.end, postLimit);
  const postTokens = titlesAsWords(ctx.text, windowTokens(ctx, q.end, postEnd));
  const post = quotedPerson(sayerBeforeRelay(newSentenceCue(q, attributionAfter(postTokens))), /[.!?]$/.test(q.text));
  // `"…," the Valley Courier reported` / `according to the Courier`: who relayed the words, not always who said them.
  const relayed = post !== undefined && relaysWords(post);
  const ledOn = leadsIntoNext(q, post) && runsIntoNext(masked, q, para.start, endPara.end, postEnd, postLimit);
  if (post && q.kind !== 'partial' && !relayed && !ledOn) return post;
  const from = sentenceStart(ctx, q.start, Math.max(para.start, q.start - WINDOW));
  const sentenceTokens = windowTokens(ctx, from, q.start);
  const preTokens = lastClause(sentenceTokens);
  const inner =
    relativeSayer(preTokens) ??
    causedSayer(preTokens) ??
    documentParticiple(citedSource(reportedClauseSpeaker(attributionBefore(preTokens), q.text))) ??
    (q.kind === 'partial' ? accordingAside(ctx.text, from, q.start) : undefined);
  const pre = q.kind === 'partial' ? outerSayer(sentenceTokens, inner, q.text, namedElsewhere(ctx)) : inner;
  // `maintaining, in the words of X, that "…"`, `In the famous words of X: "…"`: someone's own words, after the sentence's cue.
  const own = post ? undefined : wordsOfEarlierIn(ctx, from, q.start);
  if (own && (!pre || own.cue.start > pre.cue.start)) return own;
  // `Pence said, "…," according to Rep. Reichert`: the speaker whose cue leads straight into the words, not the one who relayed them.
  // A partial quotation right after its own sentence's cue (`X told them to "…," Y told reporters`) is X's words, relayed by Y.
  const named =
    pre !== undefined &&
    /^(?:\p{Lu}[\p{L}.'’-]*|he|she)$/u.test(pre.tokens[pre.np[1] - 1]?.text ?? '') &&
    !/['’]s$/.test(pre.tokens[pre.np[1] - 1]?.text ?? '');
  const according = /^according to$/i.test(post?.cue.text ?? '');
  const reach = according ? 2 : 4;
  const leads =
    pre !== undefined &&
    (according || named) &&
    pre.cue.index + pre.cue.length >= preTokens.length - reach &&
    (according || preTokens.slice(pre.cue.index + pre.cue.length).every((t) => t.kind === 'word'));
  // `Roe argued for it, telling the board, "…," the Courier reported`: a sayer of the quotation's own sentence outranks its relayer.
  if (post && relayed && pre && pre.np[0] < pre.cue.index && governsRest(pre)) return pre;
  if (ledOn && pre) return pre;
  if (post && !(pre && leads && pre.np[0] < pre.cue.index)) return post;
  if (pre) return pre;
  const tail =
    attributionAtSentenceEnd(postTokens) ?? (q.kind === 'full' && q.text.endsWith(',') ? mannerVerbAfter(postTokens) : undefined);
  if (tail) return tail;
  // `"…" (per the Daily Ledger).`: the bracket names where the words were read, unless a clause of saying names who said them.
  const per = perAside(ctx.text, q.end);
  if (per && !reportedSpeech(preTokens) && !governingSpeech(preTokens, namedElsewhere(ctx))) return per;
  // `Jane Roe, The Valley Courier: "…"` opening its paragraph: a press roundup's label.
  const label = from === para.start ? labelLeadInAt(ctx, para.start, q.start) : undefined;
  if (label) return label;
  // A partial quotation that closes its sentence after the colon (`X pinpointed why: "she's …."`) is led in the same way.
  const lead =
    q.kind === 'full' || /[.!?…]$/.test(q.text)
      ? (colonLeadIn(preTokens, (t) => isQuotedTitle(ctx.text, t.start, t.end)) ?? fromPersonLeadIn(preTokens))
      : undefined;
  if (lead) return lead;
  const stance = stanceBefore(ctx, q, from);
  if (stance) return stance;
  const prevPara = paragraphs[q.paragraph - 1];
  if (from === para.start && q.start === para.start && prevPara && ctx.text[prevPara.end - 1] === ':') {
    const leadIn = sentenceStart(ctx, prevPara.end, Math.max(prevPara.start, prevPara.end - WINDOW));
    const leadTokens = windowTokens(ctx, leadIn, prevPara.end);
    return attributionBefore(leadTokens) ?? fromLeadIn(leadTokens) ?? signatureAfter(ctx, q.paragraph);
  }
  // `"…" ¶ Jo Roe, The Valley Courier`: a roundup's signature line after the excerpt.
  return signatureAfter(ctx, q.paragraph);
}
