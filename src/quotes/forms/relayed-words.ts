/**
 * `"…," the Valley Courier reported`, `according to the Courier`: a publication that relayed the words, which a sayer
 * whose cue governs the quotation's own sentence outranks (`Roe argued for it, telling the board, "…," the Courier reported`).
 */
import { attributionAfter, type Found } from '../cues/source-phrase.ts';
import { ARTICLES, BE_FORMS, PREPOSITIONS } from '../lexicon/word-lists.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { foundWith } from '../cues/phrase-trim.ts';

/** `according to X`, or `X reported` after the quotation: a cue of relaying the words, which a sayer of their own sentence outranks. */
export const relaysWords = (post: Found): boolean =>
  /^according to$/i.test(post.cue.text) || (/^reported$/i.test(post.cue.text) && post.np[1] <= post.cue.index);

/**
 * Does the cue govern the words up to the quotation? Not past a sentence end the sentence walk missed (`an official
 * confirmed that … F-16s. Both pilots are safe`), nor into a relative clause on something else (`testify … under the
 * Act, which "…"`).
 */
export const governsRest = (found: Found): boolean =>
  !found.tokens.slice(found.cue.index + found.cue.length).some((t) => /^(?:[.!?;]|which|who)$/.test(t.lower));

/**
 * `"…," the Ledger quoted Nina Ross, a spokeswoman, as saying`: after a quotation, `X quoted <name>` names the speaker
 * after the cue (a full name, after any lower-case title words, or whoever stands before `as saying`); `X` only relayed
 * the words.
 */
export function quotedPerson(post: Found | undefined): Found | undefined {
  if (!post || !/^quot(?:ed|es)$/i.test(post.cue.text) || post.np[1] > post.cue.index) return post;
  const { tokens } = post;
  // `Roe is quoted in the 1999 piece`: a passive has its speaker for subject.
  if (BE_FORMS.has(tokens[post.cue.index - 1]?.lower ?? '')) return post;
  const s = post.cue.index + post.cue.length;
  // `the Ledger quoted two officials as saying`: whoever stands before `as saying`.
  const as = tokens.findIndex(
    (t, i) => i > s && i - s <= 8 && t.lower === 'as' && /^(?:saying|telling|writing)$/.test(tokens[i + 1]?.lower ?? ''),
  );
  if (as > 0 && tokens.slice(s, as).every((t) => t.kind === 'word')) return foundWith(post, [s, as]);
  let k = s;
  const title = (t: Token | undefined): boolean =>
    t?.kind === 'word' && !isUpperStart(t.text) && !PREPOSITIONS.has(t.lower) && !(ARTICLES as readonly string[]).includes(t.lower);
  while (k < tokens.length && k - s < 3 && title(tokens[k])) k++;
  let e = k;
  while (e < tokens.length && e - k < 5 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
  return e - k >= 2 ? foundWith(post, [s, e]) : post;
}

/**
 * `"…," the ad read, according to Politico`: a cue of its own before the relaying `according to` after the
 * quotation names who said the words; the source after `according to` only relayed them.
 */
export function sayerBeforeRelay(post: Found | undefined): Found | undefined {
  if (!post || !/^according to$/i.test(post.cue.text) || post.cue.index < 2) return post;
  const own = attributionAfter(post.tokens.slice(0, post.cue.index));
  return own && !/^according to$/i.test(own.cue.text) ? own : post;
}
