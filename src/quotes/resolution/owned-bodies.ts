/**
 * `"…," his office said`, `her campaign said`: a body a person has, named by a pronoun, is that body
 * of the person the pronoun stands for (`Jo Roe's office`), an organisation.
 */
import type { ArticleContext } from '../mentions/context.ts';
import { kindOf } from '../mentions/mention-kind.ts';
import { organisation } from '../mentions/organisations.ts';
import type { Speaker } from '../quote.ts';
import { rankPeople } from './rank.ts';
import type { Token } from '../tokens.ts';

/** Bodies a person has, named by their owner: `his office`, `her campaign` (not `his administration`: its owner is rarely the nearest `he`). */
const OWNED_BODIES = new Set(['office', 'campaign', 'government', 'foundation', 'ministry']);

/** `his office`, `her campaign`: the body's head noun and the owner's gender, when the phrase is a pronoun's body. */
function pronounOwnedBody(words: Token[]): { head: string; gender: 'm' | 'f' } | undefined {
  if (words.length !== 2) return undefined;
  const [owner, head] = words as [Token, Token];
  const gender = owner.lower === 'his' ? 'm' : owner.lower === 'her' ? 'f' : undefined;
  return gender && OWNED_BODIES.has(head.lower) ? { head: head.lower, gender } : undefined;
}

/** How far before `his office` the people it may be the body of are looked for, in characters. */
const REACH = 500;
/** Modifiers after which a head of government's title rules nothing: `Vice President`, `former Premier`. */
const NOT_RULING = ['vice', 'deputy', 'former', 'shadow', 'assistant', 'junior'];

/**
 * Does a person of these role words (one word each: `prime`, `minister`) rule a `government` or a `ministry`:
 * a prime minister, president, premier or chancellor (never a vice or former one, nor a `leader`), any minister?
 */
function rules(roles: ReadonlySet<string>, head: string): boolean {
  if (head === 'ministry') return roles.has('minister');
  if (head !== 'government') return true;
  if (NOT_RULING.some((r) => roles.has(r))) return false;
  return (roles.has('minister') && roles.has('prime')) || roles.has('president') || roles.has('premier') || roles.has('chancellor');
}

/**
 * The body `words` (`his office`, at `at`) names, as `Jo Roe's office`; undefined for any other phrase,
 * or unless its owner is the one person in reach who may be `his`/`her` (no other of that gender or of
 * none known), and for a government or a ministry one whose role rules it.
 */
export function pronounBody(ctx: ArticleContext, words: Token[], at: number): Speaker | undefined {
  const owned = ctx.model === false ? undefined : pronounOwnedBody(words);
  if (!owned) return undefined;
  const p = rankPeople(ctx, at, owned.gender, ctx.spoken);
  if (!p || kindOf(ctx, p) !== 'person' || (p.gender !== undefined && p.gender !== owned.gender)) return undefined;
  const others = ctx.people
    .mentionsBetween(Math.max(0, at - REACH), at)
    .some((m) => m.person !== p && m.person.gender !== (owned.gender === 'm' ? 'f' : 'm') && kindOf(ctx, m.person) === 'person');
  if (others || !rules(p.roles, owned.head)) return undefined;
  return organisation(`${ctx.people.speakerOf(p).name}'s ${owned.head}`);
}
