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

export interface Plan {
  parsed: ParsedQuery;
  view: ParsedQueryView;
  terms: string[];
  scope: Scope;
}

/** Parses a request and resolves its outlets and speaker against the corpus view. */
export function planSearch(request: SearchRequest, corpus: CorpusView): Plan {
  const parsed = parseQuery(request.query);
  if (request.outlet?.trim()) parsed.outlets.push(request.outlet.trim());
  if (request.speaker?.trim()) parsed.speaker = request.speaker.trim();
  const outlets = resolveOutlets(corpus, parsed.outlets);
  let speakerKeys = parsed.speaker ? resolveSpeaker(corpus, parsed.speaker) : undefined;
  let terms = parsed.terms;
  if (!speakerKeys && request.command === 'quote') {
    const found = speakerInTerms(corpus, terms);
    if (found) ({ keys: speakerKeys, rest: terms } = found);
  }
  const keys = speakerKeys;
  const speakerName = keys ? corpus.speakers.find((s) => keys.has(s.speaker.key))?.speaker.name : undefined;
  return {
    parsed,
    terms,
    scope: {
      command: request.command,
      outlets,
      speakerKeys,
      since: parsed.since,
      until: parsed.until,
      phrases: parsed.phrases,
      hidden: request.hiddenOutlets,
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
function resolveOutlets(corpus: CorpusView, values: string[]): Set<string> | undefined {
  if (!values.length) return undefined;
  const names = corpus.outletNames;
  const slug = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
  const chosen = new Set<string>();
  for (const value of values) {
    const wanted = slug(value);
    const matches = names.filter((n) => slug(n) === wanted);
    const partial = matches.length ? matches : names.filter((n) => wanted.length >= 3 && slug(n).includes(wanted));
    if (!partial.length) throw new BotError('unknown_outlet', { outlet: value, known: listForMessage(names) });
    for (const n of partial) chosen.add(n);
  }
  return chosen;
}

function resolveSpeaker(corpus: CorpusView, value: string): Set<string> {
  const found = corpus.lookupSpeaker(value);
  if (!found.length) {
    const known = corpus.speakers
      .filter((s) => s.speaker.kind === 'person')
      .slice(0, 8)
      .map((s) => s.speaker.name);
    throw new BotError('unknown_speaker', { speaker: value, known: known.join(', ') });
  }
  return new Set(found.map((s) => s.key));
}

/** In `/quote Putin Bucha`, finds the words naming a known speaker (longer names first). */
function speakerInTerms(corpus: CorpusView, terms: string[]): { keys: Set<string>; rest: string[] } | undefined {
  for (const width of [3, 2, 1]) {
    for (let i = 0; i + width <= terms.length; i++) {
      const found = corpus.lookupSpeaker(terms.slice(i, i + width).join(' ')).filter((s) => s.kind === 'person');
      if (found.length) return { keys: new Set(found.map((s) => s.key)), rest: [...terms.slice(0, i), ...terms.slice(i + width)] };
    }
  }
  return undefined;
}

/** The outlets a query could have matched (sorted), for the "nothing from" line. */
export function outletsInScope(corpus: CorpusView, outlets: ReadonlySet<string> | undefined, hidden?: ReadonlySet<string>): string[] {
  const all = corpus.outletNames.filter((o) => !hidden?.has(o));
  return (outlets ? all.filter((o) => outlets.has(o)) : all).sort((a, b) => a.localeCompare(b));
}

/** Undated articles in the outlets (all when none is given): date filters leave them out. */
export function undatedIn(view: CorpusView, outlets: ReadonlySet<string> | undefined): number {
  let n = 0;
  for (const o of view.outlets.values()) if (!outlets || outlets.has(o.outlet)) n += o.undated;
  return n;
}

function listForMessage(names: string[]): string {
  return names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more (see /sources)` : names.join(', ');
}
