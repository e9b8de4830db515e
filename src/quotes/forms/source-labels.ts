/**
 * Sources written as labels rather than clauses, with no verb of saying: a press roundup's
 * `Jane Roe, The Valley Courier: "…"` (the name, a comma, the outlet or post, a colon) and a lead-in
 * paragraph `From The Valley Courier:` or `This is from the Courier:` over the excerpt it introduces.
 */
import type { CueMatch } from '../cues/cues.ts';
import type { Found } from '../cues/source-phrase.ts';
import { WEB_ENDINGS, isUpperStart, type Token } from '../tokens.ts';
import { isAbbrevDot, isCueWord, isWord, looksLikeName } from '../cues/source-tokens.ts';
import { windowTokens, type ArticleContext } from '../mentions/context.ts';
import { givenNameGender } from '../lexicon/given-names.ts';

/** A colon token as the cue of a label (`Name, Outlet:`, `From Outlet:`). */
function colonCue(tokens: Token[], k: number): CueMatch {
  const colon = tokens[k] as Token;
  return { index: k, length: 1, text: colon.text, sourceAfter: false, start: colon.start, end: colon.end };
}

/** Lower-case words a label may hold between its capitalised words: `The (University of Texas) Prospector`, `CNN.com`. */
const LABEL_GLUE = new Set<string>(['of', 'the', 'and', 'for', 'at', 'in', 'on', 'de', ...WEB_ENDINGS, 'co', 'uk', '&']);

/** The longest label after the name, in tokens (`The (Tacoma, Washington) News Tribune` is 9). */
const LABEL_MAX = 14;

/**
 * `Jane Roe, The Valley Courier: "…"` opening a paragraph: a person's name (two to five capitalised
 * words), a comma and a label of capitalised words (an outlet, a party, a place) right before the
 * colon, with no verb anywhere, is the person speaking. `tokens` are the paragraph's words before
 * the quotation, from its start.
 */
export function labelLeadIn(tokens: Token[]): Found | undefined {
  const colon = tokens.length - 1;
  if (tokens[colon]?.text !== ':' || colon < 4) return undefined;
  let e = 0;
  while (e < colon && e < 6 && (isWord(tokens[e]) || isAbbrevDot(tokens, e))) e++;
  if (e < 2 || tokens[e]?.text !== ',' || !looksLikeName(tokens, [0, e]) || !isUpperStart(tokens[e - 1]?.text ?? '')) return undefined;
  // A first word in capitals only is a heading or a dateline (`WASHINGTON, Jan 5:`), not a name.
  if (tokens.slice(0, e).some((t) => t.text.length > 1 && t.text === t.text.toUpperCase() && /\p{L}{2}/u.test(t.text))) return undefined;
  const label = tokens.slice(e + 1, colon);
  if (label.length === 0 || label.length > LABEL_MAX) return undefined;
  let capitals = 0;
  for (let k = 0; k < label.length; k++) {
    const t = label[k] as Token;
    if (t.kind === 'quote' || isCueWord(tokens, e + 1 + k)) return undefined;
    if (t.kind === 'word') {
      if (isUpperStart(t.text) || /^\d/.test(t.text)) capitals++;
      else if (!LABEL_GLUE.has(t.lower)) return undefined;
    } else if (!/^[().,&'’-]$/.test(t.text)) return undefined;
  }
  if (capitals === 0) return undefined;
  return { np: [0, e], cue: colonCue(tokens, colon), tokens };
}

/** Words a `from` lead-in may open with: `This is from`, `Here's more from`, `An excerpt from`. */
const FROM_OPENERS = new Set([
  'this',
  'here',
  'that',
  'is',
  'was',
  "'s",
  '’s',
  's',
  "'",
  '’',
  'more',
  'an',
  'a',
  'the',
  'excerpt',
  'passage',
  'sample',
  'report',
  'story',
  'editorial',
  'article',
  'piece',
  'post',
]);

/** Capitalised words, abbreviation dots and hyphens of a publication's name (`St. Louis Public Radio`, `U-T San Diego`). */
function publicationRun(tokens: Token[], from: number, end: number): boolean {
  if (end - from < 1 || end - from > 8 || !isWord(tokens[from]) || !isUpperStart((tokens[from] as Token).text)) return false;
  for (let k = from; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' ? !isUpperStart(t.text) && !LABEL_GLUE.has(t.lower) : t.text !== '.' && t.text !== '-' && t.text !== '&')
      return false;
  }
  return true;
}

/**
 * `From St. Louis Public Radio:` or `This is from the Valley Courier:` closing the paragraph before
 * an excerpt: the publication after `from` is the excerpt's source. Nothing but an opener of that kind
 * may stand before `from`, so `He wrote from Kyiv:` and `Excerpts from the trial follow:` are not read.
 */
export function fromLeadIn(tokens: Token[]): Found | undefined {
  const colon = tokens.length - 1;
  if (tokens[colon]?.text !== ':') return undefined;
  const from = tokens.findIndex((t) => t.lower === 'from');
  if (from < 0 || from > 4) return undefined;
  if (!tokens.slice(0, from).every((t) => FROM_OPENERS.has(t.lower))) return undefined;
  const start = tokens[from + 1]?.lower === 'the' ? from + 2 : from + 1;
  if (!publicationRun(tokens, start, colon)) return undefined;
  return { np: [from + 1, colon], cue: colonCue(tokens, colon), tokens };
}

/** `labelLeadIn` over a paragraph's words from `start` to a quotation at `at`, read only when a colon is right before it. */
export function labelLeadInAt(ctx: ArticleContext, start: number, at: number): Found | undefined {
  let k = at - 1;
  while (k > start && (ctx.masked[k] === ' ' || ctx.masked[k] === '\t')) k--;
  return ctx.masked[k] === ':' ? labelLeadIn(windowTokens(ctx, start, at)) : undefined;
}

/**
 * `And from pastor Ada Brook, a Dover Republican running for council: "…"`: a roundup's next voice, led
 * in by `from`, a few lower-case title words and a person's name (its first word a given name, so
 * `From New York:` names nobody), then the colon, alone or after an appositive.
 */
export function fromPersonLeadIn(tokens: Token[]): Found | undefined {
  const colon = tokens.length - 1;
  if (tokens[colon]?.text !== ':') return undefined;
  let from = 0;
  while (from < 2 && (tokens[from]?.lower === 'and' || tokens[from]?.lower === 'also')) from++;
  if (tokens[from]?.lower !== 'from') return undefined;
  let s = from + 1;
  while (s < from + 4 && tokens[s]?.kind === 'word' && !isUpperStart(tokens[s]?.text ?? '')) s++;
  if (givenNameGender(tokens[s]?.lower ?? '') === undefined) return undefined;
  let e = s;
  while (e < colon && e - s < 4 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
  if (e - s < 2 || (e !== colon && (tokens[e]?.text !== ',' || colon - e > 16 || tokens.slice(e, colon).some((t) => t.kind === 'quote'))))
    return undefined;
  return { np: [s, e], cue: colonCue(tokens, colon), tokens };
}
