/**
 * `"…," his office said`, `her campaign said`: a body a person has, named by a pronoun, is that body
 * of the person the pronoun stands for (`Jo Roe's office`), an organisation.
 */
import type { ArticleContext } from './context.ts';
import { kindOf } from './mention-kind.ts';
import { organisation } from './organisations.ts';
import type { Speaker } from './quote.ts';
import { rankPeople } from './rank.ts';
import type { Token } from './tokens.ts';

/** Bodies a person has, named by their owner: `his office`, `her campaign` (not `his administration`: its owner is rarely the nearest `he`). */
const OWNED_BODIES = new Set(['office', 'campaign', 'government', 'foundation', 'ministry']);

/** `his office`, `her campaign`: the body's head noun and the owner's gender, when the phrase is a pronoun's body. */
function pronounOwnedBody(words: Token[]): { head: string; gender: 'm' | 'f' } | undefined {
  if (words.length !== 2) return undefined;
  const [owner, head] = words as [Token, Token];
  const gender = owner.lower === 'his' ? 'm' : owner.lower === 'her' ? 'f' : undefined;
  return gender && OWNED_BODIES.has(head.lower) ? { head: head.lower, gender } : undefined;
}

/** The body `words` (`his office`, at `at`) names, as `Jo Roe's office`; undefined for any other phrase or no person. */
export function pronounBody(ctx: ArticleContext, words: Token[], at: number): Speaker | undefined {
  const owned = ctx.model === false ? undefined : pronounOwnedBody(words);
  if (!owned) return undefined;
  const p = rankPeople(ctx, at, owned.gender, ctx.spoken);
  return p && kindOf(ctx, p) === 'person' ? organisation(`${ctx.people.speakerOf(p).name}'s ${owned.head}`) : undefined;
}
