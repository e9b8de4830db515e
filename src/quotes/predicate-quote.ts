/**
 * A quotation that is its sentence's predicate: `Although the panel wants her to go, they "have little
 * hope she will."`, `Mayor Jo Roe "will not sign it."`. The sentence's subject (a pronoun or a name) stands
 * right before the quotation, whose first word is a modal or a verb of attitude: the words go on with the
 * subject's own voice, so the subject speaks them. Only a bare subject: a clause that reports anyone
 * (`Critics say he "will …"`, `According to Roe, he "will …"`) or opens with a subordinating word
 * (`But when Obama "did …"`) is left alone, and `is`/`was`/`has been` (a description of the subject,
 * often in someone else's words) never opens such a predicate.
 */
import type { Found } from './source-phrase.ts';
import { matchCue } from './cues.ts';
import { REPORTING_VERBS } from './reported.ts';
import { isName } from './inverted-lead-in.ts';
import type { Token } from './tokens.ts';

/** First words of a predicate in the subject's own voice: modals, `have`, and verbs of wanting, hoping, planning. */
const PREDICATE_OPENERS = new Set(
  `have has had will would can could should must may might won't can't cannot do does did don't doesn't didn't want wants
need needs hope hopes plan plans intend intends expect expects refuse refuses vow vows`.split(/\s+/),
);
/** Adverbs between the subject and the quotation: `they also "have …"`. */
const BETWEEN = new Set(['also', 'still', 'now', 'even', 'then', 'too', 'simply', 'just']);
/** Pronoun subjects (`they` is left to others: its referent is too often a thing or a document). */
const PRONOUNS = new Set(['he', 'she']);
/** Conjunctions that may open the clause of the subject: `But they "will …"`. */
const OPENERS = new Set(['but', 'and', 'yet', 'so']);

/** Does a lead-in (the words before the subject's clause) report anyone's words or open a clause that does? */
function reportsAnyone(tokens: Token[], to: number): boolean {
  for (let k = 0; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote' || t.lower === 'that' || REPORTING_VERBS.has(t.lower) || matchCue(tokens, k)) return true;
  }
  return false;
}

/**
 * The subject of the sentence `tokens` (from its start to the quotation) when it is only a pronoun or a
 * name the article knows as a person's (`isPerson`; after a lead-in closed by a comma) and the quotation
 * `text` opens with a predicate's verb.
 */
export function predicateQuote(tokens: Token[], text: string, isPerson: (words: string[], at: number) => boolean): Found | undefined {
  const first = /^[\p{Ll}']+/u.exec(text)?.[0];
  if (!first || !PREDICATE_OPENERS.has(first.replace('’', "'"))) return undefined;
  if (/^ha(?:s|ve|d) been\b/.test(text)) return undefined;
  let e = tokens.length;
  while (e > 0 && BETWEEN.has(tokens[e - 1]?.lower ?? '')) e--;
  let s = e;
  while (s > 0 && e - s < 5 && (isName(tokens[s - 1]) || (tokens[s - 1]?.text === '.' && (tokens[s - 2]?.text.length ?? 0) <= 2))) s--;
  if (s === e) {
    if (!PRONOUNS.has(tokens[e - 1]?.lower ?? '')) return undefined;
    s = e - 1;
  } else if (s === e - 1 && PRONOUNS.has(tokens[s]?.lower ?? '')) {
    // A capitalised pronoun opening the sentence: `They "have …"`.
  } else if (
    !isName(tokens[s]) ||
    !isPerson(
      tokens
        .slice(s, e)
        .filter((t) => t.kind === 'word')
        .map((t) => t.text),
      (tokens[s] as Token).start,
    )
  )
    return undefined;
  let lead = s;
  if (OPENERS.has(tokens[lead - 1]?.lower ?? '')) lead--;
  if (lead > 0 && tokens[lead - 1]?.text !== ',') return undefined;
  if (reportsAnyone(tokens, lead)) return undefined;
  const end = (tokens[e - 1] as Token).end;
  return { np: [s, e], cue: { index: e, length: 0, text: first, sourceAfter: false, start: end, end }, tokens };
}
