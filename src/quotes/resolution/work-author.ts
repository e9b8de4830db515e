/**
 * `Enter Jo Roe's Paper Tigers, which … Paper Tigers concedes that the mayor is "…"`: a book (or film,
 * show) written after its author's possessive speaks for that author, a person the article names
 * (round 21). A title whose author the article does not name that way still names no speaker (`work-titles.ts`).
 */
import type { ArticleContext } from '../mentions/context.ts';
import { kindOf } from '../mentions/mention-kind.ts';
import { isWorkTitle } from '../mentions/work-titles.ts';
import type { Speaker } from '../quote.ts';

/** A person's name in the possessive right before the title: `Howard Roe’s `, `Jo M. Roe's `. */
const OWNER_BEFORE = /((?:\p{Lu}[\p{L}-]*\.? ){0,3}\p{Lu}[\p{L}-]+)['’]s $/u;

/** The author of the work `speaker` names, when the article writes it after a named person's possessive. */
export function workAuthor(ctx: ArticleContext, speaker: Speaker): Speaker | undefined {
  if (!isWorkTitle(ctx, speaker)) return undefined;
  const { text } = ctx;
  for (let at = text.indexOf(speaker.name); at >= 0; at = text.indexOf(speaker.name, at + 1)) {
    const owner = OWNER_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.split(' ');
    // The name’s words from the right (`Enter Jo Roe’s`: `Roe`, `Jo Roe`, …): the first that is a person written or known by two words.
    for (let k = (owner?.length ?? 0) - 1; owner && k >= 0; k--) {
      const p = ctx.people.find(owner.slice(k), at);
      if (p && (p.folded.length > 1 || owner.length - k > 1) && kindOf(ctx, p) === 'person') return ctx.people.speakerOf(p);
    }
  }
  return undefined;
}
