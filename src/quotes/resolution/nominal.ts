/**
 * Unnamed people as antecedents of a pronoun: `Jean's mother rejoiced as the verdict was read. "God
 * is good," she said.` The subject of the sentence just before (or of the pronoun's own sentence) is
 * a relative or a companion of someone named, of the pronoun's gender, and nobody is named between
 * it and the pronoun: the pronoun is that description, not the person it is related to.
 */
import { ABBREVIATIONS, paragraphAt, windowTokens, type ArticleContext } from '../mentions/context.ts';
import { clauseStart } from '../cues/clause-subject.ts';
import type { Gender } from '../mentions/names.ts';
import type { Paragraph } from '../finding/paragraphs.ts';
import { foldName } from '../mentions/speakers.ts';
import type { Speaker } from '../quote.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { WRITTEN_DOCUMENTS } from '../lexicon/word-lists.ts';
import { PERSON_POSSESSIVES } from '../lexicon/pronouns.ts';

/** Relatives and companions by gender: never the named person they belong to. */
const RELATIVES: Record<string, Gender> = {
  mother: 'f',
  wife: 'f',
  sister: 'f',
  daughter: 'f',
  widow: 'f',
  grandmother: 'f',
  aunt: 'f',
  girlfriend: 'f',
  fiancee: 'f',
  father: 'm',
  husband: 'm',
  brother: 'm',
  son: 'm',
  widower: 'm',
  grandfather: 'm',
  uncle: 'm',
  boyfriend: 'm',
  fiance: 'm',
};

const RELATIVE_WORD = new RegExp(`\\b(?:${Object.keys(RELATIVES).join('|')})\\b`, 'i');

/** The subject of the sentence `tokens`, when it is `X's mother`, `his widow`, `the victim's father`: its [start, end). */
function relativeSubject(tokens: Token[], gender: Gender): [number, number] | undefined {
  const s = clauseStart(tokens);
  let k = s;
  if (tokens[k]?.lower === 'the') k++;
  // The owner: a possessive name (`Jean's`), a possessive pronoun (`his`), or `the victim's`.
  const owner = tokens[k];
  if (!owner || owner.kind !== 'word') return undefined;
  const possessive = /['’]s$/.test(owner.text) || PERSON_POSSESSIVES.has(owner.lower);
  if (!possessive || (tokens[s]?.lower === 'the' && isUpperStart(owner.text))) return undefined;
  const noun = tokens[k + 1];
  if (!noun || RELATIVES[noun.lower] !== gender) return undefined;
  const verb = tokens[k + 2];
  // A verb follows the description (`rejoiced`, `said`), or an appositive comma.
  if (!verb || (verb.kind === 'word' ? isUpperStart(verb.text) : verb.text !== ',')) return undefined;
  return [s, k + 2];
}

/** The sentences (and the words between quotations) of this paragraph and the one before, before `at`. */
function sentencesBefore(ctx: ArticleContext, at: number): Token[][] {
  const para = paragraphAt(ctx.paragraphs, at) as Paragraph;
  const before = ctx.paragraphs[para.index - 1];
  const tokens = windowTokens(ctx, Math.max(before?.start ?? para.start, at - 400), at);
  const parts: Token[][] = [[]];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1]?.lower ?? '';
    // `Sr.`, `St.`, `U.S.`: a full stop after an abbreviation or an initial ends no sentence.
    const stop = t.text === '.' ? !ABBREVIATIONS.has(prev) && prev.length > 1 : t.text === '!' || t.text === '?';
    if (t.kind === 'quote' || stop) parts.push([]);
    else (parts[parts.length - 1] as Token[]).push(t);
  }
  return parts;
}

/** The last `count` sentences before `at` that hold a word, the nearest first. */
function* lastSentences(ctx: ArticleContext, at: number, count: number): Generator<Token[]> {
  const parts = sentencesBefore(ctx, at);
  let seen = 0;
  for (let n = parts.length - 1; n >= 0 && seen < count; n--) {
    const part = parts[n] as Token[];
    if (!part.some((t) => t.kind === 'word')) continue;
    seen++;
    yield part;
  }
}

/**
 * `it` at `at` after a sentence whose subject is a written thing (`The lawsuit was filed on Thursday.
 * It says Wilson "…"`): that description, when nothing else is the subject since.
 */
export function documentAntecedent(ctx: ArticleContext, at: number): Speaker | undefined {
  for (const part of lastSentences(ctx, at, 2)) {
    const s = clauseStart(part);
    if (part[s]?.lower !== 'the') continue;
    let e = s + 1;
    while (
      e < part.length &&
      e - s <= 3 &&
      part[e]?.kind === 'word' &&
      !WRITTEN_DOCUMENTS.has(part[e]?.lower ?? '') &&
      !isUpperStart(part[e]?.text ?? '')
    )
      e++;
    const noun = part[e];
    const verb = part[e + 1];
    if (!noun || !WRITTEN_DOCUMENTS.has(noun.lower) || verb?.kind !== 'word' || isUpperStart(verb.text)) continue;
    const name = ctx.text.slice((part[s] as Token).start, noun.end).replace(/^The\b/, 'the');
    return { name, key: foldName(name), kind: 'unnamed' };
  }
  return undefined;
}

/** The unnamed relative a `he`/`she` at `at` refers to, if one of the last sentences before it opens with one. */
export function relativeAntecedent(ctx: ArticleContext, at: number, gender: Gender): Speaker | undefined {
  // Most pronouns have no relative noun before them: look for one in the raw text first.
  if (!RELATIVE_WORD.test(ctx.masked.slice(Math.max(0, at - 400), at))) return undefined;
  for (const part of lastSentences(ctx, at, 3)) {
    const np = relativeSubject(part, gender);
    if (!np) continue;
    const first = part[np[0]] as Token;
    const last = part[np[1] - 1] as Token;
    // Somebody named after the description is the nearer antecedent.
    if (ctx.people.mentionsBetween(last.end, at).length > 0) return undefined;
    const name = ctx.text.slice(first.start, last.end).replace(/^The\b/, 'the');
    return { name, key: foldName(name), kind: 'unnamed' };
  }
  return undefined;
}
