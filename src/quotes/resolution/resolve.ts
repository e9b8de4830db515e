/**
 * Resolving a source noun phrase to a speaker: a pronoun to the nearest person of its gender, a
 * name to a person of the article (new or already met), a role (`the president`) to someone named
 * earlier, anything else to an unnamed source (`officials`, `a senior aide`).
 */
import { DOCUMENT_NOUNS, QUANTIFIERS } from '../lexicon/word-lists.ts';
import type { ArticleContext } from '../mentions/context.ts';
import { WORD_SURNAMES, capitalisedRuns, parseNameRun } from '../mentions/names.ts';
import type { Mention, Speaker } from '../quote.ts';
import { SOURCE_NOUNS, isWord, type Found } from '../cues/source-phrase.ts';
import { foundWith } from '../cues/phrase-trim.ts';
import { foldName } from '../mentions/speakers.ts';
import { rolesClash } from '../mentions/roles-clash.ts';
import { rankPeople } from './rank.ts';
import { salientHolder } from './role-holder.ts';
import { documentAntecedent, relativeAntecedent } from './nominal.ts';
import { describedAntecedent, heldDescription } from './described-subject.ts';
import { pluralAntecedent } from './group-subject.ts';
import { describedBody, isAgencyName } from '../mentions/named-body.ts';
import { describedOrganisation } from './described-organisation.ts';
import { loneNamed } from './namesakes.ts';
import { isRelationalDescription } from './relational.ts';
import { describedMember, partyMemberNoun } from './party-member.ts';
import { descriptionHead } from './named-later.ts';
import { apposedPerson, bodyAfterHead, occupationHead, personOfAge, salientFit, untiedFrom } from './described-fit.ts';
import { isOrganisationPhrase, namedLikeCompany, organisation } from '../mentions/organisations.ts';
import { pronounBody } from './owned-bodies.ts';
import { isPersonHead } from '../lexicon/word-lists.ts';
import { kindOf } from '../mentions/mention-kind.ts';
import { isGovernedPlace } from '../lexicon/places.ts';
import { cutPhrase, isFragment, verbMayClose } from './description.ts';
import { appositiveName, isIssuedDocument, subjectBefore } from './issuers.ts';
import { isUpperStart, type Token } from '../tokens.ts';
import { namedApartInSentence } from './sentence-mates.ts';
import { lastNamedInPair } from './coordinated.ts';
import type { Person } from '../mentions/speakers.ts';
import { namedAfterPronoun } from './named-in-own-clause.ts';
import { hasPossessiveS, withoutPossessiveS } from '../../text/marks.ts';
import { nameTexts, roleWordsOf } from './phrase-words.ts';
import { unnamedUnderBroaderHead } from './broader-head.ts';
import { STAFF_HEADS } from '../lexicon/office-holders.ts';
import { bodySubject } from './body-subject.ts';
import { PERSONAL_PRONOUNS, pronounGender } from '../lexicon/pronouns.ts';
import { withoutTimeLead } from './time-lead.ts';
import { codedNameWords } from '../mentions/coded-names.ts';
import { issuerBefore } from './issuer-before.ts';

const INDEFINITE = new Set<string>([
  'a',
  'an',
  ...QUANTIFIERS,
  ...['four', 'five', 'few', 'other', 'others', 'multiple', 'numerous', 'unnamed', 'anonymous'],
]);

export interface Attribution {
  mention: Mention;
  cue: string;
  speaker?: Speaker;
}

/** `familiar with the matter` after an unnamed source's head: how the source knows, not who it is (round 20). */
const FAMILIAR_WITH = /(?<=\p{L})\s+familiar(?:\s+with\b.*)?$/su;

const unnamed = (description: string): Speaker => {
  const name = description.replace(/^(A|An|The|Another|Some|One)\b/, (w) => w.toLowerCase()).replace(FAMILIAR_WITH, '');
  return { name, key: foldName(name), kind: 'unnamed' };
};

/** One literal for an attribution with a speaker, so all have one shape (`{ ...base, speaker }` makes another). */
const withSpeaker = (base: Attribution, speaker: Speaker): Attribution => ({ mention: base.mention, cue: base.cue, speaker });

/** `the victorious Trump`, `an ebullient Mr. Kasich`: an article and adjectives before the name of someone already met. */
function describedName(ctx: ArticleContext, words: Token[]): Person | undefined {
  const det = words[0]?.lower;
  if (det !== 'a' && det !== 'an' && det !== 'the') return undefined;
  const runs = capitalisedRuns(words);
  const lastRun = runs[runs.length - 1];
  if (!lastRun || lastRun[1] !== words.length || lastRun[0] < 2) return undefined;
  if (
    words.slice(1, lastRun[0]).some((t) => !isWord(t) || isUpperStart(t.text) || ['of', 'for', 'to', 'at', 'in', 'from'].includes(t.lower))
  )
    return undefined;
  const parsed = parseNameRun(words, lastRun[0], lastRun[1]);
  return parsed
    ? ctx.people.find(
        parsed.name.map((t) => t.text),
        (words[0] as Token).start,
      )
    : undefined;
}

/** Head nouns by which an article refers back to an organisation it has named. */
const GENERIC_BODIES = new Set(
  'group organisation organization union coalition alliance association network company firm agency front movement charity foundation'.split(
    ' ',
  ),
);

const DOCUMENTS = DOCUMENT_NOUNS;

/**
 * `his statement`: 'pronoun'; `Whitehouse's letter`: the number of tokens of the owner's name
 * (possessive included); anything else: undefined.
 */
function documentOwner(words: Token[]): 'pronoun' | number | undefined {
  const last = words[words.length - 1];
  if (words.length < 2 || words.length > 5 || !last || !DOCUMENTS.has(last.lower)) return undefined;
  const head = words[0] as Token;
  if (words.length === 2 && (head.lower === 'his' || head.lower === 'her')) return 'pronoun';
  const owner = words.findIndex((t) => hasPossessiveS(t.text));
  if (owner < 0 || owner !== words.length - 2) return undefined;
  return words.slice(0, owner + 1).every((t) => isWord(t) && isUpperStart(t.text)) ? owner + 1 : undefined;
}

/** The latest unnamed speaker (among the last few) whose description has this head noun. */
function sameUnnamed(ctx: ArticleContext, head: string): Speaker | undefined {
  for (let k = ctx.spoken.length - 1; k >= 0 && k >= ctx.spoken.length - 6; k--) {
    const s = ctx.spoken[k] as Speaker;
    if (s.kind === 'unnamed' && /^(a|an|one|another)\b/i.test(s.name) && descriptionHead(s.name) === head) return s;
  }
  return undefined;
}

/** Resolve a source noun phrase to a speaker: pronoun, named person, unnamed source, or a role naming someone already met. */
export function resolveSource(ctx: ArticleContext, found: Found, previous: Speaker | undefined): Attribution {
  const { tokens, cue } = found;
  const np = withoutTimeLead(tokens, found.np);
  const words = tokens.slice(np[0], np[1]);
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  const mention: Mention = { text: ctx.text.slice(first.start, last.end), start: first.start, end: last.end };
  // `speaker` present though undefined: every Attribution has the shape `withSpeaker` gives.
  const base: Attribution = { mention, cue: cue.text, speaker: undefined };
  // `…," Jo Roe, a former chairman, told the paper`: whoever follows `told` is who was told, never the speaker.
  if (np[0] > cue.index && /^(?:told|tells)$/i.test(cue.text) && tokens[cue.index + cue.length]?.lower !== 'by') {
    // The teller is the subject before the cue, when one is there: `…, Jo Roe, a former chairman, told …`.
    const subject = subjectBefore(tokens, cue.index);
    // Not across a relative clause: in `a relative who told him`, the teller is the relative, not the sentence's subject.
    const relative =
      subject && tokens.slice(subject[1], cue.index).some((t) => t.lower === 'who' || t.lower === 'which' || t.lower === 'that');
    const a = subject && subject[1] <= cue.index && !relative ? resolveSource(ctx, foundWith(found, subject), previous) : undefined;
    return a?.speaker?.kind === 'person' ? a : base;
  }
  const w = words.filter(isWord);
  // `Comey indeed said`, `The Committee issued a statement saying`: a verb or an adverb read into the phrase.
  const cut = cutPhrase(words, verbMayClose(tokens, np, cue.index));
  // (`put out a statement late Friday`: a verb and its object, nothing before them, name nobody.)
  if (cut === 0) return base;
  if (cut !== undefined) return resolveSource(ctx, foundWith(found, [np[0], np[0] + cut]), previous);
  // `sent a letter to the minister urging`, `did post a new tweet saying`: the verb before a document read into the phrase.
  const second = w[1];
  if (
    second &&
    w.length > 2 &&
    !isUpperStart(first.text) &&
    (second.lower === 'a' || second.lower === 'an') &&
    isIssuedDocument(w.slice(1))
  )
    return resolveSource(ctx, foundWith(found, [tokens.indexOf(second), np[1]]), previous);
  // `Three years later`, `the meantime`: a fragment of the sentence names nobody.
  if (isFragment(words)) return base;
  // `JPMorgan … but in a report to clients added`, `X appeared in a video posted Wednesday, saying`: a
  // document the sentence's subject issued speaks for that subject.
  const issuer = (first.lower === 'a' || first.lower === 'an') && isIssuedDocument(w) ? subjectBefore(tokens, np[0]) : undefined;
  if (issuer) {
    const a = resolveSource(ctx, foundWith(found, issuer), previous);
    if (a.speaker && a.speaker.kind !== 'unnamed') return withSpeaker(base, a.speaker);
  }
  // A bare article (`an`, what is left of `An internet search by me … cited`) names nobody.
  if (w.length === 1 && (first.lower === 'a' || first.lower === 'an' || first.lower === 'the')) return base;
  // `He's said`, `she'd said`, `he'll insist`: the pronoun of a contraction.
  const contracted = w.length === 1 && /^(?:he|she)['’](?:s|d|ll)$/.test(first.lower) ? first.lower.split(/['’]/)[0] : undefined;
  if (contracted) {
    const p =
      ctx.model === false
        ? ctx.people.nearestBefore(first.start, contracted === 'he' ? 'm' : 'f')
        : rankPeople(ctx, first.start, contracted === 'he' ? 'm' : 'f', ctx.spoken);
    return p ? withSpeaker(base, ctx.people.speakerOf(p)) : base;
  }
  if (w.length === 1 && PERSONAL_PRONOUNS.has(first.lower)) {
    const gender = pronounGender(first.lower);
    if (gender) {
      const relative =
        ctx.model === false
          ? undefined
          : (relativeAntecedent(ctx, first.start, gender) ??
            heldDescription(ctx, first.start, gender) ??
            describedAntecedent(ctx, first.start, gender));
      if (relative) return withSpeaker(base, relative);
      const p = ctx.model === false ? ctx.people.nearestBefore(first.start, gender) : rankPeople(ctx, first.start, gender, ctx.spoken);
      const plural = p !== undefined && ctx.model !== false && lastNamedInPair(ctx, p, first.start, gender);
      // Never a person the pronoun's own sentence names after it (`named-in-own-clause.ts`): no speaker rather than a wrong one.
      const bound = p !== undefined && ctx.model !== false && namedAfterPronoun(ctx, tokens, first.end, p);
      return p && !plural && !bound ? withSpeaker(base, ctx.people.speakerOf(p)) : base;
    }
    // `Putin's government ordered them out over what it called "…"`: the body that is the sentence's subject.
    if ((first.lower === 'it' || first.lower === 'they') && np[0] > 0) {
      const subject = bodySubject(tokens, np[0]);
      if (subject) {
        const a = resolveSource(ctx, foundWith(found, subject), previous);
        if (a.speaker && a.speaker.kind !== 'person') return withSpeaker(base, a.speaker);
      }
    }
    // `The lawsuit was filed. It says …`: the written thing that was the last subject; `The lawyers … have said … They argued`: the group.
    const antecedent = (first.lower === 'it' ? documentAntecedent(ctx, first.start) : undefined) ?? pluralAntecedent(ctx, first);
    if (antecedent && ctx.model !== false) return withSpeaker(base, antecedent);
    // `"…," it reads`, `they said`: the body or document that spoke the previous quotation.
    if (['they', 'them', 'we', 'it'].includes(first.lower) && (previous?.kind === 'unnamed' || previous?.kind === 'organisation'))
      return withSpeaker(base, previous);
    return base;
  }
  // `a statement by the agency said`, `a letter from Jo Bloggs read`: the author after `by`/`from`.
  const by = words.findIndex((t, k) => k >= 2 && (t.lower === 'by' || t.lower === 'from') && DOCUMENTS.has((words[k - 1] as Token).lower));
  if (by > 0 && by < words.length - 1) {
    const author = resolveSource(ctx, foundWith(found, [np[0] + by + 1, np[1]]), previous);
    if (author.speaker && (author.speaker.kind !== 'unnamed' || isRelationalDescription(words.slice(by + 1))))
      return withSpeaker(base, author.speaker);
    const owner = words.slice(by + 1).filter(isWord);
    if (owner.length > 0 && owner.every((t) => isUpperStart(t.text) || t.lower === 'the' || t.lower === 'of'))
      return withSpeaker(base, organisation(ctx.text.slice((owner[0] as Token).start, last.end)));
  }
  // `his office said`, `her campaign said`: the body of the person the pronoun stands for; `the group said`: the body that is the subject there.
  const ownedBody = pronounBody(ctx, w, first.start) ?? describedOrganisation(ctx, w, first.start);
  if (ownedBody) return withSpeaker(base, ownedBody);
  // `his statement said`, `Whitehouse's letter reads`: a document speaks for its author.
  const owned = documentOwner(words);
  if (owned === 'pronoun') {
    const gender = pronounGender(first.lower);
    const p = gender
      ? ctx.model === false
        ? ctx.people.nearestBefore(first.start, gender)
        : rankPeople(ctx, first.start, gender, ctx.spoken)
      : undefined;
    if (p) return withSpeaker(base, ctx.people.speakerOf(p));
  } else if (owned !== undefined) {
    const a = resolveSource(ctx, foundWith(found, [np[0], np[0] + owned]), previous);
    if (a.speaker?.kind === 'person') return withSpeaker(base, a.speaker);
  }
  // `X said in a statement that … "…," the statement said`: the author of the document the last speaker issued.
  // The same mention read again for the next quotation (`"…," the statement said. "…"`) keeps that author.
  if (first.lower === 'the' && w.length === 2 && DOCUMENTS.has(last.lower) && ctx.lastSpoken && ctx.lastSpoken.at <= first.start) {
    if (ctx.lastSpoken.at === first.start) return withSpeaker(base, ctx.lastSpoken.speaker);
    const since = ctx.masked.slice(ctx.lastSpoken.at, first.start);
    // (`a statement by the Trust, which said "…". "…," the statement said`: the document named right before its author.)
    const by = ctx.masked.slice(Math.max(0, ctx.lastSpoken.at - 24), ctx.lastSpoken.at);
    const named = `\\b(?:a|an|the|its|his|her|their) ${last.lower}`;
    if (since.length < 600 && (new RegExp(`${named} (?:by|from) (?:the )?$`, 'i').test(by) || new RegExp(`${named}\\b`, 'i').test(since)))
      return withSpeaker(base, ctx.lastSpoken.speaker);
  }
  // `The group said`: the organisation that spoke last, when one did (not a government agency for `the union`).
  if (first.lower === 'the' && w.length === 2 && GENERIC_BODIES.has(last.lower)) {
    const body = [...ctx.spoken]
      .reverse()
      .find((s) => s.kind !== 'person' && /^(?:the )?\p{Lu}/u.test(s.name) && (last.lower === 'agency' || !isAgencyName(s.name)));
    if (body) return withSpeaker(base, body);
  }
  // `Acme said in a statement it would stop. "…," the statement read.`: the subject of the indirect speech just before (`issuer-before.ts`).
  if (first.lower === 'the' && w.length === 2 && ctx.model !== false && DOCUMENTS.has(last.lower)) {
    const issuer = issuerBefore(ctx, first.start, last.lower, (f) => resolveSource(ctx, f, previous).speaker);
    if (issuer) return withSpeaker(base, issuer);
  }

  // `the bureau said` after `the Bureau of Alcohol, Tobacco, Firearms and Explosives`: the body named with that word.
  const body = describedBody(ctx, w, first.start);
  if (body) return withSpeaker(base, organisation(body));
  const described = describedName(ctx, words);
  if (described) return withSpeaker(base, ctx.people.speakerOf(described));
  // `the family of Jon Pell said`: a relative or a lawyer speaks, not the person they belong to.
  if (isRelationalDescription(words)) return withSpeaker(base, appositiveName(ctx, last.end) ?? unnamed(mention.text));
  // `Dr. Jo Roe, a renowned surgeon, once wrote`: the name the description is in apposition to (`described-fit.ts`).
  const apposedTo =
    INDEFINITE.has(first.lower) || first.lower === 'the' || !isUpperStart(first.text)
      ? apposedPerson(ctx, mention, np[0] > cue.index)
      : undefined;
  if (apposedTo) return withSpeaker(base, ctx.people.speakerOf(apposedTo));
  if (INDEFINITE.has(first.lower)) return withSpeaker(base, unnamed(mention.text));
  // `said Witness 3`: a designation names its person, though its code is no capitalised word (`coded-names.ts`).
  const coded = codedNameWords(mention.text);
  if (coded)
    return withSpeaker(base, ctx.people.speakerOf(ctx.people.find(coded, first.start) ?? ctx.people.add(coded, first.start, last.end)));
  const prep = words.findIndex((t) => t.lower === 'of' || t.lower === 'from' || t.lower === 'at' || t.lower === 'in');
  const allRuns = capitalisedRuns(words);
  const runs = prep > 0 ? [...allRuns.filter(([, e]) => e > prep), ...allRuns.filter(([, e]) => e <= prep)] : allRuns;
  for (let r = runs.length - 1; r >= 0; r--) {
    const [runStart, e] = runs[r] as [number, number];
    // `The Washington Post's Robert Costa`: the name follows the possessive.
    let s = runStart;
    for (let k = runStart; k < e - 1; k++) if (hasPossessiveS((words[k] as Token).text)) s = k + 1;
    const lastRunWord = words[e - 1] as Token;
    if (hasPossessiveS(lastRunWord.text) && e < words.length) continue;
    // `the former London mayor`: a capitalised modifier before a lower-case head is no name.
    const after = words[e];
    // `Public health officials`, `Trump aides`: likewise whatever opens the phrase.
    if (isWord(after) && !isUpperStart(after.text) && !/^(of|from|at|in|for)$/.test(after.lower)) continue;
    // `May said`: a month-like word alone is the surname of someone the article has named (not `the Pope said`).
    const solo = e - s === 1 && words[s - 1]?.lower !== 'the' ? withoutPossessiveS((words[s] as Token).text) : undefined;
    const known1 = solo && WORD_SURNAMES.has(solo.toLowerCase()) ? ctx.people.find([solo], first.start) : undefined;
    if (known1) return withSpeaker(base, ctx.people.speakerOf(known1));
    const parsed = parseNameRun(words, s, e);
    if (!parsed) continue;
    const nameWords = nameTexts(parsed.name);
    const known =
      (nameWords.length === 1 ? loneNamed(ctx, nameWords[0] as string, first.start, parsed.roles) : undefined) ??
      ctx.people.find(nameWords, first.start);
    if ((!known || known.organisation !== false) && namedLikeCompany(ctx.text, nameWords))
      return withSpeaker(base, organisation(nameWords.join(' ')));
    if (known) known.organisation = false;
    if (!known && first.lower === 'the' && !(s > 0 && hasPossessiveS((words[s - 1] as Token).text))) continue;
    const p = known ?? ctx.people.add(nameWords, (parsed.name[0] as Token).start, lastRunWord.end, parsed.roles);
    // The kind decides what the name gives: a person, an organisation, a country for its government; a
    // city, boilerplate or a capitalised description (`the Maryland Democrat`) names no speaker itself.
    const speaker = ctx.people.speakerOf(p);
    const kind = kindOf(ctx, p);
    if (kind === 'person') return withSpeaker(base, speaker);
    if (kind === 'organisation') return withSpeaker(base, organisation(nameWords.join(' ')));
    if (kind === 'place') return isGovernedPlace(p.folded.join(' ')) ? withSpeaker(base, organisation(nameWords.join(' '))) : base;
    if (first.lower !== 'the') return base;
  }
  // `Harvard's president, Jo Bloggs, wrote`: a full name in apposition after the description.
  const apposed = appositiveName(ctx, last.end);
  if (apposed) return withSpeaker(base, apposed);
  const head = w.findIndex(
    (t) => t.lower === 'to' || t.lower === 'of' || t.lower === 'for' || t.lower === 'familiar' || t.lower === 'close',
  );
  const headWord = (head > 0 ? w[head - 1] : last) as Token;
  if (SOURCE_NOUNS.has(headWord.lower) && first.lower !== 'the') return withSpeaker(base, unnamed(mention.text));
  // `the head of the National Weather Service` is a person, though the phrase ends with a body's name.
  const personOf = head > 0 && (isPersonHead(headWord.lower) || headWord.lower === 'head');
  // `the Ohio Republican`: a party member, not the party.
  const member = partyMemberNoun(words);
  if (!personOf && !member && isOrganisationPhrase(words)) return withSpeaker(base, organisation(mention.text));
  // `A spokesman for Feinstein told NBC …` / `"…," the spokesman said`: the unnamed source met before under that head noun.
  const before = first.lower === 'the' && !member ? sameUnnamed(ctx, headWord.lower) : undefined;
  if (before) return withSpeaker(base, before);
  if (first.lower === 'the' || hasPossessiveS(first.text)) {
    const roleWords = roleWordsOf(w);
    // `the head of the National Weather Service`: the head noun comes before `of`.
    // (`the Kansas Republican` is no one introduced as a Republican, but the one of Kansas: `describedMember` below.)
    const roleHead = head > 0 ? withoutPossessiveS(headWord.lower) : undefined;
    const p = member ? undefined : ctx.people.byRole(roleWords, first.start, roleHead);
    // Two presidents in the article: the one the text is about there (`role-holder.ts`).
    const holder = p && ctx.model !== false ? salientHolder(ctx, p, roleWords, roleHead ?? (roleWords.at(-1) as string), first.start) : p;
    const untied = untiedFrom(ctx, bodyAfterHead(w, head), mention);
    if (holder && !untied(holder) && !namedApartInSentence(ctx, found, holder, first.start))
      return withSpeaker(base, ctx.people.speakerOf(holder));
    // `the presumptive Republican nominee`, `the 55-year-old`, `Kentucky's longtime senator`, `the former
    // administration aide`: the most salient person, when the head is a person's and no person owns it.
    const placeOwned =
      hasPossessiveS(first.text) && isUpperStart(first.text) && !ctx.people.find([withoutPossessiveS(first.text)], first.start);
    // `the former administration aide`: someone's aide no longer, a description of someone named.
    const former = roleWords.includes('former') && STAFF_HEADS.has(headWord.lower);
    // `the 51-year old`: an age written without its second hyphen is the same description.
    const age = headWord.lower === 'old' && /^\d+-years?$/.test(w[w.indexOf(headWord) - 1]?.lower ?? '');
    const h = withoutPossessiveS(headWord.lower);
    const personal = isPersonHead(headWord.lower) || occupationHead(ctx, h, first.start) || former || age;
    if ((first.lower === 'the' || placeOwned) && ctx.model !== false && personal) {
      const ranked = personOfAge(ctx, roleWords, first.start) ?? rankPeople(ctx, first.start, undefined, ctx.spoken);
      // `the Kentucky Republican`: the person of that state and party.
      const salient = member ? describedMember(ctx, words, member, first.start, ranked) : ranked;
      // `the musician` is not `Jo Roe, a professor`, `the chief of Open Pages` not `Acme's chief Jo Roe` (`described-fit.ts`).
      const verdict = salient ? salientFit(ctx, salient, roleWords, h, first.start, untied) : 'description';
      if (verdict === 'none') return base;
      if (salient && verdict === 'person' && !rolesClash(salient, roleWords, h) && !namedApartInSentence(ctx, found, salient, first.start))
        return withSpeaker(base, ctx.people.speakerOf(salient));
    }
  }
  // `A French naval attaché told …` / `"…," the official said`: the unnamed speaker taken up under a broader head (`broader-head.ts`).
  const broader = first.lower === 'the' && w.length === 2 ? unnamedUnderBroaderHead(ctx, last.lower, first.start) : undefined;
  return withSpeaker(base, broader ?? unnamed(mention.text));
}
