/**
 * `the bureau said`, `the court said`, `the clinic said`: a bare description of a body whose name the
 * article has already written with that word in capitals (`the Bureau of Alcohol, Tobacco, Firearms
 * and Explosives`, `the Ninth Circuit Court of Appeals`, `the Mayo Clinic`) is that body, the one
 * named last before the description. A description the article gave no such name keeps its words.
 */
import type { ArticleContext } from './context.ts';

/** Heads of a body's description that its own name carries (`Court`, `Bureau`), lower case. */
const NAMED_HEADS = new Set(
  `bureau court clinic hospital university college school committee commission department ministry agency council
board institute foundation museum church union association federation league senate assembly parliament tribunal
service office administration authority company corporation bank fund network party campaign`.split(/\s+/),
);

/** How far back the name is looked for, in characters. */
const REACH = 4000;

const CAPITAL = String.raw`\p{Lu}[\p{L}\d.&'’-]*`;

/** The body's name (without `the`) the description `the <head>` at `at` refers to, if the article wrote one. */
export function namedBody(ctx: ArticleContext, head: string, at: number): string | undefined {
  if (!NAMED_HEADS.has(head)) return undefined;
  const Head = head[0]?.toUpperCase() + head.slice(1);
  const name = new RegExp(
    String.raw`((?:${CAPITAL}\s+){0,4})${Head}\b((?:\s+(?:of|for|on)(?:\s+the)?(?:,?\s+(?:and\s+)?${CAPITAL})+)?)`,
    'gu',
  );
  const before = ctx.masked.slice(Math.max(0, at - REACH), at);
  // Every match holds the capitalised head word: without it, nothing to scan for.
  if (!before.includes(Head)) return undefined;
  let found: string | undefined;
  for (let m = name.exec(before); m; m = name.exec(before)) {
    const words = `${m[1] ?? ''}${Head}${m[2] ?? ''}`.replace(/^(?:The|A|An)\s+/, '').trim();
    // `Court` alone (a sentence opening with it) names nothing: a body's name has two words or more.
    if (words.split(/\s+/).length >= 2) found = words;
  }
  return found;
}
