/**
 * A new face between a person and a pronoun (round 23): a sentence whose subject is an unnamed person the
 * text has just brought in and who says something (`A physician said he …`, `Another arrestee, a nurse,
 * told us …`) stands between whoever was named or quoted before it and a later `he`/`she`, which may now
 * be either of them. The pronoun is then given no speaker rather than the earlier person.
 */
import { windowTokens, type ArticleContext } from '../mentions/context.ts';
import type { Person } from '../mentions/speakers.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { SAYING_VERBS } from '../lexicon/speech-verbs.ts';
import { BODY_HEADS, DOCUMENT_HEADS, MEDIA_NOUNS } from '../lexicon/word-lists.ts';
import { INDEFINITE, lastSentences, wordsGender } from './description-words.ts';
import type { Gender } from '../mentions/names.ts';

/** How many whole sentences back from the pronoun are read. */
const SENTENCES = 3;
/** At most this many tokens between the determiner and the verb of saying (`Another arrestee , a physician ,`). */
const REACH = 8;
const OPENERS = new Set(['but', 'and', 'then', 'yet']);
/** How far back from the pronoun the sentences are read, in characters. */
const WINDOW = 900;
/** An indefinite determiner opening a sentence or following a quotation, maybe after `But`/`And`/`Then`/`Yet`. */
const INDEFINITE_OPENING =
  /(?:^|[.!?,"”\n\u0000-\u001f]\s*)(?:(?:But|And|Then|Yet|but|and|then|yet) )?(?:A|An|Another|One|a|an|another|one) /;

/**
 * Does `part` open with an unnamed person who says something and may be of `gender`: `A physician said`, `But one
 * guard, a veteran, told` (not `a city spokeswoman said` before `he`)?
 */
function opensWithUnnamedSayer(part: Token[], gender: Gender): boolean {
  const d = OPENERS.has(part[0]?.lower ?? '') ? 1 : 0;
  if (!INDEFINITE.has(part[d]?.lower ?? '')) return false;
  let head: Token | undefined;
  for (let k = d + 1; k < part.length && k <= d + REACH; k++) {
    const t = part[k] as Token;
    if (t.text === ',') continue;
    // A name in the phrase is a mention of its own (`A neighbour, Jo Roe, said`): not an unnamed person.
    if (t.kind !== 'word' || isUpperStart(t.text)) return false;
    if (head && SAYING_VERBS.has(t.lower)) {
      const h = head.lower;
      // A document, a body or a medium that says something (`A report said`, `A video shows`) brings in no person.
      if (DOCUMENT_HEADS.has(h) || BODY_HEADS.has(h) || MEDIA_NOUNS.has(h) || /[^s]s$/.test(h)) return false;
      const g = wordsGender(part.slice(d + 1, k).map((w) => w.lower));
      return g === undefined || g === gender;
    }
    if (!INDEFINITE.has(t.lower)) head = t;
  }
  return false;
}

/**
 * Is a whole sentence after `from`, before the sentence of the pronoun at `at`, opened by an unnamed person
 * who says something? Not the pronoun's own sentence (`A leader can shape a mood, he adds`: what he says).
 */
export function newFaceSince(ctx: ArticleContext, from: number, at: number, gender: Gender): boolean {
  if (at - from < 12) return false;
  // (Only the last few sentences are read: no window reaching further back, and none without an indefinite opening.)
  const start = Math.max(from, at - WINDOW);
  if (!INDEFINITE_OPENING.test(ctx.masked.slice(start, at))) return false;
  for (const part of lastSentences(ctx, windowTokens(ctx, start, at), SENTENCES, true)) {
    const last = part[part.length - 1] as Token;
    if (/[.!?]/.test(ctx.masked.slice(last.end, at)) && opensWithUnnamedSayer(part, gender)) return true;
  }
  return false;
}

/** `newFaceSince` from the end of the last mention of `person` within `reach` characters before `at`. */
export function newFaceAfter(ctx: ArticleContext, person: Person, at: number, gender: Gender, reach: number): boolean {
  const mentions = ctx.people.mentionsBetween(Math.max(0, at - reach), at);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k] as (typeof mentions)[number];
    if (m.person === person) return newFaceSince(ctx, m.end, at, gender);
  }
  return false;
}
