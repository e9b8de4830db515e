import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';
import { speakerShaped } from '../../../src/quotes/resolution/junk-guard.ts';

/** The speaker's name given to the quotation that starts with `start`, if any. */
function speakerOf(text: string, start: string): string | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  expect(q, `no quotation starting with ${start}`).toBeDefined();
  return q?.speaker?.name;
}

describe('words that cannot name a speaker by their shape (round 14)', () => {
  it('never reads a year as the subject of a verb of saying (round 15: the name before `in 2012 said` is)', () => {
    const text =
      'Governors rarely admit defeat. Jo Bell in 2008 described her losses as "a rout" and Ann Poe in 2012 said her side was handed "a drubbing." Neither apologised.';
    expect(speakerOf(text, 'a rout')).toBe('Jo Bell');
    expect(speakerOf(text, 'a drubbing')).toBe('Ann Poe');
  });

  it('gives no speaker to a description that opens with a preposition', () => {
    const text = 'The memo says the pupils may ask for "extra quiet" for whatever reason. The district will publish it next week.';
    expect(speakerOf(text, 'extra quiet')).toBeUndefined();
  });

  it('keeps a name found after a preposition, which is left to the name checks', () => {
    expect(speakerShaped('to pollster Dana Ruiz', { name: 'Dana Ruiz', key: 'dana ruiz', kind: 'person' })).toBe(true);
  });

  it('refuses a name read on into its clause, but not a name with a lower-case particle', () => {
    expect(speakerShaped('Moss didn’t', { name: 'Moss didn’t', key: 'moss didn’t', kind: 'person' })).toBe(false);
    expect(speakerShaped('Harlow would', { name: 'Harlow would', key: 'harlow would', kind: 'organisation' })).toBe(false);
    expect(speakerShaped('Ana de la Cruz', { name: 'Ana de la Cruz', key: 'ana de la cruz', kind: 'person' })).toBe(true);
  });

  it('keeps a name whose capitalised word is spelt like an auxiliary (`Will`), and refuses the same word in lower case', () => {
    expect(speakerShaped('Will Harlow', { name: 'Will Harlow', key: 'will harlow', kind: 'person' })).toBe(true);
    expect(speakerShaped('Harlow Will', { name: 'Harlow Will', key: 'harlow will', kind: 'person' })).toBe(true);
    expect(speakerShaped('Harlow will', { name: 'Harlow will', key: 'harlow will', kind: 'person' })).toBe(false);
  });
});

describe('descriptions that end where no noun phrase ends (round 14)', () => {
  it('refuses a description ending in an auxiliary, a preposition or an adverb', () => {
    const unnamed = (name: string) => ({ name, key: name.toLowerCase(), kind: 'unnamed' as const });
    expect(speakerShaped('the Water Board should', unnamed('the Water Board should'))).toBe(false);
    expect(speakerShaped('the Town Hall needs to', unnamed('the Town Hall needs to'))).toBe(false);
    expect(speakerShaped('the Lakeside radio host also', unnamed('the Lakeside radio host also'))).toBe(false);
    expect(speakerShaped('the Lakeside radio host', unnamed('the Lakeside radio host'))).toBe(true);
  });
});

describe('an earlier attribution read again past a new subject (round 14)', () => {
  it('does not read the previous attribution again past a sentence whose described subject is someone else', () => {
    const text =
      'The campaign spokesman Tom Vale struck back on Twitter: "Polls go up and down. We are ready for a long race." ' +
      'Former Ohio governor (and failed Senate candidate) Dan Moss, who hosted the town hall, offered his own upbeat take: "The vote is not tomorrow." ' +
      '"People here decide late, and the governor is working hard," he said.';
    expect(speakerOf(text, 'The vote is not')).not.toBe('Tom Vale');
    expect(speakerOf(text, 'People here decide')).not.toBe('Tom Vale');
  });

  it('still reads it again past a clause that only opens with another name', () => {
    const text =
      'The board cited the truce in its decision and noted that "calm does not come from one side alone." ' +
      'When Ruiz "offered his hand, the general took it."';
    expect(speakerOf(text, 'offered his hand')).toBe('the board');
  });
});
