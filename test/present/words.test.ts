import { describe, expect, it } from 'vitest';
import type { CompareAnswer } from '../../src/answer.ts';
import {
  compareSummary,
  count,
  countMore,
  dateOf,
  dateRange,
  firstReportWords,
  singleOutletLine,
  wordingTag,
} from '../../src/present/words.ts';

const compare = (overrides: Partial<CompareAnswer>): CompareAnswer => ({
  kind: 'compare',
  command: 'compare',
  query: 'grain deal',
  statements: [],
  singleOutlet: 0,
  notes: [],
  ...overrides,
});

describe('words', () => {
  it('counts with the right plural', () => {
    expect([count(1, 'quote'), count(3, 'quote'), count(0, 'outlet'), countMore(1, 'wording'), countMore(2, 'wording')]).toEqual([
      '1 quote',
      '3 quotes',
      '0 outlets',
      '1 more wording',
      '2 more wordings',
    ]);
  });

  it('writes a date as its day, and says undated when there is none', () => {
    expect(dateOf('2022-04-26T22:55:00+04:00')).toBe('2022-04-26');
    expect(dateOf(undefined)).toBe('undated');
    expect([dateRange('2022-04-05', '2022-04-06'), dateRange('2022-04-05', '2022-04-05'), dateRange(undefined, undefined)]).toEqual([
      '2022-04-05 – 2022-04-06',
      '2022-04-05',
      'undated',
    ]);
  });

  it('tags the first wording "first wording" when it is itself partial, never "first full wording"', () => {
    expect(wordingTag({ isBase: true, isPartial: false })).toBe('first full wording');
    expect(wordingTag({ isBase: true, isPartial: true })).toBe('first wording');
    expect(wordingTag({ isBase: false, isPartial: true })).toBe('partial quote');
    expect(wordingTag({ isBase: false, isPartial: false })).toBeUndefined();
  });

  it('names the outlets that could have been first but carry no date', () => {
    const f = {
      outlet: 'Harbour Post',
      published: '2023-07-18T09:00:00Z',
      headline: 'Ports reopen',
      undatedOutlets: ['Quay Daily', 'Tide'],
    };
    expect(firstReportWords(f)).toEqual({
      date: '2023-07-18 09:00 UTC',
      undated: 'Quay Daily, Tide undated',
      line: 'first reported by Harbour Post (2023-07-18 09:00 UTC; Quay Daily, Tide undated, could be earlier)',
    });
    expect(firstReportWords({ ...f, undatedOutlets: [] }).line).toBe('first reported by Harbour Post (2023-07-18 09:00 UTC)');
  });

  it('says "same day, time unknown" instead of ranking a date without a time against a timed report of that day', () => {
    const f = {
      outlet: 'Harbour Post',
      published: '2023-07-18T09:00:00Z',
      headline: 'Ports reopen',
      undatedOutlets: [],
      sameDay: ['Quay Daily'],
    };
    expect(firstReportWords(f).line).toBe('first reported 2023-07-18 by Harbour Post or Quay Daily (same day, time unknown)');
  });

  it('says what a comparison found, and how many statements only one outlet carries', () => {
    expect(compareSummary(compare({ singleOutlet: 2 })).text).toBe('No statement matching "grain deal" is carried by several outlets');
    expect(singleOutletLine(compare({ singleOutlet: 2 }))).toBe('2 matching statements carried by one outlet only');
    expect(singleOutletLine(compare({ singleOutlet: 0 }))).toBe('');
  });
});
