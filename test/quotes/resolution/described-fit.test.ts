import { describe, expect, it } from 'vitest';
import { analyseQuotes, extractQuotes } from '../../../src/quotes/extract.ts';
import { kindOf } from '../../../src/quotes/mentions/mention-kind.ts';

/** The speaker's name given to the quotation that starts with `start`, if any. */
function speakerOf(text: string, start: string): string | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  expect(q, `no quotation starting with ${start}`).toBeDefined();
  return q?.speaker?.name;
}

describe('definite descriptions checked against what the article says about people (round 14)', () => {
  it('gives no speaker to a description whose occupation clashes with the salient person’s apposition', () => {
    const text =
      'Harold Penwick, an associate professor of geography at the University of Leeds, studies turnout.\n\n' +
      '"Turnout will climb this year," Penwick said.\n\n' +
      'Pop stars have joined in. Lorelle posted a sign-up link for her fans.\n\n' +
      '"Nothing matters more than your own vote today," the singer wrote.';
    expect(speakerOf(text, 'Nothing matters more')).toBeUndefined();
  });

  it('gives no speaker to an occupation the salient president cannot hold', () => {
    const text =
      'President Dana Whitlock spoke about the storm on Sunday.\n\n' +
      'The agency’s top scientist called the warning "misleading" in an email to staff.';
    expect(speakerOf(text, 'misleading')).toBeUndefined();
  });

  it('gives "the N-year-old" to the person the article gave that age, not to the last subject', () => {
    const text =
      'Corwin Blake, 61, has run the bakery on Mill Street since 1990.\n\n' +
      'Ada Finch, a regular customer, said she would miss the rye bread most of all.\n\n' +
      '"I never thought I would close the doors," said the 61-year-old.';
    expect(speakerOf(text, 'I never thought')).toBe('Corwin Blake');
  });

  it('takes a name written only in picture credits (after a slash) for no person', () => {
    const text =
      'FILE PHOTO: Teachers march in Salem, Oregon, U.S., May 3, 2018. REUTERS/Lucas Hale/File Photo\n\n' +
      'Dale Wren, a teacher, said "we are not done yet."';
    const { ctx } = analyseQuotes(text);
    if (!ctx) throw new Error('no context');
    ctx.people.add(['Lucas', 'Hale'], text.indexOf('Lucas'), text.indexOf('/File'));
    const kinds = Object.fromEntries(ctx.people.people.map((p) => [ctx.people.speakerOf(p).name, kindOf(ctx, p)]));
    expect(kinds).toMatchObject({ 'Lucas Hale': 'other', 'Dale Wren': 'person' });
  });

  it('does not give "the CEO of" one company to the CEO of another', () => {
    const text =
      'Brightline CEO Owen Tarr said on Monday that sales had doubled.\n\n' +
      'Software entrepreneur Mara Quist watched the results at home.\n\n' +
      'Quist agreed with the forecast. "Prices will fall again before spring," said the CEO of All Lenders, a site that compares loans.';
    expect(speakerOf(text, 'Prices will fall')).not.toBe('Owen Tarr');
  });

  it('names the salient person by an occupation outside the person-head list when the article describes them so', () => {
    const text =
      'The diocese published the report on Tuesday. Cardinal Paul Everly, archbishop of Lindham, was named in it.\n\n' +
      'Cardinal Everly defended his record on Wednesday.\n\n' +
      '"I acted with care at every step," the archbishop said in a statement.';
    expect(speakerOf(text, 'I acted with care')).toBe('Paul Everly');
  });

  it('gives a description in apposition right after a name, read as the source phrase, to that name', () => {
    const text =
      'Similarly, Dr. Nora Bellweather, a noted surgeon, teacher and author, once wrote, "Every patient deserves the whole truth."';
    expect(speakerOf(text, 'Every patient deserves')).toBe('Nora Bellweather');
    const plural = 'And Jo Marsh and Eli Stone, two former city auditors, writing for the Ledger, said the plan was "unworkable."';
    expect(speakerOf(plural, 'unworkable')).not.toBe('Eli Stone');
  });

  it('gives "the <owner> adviser" to the salient person the article described as an adviser', () => {
    const text =
      'Governor Ray Whitmore toured the plant on Monday.\n\n' +
      'Lena Ashgrove, a senior adviser to the Whitmore campaign since its first days in Ohio, spoke to reporters on the bus.\n\n' +
      '"He promised a new tone and delivered a worse one," Ms. Ashgrove said.\n\n' +
      'The Whitmore adviser said the campaign would answer "every false claim within the hour."';
    expect(speakerOf(text, 'every false claim')).toBe('Lena Ashgrove');
  });
});
