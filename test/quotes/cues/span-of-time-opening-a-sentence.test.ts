/**
 * `Hours later, the court issued an opinion saying "…"`: a span of time before `later`, `earlier`, `ago`,
 * `after` or `before` opens a lead-in, never the subject that speaks; the subject after the comma does.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a span of time opening a sentence', () => {
  it('is a lead-in before the subject of a participle of saying', () => {
    expect(speaker('Hours later, the court issued an unsigned opinion saying that "the claim fails."', 'the claim')).toBe('the court');
    expect(speaker('Days later, Mayor Ida Roe issued a statement saying "the pier stays shut."', 'the pier')).toBe('Ida Roe');
    expect(speaker('Moments after the vote, the Harbor Board released a memo saying "the gates are shut."', 'the gates')).toBe(
      'the Harbor Board',
    );
  });

  it('leaves other capitalised words and spans that are subjects alone', () => {
    expect(speaker('Years of neglect left the pier in ruins, Mayor Ida Roe said in May, calling it "a disgrace."', 'a disgrace')).toBe(
      'Ida Roe',
    );
    expect(speaker('Sen. Hours Ellison, the coach, released a memo saying "we play on Sunday."', 'we play')).toBe('Hours Ellison');
  });
});
