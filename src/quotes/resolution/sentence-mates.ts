/**
 * People a description cannot stand for because its own sentence names them in another role:
 * `Asked about Jo Roe, the mayor said` (Jo Roe is what the mayor was asked about, not the mayor),
 * `Jo Roe, the mayor said, "had no license"` (a parenthetical cue: Jo Roe is the topic of the reported
 * words, the mayor speaks). A description resolved to the salient person must not land on them.
 */
import { paragraphAt, sentenceStart, WINDOW, type ArticleContext } from '../mentions/context.ts';
import type { Found } from '../cues/source-phrase.ts';
import type { Person } from '../mentions/speakers.ts';

/** Words before a name that leave it the subject of its clause: `and Jo Roe`, `but Jo Roe`. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'or', 'while', 'as', 'then', 'so', 'yet']);

/** The lower-case word right before `at` (after spaces only), or '' when a mark or a capital stands there. */
function lowerWordBefore(text: string, at: number): string {
  let k = at - 1;
  while (k >= 0 && text[k] === ' ') k--;
  const end = k + 1;
  while (k >= 0 && /\p{Ll}/u.test(text[k] as string)) k--;
  return /\p{L}/u.test(text[k] ?? '') ? '' : text.slice(k + 1, end);
}

/** Cues whose object is who was addressed (`told Brandt`, `asked Sen. Roe`); not a possessor (`told Brandt's partner`). */
const ADDRESSING_CUE = /^(?:told|tells|asked|asks)$/i;
const POSSESSOR = /['’]s\b/; // (a mention may take in its `'s`)

/**
 * Does the sentence of the description at `at` (found as `found`) name `person` apart from it, either in a
 * lead-in as the object of a word (`Asked about Jo Roe, the mayor said`), right before it when the
 * cue is a parenthetical (`Jo Roe, the mayor said, "…"`), or as the one its cue addresses (`The officer told Roe`)?
 */
export function namedApartInSentence(ctx: ArticleContext, found: Found, person: Person, at: number): boolean {
  const para = paragraphAt(ctx.paragraphs, at);
  const from = sentenceStart(ctx, at, Math.max(para.start, at - WINDOW));
  const { tokens, cue } = found;
  const aside = tokens[cue.index + cue.length]?.text === ',' && cue.index > found.np[0];
  // `Asked about …,`, `Pressed on …,`: a sentence opening with a participle whose subject is the description's.
  const participle = /^\p{Lu}\p{Ll}+ed\s/u.test(ctx.masked.slice(from, from + 24));
  // `The officer told Brandt, "…"`: whoever the description's own cue addresses is someone else.
  if (ADDRESSING_CUE.test(cue.text) && cue.index > found.np[0])
    for (const m of ctx.people.mentionsBetween(cue.end, cue.end + 40))
      if (
        m.person === person &&
        /^\s+(?:\p{Lu}\p{Ll}{0,3}\.\s+)?$/u.test(ctx.masked.slice(cue.end, m.start)) &&
        !POSSESSOR.test(ctx.masked.slice(m.start, m.end + 2))
      )
        return true;
  for (const m of ctx.people.mentionsBetween(from, at)) {
    if (m.person !== person) continue;
    const after = ctx.masked.slice(m.end, at);
    if (aside && /^\s*,\s*$/.test(after)) return true;
    // The name inside a lead-in closed by the comma right before the description: the object of a word, or
    // any mention after a participle (`Asked about Sanders's record,`); a possessive after a preposition
    // may be the description's own (`On the calls for Leung's resignation, the chief executive said`).
    const before = lowerWordBefore(ctx.masked, m.start);
    if (before === '' || CLAUSE_OPENERS.has(before) || !/^[^,;]*,\s*$/.test(after)) continue;
    const possessive = /['’]s$/.test(ctx.masked.slice(m.start, m.end)) || /^['’]s\b/.test(after);
    if (participle || !possessive) return true;
  }
  return false;
}
