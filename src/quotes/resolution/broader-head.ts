/**
 * A definite description whose head is broader than the one an unnamed speaker was introduced by:
 * `A French naval attaché told the paper "…". "…," the official said.` The article introduces someone
 * by a narrow, indefinite description and takes them up again by a broader one (`the official`, `the
 * source`, `the person`), as it would by a pronoun. The referent must be the one of the nearest
 * sentences of prose before it (quotations skipped): the unnamed speaker of the quotation in that
 * sentence, or the indefinite description that is the sentence's subject, when the broader head fits
 * (`the official` any title or office: `attaché`, `aide`; `the source`, `the person`, `the individual`
 * any person's description, never a document's or a body's; `the staffer` an `aide`, `adviser` or `assistant`). Anything else in the way gives no
 * speaker: a named speaker or a definite description there (`said the Republican close to …`), a
 * sentence with a source of its own (`the leaker denied …`), a person named in the prose between. An
 * indefinite subject of the same head (`A congressional source told …` / `the source`) is taken too. `the man`, `the woman` are not read
 * so: they take up whoever the scene is about (`As a protester marched, a passer-by …`), not the last
 * description.
 */
import { speakerCopy, type Speaker } from '../quote.ts';
import type { ArticleContext } from '../mentions/context.ts';
import { windowTokens } from '../mentions/context.ts';
import { isTitle } from '../lexicon/titles.ts';
import { endsLikePersonNoun } from '../lexicon/person-nouns.ts';
import { afterRelative, describedSubject, heldHead, isHead } from './described-subject.ts';
import { INDEFINITE, lastSentences } from './description-words.ts';
import { OFFICE_HEADS } from '../lexicon/office-holders.ts';
import { foldName } from '../mentions/speakers.ts';
import { isPersonKind } from './rank.ts';
import { MASK, isUpperStart, type Token } from '../tokens.ts';
import { SAYING_VERBS } from '../lexicon/speech-verbs.ts';
import { REPORTING_VERBS } from '../lexicon/judging-verbs.ts';

/** Broad heads for any person's description. */
const ANY_PERSON = new Set(['person', 'individual', 'source']);
/** `the staffer` takes up a member of someone's staff introduced by a narrower head (`Another GOP aide said …`). */
const STAFF_HEADS = new Set(['aide', 'adviser', 'advisor', 'assistant']);

const isPersonDescription = (head: string): boolean => isHead(head) || isTitle(head) || OFFICE_HEADS.has(head) || endsLikePersonNoun(head);

/** Comparatives and adverbs shaped like a person's noun (`earlier`, `later`): never a head after a head. */
const NOT_HEADS = /(?:ier|^later|^never|^ever|^together|^rather|^further|^however|ther)$/;

/** May this lower-case word after a description's head be its real head (`A Republican strategist`, `a GOP source`)? */
const isHeadAfter = (w: string): boolean => !NOT_HEADS.test(w) && isPersonDescription(w);

/** `a spokesman for the family`, `a lawyer for the victims`: someone speaking for a private party, who holds no office. */
const FOR_PRIVATE_PARTY = /\bfor (?:the |his |her |their |its )?\p{Ll}/u;

/**
 * Does the broad head `broad` fit a description `description` headed by a different, narrower `narrow`?
 * `the official` only one naming an office (`a French naval attaché`, `a coast guard officer`), never
 * a private party's spokesman; the other broad heads any person's description.
 */
const fits = (broad: string, narrow: string, description: string): boolean =>
  narrow !== broad &&
  (broad === 'official'
    ? OFFICE_HEADS.has(narrow) && !FOR_PRIVATE_PARTY.test(description)
    : broad === 'staffer'
      ? STAFF_HEADS.has(narrow)
      : isPersonDescription(narrow));

/** Words between a description and its verb of saying: adverbs and auxiliaries (`later`, `has`, `also`). */
const BEFORE_VERB = /^(?:\p{Ll}+ly|also|later|then|earlier|has|had|have|again|today|yesterday)$/u;
/** Words opening a phrase after a description's head, before its verb (`a source familiar with the talks said`, `an attaché based in the region told`). */
const PHRASE_OPENERS = new Set(
  'familiar close knowledgeable briefed involved speaking with based stationed working active aware privy responsible'.split(' '),
);
/** Auxiliaries of a passive after a subject (`A diplomat was expelled`). */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'got', 'gets']);
/** How many tokens of such a phrase are read past. */
const PHRASE_REACH = 10;

/**
 * Is the description ending before token `e` of `part` (opening at `first`) the subject of a verb of
 * saying (`A coast guard officer later said`, `a source familiar with the talks told`, `one aide, who
 * …, said`), or what an opening `According to` gives? Not when it is a passive's subject (`A diplomat
 * was expelled`) or another verb's (`A police officer shot a man, police said`): whoever that sentence
 * is about did not speak in it.
 */
function saysAsSubject(part: Token[], first: number, e: number): boolean {
  if (first === 2 && part[0]?.lower === 'according' && part[1]?.lower === 'to') return true;
  let k = afterRelative(part, e) ?? e;
  if (PHRASE_OPENERS.has(part[k]?.lower ?? '')) {
    const to = Math.min(part.length, k + PHRASE_REACH);
    while (k < to && part[k]?.kind === 'word' && !REPORTING_VERBS.has(part[k]?.lower ?? '')) k++;
  }
  // (`A senior aide on Friday confirmed`: a day named between.)
  for (;;) {
    if (BEFORE_VERB.test(part[k]?.lower ?? '')) k++;
    else if (part[k]?.lower === 'on' && isUpperStart(part[k + 1]?.text ?? '')) k += 2;
    else break;
  }
  const verb = part[k]?.lower ?? '';
  return part[k]?.kind === 'word' && REPORTING_VERBS.has(verb) && !DOING_VERBS.has(verb);
}

/** Of the reporting verbs (`judging-verbs.ts`), those that name a deed as often as words (`attacked`, `pushed`, `took`). */
const DOING_VERBS = new Set('attacked attacks pushed pushes ripped rips pressed presses took used uses supported opposed'.split(' '));

/** Does a sentence give a source of its own: a verb of saying (`said`, `denied`) or `according` (to)? */
const ownSource = (part: Token[]): boolean => part.some((t) => SAYING_VERBS.has(t.lower) || t.lower === 'according');

/** How far back, in characters, and over how many sentences of prose (quotations skipped), the referent is looked for. */
const PROSE_REACH = 1500;
const PROSE_SENTENCES = 2;

/** The unnamed speaker `the <head>` at `at` takes up under a broader head (see the file's comment), or undefined. */
export function unnamedUnderBroaderHead(ctx: ArticleContext, head: string, at: number): Speaker | undefined {
  if (head !== 'official' && head !== 'staffer' && !ANY_PERSON.has(head)) return undefined;
  const held = ctx.lastSpoken;
  for (const part of proseSentencesBefore(ctx, at)) {
    const start = (part[0] as Token).start;
    // The sentence holds the last quotation's speaker: that speaker, when an indefinite description that fits.
    if (held && held.at >= start && held.at < at) {
      const s = held.speaker;
      if (s.kind !== 'unnamed' || !INDEFINITE.has(s.name.split(' ')[0]?.toLowerCase() ?? '')) return undefined;
      const narrow = heldHead(s.name);
      return narrow !== undefined && fits(head, narrow, s.name) ? speakerCopy(s) : undefined;
    }
    const found = describedSubject(part);
    if (found && !found.subordinate) {
      const first = part[found.np[0]] as Token;
      // `A Republican source familiar with …`: the head read on past a modifier that is a head itself.
      const next = part[found.np[1]];
      const longer = next?.kind === 'word' && next.text === next.lower && (ANY_PERSON.has(next.lower) || isHeadAfter(next.lower));
      const narrow = longer ? next.lower : found.head;
      const last = (longer ? next : part[found.np[1] - 1]) as Token;
      // `"…," the official, who asked not to be named, said.` before: the same description again, read past.
      if (first.lower === 'the' && found.head === head && found.np[1] - found.np[0] === 2) continue;
      // (The same head, `A congressional source told …` / `the source`, is that description all the more.)
      const name = ctx.text.slice(first.start, last.end).replace(/^(A|An|One|Another)\b/, (w) => w.toLowerCase());
      if (!INDEFINITE.has(first.lower) || !(narrow === head || fits(head, narrow, name))) return undefined;
      // Under a broader head, only a subject of a verb of saying: `A diplomat was expelled …`, `A police officer
      // shot a man …` is whom the sentence is about, who did not speak. (The same `official` or `source` again,
      // `A Justice Department official revised …` / `the official`, takes it up whatever its verb but a passive's.)
      const e = longer ? found.np[1] + 1 : found.np[1];
      const same = narrow === head && head !== 'person' && head !== 'individual' && !PASSIVE.has(part[e]?.lower ?? '');
      if (!same && !saysAsSubject(part, found.np[0], e)) return undefined;
      // (Names later in its own sentence are its objects: `… told the paper that the Trump administration …`.)
      if (namedSince(ctx, (part[part.length - 1] as Token).end, at)) return undefined;
      return { name, key: foldName(name), kind: 'unnamed' };
    }
    // A person named in a sentence with no description for a subject: the text is about them now. A
    // source of its own (`…, said the consultant close to the board`, `the leaker denied …`): that one, whom this walk does not read.
    if (namedSince(ctx, start, at) || ownSource(part)) return undefined;
  }
  return undefined;
}

/** Is a person named in the prose (not inside a quotation) between `from` and `to`? */
const namedSince = (ctx: ArticleContext, from: number, to: number): boolean =>
  ctx.people.mentionsBetween(from, to).some((m) => ctx.masked[m.start] !== MASK && isPersonKind(ctx, m.person));

/**
 * The last sentences before `at` that hold words outside quotations, the nearest first, across
 * paragraphs of quotations only (`sentencesBefore` stops at the paragraph before). A paragraph's end
 * closes a sentence too: a caption's credit (`Associated Press`) has no full stop.
 */
function proseSentencesBefore(ctx: ArticleContext, at: number): Token[][] {
  return lastSentences(ctx, windowTokens(ctx, Math.max(0, at - PROSE_REACH), at), PROSE_SENTENCES, true);
}
