/**
 * Finding who a quotation is attributed to, in the tokens around it: a speech cue (`said`,
 * `according to`, a byline dash, a headline colon) and the noun phrase that is its source, before
 * or after the cue. What the phrase names is `resolve.ts`'s job. This file finds the attribution before a
 * quotation; `attribution-after.ts` the one after it; `phrase-walk.ts` walks over the source phrase.
 */
import { relativeOnName } from './object-relative.ts';
import { nameAfterOf } from './recorded-speaker.ts';
import { ARTICLES, BE_FORMS, POSSESSIVES } from '../lexicon/word-lists.ts';
import { ADVERBS, INVERTING } from './source-words.ts';
import { endsInIng, isWord, looksLikeName } from './source-tokens.ts';
import { matchCue, sendsSomethingElse, type CueMatch } from './cues.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { clauseSubject, insideRelativeClause, subordinateSubject } from './clause-subject.ts';
import { timeClauseClosed } from './source-asides.ts';
import type { Found } from './found.ts';
import { dashedNameLeadIn } from './dashed-label.ts';
import { afterObjectGerund, objectNamesAfter } from './object-gerund.ts';
import { apposedName, collectLeft, collectRight, sourceBefore } from './phrase-walk.ts';
import { SAYER_SUBJECTS } from '../lexicon/pronouns.ts';

export { SOURCE_NOUNS } from './source-words.ts';
export { isWord } from './source-tokens.ts';
export { DASHES, attributionAfter } from './attribution-after.ts';
export { collectLeft } from './phrase-walk.ts';

export type { Found } from './found.ts';

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
  // `Pollsters agree - Jo Roe: "…"`: a dash and a name right before the colon, whatever cue the heading before them holds.
  const dashed = colon?.text === ':' ? dashedNameLeadIn(tokens) : undefined;
  if (dashed) return dashed;
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
      const cut = agent ? tokens.findIndex((t, k) => k > agent[0] && k < agent[1] && SAYER_SUBJECTS.has(t.lower)) : -1;
      const e = agent ? (cut > 0 ? cut : agent[1]) : 0;
      if (!agent || tokens.slice(agent[0], e + 5).some((t, i) => t.lower === 'for' && /ing$/.test(tokens[agent[0] + i + 1]?.lower ?? ''))) {
        if (agent || c < cues.length - 1) continue;
        return undefined;
      }
      return e < tokens.length && tokens.slice(e).every((t) => AGENT_JOINS.has(t.lower)) ? undefined : { np: [agent[0], e], cue, tokens };
    }
    // `Clinton was asked "…"`, `Roe was mocked for making "…" pledges`: the subject of a passive with no agent is who was
    // asked or judged, not who spoke. An earlier cue may speak for words that follow the passive closely (`Muir reported
    // that Clinton was asked on Monday "…"`), none past a comma (`claimed they were called names, …, after X urged "…"`).
    if (agentlessPassive(tokens, cue)) {
      const between = tokens.slice(cue.index + 1);
      if (between.length <= 6 && between.every((t) => t.text !== ',')) continue;
      return undefined;
    }
    // `Roe praised Jo Dunn, who had called it "…"`: a relative clause of saying on a name is that name's.
    const relative = relativeOnName(tokens, cue.index);
    if (relative) return { np: relative.np, cue, tokens: relative.tokens };
    if (relative === null) return undefined;
    if (sendsSomethingElse(tokens, cue.index)) return undefined; // another's words: no earlier cue speaks them either
    // `Roe accused the mayor of calling it "…"`: a gerund of naming after the verb's object is the object's words.
    if (objectNamesAfter(tokens, cue.index)) return undefined;
    const quoted = /^quot(ed|es|ing)$/i.test(cue.text) ? collectRight(tokens, cue.index + cue.length) : undefined;
    if (quoted && tokens[quoted[1]]?.lower === 'as' && /^(saying|telling|writing)$/.test(tokens[quoted[1] + 1]?.lower ?? ''))
      return { np: quoted, cue, tokens };
    const participle = endsInIng(cue.text);
    // `Roe criticized Lee for saying …`: the object's words; no earlier cue speaks them.
    if (participle && afterObjectGerund(tokens, cue.index)) return undefined;
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
        // A phrase that is no noun phrase names nobody: never `the counsel issued a statement` as a speaker,
        // nor `released a statement` after an adverb (`The campaign also released a statement explaining`).
        if (verbAt >= 0) continue;
      }
    }
    // Only verbs of saying invert (`said Jo Bloggs`); `called Ailes a "…"` names the object.
    const right = participle || !INVERTING.test(cue.text) ? undefined : collectRight(tokens, cue.index + cue.length);
    // `asked the judge to apply "…"`: a phrase going on with `to` and a verb is the object, not an inverted subject.
    // `but said it "has been neutral"`: a pronoun after the cue opens what was said; it is not an inverted speaker.
    const object =
      right !== undefined &&
      (tokens.slice(right[0] + 1, right[1] - 1).some((t) => t.lower === 'to') ||
        (right[1] - right[0] === 1 && SAYER_SUBJECTS.has((tokens[right[0]] as Token).lower)));
    const inverted = right && !object ? apposedName(tokens, right) : undefined;
    const after = cue.sourceAfter ? collectRight(tokens, cue.index + cue.length) : undefined;
    const np = after
      ? apposedName(tokens, after)
      : (sourceBefore(tokens, cue.index, 0, tokens[cue.index + cue.length]?.text === ',') ?? inverted);
    if (np && !timeClauseClosed(tokens, np, cue)) return { np, cue, tokens };
  }
  return undefined;
}

/** Passives whose subject is the speaker all the same: `was quoted as saying`, `is heard telling`, `was caught on tape saying`. */
const SPEAKING_PASSIVES = /^(?:quoted|heard|overheard|seen|caught|recorded|filmed|found)$/i;

/** A cue in a passive with no `by` agent (`was asked`, `is repeatedly mocked`), not one whose subject still speaks. */
function agentlessPassive(tokens: Token[], cue: CueMatch): boolean {
  if (cue.length !== 1 || SPEAKING_PASSIVES.test(cue.text) || !/^\p{Ll}+(?:ed|told)$/u.test(cue.text)) return false;
  let a = cue.index - 1;
  if (/^\p{Ll}+ly$/u.test(tokens[a]?.text ?? '')) a--;
  const after = tokens[cue.index + 1]?.lower ?? '';
  return BE_FORMS.has(tokens[a]?.lower ?? '') && after !== 'by' && after !== 'as' && !endsInIng(after) && !judgedForSaying(tokens, cue);
}

/** Gerunds of saying after which the words are the passive's subject's own: `was mocked for promising "…"`. */
const SAYING_GERUNDS =
  /^(?:promising|calling|describing|saying|vowing|pledging|claiming|tweeting|writing|declaring|insisting|arguing|telling|referring|dubbing|labell?ing|branding|suggesting|predicting|boasting|joking|warning)$/i;

/**
 * `Hale was mocked online for promising "a chicken in every pot"`, `was slammed after calling it "…"`: the subject
 * was judged for what they said, so the words are theirs (the passive keeps its subject, as before the rule).
 */
function judgedForSaying(tokens: Token[], cue: CueMatch): boolean {
  const rest = tokens.slice(cue.index + 1, cue.index + 5);
  const k = rest.findIndex((t) => t.lower === 'for' || t.lower === 'after' || t.lower === 'over');
  return k >= 0 && SAYING_GERUNDS.test(rest[k + 1]?.text ?? '');
}

const AGENT_JOINS = new Set(['and', 'or', 'on', ...ARTICLES, ...POSSESSIVES]); // joining an agent to a phrase the quotation ends
const MODAL_BEFORE = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'to']);
export const hasCue = (tokens: Token[]): boolean => tokens.some((_, k) => matchCue(tokens, k) !== undefined);
