/**
 * The speaker set's scorer (`scripts/eval/speaker-set.ts`): what counts as the same speaker when our
 * name and the hand label are written differently.
 */
import { describe, expect, it } from 'vitest';
import { missClass, sameSpeaker } from '../../../scripts/eval/speaker-set.ts';

describe('sameSpeaker', () => {
  it('accepts the surname alone, or the full name, and a courtesy title before either', () => {
    expect(sameSpeaker('Jane Roe', 'Roe')).toBe(true);
    expect(sameSpeaker('Mr Smith', 'John Smith')).toBe(true);
    expect(sameSpeaker('Sen. Jane Roe', 'Jane Roe')).toBe(true);
  });

  it('reads a name with its generation as the same surname, never two different generations as one person', () => {
    expect(sameSpeaker('Kingsley', 'Robert Earl Kingsley Jr.')).toBe(true);
    expect(sameSpeaker('Tomas Vell', 'Tomas R. Vell, Jr.')).toBe(true);
    expect(sameSpeaker('Robert Earl Kingsley Sr.', 'Robert Earl Kingsley Jr.')).toBe(false);
    expect(sameSpeaker('Jr.', 'Robert Earl Kingsley Jr.')).toBe(false);
  });

  it('reads a site written as its web address as the site, and keeps two different sites apart', () => {
    expect(sameSpeaker('FactFinder', 'FactFinder.org')).toBe(true);
    expect(sameSpeaker('FactFinder.org', 'FactFinder')).toBe(true);
    expect(sameSpeaker('Politicheck.com', 'FactFinder.org')).toBe(false);
    expect(sameSpeaker('Org', 'FactFinder.org')).toBe(false);
  });

  it('accepts an organisation by the initials the article gives it', () => {
    expect(sameSpeaker('CHRF', 'Civil Human Rights Front')).toBe(true);
    expect(sameSpeaker('the Civil Human Rights Front', 'CHRF')).toBe(true);
    expect(sameSpeaker('the CHRF', 'the Civil Human Rights Front')).toBe(true);
  });

  it('still tells apart people who share a surname, and initials that spell something else', () => {
    expect(sameSpeaker('Kim Davis', 'Joe Davis')).toBe(false);
    expect(sameSpeaker('Mr Smith', 'Smithers')).toBe(false);
    expect(sameSpeaker('CHRF', 'Civic Party')).toBe(false);
  });

  it('accepts a description with a qualifier after the labelled head noun, never two different qualifiers', () => {
    expect(sameSpeaker('the family of the suspect', 'the family')).toBe(true);
    expect(sameSpeaker('a spokesman for Roe', 'a spokesman for Doe')).toBe(false);
    expect(sameSpeaker('the family of the suspect', 'the lawyer')).toBe(false);
  });
});

describe('missClass', () => {
  it('tells a quote not extracted from one found with no speaker and one found with a wrong speaker', () => {
    const quote = { text: 'We agreed.', start: 0, end: 12, paragraph: 0, kind: 'full' as const };
    expect(missClass(undefined)).toBe('notExtracted');
    expect(missClass(quote)).toBe('noSpeaker');
    expect(missClass({ ...quote, speaker: { name: 'Jo Roe', key: 'jo roe', kind: 'person' } })).toBe('wrongSpeaker');
  });
});
