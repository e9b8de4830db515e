import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseWhitespace, splitParagraphs, unglueParagraphs, untidySpace } from '../../src/corpus/paragraphs.ts';
import { extractQuotes } from '../../src/quotes/extract.ts';

/** Every character JavaScript's `\s` matches, some that it does not, and plain text. */
const PIECES = [
  ' ', '  ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u200b', '\u2028', '\u2029',
  '\u202f', '\u205f', '\u3000', '\ufeff', '\u0085', '\u180e', '\u001f', '!', 'a', 'Word', 'é', '—', '“',
];

describe('whitespace tidying', () => {
  it('finds an untidy space exactly where the regular expression does', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        expect(untidySpace(text)).toBe(/\s\s|[^\S ]/.test(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('collapses runs of any whitespace to one space and trims the ends', () => {
    expect(normaliseWhitespace('  The\u00a0minister \t said\u2009so.  ')).toBe('The minister said so.');
    expect(normaliseWhitespace('Already tidy, she said.')).toBe('Already tidy, she said.');
  });
});

describe('paragraphs glued together when a page was captured', () => {
  it('starts a new paragraph at a sentence end glued to the next sentence', () => {
    expect(unglueParagraphs('The mayor spoke for an hour on Monday night.Roe, 58, who took office in May, was not asked.')).toEqual([
      'The mayor spoke for an hour on Monday night.',
      'Roe, 58, who took office in May, was not asked.',
    ]);
  });

  it('splits between a closing and an opening curly quotation mark, and before an opening one', () => {
    expect(
      unglueParagraphs('“We cannot pay for all of it,” the mayor told the council.“The budget is already stretched.“We will cut where we must,” she added.'),
    ).toEqual(['“We cannot pay for all of it,” the mayor told the council.', '“The budget is already stretched.', '“We will cut where we must,” she added.']);
    expect(unglueParagraphs('“It will be hard,” she said.”“But we will manage.”')).toEqual(['“It will be hard,” she said.”', '“But we will manage.”']);
  });

  it('reads a straight quote after a glued sentence end as closing or opening by the quotes before it', () => {
    expect(unglueParagraphs('She said: "There is a gap between the plans."The plans were drawn up in May.')).toEqual([
      'She said: "There is a gap between the plans."',
      'The plans were drawn up in May.',
    ]);
    expect(unglueParagraphs('The council met in private.“Nobody told us,” one member said. The vote is today."Nothing is settled," Roe said.')).toEqual([
      'The council met in private.',
      '“Nobody told us,” one member said. The vote is today.',
      '"Nothing is settled," Roe said.',
    ]);
  });

  it('never cuts inside a quotation still open, except before a new opening mark', () => {
    for (const text of [
      'The mayor spoke on Monday. “We tried everything we could.They all failed us in the end,” Jo Roe said.',
      'She said "we tried harder than anyone.They failed anyway," and left.',
    ])
      expect(unglueParagraphs(text)).toEqual([text]);
    expect(unglueParagraphs('He said "we tried much harder.They failed."Then he left the room quickly.')).toEqual([
      'He said "we tried much harder.They failed."',
      'Then he left the room quickly.',
    ]);
    expect(unglueParagraphs('“We have no money for it, and we never had.“The plan was never going to work,” Roe said.')).toEqual([
      '“We have no money for it, and we never had.',
      '“The plan was never going to work,” Roe said.',
    ]);
  });

  it('gives back the whole text, in order, whatever it parts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('word', 'Word', '.', '!', ' ', '“', '”', '"', 'é', 'Ёж', 'ab'), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(unglueParagraphs(text).join('')).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves abbreviations, initials, names and spaced sentences whole', () => {
    for (const text of [
      'Gov.Roe and Sen.Doe met at noon.',
      'The book is by J.K.Roe and sold well.',
      'The campaign was called Read.Remember.Vote and ran in May.',
      'The mayor left. Roe stayed on. "We are done," he said.',
      'Visit example.com for the full schedule.',
    ])
      expect(unglueParagraphs(text)).toEqual([text]);
  });

  it('lets a quotation glued to the paragraph before it be found and attributed', () => {
    const body = 'Intro paragraph about the vote.\n\nThe council voted on Monday.“We cannot afford this plan,” Roe said.';
    const paragraphs = splitParagraphs(body);
    expect(paragraphs).toEqual(['Intro paragraph about the vote.', 'The council voted on Monday.', '“We cannot afford this plan,” Roe said.']);
    const quotes = extractQuotes(paragraphs.join('\n\n'));
    expect(quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We cannot afford this plan,', 'Roe']]);
  });
});
