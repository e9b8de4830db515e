/**
 * Departments between a title's `of` and a name (`Secretary of the Treasury Jo Roe`, `Secretary of
 * Agriculture Jo P. Roe`, `Ambassador to the United Nations Jo Roe`), and a title heading `of` at the end of a run (`US Secretary of State`):
 * role words, never a person's name.
 */
import { givenNameGender } from '../lexicon/given-names.ts';
import { WORD_SURNAMES, isTitle } from '../lexicon/titles.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { letterRunEndingAt } from '../finding/letters.ts';

/** Words that head a department's name with `of`: `Secretary of the Treasury`, `Department of Agriculture`. */
const DEPARTMENT_HEADS = new Set(['department', 'ministry', 'office', 'secretary', 'minister']);
/** What heads `of` before a run: a body's own word (`Department of`: a body's name follows) or a title (`Secretary of`). */
export type OfHead = 'department' | 'title';
const ofHead = (lower: string): OfHead | undefined =>
  DEPARTMENT_HEADS.has(lower) && !TITLE_DEPARTMENT_HEADS.has(lower) ? 'department' : isDepartmentHead(lower) ? 'title' : undefined;
const isDepartmentHead = (lower: string): boolean => DEPARTMENT_HEADS.has(lower) || isTitle(lower);
/** The department heads that are a person's title: `Secretary of`, `Minister of`. */
const TITLE_DEPARTMENT_HEADS = new Set(['secretary', 'minister']);
/** Titles sent `to` a country or a body, which then opens the run before the name: `Ambassador to the United Nations Jo Roe`. */
const SENT_TO = new Set(['ambassador', 'ambassadors', 'envoy', 'emissary']);

/**
 * Do the tokens before `from` end in a title and `of` (`Secretary of`, `Minister of the`)? Says which:
 * `department` after a body's own word (`Department of`, `Office of`), else `title` (undefined: neither).
 */
export function titleOfBefore(tokens: Token[], from: number): OfHead | undefined {
  let k = from - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower === 'to') return k > 0 && SENT_TO.has((tokens[k - 1] as Token).lower) ? 'title' : undefined;
  return tokens[k]?.lower === 'of' && k > 0 ? ofHead((tokens[k - 1] as Token).lower) : undefined;
}

/** Does the masked text end at `at` in a title and `of` (`Secretary of the `)? As `titleOfBefore`. */
export function titleOfBeforeText(masked: string, at: number): OfHead | undefined {
  const sentTo = wordBeforeLink(masked, at, ' to ', ' to the ');
  if (sentTo !== undefined) return SENT_TO.has(sentTo.toLowerCase()) ? 'title' : undefined;
  const head = wordBeforeLink(masked, at, ' of ', ' of the ');
  return head === undefined ? undefined : ofHead(head.toLowerCase());
}

/**
 * The word before `link` (or `linkThe`) ending the text at `at`, within 40 characters: what
 * `/([\p{L}-]+) of (?:the )?$/u` (with `link`'s word) finds in `text.slice(at - 40, at)`, read back by
 * code unit (`letterRunEndingAt`); undefined if none.
 */
function wordBeforeLink(text: string, at: number, link: string, linkThe: string): string | undefined {
  const end =
    at >= linkThe.length && text.startsWith(linkThe, at - linkThe.length)
      ? at - linkThe.length
      : at >= link.length && text.startsWith(link, at - link.length)
        ? at - link.length
        : -1;
  return end < 0 ? undefined : letterRunEndingAt(text, Math.max(0, at - 40), end, '-');
}

/** Does the run end in a title word with no given name before it (`US Secretary`, not `Howard Dean`)? */
export function titleClosesDescription(words: Token[]): boolean {
  const last = (words[words.length - 1] as Token).lower;
  if (!isTitle(last) || WORD_SURNAMES.has(last)) return false;
  for (let k = 0; k < words.length - 1; k++) if (givenNameGender((words[k] as Token).lower) !== undefined) return false;
  return true;
}

/** Are the words of a run after `Department of` the department's name: at most two, no given name (`Public Health`)? */
export const isDepartmentName = (words: Token[]): boolean =>
  words.length <= 2 && words.every((t) => givenNameGender(t.lower) === undefined);

/** Index of the last word of a department's name opening `words` (before the first given name; else all but two words; -1: none). */
export function departmentEnd(words: Token[]): number {
  for (let k = 1; k < words.length - 1; k++) {
    const t = words[k] as Token;
    if (givenNameGender(t.lower) !== undefined) return k - 1;
    // `Agriculture Jo P. Roe`: an initial follows the given name.
    if (t.text.length === 1 && isUpperStart(t.text)) return Math.max(0, k - 2);
  }
  // No given name known: the name is the last two words (`Homeland Security Kirstjen Nielsen`); two words
  // alone stay as they are (`CEO of All Sides` is a body's name).
  return words.length - 3;
}
