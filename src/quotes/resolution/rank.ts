/**
 * Ranking the people a pronoun or a bare description may refer to (`he said`, `the presumptive
 * nominee said`): every person mentioned in the last stretch of text is a candidate, described by a
 * few features (how recent, how often mentioned, whether they were a sentence's subject, gender
 * agreement, whether they spoke the previous quotation), and scored by a linear model trained on
 * PolNeAR train (`npm run train:attribution`, weights in `attribution-weights.json`).
 */
import { FEATURES, marginInUse, score, type Features } from './ranker-weights.ts';
import { ABBREVIATIONS, type ArticleContext } from '../mentions/context.ts';
import { isTitle, type Gender } from '../mentions/names.ts';
import { kindOf } from '../mentions/mention-kind.ts';
import { PREPOSITIONS } from '../lexicon/word-lists.ts';
import { titleStop } from './title-stop.ts';
import type { Speaker } from '../quote.ts';
import type { Person } from '../mentions/speakers.ts';
import { chainHead, possessorOpening, subordinateSubject } from './subject-chain.ts';
import { recentSubject } from './recent-subject.ts';
import { newFaceAfter, newFaceSince } from './new-face.ts';
import { titleBefore } from '../cues/clause-subject.ts';
import type { Token } from '../tokens.ts';

/** How far back candidates are collected, in characters. */
const LOOKBACK = 2500;
/** Salience counts mentions in the last stretch of this many characters. */
const SALIENCE = 1200;

export { FEATURES, score, useRanker, type Features } from './ranker-weights.ts';

export interface Candidate {
  person: Person;
  features: Features;
}

/** A verb right after a name makes the name its subject: `de Blasio returned`, `Putin says`, `Trump told`, `Roe came out swinging`. */
const VERB_AFTER =
  /^ (?:[a-z]+ly )?(?:[a-z]{2,}ed|[a-z]{3,}s|told|said|spoke|wrote|went|took|made|gave|met|sent|won|ran|is|was|are|were|has|have|had|will|would|can|could|should|might|must|came|got|began|became|led|held|kept|brought|felt|found|saw|knew|stood|sat|fought|built|chose|drew|drove|fell|flew|grew|heard|meant|rose|sought|spent|struck|swore|taught|threw|understood|wore)\b/;

/** Words after which a name opens an embedded clause, not its sentence. */
const EMBEDDING =
  /\b(?:(?:that|where|whether|if|because|which|when|why|how)(?: \p{Lu}[\p{L}.]*){0,2}(?: and(?: \p{Lu}[\p{L}.]*){0,2})?|(?:he|she|they|we|I) and(?: \p{Ll}+){0,2}(?: \p{Lu}[\p{L}.]*){0,2}) $/u;
/** A verb of saying or thinking right before a name (`Crump said 26-year-old Jean was`): the name opens its object clause. */
const SAID_BEFORE =
  /\b(?:said|says|say|saying|told|tells|argued|argues|added|adds|noted|notes|believes|believed|thinks|thought|claimed|claims|insisted|insists|wrote|writes) (?:[\p{Ll}\d-]+ ){0,2}$/u;
/** A place after a name, before its verb: `Jerold Nadler of New York scolded`, `Jo Green of the University of Akron says`. */
const PLACE_AFTER = /^ of (?:the )?(?:\p{Lu}[\p{L}.]* ){1,3}(?:of (?:\p{Lu}[\p{L}.]* ){1,2})?/u;

/** Does a full stop after `word` end a sentence: not after an abbreviation (`Mr`, `U.S`) or an initial (`J`)? */
const endsSentence = (word: string): boolean => word.length > 1 && !word.includes('.') && !ABBREVIATIONS.has(word.toLowerCase());

/** Is the word before `start` (over up to three capitalised words and a `the`) a preposition? Walks back without slicing. */
function prepositionBefore(text: string, start: number): boolean {
  let k = start;
  let capitals = 0;
  let the = false;
  for (;;) {
    if (k < 2 || text.charCodeAt(k - 1) !== 32) return false;
    const e = k - 1;
    let w = e;
    while (w > 0 && (isLetter(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 46)) w--;
    if (w === e) return false;
    // A full stop closing a word that is no abbreviation or initial ends the sentence before the name (`for Trump. Pierre Roe`).
    if (text.charCodeAt(e - 1) === 46 && endsSentence(text.slice(w, e - 1))) return false;
    const c = text.charCodeAt(w);
    if (c >= 65 && c <= 90 && !the && capitals < 3) capitals++;
    else {
      const word = text.slice(w, e);
      if (word === 'the' && !the) the = true;
      // `Secretary of State Rex Tillerson`, `Secretary of the Navy Jo Roe`: the `of` of a title, not a preposition before the name.
      else if (word === 'of' && capitals > 0 && titleBefore(text, w)) the = false;
      else return PREPOSITIONS.has(word);
    }
    k = w;
  }
}

/** A speech verb right after a mention (`Wilcox said`, `Putin also told`) or right before it (`said Wilcox`). */
const SPEECH_VERB_AFTER =
  /^(?:,[^,]{1,100},|,? who(?: has| had)?| of (?:the )?(?:\p{Lu}[\p{L}.’'-]* ){1,4}(?:[a-z]+ )?who)? (?:[a-z]+ly |also |later |then )?(?:said|says|told|tells|added|adds|wrote|writes|argued|argues|noted|notes|explained|insisted|warned|asked|replied|recalled)\b/u;
/** `said Wilcox`, `According to Jo Roe`, `says New York Times reporter Jo Roe`: a speech verb, maybe titles, then the name. */
const SPEECH_VERB_BEFORE =
  /\b(?:said|says|added|adds|wrote|writes|[Aa]ccording to)(?: \p{Lu}[\p{L}.]*){0,3}(?: (?!(?:on|in|at|of|for|to|with|from|by|about|during|after|before|outside|near|over|under|that|which|when|while|whether|because|and|but|if|as|the|a|an)\b)[\p{Ll}-]+){0,2}(?: \p{Lu}[\p{L}.]*){0,3} $/u;

let speaksText = '';
const speaksAt = new Map<number, boolean>();

/** Is the mention at [start, end) the speaker of a speech verb next to it? Remembered per mention of the article being read. */
export function speaks(text: string, start: number, end: number): boolean {
  if (text !== speaksText) {
    speaksText = text;
    speaksAt.clear();
  }
  let v = speaksAt.get(start);
  if (v === undefined) {
    // `said Wilcox, a builder` or `said Wilcox.`, not `said Guyger should have known` (the subject of what was said).
    const next = text.charCodeAt(end);
    v =
      SPEECH_VERB_AFTER.test(text.slice(end, end + 130)) ||
      ((Number.isNaN(next) || next === 44 || next === 46 || next === 59) &&
        SPEECH_VERB_BEFORE.test(text.slice(Math.max(0, start - 60), start)));
    speaksAt.set(start, v);
  }
  return v;
}

/** A phrase that may open a sentence before its subject: `In her testimony Friday`, `After the verdict`, `Last week`, `However`. */
const LEAD_IN_PHRASE =
  /^(?:In|On|At|After|During|Before|Since|Speaking|Asked|Earlier|Later|Outside|Inside|Following|Despite|Throughout|Over|Last|This|Yesterday|Today|However|Separately|Instead|Previously)\b[^,;:]*$/;

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 191;

/** Start of the word (letters, digits, `.`, `-`) ending at `k`. */
function wordStart(text: string, k: number): number {
  let s = k;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (isLetter(c) || (c >= 48 && c <= 57) || c === 46 || c === 45) s--;
    else break;
  }
  return s;
}

/** The last character before `to` that is not a space (-1 if none). */
function spacesBefore(text: string, to: number): number {
  let j = to - 1;
  while (j >= 0 && text.charCodeAt(j) === 32) j--;
  return j;
}

/**
 * Walk back from the word ending at `k` over a title run ending in a title word (`Senate Majority
 * Leader`) or over `the`/`a`/`an` and up to three lower-case modifiers: the last character before them.
 */
function beforeTitlesOrDescription(text: string, k: number): number {
  let s = wordStart(text, k);
  const word = text.slice(s, k + 1);
  if (/^\p{Lu}/u.test(word)) {
    if (!isTitle(word.toLowerCase().replace(/\.$/, ''))) return k;
    for (let n = 0; n < 3; n++) {
      const j = spacesBefore(text, s);
      if (j < 0 || !isLetter(text.charCodeAt(j))) return j;
      const ws = wordStart(text, j);
      if (!/^\p{Lu}/u.test(text.slice(ws, j + 1))) return j;
      s = ws;
    }
    return spacesBefore(text, s);
  }
  let e = k;
  for (let n = 0; n < 4; n++) {
    const w = text.slice(s, e + 1);
    if (w === 'the' || w === 'a' || w === 'an') return spacesBefore(text, s);
    if (!/^[\p{Ll}\d]/u.test(w)) return k;
    const j = spacesBefore(text, s);
    if (j < 0 || !isLetter(text.charCodeAt(j))) return k;
    e = j;
    s = wordStart(text, j);
  }
  return k;
}

/**
 * Is the mention at `start` (ending at `end`) a clause's subject: first in its paragraph or sentence
 * (maybe after `But`/`And`), or followed by a verb (`In a video, de Blasio returned to ...`).
 */
let cachedText = '';
const cachedOpens = new Map<number, boolean>();

/** `opensSentence`, remembered per mention of the article being read (candidates are scored once per pronoun). */
export function opensSentence(text: string, start: number, end = start): boolean {
  if (text !== cachedText) {
    cachedText = text;
    cachedOpens.clear();
  }
  const key = start * 4096 + (end - start);
  let v = cachedOpens.get(key);
  if (v === undefined) {
    v = computeOpensSentence(text, start, end);
    cachedOpens.set(key, v);
  }
  return v;
}

function computeOpensSentence(text: string, start: number, end: number): boolean {
  // A possessor (`Tillerson's side of the story`) is no subject, nor is the subject of a clause
  // embedded after `that`, `where`, … (`implied that Mr Tillerson was told`, `instances where Trump had`).
  const before = text.slice(Math.max(0, start - 40), start);
  if (/^['’](?:s\b|\s)/.test(text.slice(end, end + 3)) || /['’]s$/.test(text.slice(end - 2, end)) || EMBEDDING.test(before)) return false;
  // The object of a preposition is no subject, whatever follows (`of Pacific Rim nations` is no verb).
  if (
    prepositionBefore(text, start) &&
    !/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b[^a-z]*$/.test(
      before,
    ) &&
    !/^ (?:said|says|told|tells)\b/.test(text.slice(end, end + 8))
  )
    return false;
  if (end > start) {
    const after = text.slice(end, end + 40);
    if (VERB_AFTER.test(after)) return !SAID_BEFORE.test(before);
    // `…, however, Ryan did not name any`: a negated `did`/`does` after a clause's opening comma, not `His 2006 Pontiac doesn't run`.
    if (/^ (?:did|does)(?: not|n['’]t)\b/.test(after) && /(?:^|[.!?,;:]) $/.test(before)) return true;
    const place = after.startsWith(' of ') ? PLACE_AFTER.exec(after) : null;
    if (place && VERB_AFTER.test(after.slice(place[0].length - 1))) return true;
    // An appositive name before the verb: `Davis' husband, Joe Davis, was also there`.
    if (after[0] === ',' && before.endsWith(', ') && VERB_AFTER.test(after.slice(1))) return true;
    // A passive's agent closing its sentence is its logical subject: `This concern was shared by Kayyem.`
    if (before.endsWith(' by ') && /^[.!?](?:\s|$)/.test(after)) return true;
  }
  let k = start - 1;
  while (k >= 0 && text[k] === ' ') k--;
  // Titles before the name (`U.S. Representative Jerrold Nadler`), or a determiner and modifiers (`the 31-year-old Guyger`).
  // (A title's abbreviation, `named Sen. Harry Vane`, `by Mr. Burke`: its full stop ends no sentence, round 23.)
  if (k > 0 && (isLetter(text.charCodeAt(k)) || titleStop(text, k))) k = beforeTitlesOrDescription(text, k);
  // After a lead-in phrase that opens the sentence: `In her testimony Friday, the 31-year-old Guyger …`.
  if (text[k] === ',') {
    const from = Math.max(text.lastIndexOf('\n', k), text.lastIndexOf('. ', k) + 1, 0);
    if (k - from < 90) {
      const leadIn = text.slice(from, k).trim();
      if (LEAD_IN_PHRASE.test(leadIn) && leadIn.split(/\s+/).length <= 10) return true;
    }
  }
  const lead = /(?:^|[\s])(But|And|So|Yet|Then|Now|Still|Meanwhile|Only|Even|but|and|while|whereas)$/.exec(
    text.slice(Math.max(0, k - 10), k + 1),
  );
  if (lead) {
    k -= lead[1]?.length ?? 0;
    while (k >= 0 && text[k] === ' ') k--;
  }
  const c = text[k];
  if (lead && (c === ',' || c === ';')) return true;
  return k < 0 || c === '\n' || c === '.' || c === '!' || c === '?' || c === ':' || c === '•' || c === '”' || c === '"';
}

/**
 * Candidates for a referring expression at `at`: people mentioned in the last `LOOKBACK` characters,
 * nearest first. `speakers` are the speakers of the quotations before `at`, last one last.
 */
export function candidatesAt(ctx: ArticleContext, at: number, gender: Gender | undefined, speakers: Speaker[]): Candidate[] {
  const mentions = ctx.people.mentionsBetween(Math.max(0, at - LOOKBACK), at);
  if (mentions.length === 0) return [];
  const paraStart = ctx.text.lastIndexOf('\n', at) + 1;
  const byPerson = new Map<
    Person,
    { last: number; count: number; subject: boolean; lastIsSubject: boolean; inPara: boolean; speech: boolean; prep: number; seen: number }
  >();
  // A person of the other gender is never the referent (`she` is not Paul Okafor): no candidate, and no
  // place in the ranking (the latest subject is still whoever opened the last clause). Until round 20
  // they were ranked and skipped only after scoring, so in 32 % of the training examples whose right
  // candidate was second, the first was of the other gender: the weights learnt that the second-nearest
  // beats the nearest (`nearest` −2.35 with `recencyRank` +4.14, both 1 at rank 0: rank 0 scored 0.29
  // below rank 1 before distance; 0.16 once they are out).
  let latestSubject: Person | undefined;
  for (const m of mentions) {
    const subject = opensSentence(ctx.text, m.start, m.end);
    if (subject) latestSubject = m.person;
    if (gender !== undefined && m.person.gender !== undefined && m.person.gender !== gender) continue;
    const e = byPerson.get(m.person) ?? {
      last: 0,
      count: 0,
      subject: false,
      lastIsSubject: false,
      inPara: false,
      speech: false,
      prep: 0,
      seen: 0,
    };
    e.seen++;
    const speech = speaks(ctx.text, m.start, m.end);
    e.speech ||= speech;
    // A preposition's object is seldom who a pronoun means, unless that mention says something itself:
    // `the likes of Jo Roe of the Courier, who wrote`, `according to Jo Roe`.
    if (!speech && prepositionBefore(ctx.text, m.start)) e.prep++;
    e.last = m.start;
    if (m.start >= at - SALIENCE) e.count++;
    e.subject ||= subject;
    e.lastIsSubject = subject;
    e.inPara ||= m.start >= paraStart;
    byPerson.set(m.person, e);
  }
  const { counts: total, first } = ctx.people.countsBefore(at);
  const order = [...byPerson.entries()].sort((a, b) => b[1].last - a[1].last);
  const previous = speakers[speakers.length - 1]?.key;
  const earlier = new Map<string, number>();
  for (const s of speakers) earlier.set(s.key, (earlier.get(s.key) ?? 0) + 1);
  // Only a person is ever the referent of a pronoun or a person's description: never an organisation, a place or boilerplate.
  const people = order.filter(([person]) => isPersonKind(ctx, person));
  return people.map(([person, e], rank) => {
    const key = ctx.people.keyOf(person);
    const agrees = gender !== undefined && person.gender === gender ? 1 : 0;
    const features: Features = [
      1,
      rank === 0 ? 1 : 0,
      1 / (1 + rank),
      Math.log1p(Math.max(0, at - e.last)) / 8,
      agrees,
      Math.log1p(e.count),
      e.subject ? 1 : 0,
      e.lastIsSubject ? 1 : 0,
      person === latestSubject ? 1 : 0,
      previous === key ? 1 : 0,
      Math.log1p(earlier.get(key) ?? 0),
      e.inPara ? 1 : 0,
      Math.log1p(total.get(person) ?? 0) / 2,
      person === first ? 1 : 0,
      e.speech ? 1 : 0,
      person.gender !== undefined || person.roles.size > 0 ? 1 : 0,
      e.prep / e.seen,
    ];
    return { person, features };
  });
}

/** Is this cluster of the article a person (`mention-kind.ts`)? */
export const isPersonKind = (ctx: ArticleContext, person: Person): boolean => kindOf(ctx, person) === 'person';

/**
 * A pronoun's best candidate must beat the next by this much when nothing says its gender agrees.
 * 0.5 until round 12; the weights retrained in round 12 score a near-tie between two people of unknown
 * gender 0.6–0.8 apart (test/quotes/resolution/gender-namesakes-and-abstaining.test.ts), and 0.7 keeps abstaining there: over the
 * nine tuning sets 3 right speakers and 1 wrong one become none; PolNeAR train and dev unchanged.
 */
const ABSTAIN_MARGIN = 0.7;

/** Within this many characters, the last sentence subject of the right gender is the referent (centering), whatever the scores. */
const SUBJECT_REACH = 400;

/**
 * The person named as the (last) subject of the sentence that opens a chain of sentences whose subject is
 * the pronoun of `gender` (`subject-chain.ts`), when there is such a chain before `at`.
 */
function chainSubject(ctx: ArticleContext, at: number, gender: Gender): Person | undefined {
  const chain = chainHead(ctx, at, gender);
  if (!chain) return undefined;
  const head = chain.head;
  // `When Mark Dunn took over, he cut …`: the opening clause's name (`subordinateSubject`), even with no pronoun sentence after.
  const opening = subordinateSubject(head);
  // With no pronoun sentence walked over, only that name or a possessor opening the sentence decides here
  // (`Roe's column backed Poe's call. He denounced …` is Roe, `possessorOpening`); else the recent subject does.
  if (chain.skipped === 0 && opening === undefined && possessorOpening(ctx, head) === undefined) return undefined;
  // The sentence's first subject, or the subject of a clause joined after it: `Jo Roe noted …, but Ann Poe brushed that aside. He said …` is Poe.
  // (A compound subject, `Lewis and Julian Bond held …`, gives `he` no speaker: `lastNamedInPair` decides it before this.)
  let subject: Person | undefined;
  for (const m of ctx.people.mentionsBetween((head[0] as Token).start, (head[head.length - 1] as Token).end)) {
    if (m.start === opening && subject === undefined) subject = m.person;
    if (!opensSentence(ctx.text, m.start, m.end) && !speaks(ctx.text, m.start, m.end)) continue;
    if (subject === undefined || JOINED_CLAUSE.test(ctx.text.slice(Math.max(0, m.start - 12), m.start))) subject = m.person;
  }
  // (`Mr. Paul's reasons for … are …; he says …`: the possessor of a subject that is no person, `subject-chain.ts`.)
  subject ??= possessorOpening(ctx, head);
  const clashes = subject?.gender !== undefined && subject.gender !== gender;
  return subject && isPersonKind(ctx, subject) && !clashes ? subject : undefined;
}
/** Words right before a name that open a second main clause: `…, but Poe brushed it aside`. */
const JOINED_CLAUSE = / (?:but|and|while|yet|whereas) $/;

/**
 * The referent of a pronoun of `gender` at `at` (never one of the other gender): the subject of one
 * of the last sentences when that is close, otherwise the best-scoring candidate.
 */
export function rankPeople(ctx: ArticleContext, at: number, gender: Gender | undefined, speakers: Speaker[]): Person | undefined {
  let best: Candidate | undefined;
  let bestScore = -Infinity;
  // The candidates' features are computed only when scores decide (most pronouns are decided by the
  // two checks below); their kinds are decided here all the same, as scoring them would (`kindOf` remembers).
  for (const m of ctx.people.mentionsBetween(Math.max(0, at - LOOKBACK), at)) isPersonKind(ctx, m.person);
  // The speaker of the quotation just before, with nobody named since: `"…," the president said. "…," he added.`
  const held = ctx.lastSpoken;
  if (held && held.at <= at && at - held.at <= SUBJECT_REACH && held.speaker.kind === 'person') {
    const since = ctx.people.mentionsBetween(held.at + 1, at);
    const p = ctx.people.find(held.speaker.name.split(' '), at);
    // (Not past a sentence that brings in an unnamed person: `"…," said Moore. A physician said he … "…," he said`.)
    if (p && since.every((m) => m.person === p) && !(gender && p.gender && p.gender !== gender) && isPersonKind(ctx, p))
      return gender !== undefined && newFaceSince(ctx, held.at, at, gender) ? undefined : p;
  }
  // `Jo Roe came out swinging. He lambasted … Once again he blamed … "…," he said.`: the subject of the sentence opening a chain of pronoun subjects.
  const chained = gender === undefined ? undefined : chainSubject(ctx, at, gender);
  if (chained) return chained;
  const recent = recentSubject(ctx, at, gender, SUBJECT_REACH, { opensSentence, speaks });
  if (recent) return gender !== undefined && newFaceAfter(ctx, recent, at, gender, LOOKBACK) ? undefined : recent;
  const agrees = FEATURES.indexOf('genderAgrees');
  let second = -Infinity;
  for (const c of candidatesAt(ctx, at, gender, speakers)) {
    const s = score(c.features);
    if (s > bestScore) {
      second = bestScore;
      best = c;
      bestScore = s;
    } else if (s > second) second = s;
  }
  // Two candidates nearly tied, and the better one not even known to agree in gender: no speaker beats a wrong one.
  if (best && gender !== undefined && best.features[agrees] !== 1 && bestScore - second < ABSTAIN_MARGIN) return undefined;
  if (best && bestScore - second < marginInUse()) return undefined;
  return best && gender !== undefined && newFaceAfter(ctx, best.person, at, gender, LOOKBACK) ? undefined : best?.person;
}
