/**
 * `Ed Kahn, who the governor once called a "menace"`: the subject of a relative clause on a name (`who|whom` + a
 * description) is someone other than that name. A description resolved to the relative's own antecedent is read
 * as the description it is.
 */
import type { ArticleContext } from '../mentions/context.ts';
import { foldName } from '../mentions/speakers.ts';
import type { Mention, Speaker } from '../quote.ts';

const RELATIVE_BEFORE = /,\s+(?:who|whom)\s+$/i;

/** The description itself when `speaker` is the name the relative clause holding `mention` as its subject is on; else `speaker`. */
export function notOwnAntecedent(ctx: ArticleContext, mention: Mention, speaker: Speaker): Speaker {
  if (!/^the\s/i.test(mention.text)) return speaker;
  const relative = RELATIVE_BEFORE.exec(ctx.text.slice(Math.max(0, mention.start - 12), mention.start));
  if (!relative) return speaker;
  const at = mention.start - relative[0].length;
  const named = ctx.people.mentionsBetween(Math.max(0, at - 80), at).at(-1);
  if (!named || named.end !== at || ctx.people.speakerOf(named.person).key !== speaker.key) return speaker;
  const name = mention.text.replace(/^The\b/, 'the');
  return { name, key: foldName(name), kind: 'unnamed' };
}
