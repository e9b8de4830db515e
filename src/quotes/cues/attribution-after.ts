/**
 * Attribution right after a quotation: a byline dash (`" — Jo Roe`), a cue and its source
 * (`," Putin said`, `," said Putin`), or an inverted past verb closing the sentence on a name.
 */
import { coordinatedDescription } from './coordinated-description.ts';
import { BOUNDARY } from './source-words.ts';
import { isAbbrevDot, isWord, looksLikeName } from './source-tokens.ts';
import { describedBefore, titledBefore, titleBefore } from './source-titles.ts';
import { CLOSING_SHAPED_MARKS, STRAIGHT_MARKS } from '../../text/marks.ts';
import { matchCue } from './cues.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { appositiveAttribution, documentAuthor, qualifiedSource } from './source-after.ts';
import type { Found } from './found.ts';
import { ARTICLES, isPersonHead, PREPOSITIONS, STANCE_VERBS } from '../lexicon/word-lists.ts';
import { isTitle } from '../mentions/names.ts';
import { NP_MAX_WORDS, apposedName, collectRight, plausibleStart, sourceBefore } from './phrase-walk.ts';
import { afterFocusWords } from './focus-words.ts';
import { houseVoicePublication } from './house-voice.ts';

/** Dashes of every width: hyphen, en, em, figure and the horizontal bar some outlets use before a name (`” ― Name`). */
export const DASHES = new Set(['-', '–', '—', '―', '‒']);

/** A byline-style attribution: `"..." — Hillary Clinton.` */
function dashAttribution(tokens: Token[]): Found | undefined {
  const dash = tokens[0];
  if (!dash || !DASHES.has(dash.text)) return undefined;
  // `"…" -- Jo Bloggs`: two hyphens typed for a dash.
  const s = dash.text === '-' && tokens[1]?.text === '-' && tokens[1].start === dash.end ? 2 : 1;
  let end = tokens.findIndex((t, k) => k > s - 1 && t.text === ',');
  if (end < 0) end = tokens.length;
  while (end > s && (tokens[end - 1] as Token).kind === 'punct' && !isAbbrevDot(tokens, end - 1)) end--;
  if (end < s + 1) return undefined;
  const cue = { index: 0, length: 1, text: dash.text, sourceAfter: true, start: dash.start, end: dash.end };
  // `"…" — Editorial, The Valley Courier`: the publication signs in its own voice.
  const publication = houseVoicePublication(tokens, s, end);
  if (publication) return { np: publication, cue, tokens };
  // `"…" — radio host Jo Roe`: a description closed by a name signs as the name.
  const from = looksLikeName(tokens, [s, end]) ? s : describedSignature(tokens, s, end);
  if (from < 0) return undefined;
  return { np: [from, end], cue, tokens };
}

/**
 * `MSNBC host Jo Roe`, `veteran radio host Jo Roe` signing from `s` to `end`: where the closing name (two
 * to four capitalised words after a lower-case title or person noun and at most three modifiers) starts, or -1.
 */
function describedSignature(tokens: Token[], s: number, end: number): number {
  if (end - s > 8) return -1;
  let r = end;
  while (r > s && isWord(tokens[r - 1]) && isUpperStart(tokens[r - 1]?.text ?? '')) r--;
  const noun = tokens[r - 1];
  if (end - r < 2 || end - r > 4 || r - 1 < s || !isWord(noun) || isUpperStart(noun.text)) return -1;
  if (!isTitle(noun.lower) && !isPersonHead(noun.lower)) return -1;
  return tokens.slice(s, r - 1).every(isSignatureModifier) && r - 1 - s <= 3 && looksLikeName(tokens, [r, end]) ? r : -1;
}

/**
 * A word that may qualify a signature's title (`KTRV`, `veteran`, `radio`): never an article, a preposition
 * or an `-ed`/`-ing` word, which start a description of the quotation instead (`— a slogan mocked by senator
 * Jo Roe`, `— a line borrowed from governor Jo Roe`: the name is who the description is about).
 */
function isSignatureModifier(t: Token): boolean {
  if (!isWord(t) || (ARTICLES as readonly string[]).includes(t.lower) || PREPOSITIONS.has(t.lower) || t.lower === 'by') return false;
  return isUpperStart(t.text) || !/(?:ed|ing)$/.test(t.lower);
}

/** Punctuation between a quotation and the attribution after it (`," he said`, `” — said`, `’ (Putin`). */
const LEAD_PUNCT = new Set([',', ...DASHES, ':', '(', ...STRAIGHT_MARKS, ...CLOSING_SHAPED_MARKS]);

/** Attribution right after a quotation: `," Putin said`, `," said Putin`, `”he added`. */
export function attributionAfter(tokens: Token[]): Found | undefined {
  const dashed = dashAttribution(tokens);
  if (dashed) return dashed;
  let i = 0;
  while (i < tokens.length && (tokens[i] as Token).kind === 'punct' && LEAD_PUNCT.has((tokens[i] as Token).text)) i++;
  // `," even the mayor said`: the subject opens after a focusing adverb.
  i = afterFocusWords(tokens, i, plausibleStart);
  // `," reads a statement on the site`: a verb kept for punctuation elsewhere, inverted right after the quote.
  const first = tokens[i];
  if (isWord(first) && /^(reads|read|continued|continues)$/.test(first.lower)) {
    const np = collectRight(tokens, i + 1);
    const cue = { index: i, length: 1, text: first.text, sourceAfter: true, start: first.start, end: first.end };
    // A document is described with where it is: `a statement on the campaign's page`.
    const where = np && /^(on|in|at|from|by)$/.test(tokens[np[1]]?.lower ?? '') ? collectRight(tokens, np[1] + 1) : undefined;
    if (np) return { np: where ? [np[0], where[1]] : np, cue, tokens };
  }
  for (let k = i; k < tokens.length && k < i + NP_MAX_WORDS + 10; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote') return undefined;
    const cue = matchCue(tokens, k, true);
    if (!cue) continue;
    // `… the court will agree`, `Roe did not agree`: no one agreeing with these words yet.
    if (
      STANCE_VERBS.has(cue.text.toLowerCase()) &&
      /^(?:not|never|to|\p{L}+n['’]t)$|^(?:will|would|could|might|may|should|must|can)$/u.test(tokens[k - 1]?.lower ?? '')
    )
      return undefined;
    if (cue.sourceAfter || k === i) {
      const np = collectRight(tokens, k + cue.length);
      return np ? { np: apposedName(tokens, np), cue, tokens } : undefined;
    }
    const np = documentAuthor(tokens, i, sourceBefore(tokens, k, i));
    if (np && (np[0] === i || describedBefore(tokens, i, np[0]) || titleBefore(tokens, i, np))) return { np, cue, tokens };
    const titled = np ? (titledBefore(tokens, i, np) ?? coordinatedDescription(tokens, i, np)) : undefined;
    if (titled) return { np: titled, cue, tokens };
    return appositiveAttribution(tokens, i) ?? qualifiedSource(tokens, i);
  }
  return appositiveAttribution(tokens, i) ?? qualifiedSource(tokens, i) ?? invertedPast(tokens, i);
}

/**
 * `," hyped veteran anchor Jo Bloggs.`: right after a quotation, any past verb in lower case and a
 * phrase ending in a name that closes the sentence is an inverted attribution, whatever the verb.
 */
function invertedPast(tokens: Token[], i: number): Found | undefined {
  const verb = tokens[i];
  if (!isWord(verb) || !/^\p{Ll}+ed$/u.test(verb.text) || BOUNDARY.has(verb.lower)) return undefined;
  const np = collectRight(tokens, i + 1);
  if (!np || !isUpperStart(tokens[np[1] - 1]?.text ?? '')) return undefined;
  const end = tokens[np[1]];
  if (end && !/^[.,;!?]$/.test(end.text)) return undefined;
  let s = np[1];
  while (s > np[0] && isWord(tokens[s - 1]) && isUpperStart((tokens[s - 1] as Token).text)) s--;
  if (np[1] - s < 2 || !looksLikeName(tokens, [s, np[1]])) return undefined;
  return { np, cue: { index: i, length: 1, text: verb.text, sourceAfter: true, start: verb.start, end: verb.end }, tokens };
}
