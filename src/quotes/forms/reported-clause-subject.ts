/**
 * `Holt even said the candidate "seemed upset"`, `Roe said the company had "made a mistake"`: a phrase right
 * after a verb of saying that goes straight on into the quoted words (a verb of its own clause, or the
 * quotation with no comma or colon before it) is the subject of the reported clause, not an inverted speaker
 * (`…," said Jo Roe`, `said Jo Roe: "…"`). The words are the sentence's subject's, when it has one; else nobody's.
 */
import { clauseSubject } from '../cues/clause-subject.ts';
import type { Found } from '../cues/source-phrase.ts';
import { foundWith } from '../cues/phrase-trim.ts';
import { OBJECT_PRONOUNS } from '../lexicon/pronouns.ts';
import { SUBORDINATE_OPENERS } from '../lexicon/word-lists.ts';

const NOT_A_CLAUSE = new Set(['as', 'to']);

/** Does the quotation go on the clause whose subject is the phrase after the cue? */
function continuesReportedClause(found: Found, quoteText: string): boolean {
  const { np, cue, tokens } = found;
  // Right after the cue only: a passive's agent (`was accused by Jo Roe of …`) is who spoke. A cue opening its
  // sentence (`Added Jo Roe "we …"`) has no subject before it: the phrase after it is the inverted sayer.
  if (cue.sourceAfter || np[0] !== cue.index + cue.length || cue.index === 0) return false;
  const rest = tokens.slice(np[1]);
  if (rest.length === 0) return /^\p{Ll}/u.test(quoteText);
  // `said the company had "…"`: a few words of the clause's verb; a comma closes an inverted source's apposition.
  // `told him that Moscow had "…"`: a phrase before `that` is whom the words were told, not the clause's subject;
  // `quoted Jo Roe as saying "…"`, `urged Jo Roe to say`: the phrase is the object, and the words may be its own.
  return (
    rest.length <= 3 &&
    rest.every((t) => t.kind === 'word' && !SUBORDINATE_OPENERS.has(t.lower) && !NOT_A_CLAUSE.has(t.lower)) &&
    !(np[1] - np[0] === 1 && OBJECT_PRONOUNS.has(tokens[np[0]]?.lower ?? ''))
  );
}

/**
 * `found` (a cue and source before a quotation) read again: a source that is the reported clause's subject gives
 * way to the sentence's subject (`undefined` when the sentence has none); any other source stands.
 */
export function reportedClauseSpeaker(found: Found | undefined, quoteText: string): Found | undefined {
  if (!found || !continuesReportedClause(found, quoteText)) return found;
  const subject = clauseSubject(found.tokens, found.cue.index);
  return subject ? foundWith(found, subject) : undefined;
}
