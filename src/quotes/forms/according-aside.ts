/**
 * `He flew there several times (according to the Ledger) with "a man who …"`, `…, according to the
 * Ledger, with "…"`: an aside naming its source between brackets or commas, earlier in the quotation's
 * own sentence, gives that source the quotation when nothing else in the sentence says who speaks
 * (`he added, according to Haberman, that …` stays his).
 */
import { reportedSpeech } from './reported.ts';
import type { Found } from '../cues/source-phrase.ts';
import { isUpperStart, tokenize, type Token } from '../tokens.ts';
import { SAYER_SUBJECTS } from '../lexicon/pronouns.ts';

/** Pronoun subjects: `He (according to the Ledger) …` leaves the aside its source. */

/** Does the sentence open with a capitalised name (up to four words) that ends right before the aside at `open`? */
function namedSubjectBefore(tokens: Token[], open: number): boolean {
  if (open < 1 || open > 4) return false;
  return tokens.slice(0, open).every((t) => t.kind === 'word' && isUpperStart(t.text) && !SAYER_SUBJECTS.has(t.lower));
}

/** The aside's closing mark for its opening one. */
const CLOSES: Readonly<Record<string, string>> = { '(': ')', ',': ',' };

/**
 * The source of an `according to <Name>` aside in `text` [from, to) (the sentence up to a partial
 * quotation, read raw: the article's bracketed asides are left out of its usual tokens): the opening
 * bracket or comma, `according to`, a capitalised name (`the` may open it) of up to six words, and the
 * closing mark, with words after it before the quotation.
 */
export function accordingAside(text: string, from: number, to: number): Found | undefined {
  if (!/\baccording to\b/i.test(text.slice(from, to))) return undefined;
  const tokens = tokenize(text, from, to);
  for (let k = tokens.length - 4; k > 0; k--) {
    if (tokens[k]?.lower !== 'according' || tokens[k + 1]?.lower !== 'to') continue;
    const close = CLOSES[tokens[k - 1]?.text ?? ''];
    if (!close) return undefined;
    let s = k + 2;
    if (tokens[s]?.lower === 'the') s++;
    let e = s;
    while (e < tokens.length && e - s < 6 && tokens[e]?.kind === 'word' && isUpperStart(tokens[e]?.text ?? '')) e++;
    if (e === s || tokens[e]?.text !== close || e + 1 >= tokens.length) return undefined;
    // `Jo Roe (according to the Ledger) once dismissed them as "…"`: a name opening the sentence right
    // before the aside is the subject of the verb after it, and speaks.
    if (namedSubjectBefore(tokens, k - 1)) return undefined;
    // `He (according to the Ledger) denounced them as "…"`: a judging verb's subject speaks.
    if (reportedSpeech([...tokens.slice(0, k - 1), ...tokens.slice(e + 1)])) return undefined;
    const cue = tokens[k] as Token;
    const to = tokens[k + 1] as Token;
    return {
      np: [k + 2, e],
      cue: { index: k, length: 2, text: `${cue.text} ${to.text}`, sourceAfter: true, start: cue.start, end: to.end },
      tokens,
    };
  }
  return undefined;
}
