/**
 * `He flew there several times (according to the Ledger) with "a man who …"`, `…, according to the
 * Ledger, with "…"`: an aside naming its source between brackets or commas, earlier in the quotation's
 * own sentence, gives that source the quotation when nothing else in the sentence says who speaks
 * (`he added, according to Haberman, that …` stays his).
 */
import type { Found } from './source-phrase.ts';
import { isUpperStart, tokenize, type Token } from './tokens.ts';

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
