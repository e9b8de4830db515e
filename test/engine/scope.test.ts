/**
 * `mergeSurnameSpeakers` with a memory of its regroupings: a remembered grouping is reused only
 * for the same quotes with the same speakers as the asking audience names them.
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/compare/statements.ts';
import type { Article } from '../../src/corpus/article.ts';
import type { Quote, Speaker } from '../../src/quotes/quote.ts';
import { mergeSurnameSpeakers } from '../../src/engine/scope.ts';

const person = (name: string): Speaker => ({ name, key: name.toLowerCase(), kind: 'person' });
const MARROW = person('Marrow');
const ILSE = person('Ilse Marrow');
const TOMAS = person('Tomas Marrow');

function article(id: string, outlet: string, text: string): Article {
  return {
    id,
    file: `${id}.json`,
    outlet,
    outletKnown: true,
    headline: id,
    published: '2031-03-02',
    paragraphs: [text],
    removedParagraphs: 0,
  };
}

function quoted(a: Article, speaker: Speaker): { article: Article; quote: Quote } {
  const text = a.paragraphs[0]!.slice(1, a.paragraphs[0]!.indexOf('"', 1));
  return { article: a, quote: { text, start: 0, end: text.length + 2, paragraph: 0, kind: 'full', speaker } };
}

const words = '"The northern ferry pier reopens for passengers after the winter storms," she said.';
const surnameOnly = quoted(article('a1', 'Harbour Daily', words), MARROW);
const fullName = quoted(article('a2', 'River Ledger', words), ILSE);
const statement = (id: number, m: { article: Article; quote: Quote }): Statement => ({
  id,
  speaker: m.quote.speaker!,
  members: [m],
  outlets: [m.article.outlet],
  confidence: 1,
});

describe('mergeSurnameSpeakers with remembered regroupings', () => {
  it('groups a surname and the one full name ending in it into one statement, the same when asked again', () => {
    const memo = new Map<string, Statement[]>();
    const ask = () => mergeSurnameSpeakers([statement(0, surnameOnly), statement(1, fullName)], (q) => q.speaker, memo);
    const first = ask();
    expect(first.map((s) => [s.speaker.name, s.outlets])).toEqual([['Ilse Marrow', ['Harbour Daily', 'River Ledger']]]);
    expect(ask()).toEqual(first);
    expect(memo.size).toBe(1);
  });

  it('does not reuse a grouping for the same quotes named otherwise by another audience', () => {
    const memo = new Map<string, Statement[]>();
    mergeSurnameSpeakers([statement(0, surnameOnly), statement(1, fullName)], (q) => q.speaker, memo);
    // This audience knows the full name as Tomas Marrow's: one statement, named so.
    const other = (q: Quote) => (q.speaker === ILSE ? TOMAS : q.speaker);
    const merged = mergeSurnameSpeakers([statement(0, surnameOnly), statement(1, fullName)], other, memo);
    expect(merged.map((s) => s.speaker.name)).toEqual(['Tomas Marrow']);
    expect(merged).toEqual(mergeSurnameSpeakers([statement(0, surnameOnly), statement(1, fullName)], other));
  });
});
