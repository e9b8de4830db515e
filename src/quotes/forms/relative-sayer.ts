/**
 * `… in a statement by the Holy See, which said "…"`, `… met Jo Roe, who told them "…"`: a relative
 * clause of saying right before a quotation has the name just before it as its subject.
 */
import { cueWith, matchCue } from '../cues/cues.ts';
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { BODY_NAME_GLUE, NAMING_VERBS as CALLING } from '../lexicon/word-lists.ts';
import { MEMBER_NOUNS } from '../resolution/party-member.ts';
import { DOCUMENT_HEADS, isPersonHead, PREPOSITIONS } from '../lexicon/word-lists.ts';
import { isTitle } from '../lexicon/titles.ts';
import { endsLikePersonNoun } from '../lexicon/person-nouns.ts';
import { SOURCE_NOUNS } from '../cues/source-words.ts';
import { isNeverName } from '../mentions/sentence-words.ts';
import { objectNaming } from './object-naming.ts';
import { OBJECT_PRONOUNS } from '../lexicon/pronouns.ts';

/** Lower-case words inside a name: a body's (`the Center for Law and Justice`) or a person's particle (`Bill de Blasio`). */
const JOINERS: ReadonlySet<string> = new Set([...BODY_NAME_GLUE, 'de']);

/**
 * The name and verb of `tokens` (a sentence up to a quotation) when it ends `<Name>, which|who <verb of
 * saying> [that]`: the name is capitalised (`the` may open it, joiners inside), up to seven words.
 */
export function relativeSayer(tokens: Token[]): Found | undefined {
  let v = tokens.length - 1;
  if (tokens[v]?.lower === 'that' || tokens[v]?.text === ',' || tokens[v]?.text === ':') v--;
  const that = thatClauseVerb(tokens);
  // Only a person's `who`: `the District, which argued that …` is too often a lawsuit's or a body's plea.
  return (
    sayerAt(tokens, v) ??
    (tokens[that - 1]?.lower === 'who' ? sayerAt(tokens, that) : undefined) ??
    spacedSayer(tokens, v) ??
    describedSayer(tokens, v) ??
    callingSayer(tokens) ??
    objectNaming(tokens)
  );
}

/**
 * `praised Lou Marsh, a radio host who called the vote a "…"`, `Ned Pryor, Ohio Republican, who called the law the
 * "…"`: a relative clause whose verb of calling follows `who` (an adverb at most between), with a few plain words of
 * its object before the quotation: the sayer is read with the verb moved next to `who` (`who the mayor called` has
 * another subject, and is left alone). A plain `<Name>, who called` is left to the cue steps (`object-relative.ts`).
 */
function callingSayer(tokens: Token[]): Found | undefined {
  const n = tokens.length;
  let w = n - 2;
  while (w > 0 && w > n - 9 && tokens[w]?.lower !== 'who') w--;
  if (tokens[w]?.lower !== 'who') return undefined;
  let c = w + 1;
  if (/^\p{Ll}+ly$/u.test(tokens[c]?.text ?? '') || /^(?:once|had|has|have)$/.test(tokens[c]?.lower ?? '')) c++;
  const verb = tokens[c];
  if (!verb || !CALLING.has(verb.lower) || c >= n - 1 || tokens.slice(c + 1).some((t) => t.kind !== 'word')) return undefined;
  const moved = [...tokens.slice(0, w + 1), verb];
  // A name right before `, who` is the cue steps' (`object-relative.ts`); here only an apposed party member or description.
  const named = sayerAt(moved, w + 1);
  return named && named.np[1] < w - 1 ? named : describedSayer(moved, w + 1);
}

/** Words that end a description before its head: it is another phrase's object (`a talk with a member`). */
const DESCRIPTION_STOPS = new Set([...PREPOSITIONS, 'and', 'or', 'who', 'which', 'that']);

/**
 * `recalled a talk with a campaign aide who confidently told him: "…"`: a relative clause of saying on an
 * indefinite description of a person (`a`/`an`, up to five more words, a head noun for a person or role),
 * with at most an adverb between `who` and the verb: the description speaks. A verb in the present
 * speaks for a type or a hypothetical, unless the description stands beside a name.
 */
function describedSayer(tokens: Token[], v: number): Found | undefined {
  let c = v;
  if (TOLD.has(tokens[c]?.lower ?? '')) c--;
  const cue = matchCue(tokens, c);
  if (!cue || cue.sourceAfter || cue.length !== 1 || cue.index !== c) return undefined;
  let w = c - 1;
  if (/^\p{Ll}+ly$/u.test(tokens[w]?.text ?? '')) w--;
  const head = tokens[w - 1];
  if (tokens[w]?.lower !== 'who' || !head || head.kind !== 'word' || isUpperStart(head.text) || !isPersonNoun(head.lower)) return undefined;
  let s = w - 1;
  while (s > 0 && s > w - 7 && tokens[s - 1]?.kind === 'word' && !DESCRIPTION_STOPS.has(tokens[s - 1]?.lower ?? '')) s--;
  if (tokens[s]?.lower !== 'a' && tokens[s]?.lower !== 'an') return undefined;
  // `the mindset of a producer who says "…"`, `a buyer who answers "no"`: in the present, a description is
  // anyone's (a type, a hypothetical), unless it stands beside a name (`Roe, a vocal supporter who says "…"`).
  const past = /(?:ed|told|said|wrote|spoke)$/.test(cue.text.toLowerCase());
  if (!past && !(tokens[s - 1]?.text === ',' && isUpperStart(tokens[s - 2]?.text ?? ''))) return undefined;
  return { np: [s, w], cue: cueWith(cue, w), tokens: [...tokens.slice(0, w), tokens[c] as Token] };
}

/** A lower-case head noun for a person or role: `aide`, `member`, `economist`, `resident`. */
const isPersonNoun = (lower: string): boolean =>
  isTitle(lower) || isPersonHead(lower) || (SOURCE_NOUNS.has(lower) && !lower.endsWith('s')) || endsLikePersonNoun(lower);

/** Who may be told, after the verb: `who told him:`. */
const TOLD = new Set([...[...OBJECT_PRONOUNS].filter((w) => w !== 'you'), 'reporters', 'journalists']);
const PLACE = new Set(['on', 'in', 'to', 'at']);

/**
 * `met Jo Roe, who confidently told him: "…"`, `irked Jo Roe, who according to the Post wrote on Facebook, "…"`:
 * the same relative clause of `who` with an adverb or an `according to` aside before its verb of saying,
 * and whom it was told or where (two to four plain words) after it. The sayer is read with the verb moved next to `who`.
 */
function spacedSayer(tokens: Token[], v: number): Found | undefined {
  let who = v - 1;
  while (who > 0 && who > v - 12 && tokens[who]?.lower !== 'who') who--;
  if (tokens[who]?.lower !== 'who') return undefined;
  let c = v;
  if (TOLD.has(tokens[c]?.lower ?? '')) c--;
  else {
    let at = -1;
    for (let k = Math.max(0, v - 3); k < v && at < 0; k++) if (PLACE.has((tokens[k] as Token).lower)) at = k;
    if (at < 0 || tokens.slice(at, v + 1).some((t) => t.kind !== 'word' || /ed$/.test(t.lower) || t.lower === 'that')) return undefined;
    c = at - 1;
  }
  const cue = matchCue(tokens, c);
  if (!cue || cue.sourceAfter || cue.length !== 1) return undefined;
  let w = c - 1;
  if (/^\p{Ll}+ly$/u.test(tokens[w]?.text ?? '')) w--;
  else {
    // `who according to the Washington Post wrote`: an aside of up to five capitalised words (or `the`).
    let to = -1;
    for (let k = Math.max(0, w - 6); k < w && to < 0; k++) if (tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to') to = k;
    if (to > 0 && tokens.slice(to + 2, w + 1).every((t) => t.kind === 'word' && (isUpperStart(t.text) || t.lower === 'the'))) w = to - 1;
  }
  if (w === c - 1 || tokens[w]?.lower !== 'who') return undefined;
  const found = sayerAt([...tokens.slice(0, w + 1), tokens[c] as Token], w + 1);
  return found && { np: found.np, cue: cueWith(cue, w + 1), tokens: found.tokens };
}

/**
 * `met Jo Roe, who argued that the plan "…"`: the verb before a `that` whose clause's subject (up to five
 * plain words, no other verb of saying) runs up to the quotation; -1 when the sentence does not end so.
 */
function thatClauseVerb(tokens: Token[]): number {
  const n = tokens.length;
  for (let k = n - 2; k >= n - 6 && k > 2; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || matchCue(tokens, k)) return -1;
    if (t.lower === 'that') return tokens.slice(k + 1).every((w) => w.kind === 'word' && w.lower !== 'that') ? k - 1 : -1;
  }
  return -1;
}

/** The sayer when `tokens[v]` is the verb of `<Name>, which|who <verb>`. */
function sayerAt(tokens: Token[], v: number): Found | undefined {
  const verb = tokens[v];
  const relative = tokens[v - 1]?.lower;
  if (!verb || verb.kind !== 'word' || (relative !== 'which' && relative !== 'who') || tokens[v - 2]?.text !== ',') return undefined;
  const cue = matchCue(tokens, v);
  if (!cue || cue.index + cue.length !== v + 1) return undefined;
  const e = v - 2;
  let s = e;
  while (
    s > 0 &&
    e - s < 7 &&
    tokens[s - 1]?.kind === 'word' &&
    (isUpperStart(tokens[s - 1]?.text ?? '') || JOINERS.has(tokens[s - 1]?.lower ?? ''))
  )
    s--;
  // (`But McAleenan, who said`: a capitalised conjunction opening the sentence is no part of the name.)
  while (s < e && ((!isUpperStart(tokens[s]?.text ?? '') && tokens[s]?.lower !== 'the') || isNeverName(tokens[s]?.lower ?? ''))) s++;
  if (tokens[s]?.lower === 'the' && s + 1 < e && !isUpperStart(tokens[s + 1]?.text ?? '')) return undefined;
  if (s >= e || !isUpperStart(tokens[e - 1]?.text ?? '')) return undefined;
  // `spokesman for the Fund, who added`, `a group supporting Trump, which declares`: the name is another phrase's object.
  const before = tokens[s - 1]?.lower ?? '';
  if (before === 'for' || (before.length > 4 && before.endsWith('ing') && before !== 'including')) return undefined;
  // `the son of Jo Roe, who said`, `a group backed by Syria, which said`: the name ends a longer phrase,
  // whose head speaks; only a document's author may stand there (`a statement by the Holy See`, `the findings of the Board, which said`).
  const authored = (before === 'by' || before === 'from' || before === 'of') && DOCUMENT_HEADS.has(tokens[s - 2]?.lower ?? '');
  // `according to Jo Roe, who argued`: the source named by `according to` is no other phrase's object.
  const according = before === 'to' && tokens[s - 2]?.lower === 'according';
  if ((PREPOSITIONS.has(before) || before === 'by') && before !== 'including' && !authored && !according) return undefined;
  // `Ned Pryor, Ohio Republican, who called`: a party member's description apposed to the name before it.
  if (before === ',' && MEMBER_NOUNS.has(tokens[e - 1]?.lower ?? '') && isUpperStart(tokens[s - 2]?.text ?? '')) {
    let n = s - 2;
    while (n > 0 && s - 2 - n < 4 && tokens[n - 1]?.kind === 'word' && isUpperStart(tokens[n - 1]?.text ?? '')) n--;
    return { np: [n, s - 1], cue, tokens };
  }
  return { np: [s, e], cue, tokens };
}
