/**
 * Surname families (a person quoted by surname alone in some articles and by full name in others)
 * are grouped as a whole when statements are built, kept with the statements in a store, and
 * regrouped when one of their speakers' quotes change.
 */
import { describe, expect, it } from 'vitest';
import type { QuoteInArticle, Statement } from '../../src/compare/statements.ts';
import type { Article } from '../../src/corpus/article.ts';
import type { Quote, Speaker } from '../../src/quotes/quote.ts';
import { familyKey, settleChunks, StatementIndex } from '../../src/engine/statement-index.ts';

const person = (name: string): Speaker => ({ name, key: name.toLowerCase(), kind: 'person' });
const MARROW = person('Marrow');
const ILSE = person('Ilse Marrow');
const TOMAS = person('Tomas Marrow');

function quoted(id: string, outlet: string, text: string, speaker: Speaker, published = '2031-03-02'): QuoteInArticle {
  const paragraph = `"${text}," the minister said.`;
  const article: Article = {
    id,
    file: `${id}.md`,
    outlet,
    outletKnown: true,
    headline: id,
    published,
    paragraphs: [paragraph],
    removedParagraphs: 0,
  };
  const quote: Quote = { text, start: 0, end: text.length + 2, paragraph: 0, kind: 'full', speaker };
  return { article, quote };
}

const PIER = 'The northern ferry pier reopens for passengers after the winter storms';
const TOLLS = 'Harbour tolls fall by half for every islander from the first of April';

/** A corpus of quotes by speaker key, and a statement index over it, built as a change builds it. */
function built(quotes: QuoteInArticle[]): { index: StatementIndex; corpus: Map<string, QuoteInArticle[]> } {
  const corpus = new Map<string, QuoteInArticle[]>();
  for (const q of quotes) corpus.set(q.quote.speaker!.key, [...(corpus.get(q.quote.speaker!.key) ?? []), q]);
  const index = new StatementIndex(
    (key) => corpus.get(key) ?? [],
    () => corpus.keys(),
  );
  index.invalidate(corpus.keys());
  for (const _ of index.refreshSteps());
  return { index, corpus };
}

const shape = (s: Statement | undefined) => s && { speaker: s.speaker.name, outlets: s.outlets, members: s.members.length };

describe('surname families in the statement index', () => {
  const surnameOnly = quoted('a1', 'Harbour Daily', PIER, MARROW);
  const fullName = quoted('a2', 'River Ledger', PIER, ILSE);
  const otherWords = quoted('a3', 'Coast Times', TOLLS, ILSE);

  it('groups one utterance reported under the surname and under the full name as one statement, named in full', () => {
    const { index } = built([surnameOnly, fullName, otherWords]);
    const statement = index.statementOf(surnameOnly.quote);
    expect(shape(statement)).toEqual({ speaker: 'Ilse Marrow', outlets: ['Harbour Daily', 'River Ledger'], members: 2 });
    expect(index.statementOf(fullName.quote)).toBe(statement);
    expect(shape(index.statementOf(otherWords.quote))).toEqual({ speaker: 'Ilse Marrow', outlets: ['Coast Times'], members: 1 });
    expect(index.familyOfStatement(statement!)).toBe('marrow');
    expect(index.list().map(shape)).toEqual([shape(statement), shape(index.statementOf(otherWords.quote))]);
  });

  it('has no family for a surname nobody is quoted by alone, nor for a surname without a full name', () => {
    const full = built([fullName, otherWords]).index;
    expect(full.familyOfStatement(full.statementOf(fullName.quote)!)).toBeUndefined();
    const alone = quoted('a4', 'Coast Times', PIER, MARROW);
    const surname = built([surnameOnly, alone]).index;
    expect(surname.familyOfStatement(surname.statementOf(alone.quote)!)).toBeUndefined();
    expect(surname.statementOf(alone.quote)?.outlets).toEqual(['Coast Times', 'Harbour Daily']);
  });

  it('does not merge the surname with two full names quoted alike, whose utterances stay apart', () => {
    const tomas = [1, 2, 3].map((n) => quoted(`t${n}`, `Outlet ${n}`, `${TOLLS} number ${n}`, TOMAS));
    const ilse = [1, 2, 3].map((n) => quoted(`i${n}`, `Outlet ${n}`, `${PIER} number ${n}`, ILSE));
    const { index } = built([surnameOnly, ...tomas, ...ilse]);
    expect(shape(index.statementOf(surnameOnly.quote))).toEqual({ speaker: 'Marrow', outlets: ['Harbour Daily'], members: 1 });
  });

  it('regroups a family when one of its speakers changes', () => {
    const { index, corpus } = built([surnameOnly, fullName]);
    const later = quoted('a5', 'Coast Times', PIER, ILSE);
    corpus.set(ILSE.key, [fullName, later]);
    index.invalidate([ILSE.key]);
    expect(index.withFamilies([ILSE.key]).sort()).toEqual([familyKey('marrow'), ILSE.key, MARROW.key]);
    expect(index.statementOf(later.quote)?.outlets).toEqual(['Coast Times', 'Harbour Daily', 'River Ledger']);
  });

  it('is saved under its family key and read back from a store as it was grouped, named in full', () => {
    const { index } = built([surnameOnly, fullName, otherWords]);
    const saved = new Map(index.withFamilies([MARROW.key, ILSE.key]).map((key) => [key, index.ofSpeaker(key)]));
    // The family is stored under its own key; its speakers have no statements of their own.
    expect([...saved].map(([key, statements]) => [key, statements.length])).toEqual([
      [MARROW.key, 0],
      [ILSE.key, 0],
      [familyKey('marrow'), 2],
    ]);
    // A store names a statement by its first member's speaker.
    const stored = (key: string) => (saved.get(key) ?? []).map((s) => ({ ...s, speaker: s.members[0]!.quote.speaker! }));
    const restored = new StatementIndex(
      () => [],
      () => [],
    );
    restored.useStore({ keys: () => saved.keys(), load: stored, nextId: index.idLimit });
    expect(shape(restored.statementOf(surnameOnly.quote))).toEqual(shape(index.statementOf(surnameOnly.quote)));
    expect(restored.list().map(shape)).toEqual(index.list().map(shape));

    // A store that reads a quote's one statement alone is asked under the family's key, and the
    // statement comes back named and marked as the family's, as a whole read gives it.
    const asked: string[] = [];
    const family = stored(familyKey('marrow'));
    const alone = new StatementIndex(
      () => [],
      () => [],
    );
    alone.useStore({
      keys: () => saved.keys(),
      load: stored,
      nextId: index.idLimit,
      statementOf: (quote, unit) => {
        asked.push(unit);
        return (unit === familyKey('marrow') ? family : stored(unit)).find((s) => s.members.some((m) => m.quote === quote));
      },
    });
    const one = alone.statementOf(fullName.quote);
    expect(asked).toEqual([familyKey('marrow')]);
    expect(one?.speaker.key).toBe(ILSE.key);
    expect(shape(one)).toEqual(shape(index.statementOf(fullName.quote)));
    expect(alone.familyOfStatement(one!)).toBe('marrow');
    expect(alone.statementOf(fullName.quote)).toBe(one);
  });

  it('forgets statements a store holds and reads them back as they were when next asked for', () => {
    const quotes = [surnameOnly, fullName, otherWords];
    const corpus = new Map<string, QuoteInArticle[]>([
      [MARROW.key, [surnameOnly]],
      [ILSE.key, [fullName, otherWords]],
    ]);
    const saved = new Map<string, Statement[]>();
    const index = new StatementIndex(
      (key) => corpus.get(key) ?? [],
      () => corpus.keys(),
    );
    const loads: string[] = [];
    const load = (unit: string) => (loads.push(unit), saved.get(unit) ?? []);
    index.useStore({ keys: () => [], load, nextId: 0 });
    index.invalidate(corpus.keys());
    for (const _ of index.refreshSteps([MARROW.key]));
    const units = index.withFamilies([MARROW.key]);
    const before = quotes.map((q) => shape(index.statementOf(q.quote)));
    for (const unit of units) saved.set(unit, [...index.ofSpeaker(unit)]);
    index.release([...units, familyKey('marrow')]);
    // Forgotten: the next question reads the family back from the store, with the same answers.
    expect(quotes.map((q) => shape(index.statementOf(q.quote)))).toEqual(before);
    expect(index.familyOfStatement(index.statementOf(fullName.quote)!)).toBe('marrow');
    expect(before[0]).toEqual({ speaker: 'Ilse Marrow', outlets: ['Harbour Daily', 'River Ledger'], members: 2 });
    expect(loads).toContain(familyKey('marrow'));
  });
});

describe('statements read back from a store', () => {
  /** Three speakers, one statement each, stored; an index over the store that holds at most `budget` members. */
  function overStore(budget: number) {
    const speakers = [person('Ada Quill'), person('Bo Renner'), person('Cy Sallow')];
    const quotes = speakers.map((s, i) => quoted(`s${i}`, 'Harbour Daily', i ? TOLLS : PIER, s));
    const saved = new Map<string, Statement[]>(
      speakers.map((s, i) => [s.key, [{ id: i, speaker: s, members: [quotes[i]!], outlets: ['Harbour Daily'], confidence: 1 }]]),
    );
    const loads: string[] = [];
    const index = new StatementIndex(
      () => [],
      () => speakers.map((s) => s.key),
      { maxLoadedMembers: budget },
    );
    index.useStore({ keys: () => saved.keys(), load: (unit) => (loads.push(unit), saved.get(unit) ?? []), nextId: 3 });
    return { index, quotes, loads, speakers };
  }

  it('forgets the statements read longest ago once those held pass the budget, and reads them again alike', () => {
    const { index, quotes, loads, speakers } = overStore(2);
    const first = quotes.map((q) => shape(index.statementOf(q.quote)));
    expect(loads.filter((u) => !u.startsWith('\u0001'))).toEqual(speakers.map((s) => s.key));
    // Ada's statement was read first: forgotten when Cy's came in, read again when asked for, the same.
    expect(shape(index.statementOf(quotes[0]!.quote))).toEqual(first[0]);
    expect(loads.filter((u) => u === speakers[0]!.key)).toHaveLength(2);
    // Bo's was used after Ada's first read, and Ada's again since: Bo's is the one forgotten now.
    expect(shape(index.statementOf(quotes[2]!.quote))).toEqual(first[2]);
    expect(loads.filter((u) => u === speakers[2]!.key)).toHaveLength(1);
    expect(index.statementOf(quotes[0]!.quote)?.id).toBe(0);
    // Over a budget of nothing, what is asked for is still answered.
    const none = overStore(0);
    expect(none.quotes.map((q) => shape(none.index.statementOf(q.quote)))).toEqual(first);
  });

  it('keeps every statement once the whole list was sorted (its ids are the ones given)', () => {
    const { index, quotes, loads } = overStore(1);
    const ids = index.list().map((s) => s.id);
    const reads = loads.length;
    expect(quotes.map((q) => index.statementOf(q.quote)?.id).sort()).toEqual([...ids].sort());
    expect(loads).toHaveLength(reads);
  });
});

describe('settling speakers in chunks', () => {
  const total = (key: string, quotes: number) => ({ speaker: person(key), quotes });

  it('keeps the speakers of one surname in one chunk, in the order first met', () => {
    const chunks = settleChunks(['ilse marrow', 'odo brandt', 'marrow', 'tomas marrow'], { speakers: 2, quotes: 1_000 }, [
      total('ilse marrow', 3),
      total('marrow', 4),
      total('tomas marrow', 1),
      total('odo brandt', 2),
    ]);
    expect(chunks).toEqual([['ilse marrow', 'marrow', 'tomas marrow'], ['odo brandt']]);
  });

  it('ends a chunk before it passes the quote budget, counting every speaker of a surname, and gives a surname over the budget a chunk of its own', () => {
    const totals = [total('ilse marrow', 60), total('marrow', 50), total('odo brandt', 30), total('kai lund', 30), total('pia lund', 10)];
    // `marrow` is not touched but is regrouped with its surname: its quotes count.
    const chunks = settleChunks(['odo brandt', 'ilse marrow', 'kai lund', 'pia lund'], { speakers: 100, quotes: 70 }, totals);
    expect(chunks).toEqual([['odo brandt'], ['ilse marrow'], ['kai lund', 'pia lund']]);
  });
});
