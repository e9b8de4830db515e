/**
 * A body's full name as a source: `the Department of Homeland Security said`, `The Center for
 * Constitutional Rights said`. The resolver reads the capitalised run after `of`/`for` as a person's
 * name (`Homeland Security`, `Constitutional Rights`); a phrase made only of capitalised words and the
 * glue of a name, whose word before `of`/`for`/`to` is a body's head noun (`the Law Center to Prevent
 * Gun Violence`), or whose `for` follows words that open no person's name (`Everytown for Gun
 * Safety`), is that body, whole.
 */
import type { Attribution } from './resolve.ts';
import { organisation } from '../mentions/organisations.ts';
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { hasPossessiveS } from '../../text/marks.ts';
import { isTitle } from '../mentions/names.ts';
import { givenNameGender } from '../lexicon/given-names.ts';
import { BODY_NAME_GLUE } from '../lexicon/word-lists.ts';

/** Head nouns of a body's name before `of`/`for`: `Department of …`, `Coalition for …`. */
const BODY_HEADS = new Set(
  `coalition foundation center centre partnership committee alliance institute council campaign society association
league federation fund project network office department ministry bureau commission agency union board authority
administration organization organisation academy conference caucus corps service services`.split(/\s+/),
);
/** Words a work's title in title case holds and a body's name does not. */
const TITLE_CASE_WORDS = new Set(['your', 'my', 'our', 'his', 'her', 'their', 'a', 'an', 'how', 'why', 'what', 'ahead', 'you', 'we', 'i']);
export { BODY_NAME_GLUE } from '../lexicon/word-lists.ts';

/**
 * `Everytown for Gun Safety`, `Physicians for Human Rights`: `for` after a word that opens no person's
 * name also links a body's name (not a work's title in title case: `Dangers Ahead for Your Health`).
 */
function bodyFor(words: Token[], link: number): boolean {
  return (
    words[link]!.lower === 'for' &&
    !givenNameGender(words[0]!.lower) &&
    !isTitle(words[0]!.lower) &&
    !words.some((t) => TITLE_CASE_WORDS.has(t.lower))
  );
}

/** The body named by the whole source phrase, as a speaker with its mention; undefined when the phrase is not one. */
export function bodySource(text: string, found: Found): Attribution | undefined {
  const { tokens, np, cue } = found;
  if (np[1] - np[0] < 3) return undefined;
  let s = np[0];
  if (tokens[s]?.lower === 'the') s++;
  const words = tokens.slice(s, np[1]);
  if (words.length < 3 || !isUpperStart(words[0]?.text ?? '') || !isUpperStart(words[words.length - 1]?.text ?? '')) return undefined;
  // The first `of`/`for` follows the body's head noun (not `Jo Bloggs of the Center for …`).
  const link = words.findIndex((t) => t.lower === 'of' || t.lower === 'for' || t.lower === 'to');
  if (link < 1) return undefined;
  if (!BODY_HEADS.has(words[link - 1]!.lower) && !bodyFor(words, link)) return undefined;
  for (let k = 0; k < words.length; k++) {
    const t = words[k]!;
    // `&` is punctuation inside a body's name (`Department of Health & Human Services`).
    if (t.kind !== 'word' && t.text !== '&') return undefined;
    if (t.kind === 'word' && !isUpperStart(t.text) && !BODY_NAME_GLUE.has(t.lower)) return undefined;
    // `the Center for American Progress's Jo Roe`: a possessive hands the phrase to the person after it.
    if (hasPossessiveS(t.text)) return undefined;
    // `Council of Economic Advisers Jo Roe`: a given name then a capitalised word after the link is a person's name.
    if (k > link && givenNameGender(t.lower) !== undefined && isUpperStart(words[k + 1]?.text ?? '')) return undefined;
    // `… Department of Public Safety Chief Jo Bloggs`: a title and a name after the body are a person.
    if (k > link && isTitle(t.lower) && isUpperStart(words[k + 1]?.text ?? '') && !BODY_NAME_GLUE.has(words[k + 1]!.lower))
      return undefined;
  }
  const first = tokens[np[0]]!;
  const last = words[words.length - 1]!;
  const mention = { text: text.slice(first.start, last.end), start: first.start, end: last.end };
  return { mention, cue: cue.text, speaker: organisation(mention.text) };
}
