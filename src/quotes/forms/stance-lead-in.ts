/**
 * A sentence that only gives someone's stance, right before a quotation that opens the next sentence:
 * `Jo Roe, an economist at the fund, disagrees. "…"`, `Roe agreed. "…"`, `She differs sharply with that view. "…"`.
 * Its verb takes no quotation of its own, so the words that follow are the subject's. The subject is
 * read as `reportedSpeech` reads a sentence of saying; only `he`/`she` or a person the article names is taken
 * (not `Many Democrats`, not a company).
 */
import { paragraphAt, sentenceStart, windowTokens, WINDOW, type ArticleContext } from '../mentions/context.ts';
import type { Quote } from '../quote.ts';
import { reportedSpeech } from './reported.ts';
import { isNeverName } from '../mentions/sentence-words.ts';
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, tokenWith, type Token } from '../tokens.ts';
import { cueWith } from '../cues/cues.ts';
import { QUANTIFIERS, STANCE_VERBS as STANCE } from '../lexicon/word-lists.ts';
import { givenNameGender } from '../lexicon/given-names.ts';
import { GENDERED_SUBJECTS, PERSON_POSSESSIVES } from '../lexicon/pronouns.ts';

/** A verb of `STANCE` somewhere in the words before the full stop: the cheap test before tokenizing. */
const STANCE_NEAR = /\b(?:agree|disagree|concur|dissent|demur|differ)(?:s|d|ed|red)?\b/;
/** Adverbs after the verb: `disagrees strongly`. */
const AFTER = new Set(['strongly', 'sharply', 'entirely', 'completely', 'wholeheartedly', 'vehemently', 'too', 'though', 'however']);
/** How many words a `with` phrase after the verb may take: `disagrees with that assessment`. */
const WITH_WORDS = 5;

/** Quantifiers that make a capitalised subject a group: `Many Democrats agreed.` */
const GROUP_OPENERS = new Set<string>([...QUANTIFIERS, 'all', 'few', 'some']);

/** Does the article know a person (not an organisation) by these words, at `at`? */
export type KnownPerson = (words: string[], at: number) => boolean;

/**
 * The speaker of a quotation opening the sentence after `tokens` (the sentence before it, its full stop
 * included), or undefined: `he`/`she`, or a named subject that `known` (when given) says is a person.
 */
export function stanceLeadIn(tokens: Token[], known?: KnownPerson): Found | undefined {
  let end = tokens.length;
  if (tokens[end - 1]?.text !== '.') return undefined;
  end--;
  while (end > 0 && AFTER.has(tokens[end - 1]?.lower ?? '')) end--;
  if (tokens[end - 1]?.text === ',') end--;
  let v = end - 1;
  // `disagrees with that view`: a short `with` phrase of plain words closes the sentence.
  const w = tokens.findIndex((t, k) => k >= end - WITH_WORDS - 1 && k < end && t.lower === 'with');
  if (w > 0 && tokens.slice(w + 1, end).every((t) => t.kind === 'word')) v = w - 1;
  const verb = tokens[v];
  if (!verb || verb.kind !== 'word' || !STANCE.has(verb.lower)) return undefined;
  // Read as a sentence of saying ending in its verb.
  const found = unclosedAppositive(tokens, v) ?? reportedSpeech([...tokens.slice(0, v), tokenWith(verb, 'says', 'says')]);
  if (!found) return undefined;
  const head = found.tokens[found.np[1] - 1] as Token;
  const first = found.tokens[found.np[0]] as Token;
  const named = isUpperStart(head.text) && !isNeverName(first.lower) && !isNeverName(head.lower);
  if (!named && !GENDERED_SUBJECTS.has(head.lower)) return undefined;
  if (named) {
    if (GROUP_OPENERS.has(first.lower)) return undefined;
    const words = found.tokens.slice(found.np[0], found.np[1]).filter((t) => t.kind === 'word' && isUpperStart(t.text));
    if (
      known &&
      !known(
        words.map((t) => t.text),
        first.start,
      )
    )
      return undefined;
  }
  return { np: found.np, cue: cueWith(found.cue, found.cue.index, verb.text), tokens: tokens.slice(0, v + 1) };
}

/** Words that open an appositive description: `the director of …`, `a fellow at …`. */
const APPOSITIVE_OPENERS = new Set(['the', 'a', 'an', ...PERSON_POSSESSIVES]);

/**
 * `Jo Roe, the head of research at the Civic Trust disagrees.`: a name (two to four capitalised words,
 * a given name first) opening the sentence, then an appositive whose closing comma is missing, up to the verb at `v` (no
 * other comma, no verb of saying): the name is the subject, not the appositive's last words.
 */
function unclosedAppositive(tokens: Token[], v: number): Found | undefined {
  let e = 0;
  while (e < tokens.length && e < 4 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
  // A person's name by its shape: a given name first (`Civic Budget Trust, the group at …` is a body).
  if (givenNameGender(tokens[0]?.lower ?? '') === undefined) return undefined;
  if (e < 2 || tokens[e]?.text !== ',' || !APPOSITIVE_OPENERS.has(tokens[e + 1]?.lower ?? '') || v - e > 14) return undefined;
  if (tokens.slice(e + 1, v).some((t) => t.kind !== 'word' || t.lower === 'who' || t.lower === 'which')) return undefined;
  const verb = tokens[v] as Token;
  // Read without the appositive, as `Jo Roe disagrees`.
  const cue = { index: e, length: 1, text: verb.text, sourceAfter: false, start: verb.start, end: verb.end };
  return { np: [0, e], cue, tokens: [...tokens.slice(0, e), verb] };
}

/**
 * The stance sentence right before `q` when `q` opens its sentence (`from`): in its paragraph, or closing
 * the paragraph before when `q` opens its own.
 */
export function stanceBefore(ctx: ArticleContext, q: Quote, from: number): Found | undefined {
  if (q.kind !== 'full' || from !== q.start) return undefined;
  let dot = q.start - 1;
  while (dot > 0 && /\s/.test(ctx.text[dot] ?? '')) dot--;
  if (ctx.masked[dot] !== '.' || !STANCE_NEAR.test(ctx.masked.slice(Math.max(0, dot - 60), dot))) return undefined;
  const para = paragraphAt(ctx.paragraphs, dot);
  const start = sentenceStart(ctx, dot, Math.max(para.start, dot - WINDOW));
  return stanceLeadIn(windowTokens(ctx, start, dot + 1), (words, at) => {
    for (let k = 0; k < words.length; k++) {
      // `Iowa State University's Jo Roe`: a body's name before the person's is passed over.
      const person = ctx.people.find(words.slice(k), at);
      if (person && !person.organisation) return true;
    }
    // A name the article writes only here, behind a body's (`Lakeside College's Mira Castell`): a given name and a surname.
    const n = words.length;
    return n >= 2 && givenNameGender((words[n - 2] as string).toLowerCase()) !== undefined && isUpperStart(words[n - 1] as string);
  });
}
