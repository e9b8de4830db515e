/**
 * Finding who a quotation is attributed to, in the tokens around it: a speech cue (`said`,
 * `according to`, a byline dash, a headline colon) and the noun phrase that is its source, before
 * or after the cue. What the phrase names is `resolve.ts`'s job.
 */
import { relativeOnName } from './object-relative.ts';
import { nameAfterOf } from './recorded-speaker.ts';
import { ARTICLES, BE_FORMS, POSSESSIVES, QUANTIFIERS } from '../lexicon/word-lists.ts';
import { coordinatedDescription } from './coordinated-description.ts';
import { ADVERBS, BOUNDARY, INVERTING, NOT_NP_END, SOURCE_NOUNS, TIME_UNITS, TIME_WORDS } from './source-words.ts';
import {
  ARTICLE_WORDS,
  SUBJECT_PRONOUN,
  endsInIng,
  isAbbrevDot,
  isCueWord,
  isWord,
  looksLikeName,
  passiveSubjectEnd,
} from './source-tokens.ts';
import {
  nameBeforeDescribedFrom,
  nameAhead,
  nameBeforeAffiliation,
  nameBeforeDescription,
  nameBeforeTitle,
  nameInAppositives,
  describedBefore,
  titledBefore,
  titleBefore,
} from './source-titles.ts';
import { CLOSING_SHAPED_MARKS, STRAIGHT_MARKS } from '../../text/marks.ts';
import { matchCue, sendsSomethingElse, type CueMatch } from './cues.ts';
import { isTitle } from '../mentions/names.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { isNameAmpersand, withWhatTheyKnow } from './phrase-joins.ts';
import { clauseSubject, insideRelativeClause, subordinateSubject } from './clause-subject.ts';
import { timeClauseClosed, topicBefore } from './source-asides.ts';
import { appositiveAttribution, documentAuthor, qualifiedSource } from './source-after.ts';
import { pronounAlone, stackedAsides, subjectStart } from './phrase-bounds.ts';
import type { Found } from './found.ts';

export { SOURCE_NOUNS } from './source-words.ts';
export { isWord } from './source-tokens.ts';

/** The longest source noun phrase taken, in words. */
const NP_MAX_WORDS = 9;

export type { Found } from './found.ts';

/** Words between two articles of one phrase: `an adviser to the minister`, `the head of the union`. */
const ARTICLE_RESET = new Set(['of', 'for', 'and', 'to', 'with', 'at', 'in', 'on', 'from', 'by', 'near', 'about', 'behind', 'under']);

/** Walk left from `tokens[e]` over a noun phrase; returns [start, end) or undefined. */
export function collectLeft(tokens: Token[], e: number, lo: number): [number, number] | undefined {
  const last = tokens[e];
  if (!isWord(last) || BOUNDARY.has(last.lower) || NOT_NP_END.has(last.lower) || isCueWord(tokens, e)) return undefined;
  // `tweeted a letter it said was sent`: a subject pronoun after a noun opens a clause of its own.
  if (SUBJECT_PRONOUN.has(last.lower) && last.lower !== 'i') return [e, e + 1];
  let s = e;
  let words = 1;
  // `In a statement the union said`: two articles with no `of` between them are two phrases.
  let article = -1;
  while (s - 1 >= lo && words < NP_MAX_WORDS) {
    const t = tokens[s - 1] as Token;
    if (ARTICLE_WORDS.has(t.lower)) {
      if (article >= 0) {
        s = article;
        break;
      }
      article = s - 1;
    } else if (ARTICLE_RESET.has(t.lower)) article = -1;
    // A capitalised boundary word before a title belongs to it: `Under Secretary of State Steve Goldstein`.
    const titled = isUpperStart(t.text) && isTitle((tokens[s] as Token).lower);
    // `and` inside a name: `Health and Human Services`.
    const inName = t.lower === 'and' && isUpperStart((tokens[s] as Token).text) && isUpperStart(tokens[s - 2]?.text ?? '');
    if (
      isWord(t) &&
      !isCueWord(tokens, s - 1) &&
      (!BOUNDARY.has(t.lower) ||
        titled ||
        inName ||
        (t.lower === 'with' && (tokens[s - 2]?.lower === 'familiar' || withWhatTheyKnow(tokens, s))))
    ) {
      s--;
      words++;
    } else if (isAbbrevDot(tokens, s - 1) || isNameAmpersand(tokens, s - 1)) s--;
    else break;
  }
  return [subjectStart(tokens, s, e, lo, words >= NP_MAX_WORDS), e + 1];
}

const RIGHT_NP_START = new Set<string>([
  ...ARTICLES,
  ...QUANTIFIERS,
  ...POSSESSIVES,
  ...['he', 'she', 'they', 'him', 'them', 'we', 'i', 'it', 'former', 'senior'],
]);

/** A word that may open a source phrase after its cue (a module function: tsx's keepNames wraps a closure made per call in `__name`). */
function plausibleStart(t: Token | undefined): boolean {
  return isWord(t) && (isUpperStart(t.text) || RIGHT_NP_START.has(t.lower) || SOURCE_NOUNS.has(t.lower) || isTitle(t.lower));
}

/** Walk right from `tokens[s]` over a noun phrase (`said Mr Putin`, `according to him`). */
function collectRight(tokens: Token[], s: number): [number, number] | undefined {
  const first = tokens[s];
  if (!isWord(first)) return undefined;
  // `said retired neurosurgeon Ben Carson`: a few lower-case words may lead up to a name.
  if (
    !plausibleStart(first) &&
    ![1, 2, 3].some((k) => isWord(tokens[s + k]) && isUpperStart((tokens[s + k] as Token).text) && tokens.slice(s, s + k).every(isWord))
  )
    return undefined;
  let e = s;
  let words = 0;
  while (e < tokens.length && words < NP_MAX_WORDS) {
    const t = tokens[e] as Token;
    // `adds UCLA law professor and gun control advocate Adam Winkler`: `and` between two titles of one name.
    // `said the Fox and Friends co-host Ann Earl`: `and` inside a show's or a body's name before a title.
    const titles =
      t.lower === 'and' &&
      words > 0 &&
      (!isUpperStart(tokens[e - 1]?.text ?? '') || isUpperStart(tokens[e + 1]?.text ?? '')) &&
      nameAhead(tokens, e + 1);
    if (titles || (isWord(t) && !BOUNDARY.has(t.lower) && !isCueWord(tokens, e) && !(words > 0 && TIME_WORDS.has(t.lower)))) {
      if (words === 0 && TIME_WORDS.has(t.lower)) break;
      e++;
      words++;
    } else if ((isAbbrevDot(tokens, e) || isNameAmpersand(tokens, e)) && words > 0) e++;
    else break;
  }
  return e > s ? [s, e] : undefined;
}

/**
 * `said his wife, Jo Bloggs, in a statement`, `said the spokesman, Ann Lee.`: a description after the
 * cue, then a name between commas (or closing the sentence), is that person: the source is the name.
 */
function apposedName(tokens: Token[], np: [number, number]): [number, number] {
  const [s, e] = np;
  const head = tokens[s] as Token;
  // `said the panel's top Republican, Rep. Jo Roe of Ohio.`: a capitalised last word after an article is still a description.
  const described = ARTICLE_WORDS.has(head.lower) || (POSSESSIVES as readonly string[]).includes(head.lower);
  if (
    tokens[e]?.text !== ',' ||
    isUpperStart(head.text) ||
    !isWord(tokens[e - 1]) ||
    (isUpperStart((tokens[e - 1] as Token).text) && !described)
  )
    return np;
  let n = e + 1;
  while (n < tokens.length && n - e <= 5 && ((isWord(tokens[n]) && isUpperStart((tokens[n] as Token).text)) || isAbbrevDot(tokens, n))) n++;
  if (n - e < 3 || !looksLikeName(tokens, [e + 1, n])) return np;
  const next = tokens[n];
  const from = (next?.lower === 'of' || next?.lower === 'from') && isUpperStart(tokens[n + 1]?.text ?? '');
  return next === undefined || from || [',', '.', ';', '!', '?'].includes(next.text) ? [e + 1, n] : np;
}

/** The subject of a cue at `tokens[k]`, skipping adverbs and appositives (`Guterres, who ..., said`); `aside`: see `topicBefore`. */
function sourceBefore(tokens: Token[], k: number, lo: number, aside = false): [number, number] | undefined {
  let j = k - 1;
  while (j >= lo) {
    const t = tokens[j] as Token;
    // A capitalised word before a cue is a name, never an adverb: `May also told`, not the modal `may`.
    if (isWord(t) && !isUpperStart(t.text) && (ADVERBS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4))) j--;
    else if (isWord(t) && TIME_WORDS.has(t.lower) && tokens[j - 1]?.lower === 'on') j -= 2;
    // `Jo Roe on March 27 called`: a date (a capitalised month, a day's number) between the subject and its cue.
    else if (/^\d{1,2}$/.test(t.text) && isUpperStart(tokens[j - 1]?.text ?? '') && tokens[j - 2]?.lower === 'on') j -= 3;
    // `Jo Roe in 2010 said`: a year between the subject and its cue.
    else if (
      /^(?:1[89]|20)\d\d$/.test(t.text) &&
      tokens[j - 1]?.lower === 'in' &&
      isWord(tokens[j - 2]) &&
      !endsInIng(tokens[k]?.text ?? '')
    )
      j -= 2;
    // `The president this week acknowledged`: a time phrase between the subject and its cue.
    else if (isWord(t) && TIME_UNITS.has(t.lower) && /^(this|last|next|that|each|every|earlier|later)$/.test(tokens[j - 1]?.lower ?? ''))
      j -= 2;
    else break;
  }
  if (j < lo) return undefined;
  j = passiveSubjectEnd(tokens, j, lo);
  // `Kentucky's longtime senator, who has said he is …`: the relative pronoun's antecedent.
  // `Jo Roe, the envoy to the talks, who called`: the name the description is in apposition with.
  if (tokens[j]?.lower === 'who' && tokens[j - 1]?.text === ',' && j - 2 >= lo) {
    const np = collectLeft(tokens, j - 2, lo);
    return (np && nameBeforeDescription(tokens, np, lo, true)) ?? np;
  }
  if (tokens[j]?.text !== ',') {
    const np = pronounAlone(tokens, collectLeft(tokens, j, lo));
    return (
      (np &&
        (nameBeforeTitle(tokens, np, lo) ??
          nameBeforeAffiliation(tokens, np, lo) ??
          (aside && topicBefore(tokens, np[0]) ? undefined : nameBeforeDescription(tokens, np, lo)) ??
          nameBeforeDescribedFrom(tokens, np, lo))) ??
      np
    );
  }
  let m = j - 1;
  while (m >= lo && ((tokens[m] as Token).kind === 'word' || (tokens[m] as Token).text === '.')) m--;
  if (m < lo || tokens[m]?.text !== ',' || m === j - 1) return undefined;
  // `Roe, for her part, in a video posted Sunday, begged`: two asides of a preposition before the cue; the subject is before them.
  const earlier = stackedAsides(tokens, m, lo) ? sourceBefore(tokens, m + 1, lo, aside) : undefined;
  if (earlier) return earlier;
  const inner: [number, number] = [m + 1, j];
  const outer = collectLeft(tokens, m - 1, lo);
  if (looksLikeName(tokens, inner) && (!outer || !looksLikeName(tokens, outer))) return inner;
  const apposed = outer && !looksLikeName(tokens, outer) ? nameInAppositives(tokens, inner, m, lo) : undefined;
  if (apposed) return apposed;
  // `Jo Bloggs, co-founder of The Beacon, which has …, told`: the name before the description and its relative clause.
  const relative = /^(?:which|who)$/.test(tokens[m + 1]?.lower ?? '');
  return (relative && outer && nameBeforeDescription(tokens, outer, lo)) || outer;
}

/** Dashes of every width: hyphen, en, em, figure and the horizontal bar some outlets use before a name (`” ― Name`). */
export const DASHES = new Set(['-', '–', '—', '―', '‒']);

/** A byline-style attribution: `"..." — Hillary Clinton.` */
function dashAttribution(tokens: Token[]): Found | undefined {
  const dash = tokens[0];
  if (!dash || !DASHES.has(dash.text)) return undefined;
  // `"…" -- Jo Bloggs`: two hyphens typed for a dash.
  const s = dash.text === '-' && tokens[1]?.text === '-' && tokens[1].start === dash.end ? 2 : 1;
  let end = tokens.findIndex((t, k) => k > s - 1 && t.text === ',');
  if (end < 0) end = tokens.length;
  while (end > s && (tokens[end - 1] as Token).kind === 'punct' && !isAbbrevDot(tokens, end - 1)) end--;
  if (end < s + 1 || !looksLikeName(tokens, [s, end])) return undefined;
  return { np: [s, end], cue: { index: 0, length: 1, text: dash.text, sourceAfter: true, start: dash.start, end: dash.end }, tokens };
}

/** Punctuation between a quotation and the attribution after it (`," he said`, `” — said`, `’ (Putin`). */
const LEAD_PUNCT = new Set([',', ...DASHES, ':', '(', ...STRAIGHT_MARKS, ...CLOSING_SHAPED_MARKS]);

/** Attribution right after a quotation: `," Putin said`, `," said Putin`, `”he added`. */
export function attributionAfter(tokens: Token[]): Found | undefined {
  const dashed = dashAttribution(tokens);
  if (dashed) return dashed;
  let i = 0;
  while (i < tokens.length && (tokens[i] as Token).kind === 'punct' && LEAD_PUNCT.has((tokens[i] as Token).text)) i++;
  // `," reads a statement on the site`: a verb kept for punctuation elsewhere, inverted right after the quote.
  const first = tokens[i];
  if (isWord(first) && /^(reads|read|continued|continues)$/.test(first.lower)) {
    const np = collectRight(tokens, i + 1);
    const cue = { index: i, length: 1, text: first.text, sourceAfter: true, start: first.start, end: first.end };
    // A document is described with where it is: `a statement on the campaign's page`.
    const where = np && /^(on|in|at|from|by)$/.test(tokens[np[1]]?.lower ?? '') ? collectRight(tokens, np[1] + 1) : undefined;
    if (np) return { np: where ? [np[0], where[1]] : np, cue, tokens };
  }
  for (let k = i; k < tokens.length && k < i + NP_MAX_WORDS + 10; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote') return undefined;
    const cue = matchCue(tokens, k, true);
    if (!cue) continue;
    if (cue.sourceAfter || k === i) {
      const np = collectRight(tokens, k + cue.length);
      return np ? { np: apposedName(tokens, np), cue, tokens } : undefined;
    }
    const np = documentAuthor(tokens, i, sourceBefore(tokens, k, i));
    if (np && (np[0] === i || describedBefore(tokens, i, np[0]) || titleBefore(tokens, i, np))) return { np, cue, tokens };
    const titled = np ? (titledBefore(tokens, i, np) ?? coordinatedDescription(tokens, i, np)) : undefined;
    if (titled) return { np: titled, cue, tokens };
    return appositiveAttribution(tokens, i) ?? qualifiedSource(tokens, i);
  }
  return appositiveAttribution(tokens, i) ?? qualifiedSource(tokens, i) ?? invertedPast(tokens, i);
}

/**
 * `," hyped veteran anchor Jo Bloggs.`: right after a quotation, any past verb in lower case and a
 * phrase ending in a name that closes the sentence is an inverted attribution, whatever the verb.
 */
function invertedPast(tokens: Token[], i: number): Found | undefined {
  const verb = tokens[i];
  if (!isWord(verb) || !/^\p{Ll}+ed$/u.test(verb.text) || BOUNDARY.has(verb.lower)) return undefined;
  const np = collectRight(tokens, i + 1);
  if (!np || !isUpperStart(tokens[np[1] - 1]?.text ?? '')) return undefined;
  const end = tokens[np[1]];
  if (end && !/^[.,;!?]$/.test(end.text)) return undefined;
  let s = np[1];
  while (s > np[0] && isWord(tokens[s - 1]) && isUpperStart((tokens[s - 1] as Token).text)) s--;
  if (np[1] - s < 2 || !looksLikeName(tokens, [s, np[1]])) return undefined;
  return { np, cue: { index: i, length: 1, text: verb.text, sourceAfter: true, start: verb.start, end: verb.end }, tokens };
}

/** A cue whose subject is the sentence's: a participle after a comma, or a verb after `and` (`and then said`). */
function sharesSubject(tokens: Token[], k: number, participle: boolean): boolean {
  let j = k - 1;
  while (isWord(tokens[j]) && ADVERBS.has((tokens[j] as Token).lower)) j--;
  const before = tokens[j];
  // `Pence paused before telling him he had not "…"`: a participle after a preposition of time or manner.
  if (participle && j > 1 && PARTICIPLE_PREPOSITIONS.has(before?.lower ?? '')) return true;
  // `X rattled off a list, then mocked …`: a finite cue after a comma and `then` too.
  const then = before?.text === ',' && tokens[j + 1]?.lower === 'then';
  return (participle && before?.text === ',') || (!participle && ((before?.lower === 'and' && j > 2) || then));
}
const AUXILIARY_VERBS = new Set(['did', 'does', 'do', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);
const PARTICIPLE_PREPOSITIONS = new Set(['before', 'after', 'while', 'by', 'without', 'when']);

/** Attribution before a quotation in its sentence: the nearest cue that has a source (`Putin said: "`, `According to him, ... "`). */
export function attributionBefore(tokens: Token[]): Found | undefined {
  const cues: CueMatch[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const cue = matchCue(tokens, k);
    if (cue) cues.push(cue);
  }
  const colon = tokens[tokens.length - 1];
  if (colon?.text === ':' && (cues.length === 0 || (cues[cues.length - 1] as CueMatch).index < tokens.length - 8)) {
    // Headline style: `Kasich: 'We are going all the way'`.
    const np = collectLeft(tokens, tokens.length - 2, 0);
    if (np && np[0] === 0 && looksLikeName(tokens, np)) {
      return {
        np,
        cue: { index: tokens.length - 1, length: 1, text: ':', sourceAfter: false, start: colon.start, end: colon.end },
        tokens,
      };
    }
  }
  for (let c = cues.length - 1; c >= 0; c--) {
    const cue = cues[c] as CueMatch;
    // `Lynch said the talks will continue, as he seeks "…"`: a verb after a modal tells what will happen, not who speaks.
    if (c > 0 && MODAL_BEFORE.has(tokens[cue.index - 1]?.lower ?? '')) continue;
    // `calls Jo Bloggs, who police say led the raid, a "…"`: a cue inside a closed relative clause says nothing of the quotation.
    if (insideRelativeClause(tokens, cue)) continue;
    // `A man who … was described by officials as "…"`: a passive with its agent after it is the agent's words (cut before
    // a pronoun: `told by prosecutors she was`), never an earlier cue's (`Roe told the court …; the jury was told by …`),
    // unless a later cue was passed over (`claimed by a group backed by X, which said`), or the words are the subject's
    // own (`mocked by critics for making comments about "…"`); none inside the agent's phrase (`by X and the "news" media`).
    // (`was quoted by state media as saying` names its speaker first: that passive stays.)
    if (tokens[cue.index + cue.length]?.lower === 'by' && BE_FORMS.has(tokens[cue.index - 1]?.lower ?? '') && !/^quoted$/i.test(cue.text)) {
      const agent = c === cues.length - 1 ? collectRight(tokens, cue.index + cue.length + 1) : undefined;
      const cut = agent ? tokens.findIndex((t, k) => k > agent[0] && k < agent[1] && SUBJECT_PRONOUN.has(t.lower)) : -1;
      const e = agent ? (cut > 0 ? cut : agent[1]) : 0;
      if (!agent || tokens.slice(agent[0], e + 5).some((t, i) => t.lower === 'for' && /ing$/.test(tokens[agent[0] + i + 1]?.lower ?? ''))) {
        if (agent || c < cues.length - 1) continue;
        return undefined;
      }
      return e < tokens.length && tokens.slice(e).every((t) => AGENT_JOINS.has(t.lower)) ? undefined : { np: [agent[0], e], cue, tokens };
    }
    // `Roe praised Jo Dunn, who had called it "…"`: a relative clause of saying on a name is that name's.
    const relative = relativeOnName(tokens, cue.index);
    if (relative) return { np: relative.np, cue, tokens: relative.tokens };
    if (relative === null) return undefined;
    if (sendsSomethingElse(tokens, cue.index)) return undefined; // another's words: no earlier cue speaks them either
    const quoted = /^quot(ed|es|ing)$/i.test(cue.text) ? collectRight(tokens, cue.index + cue.length) : undefined;
    if (quoted && tokens[quoted[1]]?.lower === 'as' && /^(saying|telling|writing)$/.test(tokens[quoted[1] + 1]?.lower ?? ''))
      return { np: quoted, cue, tokens };
    const participle = endsInIng(cue.text);
    // `a video of Jo Roe saying …`, `a recording surfaced of Roe stating that …`: the name after `of` is the
    // subject of the participle nearest the quotation (`clips of Roe saying …, commenting, "…"` are another's words).
    const shown = participle && c === cues.length - 1 ? nameAfterOf(tokens, cue.index) : undefined;
    if (shown) return { np: shown, cue, tokens };
    if (participle && tokens[cue.index - 1]?.text === ',' && c > 0) continue;
    // `X refuted it, tweeting: "…"`, `X outlined it and then said: "…"`: the sentence's subject.
    // `according to` shares no subject: its source follows it (`A pier, according to Roe, is …`).
    const shared = sharesSubject(tokens, cue.index, participle && !cue.sourceAfter);
    if (shared) {
      const subject = clauseSubject(tokens, cue.index - 1) ?? subordinateSubject(tokens, cue.index);
      if (subject) return { np: subject, cue, tokens };
    }
    // `Moore returned to the campaign trail last week calling it "…"`: words before a participle that
    // are a verb phrase, not a noun phrase, leave the cue to the sentence's named subject.
    if (participle && tokens[cue.index - 1]?.kind === 'word') {
      const np = sourceBefore(tokens, cue.index, 0);
      // `Lopez, the counsel issued a statement saying`: a past verb anywhere in the phrase makes it a verb phrase.
      // `The union issued a statement saying`: the phrase is the object of a past verb right before it.
      const pastVerb = (t: Token | undefined): boolean => t !== undefined && /^\p{Ll}+ed$/u.test(t.text);
      // `the clinic did post a new tweet saying`: a phrase after an auxiliary opens with a verb.
      const at = (np?.[0] ?? 0) - 1;
      const auxiliary = AUXILIARY_VERBS.has(tokens[at]?.lower ?? '') && tokens[at - 1]?.lower !== 'to';
      const verbAt = !np ? -1 : pastVerb(tokens[np[0] - 1]) || auxiliary ? 1 : tokens.slice(np[0], np[1]).findIndex(pastVerb);
      if (verbAt >= 0) {
        const subject = clauseSubject(tokens, cue.index - 1);
        if (subject && (verbAt > 0 || isUpperStart((tokens[subject[0]] as Token).text))) return { np: subject, cue, tokens };
        // A phrase that is no noun phrase names nobody: never `the counsel issued a statement` as a speaker.
        if (verbAt > 0) continue;
      }
    }
    // Only verbs of saying invert (`said Jo Bloggs`); `called Ailes a "…"` names the object.
    const right = participle || !INVERTING.test(cue.text) ? undefined : collectRight(tokens, cue.index + cue.length);
    // `asked the judge to apply "…"`: a phrase going on with `to` and a verb is the object, not an inverted subject.
    // `but said it "has been neutral"`: a pronoun after the cue opens what was said; it is not an inverted speaker.
    const object =
      right !== undefined &&
      (tokens.slice(right[0] + 1, right[1] - 1).some((t) => t.lower === 'to') ||
        (right[1] - right[0] === 1 && SUBJECT_PRONOUN.has((tokens[right[0]] as Token).lower)));
    const inverted = right && !object ? apposedName(tokens, right) : undefined;
    const after = cue.sourceAfter ? collectRight(tokens, cue.index + cue.length) : undefined;
    const np = after
      ? apposedName(tokens, after)
      : (sourceBefore(tokens, cue.index, 0, tokens[cue.index + cue.length]?.text === ',') ?? inverted);
    if (np && !timeClauseClosed(tokens, np, cue)) return { np, cue, tokens };
  }
  return undefined;
}

const AGENT_JOINS = new Set(['and', 'or', 'on', ...ARTICLES, ...POSSESSIVES]); // joining an agent to a phrase the quotation ends
const MODAL_BEFORE = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'to']);
export const hasCue = (tokens: Token[]): boolean => tokens.some((_, k) => matchCue(tokens, k) !== undefined);
