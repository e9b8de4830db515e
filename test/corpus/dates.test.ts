import { describe, expect, it } from 'vitest';
import { findDateInText, normaliseDate } from '../../src/corpus/dates.ts';

describe('normaliseDate', () => {
  it.each([
    ['2022-04-26', '2022-04-26'],
    ['2022-04-26T22:55:00+04:00', '2022-04-26T22:55:00+04:00'],
    ['2022-04-26 22:55', '2022-04-26T22:55:00'],
    ['April 26, 2022', '2022-04-26'],
    ['Apr 26 2022', '2022-04-26'],
    ['26 April 2022', '2022-04-26'],
    ['27th Apr, 2022', '2022-04-27'],
    ['4/26/2022', '2022-04-26'],
    ['4/26/22', '2022-04-26'],
    ['April 26, 2022, 10:55 PM', '2022-04-26T22:55:00'],
    ['Tue, 26 Apr 2022 18:55:00 GMT', '2022-04-26T18:55:00'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it('reads YAML and JSON date objects, as a day when there is no time', () => {
    expect(normaliseDate(new Date('2022-04-26T00:00:00Z'))).toBe('2022-04-26');
    expect(normaliseDate(new Date('2022-04-26T18:55:00Z'))).toBe('2022-04-26T18:55:00Z');
  });

  it('rejects what is not a date', () => {
    for (const bad of ['not a date', '2022-02-30', '', 20220426, null, '13/45/2022']) expect(normaliseDate(bad)).toBeUndefined();
  });
});

describe('findDateInText', () => {
  it('prefers a "Published" date to an "Updated" stamp', () => {
    expect(findDateInText(['Updated: April 28, 2022', 'Jane Doe Published April 27, 2022 | 01:00 AM'])).toBe('2022-04-27');
  });

  it('finds a dateline at the top, or an ISO date', () => {
    expect(findDateInText(['Apr 26, 2022 - World', 'Headline'])).toBe('2022-04-26');
    expect(findDateInText([' date 2022-04-27 UrduPoint.com'])).toBe('2022-04-27');
  });

  it('falls back to an "Updated" stamp anywhere, and finds nothing in text without dates', () => {
    expect(findDateInText(['Headline', 'Text.', 'Updated: April 26, 2022, 10:55 PM'])).toBe('2022-04-26');
    expect(findDateInText(['Headline', 'No date here.'])).toBeUndefined();
  });
});
