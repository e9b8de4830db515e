/**
 * A known person's own statement named by a noun of saying: `Trump's takeaway was that "…"`, `Cheney's
 * statement that "…"`, `Romney's "47 percent" comment`.
 */
import { matchCue, type CueMatch } from '../cues/cues.ts';
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { MONTH_NAMES, TIME_WORDS as TIME_WORD_LIST } from '../lexicon/word-lists.ts';

/** Nouns for what someone said, read by both rules below: `Roe's answer was that "…"`, `Roe's statement that "…"`. */
const STATED_NOUNS = `statement comment remark claim assertion warning promise pledge prediction plea message response reply answer
argument assessment description view words`.split(/\s+/);

/** Those and nouns for a conclusion or a line of argument: `Trump's takeaway was that "…"`. */
const SAID_NOUNS: ReadonlySet<string> = new Set([
  ...STATED_NOUNS,
  ...`takeaway point verdict explanation advice reaction position conclusion retort summary excuse defense defence instruction
mantra refrain line reasoning case pitch`.split(/\s+/),
]);

/**
 * `Trump's takeaway was that "…"`, `Her answer: "…"`: a quotation right after a possessive name's
 * noun of saying and `was`/`is` (with `that`) or a colon is the possessor's.
 */
export function possessiveSpeech(tokens: Token[]): Found | undefined {
  let k = tokens.length - 1;
  if (tokens[k]?.lower === 'that') k--;
  const link = tokens[k];
  if (!link || !['was', 'is', ':'].includes(link.lower)) return undefined;
  k--;
  if (!SAID_NOUNS.has(tokens[k]?.lower ?? '')) return undefined;
  const nounAt = k;
  k--;
  if (tokens[k]?.kind === 'word' && !isUpperStart(tokens[k]?.text ?? '') && !/['’]s$/.test(tokens[k]?.text ?? '')) k--;
  const owner = tokens[k];
  if (!owner || owner.kind !== 'word' || !isUpperStart(owner.text) || !/['’]s$/.test(owner.text)) return undefined;
  let s = k;
  while (s > 0 && tokens[s - 1]?.kind === 'word' && isUpperStart(tokens[s - 1]?.text ?? '') && k - s < 4) s--;
  const noun = tokens[nounAt] as Token;
  const cue: CueMatch = { index: nounAt, length: 1, text: noun.text, sourceAfter: false, start: noun.start, end: noun.end };
  return { np: [s, k + 1], cue, tokens };
}

/** Those and nouns for a statement that take its words in a `that` clause: `Cheney's statement that "…"`, `Trump's tweet that …`. */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  ...STATED_NOUNS,
  ...`statements remarks comments claims tweet tweets post admission insistence suggestion accusation allegation vow threat
contention boast denial confession concession announcement declaration complaint speech testimony call characterization
characterisation excuse explanation`.split(/\s+/),
]);

/**
 * Added to `STATEMENT_NOUNS` (which take an object too: `Roe's description of "…"`), nouns for an act of
 * speech whose object is quoted: `Roe's rejection of "…"`, `Roe's attack on "…"`.
 */
const ACT_NOUNS: ReadonlySet<string> = new Set(
  `rejection broadside attack attacks criticism denunciation condemnation defense defence praise dismissal embrace calls
invocation complaints`.split(/\s+/),
);
/** Prepositions of that object. */
const ACT_OBJECTS: ReadonlySet<string> = new Set(['of', 'against', 'for', 'on', 'about']);

/**
 * `Cheney's statement that "…"`, `Trump's Sept. 4 tweet that the US was considering "…"`, `Levin's
 * tweet blasting CNN for coming "…"`: a quotation inside the content of a known person's statement
 * (a noun of saying, then `that`, a colon or a verb of saying in `-ing`) is that person's.
 */
export function possessiveStatement(tokens: Token[], isPerson: (words: string[], at: number) => boolean): Found | undefined {
  for (let k = tokens.length - 2; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote') return undefined;
    const statement = STATEMENT_NOUNS.has(t.lower);
    if (!statement && !ACT_NOUNS.has(t.lower)) continue;
    const next = tokens[k + 1] as Token;
    // `Roe's lyrical rejection of "…"`, `Roe's broadside against "…"`: an act of speech (in lower case) and its object, the quotation.
    const object = t.text === t.lower && ACT_OBJECTS.has(next.lower) && k + 2 === tokens.length;
    const content =
      object ||
      (statement &&
        (next.lower === 'that' ||
          next.text === ':' ||
          (next.lower.endsWith('ing') && matchCue(tokens, k + 1) !== undefined) ||
          tokens[timeAfter(tokens, k + 1)]?.lower === 'that'));
    if (!content) continue;
    // The owner: `X's`, with up to three words (`previous`, `Sept. 4`) before the noun.
    let o = k - 1;
    while (o >= 0 && k - o <= 4 && !/['’]s$/.test(tokens[o]?.text ?? '') && (tokens[o]?.kind === 'word' || tokens[o]?.text === '.')) o--;
    const owner = tokens[o];
    if (!owner || owner.kind !== 'word' || !isUpperStart(owner.text) || !/['’]s$/.test(owner.text)) continue;
    let s = o;
    while (s > 0 && tokens[s - 1]?.kind === 'word' && isUpperStart(tokens[s - 1]?.text ?? '') && o - s < 3) s--;
    const words = tokens.slice(s, o + 1).map((w) => w.text.replace(/['’]s$/, ''));
    if (!isPerson(words, (tokens[s] as Token).start)) continue;
    return { np: [s, o + 1], cue: { index: k, length: 1, text: t.text, sourceAfter: false, start: t.start, end: t.end }, tokens };
  }
  return undefined;
}

/** Words opening a time after a statement's noun: `Roe's comments on Saturday that`, `Roe's claim last week that`. */
const TIME_OPENERS = new Set(['on', 'last', 'this', 'earlier', 'in']);
/** Words of such a time: `on Saturday`, `last week`, `earlier this month`, `in March`. */
const TIME_WORDS = new Set([...TIME_WORD_LIST, ...[...MONTH_NAMES].map((m) => m.toLowerCase())]);

/** Past a time of up to three words at `k` (`on Saturday`, `earlier this week`): where it ends, or `k` when there is none. */
function timeAfter(tokens: Token[], k: number): number {
  if (!TIME_OPENERS.has(tokens[k]?.lower ?? '')) return k;
  let e = k + 1;
  while (e < k + 4 && TIME_WORDS.has(tokens[e]?.lower ?? '')) e++;
  return e > k + 1 || tokens[k]?.lower === 'earlier' ? e : k;
}

/** `Romney's "47 percent" comment`: a known person's possessive right before a partial quotation names its speaker. */
export function possessorBefore(tokens: Token[], isPerson: (words: string[], at: number) => boolean): Found | undefined {
  const k = tokens.length - 1;
  const owner = tokens[k];
  if (!owner || owner.kind !== 'word' || !isUpperStart(owner.text) || !/['’]s$/.test(owner.text)) return undefined;
  let s = k;
  while (s > 0 && tokens[s - 1]?.kind === 'word' && isUpperStart(tokens[s - 1]?.text ?? '') && k - s < 3) s--;
  const words = tokens.slice(s, k + 1).map((t) => t.text.replace(/['’]s$/, ''));
  // Someone the article already knows as a person: never `Russia's "special operation"`.
  if (!isPerson(words, (tokens[s] as Token).start)) return undefined;
  const cue: CueMatch = { index: k, length: 1, text: owner.text, sourceAfter: false, start: owner.start, end: owner.end };
  return { np: [s, k + 1], cue, tokens };
}
