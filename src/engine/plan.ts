/**
 * Planning a search: the parsed query resolved against what readers see at one instant (outlet
 * names, known speakers), into the words to look up and the scope to keep.
 */
import type { ParsedQueryView } from '../answer.ts';
import { BotError } from '../errors.ts';
import { parseQuery, type ParsedQuery } from '../search/query.ts';
import { fold } from '../text/fold.ts';
import type { Scope } from './find.ts';
import type { SearchRequest } from './request.ts';
import type { CorpusView } from './view.ts';
import type { ViewSpeakers } from './view-speakers.ts';
import { guessSpeaker, isTitleWord, nearest, orList, type NamedSpeaker } from './names.ts';
import { note } from '../messages.ts';

export interface Plan {
  parsed: ParsedQuery;
  view: ParsedQueryView;
  terms: string[];
  scope: Scope;
  /** How a misspelt or partial name was read (`Read "Gutteres" as António Guterres.`), for the answer's notes. */
  notes: string[];
}

/** Parses a request and resolves its outlets and speaker against the corpus view. */
export function planSearch(request: SearchRequest, corpus: CorpusView): Plan {
  const parsed = parseQuery(request.query);
  if (request.outlet?.trim()) parsed.outlets.push(request.outlet.trim());
  if (request.speaker?.trim()) parsed.speaker = request.speaker.trim();
  const notes: string[] = [];
  // Names, lookups and counts from what this audience may see: hidden outlets are as if absent.
  const speakers = corpus.speakersFor(request.hiddenOutlets);
  const outlets = resolveOutlets(corpus.outletNamesFor(request.hiddenOutlets), parsed.outlets, notes);
  let speakerKeys = parsed.speaker ? resolveSpeaker(speakers, parsed.speaker, notes) : undefined;
  let terms = parsed.terms;
  if (!speakerKeys && request.command === 'quote') {
    const found = speakerInTerms(speakers, terms) ?? guessInTerms(speakers, terms, notes);
    if (found) ({ keys: speakerKeys, rest: terms } = found);
  }
  const keys = speakerKeys;
  const speakerName = keys ? speakers.speakers.find((s) => keys.has(s.speaker.key))?.speaker.name : undefined;
  return {
    parsed,
    notes,
    terms,
    scope: {
      command: request.command,
      outlets,
      speakerKeys,
      since: parsed.since,
      until: parsed.until,
      phrases: parsed.phrases,
      hidden: request.hiddenOutlets,
      speakers,
      outletCount: outletsInScope(corpus, outlets, request.hiddenOutlets).length,
      wholeLens: corpus.seesEverything(request.hiddenOutlets),
    },
    view: {
      terms,
      phrases: parsed.phrases,
      outlets: outlets ? [...outlets] : [],
      speaker: speakerName,
      since: parsed.since,
      until: parsed.until,
    },
  };
}

/** Outlet names a value picks: same letters and digits, else (from three of them) names containing them. */
function resolveOutlets(names: readonly string[], values: string[], notes: string[]): Set<string> | undefined {
  if (!values.length) return undefined;
  const slug = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
  const chosen = new Set<string>();
  for (const value of values) {
    const wanted = slug(value);
    const matches = names.filter((n) => slug(n) === wanted);
    let partial = matches.length ? matches : names.filter((n) => wanted.length >= 3 && slug(n).includes(wanted));
    if (!partial.length) {
      // A misspelt outlet (`axois`): the one name within a typo or two, else "did you mean".
      const near = nearest(wanted, names, (n) => [
        slug(n),
        ...fold(n)
          .split(/[^\p{L}\p{N}]+/u)
          .filter((w) => w.length >= 4),
      ]);
      if (near.length > 1) throw new BotError('ambiguous_outlet', { outlet: value, choices: orList(near.slice(0, 5)) });
      if (!near.length) throw new BotError('unknown_outlet', { outlet: value, known: listForMessage(names) });
      notes.push(note('read_as', { typed: value, meant: near[0]! }));
      partial = near;
    }
    for (const n of partial) chosen.add(n);
  }
  return chosen;
}

function resolveSpeaker(corpus: ViewSpeakers, value: string, notes: string[]): Set<string> {
  const words = value.trim().split(/\s+/);
  while (words.length > 1 && isTitleWord(words[0]!)) words.shift();
  const found = corpus.lookupSpeaker(words.join(' '));
  if (!found.length && words.length === 1) {
    const { meant, choices } = guessSpeaker(words[0]!, people(corpus));
    if (meant) {
      notes.push(note('read_as', { typed: value, meant: meant.name }));
      return new Set([meant.key]);
    }
    if (choices.length) throw new BotError('ambiguous_speaker', { speaker: value, choices: orList(choices.map((c) => c.name)) });
  }
  if (!found.length) {
    const known = corpus.speakers
      .filter((s) => s.speaker.kind === 'person')
      .slice(0, 8)
      .map((s) => s.speaker.name);
    throw new BotError('unknown_speaker', { speaker: value, known: known.join(', ') });
  }
  return new Set(found.map((s) => s.key));
}

/**
 * In `/quote Putin Bucha`, finds the words naming a known speaker: the first name typed wins
 * (`/quote Trump John Bolton` is Trump on Bolton), the longest reading at that place first.
 * Honorifics and titles just before the name (`Mr`, `President`, `Prime Minister`) belong to it.
 */
function speakerInTerms(corpus: ViewSpeakers, terms: string[]): { keys: Set<string>; rest: string[] } | undefined {
  for (let i = 0; i < terms.length; i++) {
    for (const width of [3, 2, 1]) {
      if (i + width > terms.length) continue;
      const words = terms.slice(i, i + width).join(' ');
      if (width === 1 && corpus.namesNonPerson(words)) continue;
      const found = corpus.lookupSpeaker(words).filter((s) => s.kind === 'person');
      if (!found.length) continue;
      let from = i;
      while (from > 0 && isTitleWord(terms[from - 1]!)) from--;
      return { keys: new Set(found.map((s) => s.key)), rest: [...terms.slice(0, from), ...terms.slice(i + width)] };
    }
  }
  return undefined;
}

/**
 * No word names a known speaker exactly: a capitalised word may still be a first name only one
 * person has, or a misspelt name (`/quote Gutteres`). One person meant: read as them, with a note;
 * several: the word stays a topic word and the note asks which was meant.
 */
function guessInTerms(corpus: ViewSpeakers, terms: string[], notes: string[]): { keys: Set<string>; rest: string[] } | undefined {
  for (let i = 0; i < terms.length; i++) {
    const typed = terms[i]!;
    if (!/^\p{Lu}/u.test(typed) || typed.length < 4 || corpus.namesNonPerson(typed)) continue;
    const { meant, choices } = guessSpeaker(typed, people(corpus));
    if (meant) {
      notes.push(note('read_as', { typed, meant: meant.name }));
      let from = i;
      while (from > 0 && isTitleWord(terms[from - 1]!)) from--;
      return { keys: new Set([meant.key]), rest: [...terms.slice(0, from), ...terms.slice(i + 1)] };
    }
    if (choices.length) notes.push(note('did_you_mean_speaker', { typed, choices: orList(choices.map((c) => c.name)) }));
  }
  return undefined;
}

/** An audience's people, one list per audience and view (so `guessSpeaker` indexes each once). */
const PEOPLE = new WeakMap<ViewSpeakers, NamedSpeaker[]>();

function people(corpus: ViewSpeakers): NamedSpeaker[] {
  let list = PEOPLE.get(corpus);
  if (!list)
    PEOPLE.set(
      corpus,
      (list = corpus.speakers
        .filter((s) => s.speaker.kind === 'person')
        .map((s) => ({ name: s.speaker.name, key: s.speaker.key, quotes: s.quotes }))),
    );
  return list;
}

/** The outlets a query could have matched (sorted), for the "nothing from" line. */
export function outletsInScope(corpus: CorpusView, outlets: ReadonlySet<string> | undefined, hidden?: ReadonlySet<string>): string[] {
  const all = corpus.outletNamesFor(hidden);
  return (outlets ? all.filter((o) => outlets.has(o)) : [...all]).sort((a, b) => a.localeCompare(b));
}

/** Undated articles in the outlets (all when none is given): date filters leave them out. */
export function undatedIn(view: CorpusView, outlets: ReadonlySet<string> | undefined, hidden?: ReadonlySet<string>): number {
  let n = 0;
  for (const o of view.outlets.values()) if ((!outlets || outlets.has(o.outlet)) && !hidden?.has(o.outlet)) n += o.undated;
  return n;
}

function listForMessage(names: readonly string[]): string {
  return names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more (see /sources)` : names.join(', ');
}
