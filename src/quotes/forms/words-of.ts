/**
 * Quotations introduced as someone's words rather than by a verb: `in the fired engineer Jo Bloggs's
 * words, "…"`, `in the words of Jo Bloggs, "…"`, `"…," to use the president's own words`, and
 * `"…," as Jo Bloggs aptly defined it` (any verb after `as` and a name).
 */
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { matchCue } from '../cues/cues.ts';
import { windowTokens, type ArticleContext } from '../mentions/context.ts';
import { hasPossessiveS } from '../../text/marks.ts';
import { PERSON_POSSESSIVES } from '../lexicon/pronouns.ts';

const isCue = (tokens: Token[], k: number): boolean => matchCue(tokens, k) !== undefined;

/** The owner of `words` ending at `k` (`Jo Bloggs's`, `the president's`, `his`): its [start, end), or undefined. */
function ownerBefore(tokens: Token[], k: number): [number, number] | undefined {
  const owner = tokens[k];
  if (!owner || owner.kind !== 'word') return undefined;
  // `his own words`: the pronoun stands for its subject, read as `he`/`she` by the resolver.
  if (PERSON_POSSESSIVES.has(owner.lower)) return undefined;
  if (!hasPossessiveS(owner.text)) return undefined;
  let s = k;
  // `the fired engineer Jo Bloggs's`, `the president's`: capitals, or a short description after `the`.
  while (s > 0 && k - s < 5 && tokens[s - 1]?.kind === 'word' && isUpperStart(tokens[s - 1]?.text ?? '')) s--;
  if (s === k && !isUpperStart(owner.text)) {
    if (tokens[k - 1]?.lower !== 'the') return undefined;
    s = k - 1;
  }
  return [s, k + 1];
}

const cueAt = (tokens: Token[], k: number): Found['cue'] => {
  const t = tokens[k] as Token;
  return { index: k, length: 1, text: t.text, sourceAfter: false, start: t.start, end: t.end };
};

/**
 * `in X's (own) words`, `to use X's words`, `in the words of X` among the last words before a
 * quotation (`tokens`: its sentence up to it).
 */
export function wordsOfBefore(tokens: Token[]): Found | undefined {
  for (let k = tokens.length - 1; k >= 0 && k >= tokens.length - 4; k--) {
    if (tokens[k]?.lower !== 'words') continue;
    // `in the words of Jo Bloggs`: a capitalised name after `of`.
    if (tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'in' && tokens[k + 1]?.lower === 'of') {
      let e = k + 2;
      while (e < tokens.length && e - k < 7 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
      return e > k + 2 ? { np: [k + 2, e], cue: cueAt(tokens, k), tokens } : undefined;
    }
    let o = k - 1;
    if (tokens[o]?.lower === 'own') o--;
    const np = ownerBefore(tokens, o);
    if (!np) return undefined;
    // `in the fired Acme engineer Jo Bloggs's words`: a few words of description between `in` and the name.
    let l = np[0] - 1;
    while (l > 0 && np[0] - l <= 5 && tokens[l]?.kind === 'word' && !/^(?:in|use)$/.test(tokens[l]?.lower ?? '')) l--;
    return /^(?:in|use)$/.test(tokens[l]?.lower ?? '') ? { np, cue: cueAt(tokens, k), tokens } : undefined;
  }
  return undefined;
}

/** Verbs of `as X (aptly) put it`: saying, writing, defining, describing, calling, naming. */
const SAYS_IT =
  /^(?:put|puts|said|says|wrote|writes|called|calls|defined|defines|described|describes|phrased|phrases|termed|terms|dubbed|dubs|named|names|characterized|characterised|summed|sums)$/;

/** `"…," to use the president's own words`, `"…," as Jo Bloggs aptly defined it`: the words right after a quotation. */
export function wordsOfAfter(tokens: Token[]): Found | undefined {
  let i = 0;
  while (tokens[i]?.kind === 'punct' && tokens[i]?.text === ',') i++;
  const first = tokens[i]?.lower;
  if ((first === 'to' && tokens[i + 1]?.lower === 'use') || first === 'in') {
    const w = tokens.findIndex((t, k) => k > i && k < i + 9 && t.lower === 'words');
    if (w < 0) return undefined;
    const o = tokens[w - 1]?.lower === 'own' ? w - 2 : w - 1;
    const np = ownerBefore(tokens, o);
    return np && np[0] >= i + 1 ? { np, cue: cueAt(tokens, w), tokens } : undefined;
  }
  if (first !== 'as') return undefined;
  // `as Jo Bloggs (aptly) defined it`: a name of two or more capitalised words, an adverb, a verb.
  let e = i + 1;
  while (e < tokens.length && e - i <= 4 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
  if (e - i < 3) return undefined;
  let v = e;
  if (/ly$/.test(tokens[v]?.lower ?? '')) v++;
  const verb = tokens[v];
  // A verb of saying or defining whose object is the words (`put it`, `called them`), never any
  // plural or past form (`as Jo Bloggs supporters gathered`, `as Hurricane Roe approaches`).
  if (!verb || verb.kind !== 'word' || !SAYS_IT.test(verb.text)) return undefined;
  return { np: [i + 1, e], cue: cueAt(tokens, v), tokens };
}

/**
 * `maintaining, in the words of Jo Bloggs, that the plan was "…"`, `In the famous words of the film's
 * defence chief, Jo Bloggs: "…"`: `in the (adjective) words of` a name, earlier in the quotation's
 * sentence and closed by a comma or a colon, with no verb of saying after it. `tokens` are the whole
 * sentence up to the quotation.
 */
export function wordsOfEarlier(tokens: Token[]): Found | undefined {
  for (let k = tokens.length - 2; k >= 2 && k >= tokens.length - 24; k--) {
    if (tokens[k]?.lower !== 'words' || tokens[k + 1]?.lower !== 'of') continue;
    let d = k - 1;
    if (tokens[d]?.lower !== 'the' && tokens[d]?.kind === 'word' && !isUpperStart(tokens[d]?.text ?? '')) d--;
    if (tokens[d]?.lower !== 'the' || tokens[d - 1]?.lower !== 'in') return undefined;
    // The phrase after `of`, to the first comma or colon.
    let c = k + 2;
    while (c < tokens.length && c - k < 14 && tokens[c]?.text !== ',' && tokens[c]?.text !== ':') {
      if (tokens[c]?.kind === 'quote' || isCue(tokens, c)) return undefined;
      c++;
    }
    if (c >= tokens.length || c === k + 2) return undefined;
    // The whole phrase (`Stephen Colbert`, `Clinton friend Robert Zimmerman`, `the head of the party`): the resolver reads it.
    let np: [number, number] = [k + 2, c];
    // `of the film's defence chief, Jo Bloggs:`: a name in apposition after the description.
    if (tokens[c]?.text === ',') {
      let e = c + 1;
      while (
        e < tokens.length &&
        e - c <= 5 &&
        ((tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) || tokens[e]?.text === '.')
      )
        e++;
      if (e - c >= 3 && (tokens[e]?.text === ',' || tokens[e]?.text === ':')) {
        np = [c + 1, e];
        c = e;
      }
    }
    if (np[1] - np[0] < 1 || np[0] === np[1]) return undefined;
    // After it, a short clause with no verb of saying of its own (`that the plan was`) or nothing.
    const rest = tokens.slice(c + 1);
    if (rest.length > 12 || rest.some((t, n) => t.kind === 'quote' || isCue(tokens, c + 1 + n))) return undefined;
    return { np, cue: cueAt(tokens, k), tokens };
  }
  return undefined;
}

/** `wordsOfEarlier` over the words from `from` to a quotation at `at`, read only when they hold `words of`. */
export function wordsOfEarlierIn(ctx: ArticleContext, from: number, at: number): Found | undefined {
  return ctx.masked.slice(from, at).includes('words of') ? wordsOfEarlier(windowTokens(ctx, from, at)) : undefined;
}
