/**
 * `"…," the Valley Courier reported`, `according to the Courier`: a publication that relayed the words, which a sayer
 * whose cue governs the quotation's own sentence outranks (`Roe argued for it, telling the board, "…," the Courier reported`).
 */
import { attributionAfter, type Found } from '../cues/source-phrase.ts';
import { ARTICLES, BE_FORMS, PREPOSITIONS, SUBORDINATE_OPENERS } from '../lexicon/word-lists.ts';
import { SAYING_VERBS } from '../lexicon/speech-verbs.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { isCitingVerb, personNameAt } from './cited-name.ts';
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
 * after the cue (a person's name, after any lower-case title words, or whoever stands before `as saying`); `X` only
 * relayed the words. After a quotation that closed its sentence (`closed`), only `as saying` ties them to the name:
 * `"…." Ms. Roe quoted Abraham Lincoln as her model` cites someone else's words, not these.
 */
export function quotedPerson(post: Found | undefined, closed: boolean): Found | undefined {
  if (!post || !isCitingVerb(post.cue.text) || post.np[1] > post.cue.index) return post;
  const { tokens } = post;
  // `Roe is quoted in the 1999 piece`: a passive has its speaker for subject.
  if (BE_FORMS.has(tokens[post.cue.index - 1]?.lower ?? '')) return post;
  const s = post.cue.index + post.cue.length;
  // `the Ledger quoted two officials as saying`: whoever stands before `as saying`.
  const as = tokens.findIndex(
    (t, i) => i > s && i - s <= 8 && t.lower === 'as' && /^(?:saying|telling|writing)$/.test(tokens[i + 1]?.lower ?? ''),
  );
  if (as > 0 && tokens.slice(s, as).every((t) => t.kind === 'word')) return foundWith(post, [s, as]);
  if (closed) return post;
  let k = s;
  // (`the framework cites said that Jo Roe …`: a verb of saying or `that` is no title.)
  const title = (t: Token | undefined): boolean =>
    t?.kind === 'word' &&
    !isUpperStart(t.text) &&
    !PREPOSITIONS.has(t.lower) &&
    !(ARTICLES as readonly string[]).includes(t.lower) &&
    !SUBORDINATE_OPENERS.has(t.lower) &&
    !SAYING_VERBS.has(t.lower);
  while (k < tokens.length && k - s < 3 && title(tokens[k])) k++;
  const name = personNameAt(tokens, k, 5);
  return name && name[1] - name[0] >= 2 ? foundWith(post, [s, name[1]]) : post;
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
