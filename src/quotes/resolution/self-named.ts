/**
 * A description that gives its own name in a relative clause: `said a farm worker who gave his name as
 * Tobin`, `a nurse who identified herself only as Marisol`, `a driver who asked to be identified by his
 * first name, Ruben`. The article names the speaker right there: that name speaks, not the description.
 */
import type { ArticleContext } from '../mentions/context.ts';
import type { Speaker } from '../quote.ts';
import { kindOf } from '../mentions/mention-kind.ts';

/** `who gave his name as`, `who identified herself only as`, `who asked to be identified by her first name,`. */
const SELF_NAMING = new RegExp(
  [
    String.raw`^,?\s+who\s+(?:`,
    String.raw`(?:would\s+)?(?:only\s+)?(?:gave|give|provided|offered)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|last\s+|full\s+)?name\s+(?:only\s+)?(?:as\s+|,\s*)`,
    String.raw`|identified\s+(?:himself|herself|themselves)\s+(?:only\s+)?as\s+`,
    String.raw`|introduced\s+(?:himself|herself|themselves)\s+(?:only\s+)?as\s+`,
    String.raw`|asked\s+to\s+be\s+identified\s+(?:only\s+)?(?:by\s+(?:his|her|their)\s+(?:first\s+|last\s+)?name\s*,?\s+|as\s+)`,
    String.raw`)`,
  ].join(''),
  'i',
);
/** One to three capitalised words, then a mark or the end of the clause. */
const NAME = /^(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?=[,.;:)]|\s+(?:and|but|said|says)\b|$)/u;

/** The person a description ending at `end` names itself as (`… who gave his name as Tobin`), if it does. */
export function selfNamed(ctx: ArticleContext, end: number): Speaker | undefined {
  const after = ctx.masked.slice(end, end + 160);
  const lead = SELF_NAMING.exec(after);
  if (!lead) return undefined;
  const name = NAME.exec(after.slice(lead[0].length));
  if (!name) return undefined;
  const start = end + lead[0].length;
  const words = (name[1] as string).split(/\s+/);
  const p = ctx.people.find(words, start) ?? ctx.people.add(words, start, start + (name[1] as string).length);
  return kindOf(ctx, p) === 'person' ? ctx.people.speakerOf(p) : undefined;
}
