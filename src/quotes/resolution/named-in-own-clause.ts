/**
 * `But he said if Kent, Roe and their aides "…"`, `He demanded in a letter to Roe that Roe stop …`: a pronoun never
 * stands for a person its own sentence names again after it (a name is not bound by a pronoun before it in its clause).
 * A referent named there is no referent: the pronoun is left without one rather than given a wrong name. A name
 * used as a modifier (`He said the Roe administration had …`, `She said Roe campaign aides were …`) names no one again, nor a
 * namesake of another generation (`He praised Jo Roe Jr.` after `Jo Roe Sr.`).
 */
import { ABBREVIATIONS, type ArticleContext } from '../mentions/context.ts';
import { foldName, type Person } from '../mentions/speakers.ts';
import { GENERATIONS } from '../lexicon/generations.ts';
import { BODY_HEADS } from '../lexicon/word-lists.ts';
import { isUpperStart, type Token } from '../tokens.ts';

/** A one-word mention that more people of the article share (`a Trump family event` with two Trumps): it names none of them surely. */
function sharedWord(ctx: ArticleContext, m: { start: number; end: number }): boolean {
  const text = ctx.text.slice(m.start, m.end);
  if (/\s/.test(text)) return false;
  const word = foldName(text);
  return ctx.people.people.filter((q) => q.folded.includes(word)).length > 1;
}

/**
 * A body a name may modify: `the Roe campaign`, `Roe administration officials`. (Not any noun: in `He refers to Roe
 * voters as …`, `He spoke to Roe's mother`, the pronoun is mostly someone else, as a sample of news showed.)
 */
const isModifiedBody = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && !isUpperStart(t.text) && BODY_HEADS.has(t.lower);

/**
 * Does the mention of the tokens [i, j) name `p` again? Not as a modifier (after `the`, before a body it names),
 * nor when it carries a generation other than `p`'s (`Jo Roe Jr.` is not `Jo Roe Sr.`).
 */
function namesAgain(tokens: Token[], i: number, j: number, p: Person): boolean {
  const next = tokens[j];
  // (`the Roe era`: any word after `the` and the name; `the Roe or Bust crowd` is no modifier of `or`.)
  const afterThe =
    tokens[i - 1]?.lower === 'the' && next?.kind === 'word' && !isUpperStart(next.text) && !/^(?:and|or|nor)$/.test(next.lower);
  if (afterThe || isModifiedBody(next)) return false;
  const generation = [tokens[j - 1], tokens[j]].find((t) => GENERATIONS.has(t?.lower ?? ''))?.lower;
  const own = p.folded.find((w) => GENERATIONS.has(w));
  return generation === undefined || generation === own;
}

/** Is `p` named after the pronoun ending at `from`, in the rest of its sentence as `tokens` hold it (outside quotations)? */
export function namedAfterPronoun(ctx: ArticleContext, tokens: Token[], from: number, p: Person): boolean {
  const starts = new Set<number>();
  let end = from;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.start < from) continue;
    // The sentence ends at its full stop (`… finished. (Sometimes Trump …`), not at the window's end (`Mr.` ends none);
    // a relative clause on someone else (`his friend Kaye, who shielded Roe`, `the event where Roe spoke`) is left out: writers bend the rule there.
    const prev = tokens[k - 1]?.lower ?? '';
    if (t.text === '.' ? !ABBREVIATIONS.has(prev) && prev.length > 1 : /^(?:[!?]|who|whom|whose|which|where|when)$/.test(t.lower)) break;
    // `And so, she declares, Roe and her team are "…"`: a pronoun in a parenthetical clause binds nothing after it.
    if (t.text === ',' && tokens[k - 2]?.end === from) break;
    if (t.kind === 'word') starts.add(t.start);
    end = t.end;
  }
  if (end <= from) return false;
  return ctx.people.mentionsBetween(from, end).some((m) => {
    if (m.person !== p || !starts.has(m.start) || sharedWord(ctx, m)) return false;
    const i = tokens.findIndex((t) => t.start === m.start);
    let j = i;
    while (j < tokens.length && (tokens[j] as Token).start < m.end) j++;
    return namesAgain(tokens, i, j, p);
  });
}
