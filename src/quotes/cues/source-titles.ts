/**
 * Names next to their titles in a source phrase: `Jo Bloggs, deputy director of the … Project said`,
 * `," organizing director for the union …, Jo Bloggs, told`, `adds law professor and advocate Jo Bloggs`.
 */
import { ARTICLE_WORDS, isAbbrevDot, isCueWord, isWord, looksLikeName } from './source-tokens.ts';
import { BOUNDARY, NOT_NP_END, TIME_WORDS } from './source-words.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { isTitle } from '../mentions/names.ts';
import { BODY_HEADS, DESCRIPTION_OPENERS, DOCUMENT_NOUNS, isPersonHead } from '../lexicon/word-lists.ts';
import { endsLikePersonNoun } from '../lexicon/person-nouns.ts';
import { hasPossessiveS } from '../../text/marks.ts';
import { SAYER_SUBJECTS } from '../lexicon/pronouns.ts';

/** Words that tie a title to the body it belongs to: `director of …`, `spokesman for …`. */
const TITLE_LINKS = new Set(['of', 'for', 'at', 'with']);

/**
 * `Lee Ganz, deputy director of the Civil Liberties Union's Migrant Rights Project said`: a name, a
 * comma, a lower-case title tied by `of`/`for`/`at` to a body whose name closes right before the cue
 * (no second comma): the source is the name, not the tail of the body's name.
 */
export function nameBeforeTitle(tokens: Token[], np: [number, number], lo: number): [number, number] | undefined {
  if (!isUpperStart(tokens[np[0]]?.text ?? '')) return undefined;
  let c = np[0] - 1;
  let linked = false;
  while (c >= lo && np[0] - c <= 16 && tokens[c]?.text !== ',') {
    const t = tokens[c] as Token;
    if (t.kind === 'quote' || (/^[.!?;:]$/.test(t.text) && !isAbbrevDot(tokens, c))) return undefined;
    if (TITLE_LINKS.has(t.lower)) linked = true;
    c--;
  }
  const title = tokens[c + 1];
  if (c < lo || !linked || !isWord(title) || isUpperStart(title.text) || SAYER_SUBJECTS.has(title.lower)) return undefined;
  // A title, not a description (`the court of appeals`) or a clause.
  if (ARTICLE_WORDS.has(title.lower) || NOT_NP_END.has(title.lower) || BOUNDARY.has(title.lower)) return undefined;
  let n = c;
  while (n - 1 >= lo && c - n < 5 && ((isWord(tokens[n - 1]) && isUpperStart((tokens[n - 1] as Token).text)) || isAbbrevDot(tokens, n - 1)))
    n--;
  const name: [number, number] = [n, c];
  if (c - n < 2 || !looksLikeName(tokens, name)) return undefined;
  if (tokens.slice(n, c).some((t) => BOUNDARY.has(t.lower) || TIME_WORDS.has(t.lower))) return undefined;
  // The name opens its clause: nothing but punctuation or a conjunction before it.
  const before = tokens[n - 1];
  return n === lo || !isWord(before) || /^(?:and|but|while)$/.test(before.lower) ? name : undefined;
}

/**
 * `," organizing director for the nurses' union at Mercy West, Ann Lee, told reporters`: a title
 * written in lower case (up to sixteen words, no verb of saying), a comma, then the full name and its comma.
 */
export function titleBefore(tokens: Token[], from: number, np: [number, number]): boolean {
  const comma = np[0] - 1;
  const first = tokens[from];
  if (tokens[comma]?.text !== ',' || tokens[np[1]]?.text !== ',' || comma - from < 2 || comma - from > 16) return false;
  if (!isWord(first) || isUpperStart(first.text) || SAYER_SUBJECTS.has(first.lower) || np[1] - np[0] < 2) return false;
  if (!looksLikeName(tokens, np)) return false;
  for (let k = from; k < comma; k++) if (!(isWord(tokens[k]) || isAbbrevDot(tokens, k)) || isCueWord(tokens, k)) return false;
  return true;
}

/**
 * Lower-case words, then a name of two or more capitalised words, within a few words from `k`; the
 * title may open with a capitalised modifier (`and CNN contributor Jo Roe`, `and Ohio lawyer Jo Roe`),
 * hold one (`and veteran Ohio pundit Jo Roe`) or be a capitalised title (`President and CEO Jo Roe`).
 */
export function nameAhead(tokens: Token[], k: number): boolean {
  // A capitalised title after `and` is the same person's only after a capitalised title (`President and CEO
  // Jo Roe`); after a name or a lower-case title it is another person's (`said Jo Roe and House Speaker Ann
  // Lee`, `said the fire chief and Deputy Mayor Ann Lee`); an abbreviated title counts (`Gov. and DNC Chairman Jo Roe`).
  const before = tokens[isAbbrevDot(tokens, k - 2) ? k - 3 : k - 2] as Token | undefined;
  const afterTitle = before !== undefined && isUpperStart(before.text) && isTitle(before.lower);
  let described = false;
  for (let j = k; j < k + 6 && isWord(tokens[j]); j++) {
    const t = tokens[j] as Token;
    if (!isUpperStart(t.text)) {
      if (BOUNDARY.has(t.lower)) return false;
      described = true;
    } else if (isTitle(t.lower)) described ||= afterTitle;
    else if (described && isWord(tokens[j + 1]) && isUpperStart((tokens[j + 1] as Token).text)) return true;
  }
  return false;
}

/** Words that tie a person to the body they work at: `Jo Bloggs of the Center for …`, `Ann Lee at Lake State University`. */
const AFFILIATION_LINKS = new Set(['of', 'at', 'with', 'from']);
/** Lower-case words inside a body's name: `Center for Fiscal Study`, `the Office of Budget and Policy`. */
const BODY_GLUE = new Set(['of', 'for', 'and', 'the', 'on', 'at', '&']);

/**
 * `Jo Bloggs of the Center for Fiscal Study at Lake State University said`: the phrase found before the
 * cue is the tail of a chain of bodies (`Lake State University`) after a person's name that opens the
 * clause and is tied to the chain by `of`/`at`/`with`/`from`: the source is the name.
 */
export function nameBeforeAffiliation(tokens: Token[], np: [number, number], lo: number): [number, number] | undefined {
  let k = np[0] - 1;
  if (!AFFILIATION_LINKS.has(tokens[k]?.lower ?? '') && tokens[k]?.lower !== 'for') return undefined;
  // The phrase found is a body's name (`Lake State University`, `the Brookings Institution`), not a description.
  const body = tokens.slice(np[0], np[1]).filter((t, n) => !(n === 0 && t.lower === 'the'));
  if (body.length === 0 || !body.every((t) => (isWord(t) && (isUpperStart(t.text) || BODY_GLUE.has(t.lower))) || t.text === '.'))
    return undefined;
  // Walk left over the chain of capitalised names and the glue between them, to the link after a name.
  for (let steps = 0; k >= lo && steps < 20; steps++, k--) {
    const t = tokens[k] as Token;
    if (!isWord(t) && !isAbbrevDot(tokens, k)) return undefined;
    if (isWord(t) && !isUpperStart(t.text) && !BODY_GLUE.has(t.lower) && !AFFILIATION_LINKS.has(t.lower)) return undefined;
    if (!AFFILIATION_LINKS.has(t.lower)) continue;
    let n = k;
    while (
      n - 1 >= lo &&
      k - n < 5 &&
      ((isWord(tokens[n - 1]) && isUpperStart((tokens[n - 1] as Token).text)) || isAbbrevDot(tokens, n - 1))
    )
      n--;
    // A run after glue (`for Fiscal Study at …`) is one more body of the chain.
    if (k - n < 2 || BODY_GLUE.has(tokens[n - 1]?.lower ?? '') || AFFILIATION_LINKS.has(tokens[n - 1]?.lower ?? '')) continue;
    const name: [number, number] = [n, k];
    if (!looksLikeName(tokens, name) || tokens.slice(n, k).some((w) => TIME_WORDS.has(w.lower))) return undefined;
    const before = tokens[n - 1];
    return n === lo || !isWord(before) || /^(?:and|but|while|as)$/.test(before.lower) ? name : undefined;
  }
  return undefined;
}

/**
 * `As Jo Bloggs, the economics editor of the Ledger noted`, `Jo Bloggs, co-founder of The Beacon,
 * which …, told`: a description headed by a title or a person's role, right after a name and a comma
 * that open the clause: the source is the name (the description would resolve to the body it names).
 */
export function nameBeforeDescription(tokens: Token[], np: [number, number], lo: number, relative = false): [number, number] | undefined {
  const comma = np[0] - 1;
  const first = tokens[np[0]];
  // `Jo Roe, Goldman's chief analyst wrote`: a body's possessive may open the description.
  let o = np[0];
  while (
    o < np[1] - 1 &&
    o - np[0] < 4 &&
    isWord(tokens[o]) &&
    isUpperStart((tokens[o] as Token).text) &&
    !hasPossessiveS((tokens[o] as Token).text)
  )
    o++;
  const owned = o < np[1] - 1 && isWord(tokens[o]) && hasPossessiveS((tokens[o] as Token).text);
  if (tokens[comma]?.text !== ',' || !isWord(first) || (isUpperStart(first.text) && !owned) || SAYER_SUBJECTS.has(first.lower))
    return undefined;
  // The head noun: the last word before `of`/`for`/`at`/`to`, or the phrase's last word.
  const link = tokens.slice(np[0], np[1]).findIndex((t) => TITLE_LINKS.has(t.lower) || t.lower === 'to');
  const head = tokens[link > 0 ? np[0] + link - 1 : np[1] - 1];
  if (!isWord(head) || isUpperStart(head.text)) return undefined;
  // A head known as a title or a person's, or a noun ending like one (`a senior editor at …`); not a
  // verb's object (`echoed the sentiment of …`).
  const determined = ARTICLE_WORDS.has(first.lower) || /^(?:his|her|their|its)$/.test(first.lower);
  // (A lower-case word, then an article: a verb and its object.)
  const verbal = !determined && ARTICLE_WORDS.has(tokens[np[0] + 1]?.lower ?? '');
  // (`Jo Roe, released a statement saying`: a verb and a document, after the name, is the name's.)
  const issued = verbal && DOCUMENT_NOUNS.has(head.lower);
  if (!issued && (verbal || !(isTitle(head.lower) || isPersonHead(head.lower) || endsLikePersonNounNotBody(head.lower)))) return undefined;
  let n = comma;
  while (
    n - 1 >= lo &&
    comma - n < 5 &&
    ((isWord(tokens[n - 1]) && isUpperStart((tokens[n - 1] as Token).text)) || isAbbrevDot(tokens, n - 1))
  )
    n--;
  // `On Thursday, the president said`, `As Jo Bloggs, the …`: a capitalised preposition or time word opens no name.
  while (n < comma && (BOUNDARY.has((tokens[n] as Token).lower) || TIME_WORDS.has((tokens[n] as Token).lower))) n++;
  const name: [number, number] = [n, comma];
  if (comma - n < 2 || !looksLikeName(tokens, name) || tokens.slice(n, comma).some((t) => TIME_WORDS.has(t.lower))) return undefined;
  // `by Jo Roe, the envoy to the talks, who called it`: a relative clause after the description is the
  // whole apposition's, wherever the name stands in its sentence.
  const before = tokens[n - 1];
  return relative || n === lo || !isWord(before) || /^(?:and|but|while|as)$/.test(before.lower) ? name : undefined;
}

/** A noun ending like a person's that is no document's or body's (`the department`, `the paper`, `the statement`). */
const endsLikePersonNounNotBody = (lower: string): boolean =>
  !DOCUMENT_NOUNS.has(lower) && !BODY_HEADS.has(lower) && endsLikePersonNoun(lower);

/**
 * `Their lawyer, Jo Roe of the Civil Rights Union, said`: the words between the commas are a name of
 * two or more words, then `of`/`at`/`with`/`from` and a capitalised body: the name, or undefined.
 */
function nameOfBody(tokens: Token[], inner: [number, number]): [number, number] | undefined {
  let n = inner[0];
  while (n < inner[1] && n - inner[0] < 5 && ((isWord(tokens[n]) && isUpperStart((tokens[n] as Token).text)) || isAbbrevDot(tokens, n)))
    n++;
  const name: [number, number] = [inner[0], n];
  if (n - inner[0] < 2 || !AFFILIATION_LINKS.has(tokens[n]?.lower ?? '') || !looksLikeName(tokens, name)) return undefined;
  const body = tokens.slice(n + 1, inner[1]).filter((t, k) => !(k === 0 && t.lower === 'the'));
  return body.length > 0 && body.every((t) => (isWord(t) && (isUpperStart(t.text) || BODY_GLUE.has(t.lower))) || t.text === '.')
    ? name
    : undefined;
}

/**
 * `A nurse from Ohio told me`: the phrase found before the cue is a place or a body after `from`/`in`/`at`
 * that closes a description (an opener such as `a`, then up to four lower-case words): the source is
 * the whole description, not the place.
 */
export function describedFrom(tokens: Token[], np: [number, number], lo: number): [number, number] | undefined {
  const p = np[0] - 1;
  const prep = tokens[p]?.lower;
  if ((prep !== 'from' && prep !== 'in' && prep !== 'at') || !isUpperStart(tokens[np[0]]?.text ?? '')) return undefined;
  const head = tokens[p - 1];
  if (!isWord(head) || isUpperStart(head.text) || BOUNDARY.has(head.lower) || isCueWord(tokens, p - 1)) return undefined;
  let s = p - 1;
  while (s - 1 >= lo && p - s <= 4 && isWord(tokens[s - 1]) && !DESCRIPTION_OPENERS.has((tokens[s - 1] as Token).lower)) {
    const t = tokens[s - 1] as Token;
    if (BOUNDARY.has(t.lower) || isCueWord(tokens, s - 1)) return undefined;
    s--;
  }
  if (!DESCRIPTION_OPENERS.has(tokens[s - 1]?.lower ?? '')) return undefined;
  // `a statement from Bishop Jo Bloggs`, `a quote from adviser Jo Bloggs`: what comes from a person is theirs (the resolver reads it).
  if (tokens[p]?.lower === 'from') {
    const between = tokens.slice(s, p);
    if (between.some((t) => DOCUMENT_NOUNS.has(t.lower) || t.lower === 'quote')) return undefined;
    if (tokens.slice(np[0], np[1]).some((t) => isWord(t) && !isUpperStart(t.text))) return undefined;
  }
  return [s - 1, np[1]];
}

/** `," the agency’s spokesman, Ann Lee, said`, `," his wife, Amber, said`, `," one study author, Ann Lee of Lake University, said`: only a description and a comma before the name. */
export function describedBefore(tokens: Token[], from: number, nameAt: number): boolean {
  const det = tokens[from]?.lower ?? '';
  // An indefinite one in lower case only: `One resident, Jo Roe, told` after a quotation opens a sentence of its own.
  const indefinite = /^(?:a|an|one|another)$/.test(tokens[from]?.text ?? '');
  if (
    tokens[nameAt - 1]?.text !== ',' ||
    nameAt - 1 - from < 2 ||
    nameAt - 1 - from > 6 ||
    !(indefinite || /^(?:the|his|her|their|its)$/.test(det) || /^\p{Lu}\p{L}*['’]s$/u.test(tokens[from]?.text ?? ''))
  )
    return false;
  return tokens.slice(from, nameAt - 1).every((t) => isWord(t) && !BOUNDARY.has(t.lower));
}

/** `," acting chief scientist and assistant administrator for research Jo Bloggs wrote`: lower-case title words, then a full name. */
export function titledBefore(tokens: Token[], from: number, np: [number, number]): [number, number] | undefined {
  let s = np[1];
  while (s > np[0] && isWord(tokens[s - 1]) && isUpperStart((tokens[s - 1] as Token).text)) s--;
  // `" and Jo Roe in 2010 said`: a conjunction after the quotation opens another clause, not a title.
  if (np[1] - s < 2 || !looksLikeName(tokens, [s, np[1]]) || /^(?:the|and|but|or|while)$/.test(tokens[from]?.lower ?? '')) return undefined;
  // Not across a relative clause: in `a council aide who read the letters from harbour chief Jo Roe told`, Jo Roe is not the source.
  const ok = tokens
    .slice(from, s)
    .every((t) => isWord(t) && !isUpperStart(t.text) && !SAYER_SUBJECTS.has(t.lower) && !/^(?:who|whom|whose|which|that)$/.test(t.lower));
  return ok ? [s, np[1]] : undefined;
}

/**
 * `…," Jo Roe, 73, a retiree from Dayton, said`, `Jo Roe, vice president, the college's dean, said`: the
 * subject before a comma and its cue is a chain of appositives; its head, the leftmost one, opens the
 * clause (nothing but punctuation, a quotation or `as`/`and`/`but` before it). That head, when it is a
 * name. `comma` is the comma that opens the last appositive.
 */
function appositiveHead(tokens: Token[], comma: number, lo: number): [number, number] | undefined {
  // The appositives from right to left, each [start, end); the first is the phrase before `comma`.
  const segments: Array<[number, number]> = [];
  let c = comma;
  while (segments.length < 4) {
    let s = c;
    while (s - 1 >= lo && c - s < 16 && (isWord(tokens[s - 1]) || isAbbrevDot(tokens, s - 1) || tokens[s - 1]?.text === '&')) s--;
    if (s === c) return undefined;
    segments.push([s, c]);
    if (tokens[s - 1]?.text !== ',' || s - 1 < lo) break;
    c = s - 1;
  }
  // `On Monday, Jo Roe, the head of …, said`: a lead-in of time or place before the head is not part of the chain.
  // `the Rev. Jo Roe`: the article before a courtesy title is no part of the name.
  const opening = (segment: [number, number]): number => {
    let n = segment[0];
    while (n < segment[1] && /^(?:as|and|but|while)$/.test((tokens[n] as Token).lower)) n++;
    if (tokens[n]?.lower === 'the' && n + 2 < segment[1] && isTitle(tokens[n + 1]?.lower ?? '')) n++;
    return n;
  };
  let k = segments.length - 1;
  const first = tokens[opening(segments[k] as [number, number])] as Token | undefined;
  if (first && (BOUNDARY.has(first.lower) || TIME_WORDS.has(first.lower))) k--;
  // `The family's lawyer, Jo Roe, senior counsel for …, a legal group …, said`: a description heading the
  // chain is in apposition with the name after it.
  if (k >= 2 && describedHead(tokens, segments[k] as [number, number])) k--;
  const segment = segments[k];
  if (k < 1 || !segment) return undefined;
  const n = opening(segment);
  const head: [number, number] = [n, segment[1]];
  if (head[1] - n < 2 || !looksLikeName(tokens, head)) return undefined;
  return tokens.slice(n, head[1]).some((t) => BOUNDARY.has(t.lower) || TIME_WORDS.has(t.lower)) ? undefined : head;
}

/** `the family's lawyer`, `her longtime aide`: a short description opened by an article or a possessive, in lower case after it. */
function describedHead(tokens: Token[], [s, e]: [number, number]): boolean {
  const det = tokens[s] as Token;
  const owner = /^\p{Lu}\p{L}*['’]s?$/u.test(det.text);
  if (e - s < 2 || e - s > 5 || !(ARTICLE_WORDS.has(det.lower) || /^(?:his|her|their|its)$/.test(det.lower) || owner)) return false;
  const rest = tokens.slice(s + 1, e);
  const head = rest[rest.length - 1] as Token;
  // Lower-case words, or an owner's name in the possessive (`The Gilardis' lawyer`).
  const plain = rest.every((t) => isWord(t) && (!isUpperStart(t.text) || /['’]s?$/.test(t.text)));
  return plain && (isTitle(head.lower) || isPersonHead(head.lower) || endsLikePersonNounNotBody(head.lower));
}

/**
 * `her rival, Democratic Rep. Jo Roe, said`: capitalised titles, then a name, between commas: the name
 * (the words from the first that begins a name of two or more words), or undefined.
 */
function nameAfterTitles(tokens: Token[], inner: [number, number]): [number, number] | undefined {
  const words = tokens.slice(inner[0], inner[1]);
  if (inner[1] - inner[0] > 6 || !words.every((t) => (isWord(t) && isUpperStart(t.text)) || t.text === '.')) return undefined;
  for (let k = inner[0] + 1; k < inner[1] - 1; k++) {
    if (!isTitleWord(tokens, k - 1)) return undefined;
    if (tokens[k]?.text === '.') continue;
    if (looksLikeName(tokens, [k, inner[1]]) && !isTitle((tokens[k] as Token).lower)) return [k, inner[1]];
  }
  return undefined;
}

/** A title or a party word (`Rep.`, `Democratic`), or the dot of an abbreviated title. */
const isTitleWord = (tokens: Token[], k: number): boolean => {
  const t = tokens[k] as Token;
  return t.text === '.' || isTitle(t.lower) || /^(?:democratic|republican|democrat)$/.test(t.lower);
};

/** `as Jo Roe, a senior editor at Slate put it`: the description `describedFrom` finds, or the name before it. */
export function nameBeforeDescribedFrom(tokens: Token[], np: [number, number], lo: number): [number, number] | undefined {
  const described = describedFrom(tokens, np, lo);
  return described && (nameBeforeDescription(tokens, described, lo) ?? described);
}

/**
 * The name among the appositives before `, said` when the phrase before the last comma is no name:
 * `Their lawyer, Jo Roe of the Civil Rights Union, said` (the name without its body), `her rival,
 * Democratic Rep. Jo Roe, said` (the name without its titles), `Jo Roe, 73, a retiree from Dayton,
 * said` (the name heading the chain). `inner` is the last appositive, `comma` the comma before it.
 */
export function nameInAppositives(tokens: Token[], inner: [number, number], comma: number, lo: number): [number, number] | undefined {
  return nameOfBody(tokens, inner) ?? nameAfterTitles(tokens, inner) ?? appositiveHead(tokens, comma, lo);
}
