/**
 * Speakers found next to a source phrase rather than in it: the author of a document the sentence's
 * subject issued (`Okoro sent a letter to … urging`, `JPMorgan … in a report to clients added`), and
 * a full name in apposition after a description (`Midvale's president, Clara Obi,`).
 */
import { clauseSubject } from '../cues/clause-subject.ts';
import type { ArticleContext } from '../mentions/context.ts';
import { kindOf } from '../mentions/mention-kind.ts';
import { parseNameRun } from '../mentions/names.ts';
import type { Speaker } from '../quote.ts';
import { isWord } from '../cues/source-phrase.ts';
import { isUpperStart, tokenize, type Token } from '../tokens.ts';
import { DOCUMENT_NOUNS } from '../lexicon/word-lists.ts';

/** Written or recorded things whose author is who issued them: `a report to clients`, `an 11-minute video`. */
const ISSUED = new Set([...DOCUMENT_NOUNS, 'report', 'video', 'interview', 'note', 'podcast', 'announcement']);

/** `a report to clients`, `an 11-minute Internet video posted …`: an indefinite document, its head within its first four words. */
export function isIssuedDocument(w: Token[]): boolean {
  const head = w.slice(1, 5).findIndex((t) => ISSUED.has(t.lower));
  return head >= 0 && w.slice(1, head + 1).every((t) => !['of', 'by', 'from', 'for'].includes(t.lower));
}

/** The subject of the sentence the phrase starting at `at` stands in (`JPMorgan` of `JPMorgan trimmed …, but in a report`). */
export function subjectBefore(tokens: Token[], at: number): [number, number] | undefined {
  let k = at - 1;
  while (
    k >= 0 &&
    !(/^[.!?]$/.test((tokens[k] as Token).text) && ((tokens[k - 1]?.text.length ?? 0) > 3 || !isUpperStart(tokens[k - 1]?.text ?? '')))
  )
    k--;
  const sentence = tokens.slice(k + 1, at);
  const subject = clauseSubject(sentence, sentence.length);
  return subject ? [subject[0] + k + 1, subject[1] + k + 1] : undefined;
}

/** A full name of a person right after `end`, between commas (`, Jo Bloggs,`): its speaker. */
export function appositiveName(ctx: ArticleContext, end: number): Speaker | undefined {
  if (ctx.text.charCodeAt(end) !== 44) return undefined;
  const tokens = tokenize(ctx.masked, end, Math.min(ctx.masked.length, end + 60));
  let k = 1;
  while (k < tokens.length && isWord(tokens[k]) && isUpperStart((tokens[k] as Token).text)) k++;
  const next = tokens[k];
  if (k < 3 || k > 5 || !next || next.kind === 'word' || !/^[,.;]$/.test(next.text)) return undefined;
  const parsed = parseNameRun(tokens, 1, k);
  if (!parsed || parsed.name.length < 2) return undefined;
  const nameWords = parsed.name.map((t) => t.text);
  const start = (parsed.name[0] as Token).start;
  const p =
    ctx.people.find(nameWords, start) ?? ctx.people.add(nameWords, start, (parsed.name[parsed.name.length - 1] as Token).end, parsed.roles);
  const speaker = ctx.people.speakerOf(p);
  return kindOf(ctx, p) === 'person' ? speaker : undefined;
}
