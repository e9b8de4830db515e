/**
 * `But he said if Kent, Roe and their aides "…"`, `He demanded in a letter to Roe that Roe stop …`: a pronoun never
 * stands for a person its own sentence names again after it (a name is not bound by a pronoun before it in its clause).
 * A referent named there is no referent: the pronoun is left without one rather than given a wrong name.
 */
import { ABBREVIATIONS, type ArticleContext } from '../mentions/context.ts';
import { foldName, type Person } from '../mentions/speakers.ts';
import type { Token } from '../tokens.ts';

/** A one-word mention that more people of the article share (`a Trump family event` with two Trumps): it names none of them surely. */
function sharedWord(ctx: ArticleContext, m: { start: number; end: number }): boolean {
  const text = ctx.text.slice(m.start, m.end);
  if (/\s/.test(text)) return false;
  const word = foldName(text);
  return ctx.people.people.filter((q) => q.folded.includes(word)).length > 1;
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
  return end > from && ctx.people.mentionsBetween(from, end).some((m) => m.person === p && starts.has(m.start) && !sharedWord(ctx, m));
}
