/**
 * A surname that two people of the article share (`Cheney` after `Liz Cheney` and `her father, Dick
 * Cheney`): the one the text is about, not merely the one named last. When the article already wrote
 * the lone surname for one of them before any other namesake was named (`Romney said …` before `Ann
 * Romney told …`), the lone surname goes on meaning that one: news writes the relative named later by
 * the full name or a title (`Mrs. Romney`). Otherwise it is the namesake whose full name was last a
 * sentence's subject or a speech verb's speaker before the mention; when neither was, the one the
 * article named first (news names its subject first and the relatives after).
 */
import type { ArticleContext } from './context.ts';
import { opensSentence, speaks } from './rank.ts';
import { titleGender } from './given-names.ts';
import type { Person } from './speakers.ts';
import { withoutPossessiveS } from '../text/marks.ts';

/** The person a lone surname `word` at `at` stands for when two or more people share it; undefined when fewer do. */
export function salientNamesake(ctx: ArticleContext, word: string, at: number, roles: string[] = []): Person | undefined {
  // `Mrs. Clinton` is never the Clinton who is a man.
  const gender = titleGender(roles);
  const namesakes = ctx.people.namesakes(word).filter((p) => !gender || !p.gender || p.gender === gender);
  if (gender && namesakes.length === 1) return namesakes[0];
  if (namesakes.length < 2) return undefined;
  let subject: Person | undefined;
  let first: Person | undefined;
  // The namesake named first, when the article wrote the lone surname before naming another (it meant that one then).
  const lower = word.toLowerCase();
  const namedBy = Math.min(...namesakes.map((p) => p.firstMention));
  const named = namesakes.filter((p) => p.firstMention === namedBy);
  const secondNamed = Math.min(...namesakes.filter((p) => p.firstMention > namedBy).map((p) => p.firstMention));
  let lone: Person | undefined;
  for (const m of ctx.people.mentionsBetween(0, at)) {
    if (!namesakes.includes(m.person)) continue;
    first ??= m.person;
    // A full name only: a lone surname's own cluster is what is being decided.
    const written = ctx.text.slice(m.start, m.end);
    if (written.indexOf(' ') < 0) {
      // The surname itself (not `Ann` of `his wife, Ann`), met before a second namesake was named.
      const surname = withoutPossessiveS(written).toLowerCase() === lower;
      if (surname && m.start > namedBy && m.start < secondNamed && named.length === 1) lone = named[0];
      continue;
    }
    if (opensSentence(ctx.text, m.start, m.end) || speaks(ctx.text, m.start, m.end)) subject = m.person;
  }
  return lone ?? subject ?? first;
}
