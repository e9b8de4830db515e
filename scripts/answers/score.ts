/**
 * Scoring answers against the hand-checked events of `test/fixtures/answers-events.json`: for
 * each query, which expected outlets answered with the expected quote (and speaker), and which
 * claims the answer made are false (wrong speaker, wrong "first", false "nothing from", false
 * "identical"). Shared by `npm run eval:answers` and its test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Answer, CompareAnswer, ResultsAnswer } from '../../src/answer.ts';
import type { Article } from '../../src/corpus/article.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { Engine } from '../../src/engine/index.ts';

export interface Expected {
  outlet: string;
  quote: string;
  speaker?: string;
}

export interface EventQuery {
  event: string;
  command: 'quote' | 'search' | 'compare' | 'who';
  query: string;
  expect: Expected[];
}

export interface EventSet {
  events: Array<{ id: string; split: 'tune' | 'held-out'; description: string }>;
  queries: EventQuery[];
}

export interface Tally {
  queries: number;
  expected: number;
  right: number;
  wrongSpeaker: number;
  wrongFirst: number;
  falseNothingFrom: number;
  falseIdentical: number;
  /** Misses where no extracted quotation of the outlet with the words has the right speaker (quote attribution, not answer shaping). */
  attribution: number;
  misses: string[];
  errors: string[];
}

export const EVENTS_FILE = fileURLToPath(new URL('../../test/fixtures/answers-events.json', import.meta.url));
export const EVENTS_CORPUS = fileURLToPath(new URL('../../test/fixtures/answers-events', import.meta.url));

export function readEventSet(): EventSet {
  return JSON.parse(readFileSync(EVENTS_FILE, 'utf8')) as EventSet;
}

export async function eventEngine(): Promise<Engine> {
  return new Engine(await loadCorpus(EVENTS_CORPUS));
}

/** Quotation marks, apostrophes, case and spacing ignored: the words as read. */
export function norm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201b\u2032`´›‹]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f«»]/g, '"')
    .replace(/\s*(?:--|[\u2013\u2014])\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

function words(text: string): string {
  return norm(text)
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function wordsWithBrackets(text: string): string {
  return norm(text)
    .replace(/[^\p{L}\p{N}'[\]() ]+/gu, ' ')
    .replace(/'(?!\p{L})|(?<!\p{L})'/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const contains = (text: string, quote: string) => words(text).includes(words(quote));
/** A speaker the answer names (not "no speaker named", not an unnamed source's description). */
const claims = (said: string | undefined) => !!said && !/^(unnamed:|no speaker named)/.test(said);
const speakerOk = (said: string | undefined, wanted: string | undefined) =>
  !wanted || (said ?? '').toLowerCase().includes(wanted.toLowerCase());

export function runQuery(engine: Engine, q: EventQuery): Answer {
  if (q.command === 'who') return engine.who(q.query);
  if (q.command === 'compare') return engine.compare({ query: q.query });
  return engine.search({ command: q.command, query: q.query });
}

export function emptyTally(): Tally {
  return {
    queries: 0,
    expected: 0,
    right: 0,
    wrongSpeaker: 0,
    wrongFirst: 0,
    falseNothingFrom: 0,
    falseIdentical: 0,
    attribution: 0,
    misses: [],
    errors: [],
  };
}

/** The extracted quotations of each outlet, to tell attribution misses from answer misses. */
export type QuotesByOutlet = Map<string, Array<{ text: string; speaker: string | null }>>;

/** Adds one query's answer to `t`. `articles` finds an article by id, to check "identical" wordings against their paragraphs. */
export function scoreQuery(t: Tally, q: EventQuery, answer: Answer, articles: Map<string, Article>, quotes?: QuotesByOutlet): void {
  t.queries++;
  const missesBefore = t.misses.length;
  scoreAnswer(t, q, answer, articles);
  if (!quotes) return;
  // Each expected outlet not answered right: is its quotation attributed right in the corpus at all?
  const missed = t.misses.slice(missesBefore);
  for (const e of q.expect) {
    if (!e.speaker || !missed.some((m) => m.includes(`: ${e.outlet}`))) continue;
    const rows = (quotes.get(e.outlet) ?? []).filter((r) => contains(r.text, e.quote) || contains(e.quote, r.text));
    if (rows.some((r) => speakerOk(r.speaker ?? undefined, e.speaker))) continue;
    t.attribution++;
    const at = t.misses.findIndex((m, i) => i >= missesBefore && m.includes(`: ${e.outlet}`) && !m.endsWith('[attribution]'));
    if (at >= 0) t.misses[at] += ' [attribution]';
  }
}

function scoreAnswer(t: Tally, q: EventQuery, answer: Answer, articles: Map<string, Article>): void {
  const label = `${q.event} /${q.command} ${q.query}`;
  if (answer.kind === 'error') {
    t.expected += q.expect.length;
    t.misses.push(...q.expect.map((e) => `${label}: ${e.outlet} (error: ${answer.message})`));
    return;
  }
  if (answer.kind === 'results') scoreResults(t, q, answer, label);
  else if (answer.kind === 'compare') scoreCompare(t, q, answer, label, articles);
}

function scoreResults(t: Tally, q: EventQuery, a: ResultsAnswer, label: string): void {
  for (const e of q.expect) {
    t.expected++;
    const r = a.results.find((x) => x.outlet === e.outlet);
    const hits = (r?.excerpts ?? []).filter((x) => contains(x.text, e.quote) || contains(e.quote, x.text.replace(/…/g, ' ')));
    if (hits.some((x) => speakerOk(x.speaker, e.speaker))) t.right++;
    else if (hits.some((x) => claims(x.speaker))) {
      t.wrongSpeaker++;
      t.errors.push(`${label}: ${e.outlet} speaker ${hits[0]?.speaker ?? '(none)'}, expected ${e.speaker}`);
      t.misses.push(`${label}: ${e.outlet} (wrong speaker)`);
    } else t.misses.push(`${label}: ${e.outlet}${hits.length ? ' (no speaker named)' : r ? ' (other excerpts)' : ''}`);
    if (a.noMatch.includes(e.outlet)) {
      t.falseNothingFrom++;
      t.errors.push(`${label}: "nothing from ${e.outlet}"`);
    }
  }
  for (const st of a.statements ?? []) checkFirst(t, st, label);
}

function scoreCompare(t: Tally, q: EventQuery, a: CompareAnswer, label: string, articles: Map<string, Article>): void {
  for (const e of q.expect) {
    t.expected++;
    const found = a.statements.flatMap((st) =>
      st.variants.filter((v) => v.outlets.includes(e.outlet) && contains(v.text, e.quote)).map(() => st),
    );
    if (found.some((st) => speakerOk(st.speaker, e.speaker))) t.right++;
    else if (found.some((st) => claims(st.speaker))) {
      t.wrongSpeaker++;
      t.errors.push(`${label}: ${e.outlet} speaker ${found[0]?.speaker}, expected ${e.speaker}`);
      t.misses.push(`${label}: ${e.outlet} (wrong speaker)`);
    } else t.misses.push(`${label}: ${e.outlet}`);
  }
  for (const st of a.statements) {
    checkFirst(t, st, label);
    for (const v of st.variants) {
      if (v.citations.length < 2) continue;
      for (const c of v.citations) {
        const body = wordsWithBrackets(
          articles
            .get(c.article)
            ?.paragraphs.slice(c.paragraph - 1)
            .join(' ') ?? '',
        );
        // Every sentence of the wording must stand in the article word for word (case, punctuation
        // and quotation marks aside; editorial brackets count): an outlet may split a quotation.
        const pieces = v.text.split(/[.?!;…]+/).filter((p) => p.trim().split(/\s+/).length >= 2);
        if (!pieces.every((p) => body.includes(wordsWithBrackets(p)))) {
          t.falseIdentical++;
          t.errors.push(`${label}: "${v.text.slice(0, 60)}…" called identical in ${c.outlet} ¶${c.paragraph}`);
        }
      }
    }
  }
}

interface FirstLike {
  outlets: string[];
  firstReported?: { outlet: string; published: string; sameDay?: string[]; certainty?: string };
  variants: Array<{ citations: Array<{ outlet: string; published?: string }> }>;
}

/**
 * "First reported by X" is right when no dated rendering is earlier than X's instant; when another
 * outlet published the same day and either has no time, the answer must say so (`sameDay`).
 */
function checkFirst(t: Tally, st: FirstLike, label: string): void {
  const f = st.firstReported;
  if (!f) return;
  const cites = st.variants.flatMap((v) => v.citations);
  const mine = cites.find((c) => c.outlet === f.outlet && c.published);
  if (!mine?.published) {
    t.wrongFirst++;
    t.errors.push(`${label}: first reported by ${f.outlet}, which has no date`);
    return;
  }
  const at = instant(mine.published);
  for (const c of cites) {
    if (!c.published || c.outlet === f.outlet) continue;
    const other = instant(c.published);
    const sameDayUnknown = other.day === at.day && (!other.timed || !at.timed);
    if (sameDayUnknown) {
      if (!f.sameDay?.includes(c.outlet)) {
        t.wrongFirst++;
        t.errors.push(
          `${label}: first reported by ${f.outlet}, but ${c.outlet} is the same day, time unknown, and the answer does not say so`,
        );
        return;
      }
    } else if (other.ms < at.ms) {
      t.wrongFirst++;
      t.errors.push(`${label}: first reported by ${f.outlet} (${mine.published}), but ${c.outlet} is earlier (${c.published})`);
      return;
    }
  }
}

function instant(published: string): { ms: number; day: string; timed: boolean } {
  const timed = /T\d\d:\d\d/.test(published);
  const ms = Date.parse(timed ? published : `${published.slice(0, 10)}T00:00:00Z`);
  return { ms, day: new Date(ms).toISOString().slice(0, 10), timed };
}

export async function evaluate(): Promise<Record<'tune' | 'held-out', Tally>> {
  const set = readEventSet();
  const engine = await eventEngine();
  const load = await loadCorpus(EVENTS_CORPUS);
  const articles = new Map(load.articles.map((a) => [a.id, a]));
  const splitOf = new Map(set.events.map((e) => [e.id, e.split]));
  const quotes: QuotesByOutlet = new Map();
  for (const r of engine.quoteRows()) {
    const list = quotes.get(r.outlet);
    if (list) list.push({ text: r.text, speaker: r.speaker });
    else quotes.set(r.outlet, [{ text: r.text, speaker: r.speaker }]);
  }
  const out = { tune: emptyTally(), 'held-out': emptyTally() };
  for (const q of set.queries) scoreQuery(out[splitOf.get(q.event) ?? 'tune'], q, runQuery(engine, q), articles, quotes);
  return out;
}
