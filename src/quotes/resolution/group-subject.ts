/**
 * `they` for a plural description of people that was the subject of the sentence before it (centering):
 * `The lawyers for the families, however, have said … They argued that "…"` is the lawyers' quotation,
 * `The nurses at the hospital walked out. They said "…"` the nurses'; likewise `it` for a new body
 * (`A coalition of U.S. farm groups … disputed Roe's claim. "…," it said`). The speaker is the unnamed
 * group the description names, never a person or body named inside its qualifier (the families).
 */
import type { ArticleContext } from '../mentions/context.ts';
import { clauseStart } from '../cues/clause-subject.ts';
import { SOURCE_NOUNS } from '../cues/source-words.ts';
import { foldName } from '../mentions/speakers.ts';
import type { Speaker } from '../quote.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { BODY_NOUNS } from '../mentions/mention-kind.ts';
import { isHead, sentencesBefore } from './described-subject.ts';

/** How many words a description may hold before its head (`the two veteran defense attorneys`). */
const MODIFIERS = 4;
/** How many tokens a qualifier after the head may run before the comma that closes it (`for the men suing the church,`). */
const QUALIFIER = 10;
/** Words that open a qualifier after a plural head. */
const QUALIFIER_OPENERS = new Set(['for', 'of', 'at', 'from', 'in', 'with', 'on']);
/** A verb or participle that may close a qualifier with no comma: `walked`, `have`, `said`, `representing`. */
const PLAIN_VERB = /^(?:[a-z]{3,}ed|[a-z]{3,}ing|have|has|had|are|were|will|would|say|said|told|argue|argued|claim|claimed)$/;
/** Is the token at `j` the dot of an initial (`U.S.`), not a sentence's end? */
const initialDot = (part: Token[], j: number): boolean => part[j]?.text === '.' && (part[j - 1]?.text.length ?? 0) === 1;
/** Asides between a subject and its verb: `The lawyers, however, have said`. */
const ASIDES = new Set(['however', 'though', 'meanwhile', 'too', 'also', 'instead', 'in', 'turn']);

/** Is `lower` a plural noun for people (`attorneys`, `nurses`, `officials`)? */
function personPlural(lower: string): boolean {
  if (lower.length < 4 || !lower.endsWith('s') || lower.endsWith('ss')) return false;
  if (SOURCE_NOUNS.has(lower) && lower !== 'polls' && !/(?:reports?|documents|records|statements|data|surveys|study)$/.test(lower))
    return true;
  const stems = [lower.slice(0, -1), lower.replace(/ies$/, 'y'), lower.replace(/es$/, '')];
  return stems.some((s) => s !== lower && isHead(s));
}

/** What a group's description opens with and is headed by: `the lawyers` for `they`, `a coalition` for `it`. */
interface GroupShape {
  determiners: ReadonlySet<string>;
  head(lower: string): boolean;
}
const PEOPLE: GroupShape = { determiners: new Set(['the']), head: personPlural };
const BODY: GroupShape = { determiners: new Set(['a', 'an']), head: (w) => BODY_NOUNS.has(w) };

/** The description of `shape` opening the clause `part`, followed by its verb: the text of its determiner, head and qualifier. */
function groupSubject(ctx: ArticleContext, part: Token[], shape: GroupShape): string | undefined {
  const s = clauseStart(part);
  const det = part[s];
  if (!det || !shape.determiners.has(det.lower)) return undefined;
  for (let k = s + 1; k < part.length && k <= s + 1 + MODIFIERS; k++) {
    const t = part[k] as Token;
    if (t.kind !== 'word') return undefined;
    if (!shape.head(t.lower) || t.text !== t.lower) continue;
    // `the officers' union`: a head-like modifier before the head.
    const after = part[k + 1];
    if (after?.kind === 'word' && (isUpperStart(after.text) || shape.head(after.lower))) continue;
    let e = k + 1;
    // `The lawyers for the men suing the church, however, have …`: a qualifier closed by a comma.
    if (QUALIFIER_OPENERS.has(part[e]?.lower ?? '')) {
      // Closed by a comma, or by a plain verb (`The nurses at the county hospital walked out`, `… organizations representing`).
      const end = part.findIndex(
        (x, j) => j > e + 1 && j <= e + QUALIFIER && (x.kind === 'word' ? PLAIN_VERB.test(x.text) : !initialDot(part, j)),
      );
      if (end < 0 || (part[end] as Token).kind === 'quote' || ((part[end] as Token).kind !== 'word' && (part[end] as Token).text !== ','))
        return undefined;
      e = end;
    }
    let v = e;
    while (part[v]?.text === ',' || ASIDES.has(part[v]?.lower ?? '')) v++;
    const verb = part[v];
    // A verb follows (`have said`, `walked out`), not an apposition (`The lawyers, Jo Roe and …`).
    if (!verb || verb.kind !== 'word' || isUpperStart(verb.text)) return undefined;
    return `${det.lower}${ctx.text.slice(det.end, (part[e - 1] as Token).end)}`;
  }
  return undefined;
}

/**
 * The unnamed group a `they` (`pronoun`) refers to when a plural description of people is the subject of the
 * sentence before it (or of its own, before the pronoun) and no other clause subject came between; likewise
 * the new body an `it` refers to after `A coalition of trade groups disputed …` (an indefinite one: `the group`
 * is one named before, left to `described-organisation.ts`).
 */
export function pluralAntecedent(ctx: ArticleContext, pronoun: Token): Speaker | undefined {
  const shape = pronoun.lower === 'they' ? PEOPLE : pronoun.lower === 'it' ? BODY : undefined;
  if (!shape) return undefined;
  for (const part of sentencesBefore(ctx, pronoun.start)) {
    const found = groupSubject(ctx, part, shape);
    if (found) return { name: found, key: foldName(found), kind: 'unnamed' };
    // Only the nearest sentence that has a subject of its own: a sentence opened by the pronoun chains on.
    const first = part[clauseStart(part)];
    if (first?.lower !== pronoun.lower) return undefined;
  }
  return undefined;
}
