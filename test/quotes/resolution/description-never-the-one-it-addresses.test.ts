/**
 * `The officer told Brandt, "…"`: a description whose own cue addresses a person (`told X`, `asked X`) never
 * stands for that person, even when the article called them by the description's role; a description
 * that addresses someone else still goes to the person it stands for.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a description and the person its cue addresses', () => {
  it('never stands for the one it told', () => {
    const body =
      'Officer Ivo Brandt taped his shifts at the precinct in May. One officer admitted to Brandt that he had skipped a theft report. The officer told Brandt, "When he told me not to take it, I just looked at him."';
    expect(speaker(body, 'When he told')).not.toBe('Ivo Brandt');
  });

  it('never stands for the one it asked', () => {
    const body = 'Sen. Ida Roe met the board on Monday. The senator asked Sen. Roe, "Will you vote for the levy?"';
    expect(speaker(body, 'Will you vote')).not.toBe('Ida Roe');
  });

  it('still stands for the person when it addresses someone else, and never for the one addressed', () => {
    const body = 'Sen. Ivo Brandt toured the precinct on Monday. The senator told reporters, "We need more officers."';
    expect(speaker(body, 'We need')).toBe('Ivo Brandt');
    const asked = 'Officer Ivo Brandt walked the Catholic parish in March. The officer asked Mayor Ida Roe, "Who pays for this?"';
    expect(speaker(asked, 'Who pays')).not.toBe('Ida Roe');
  });

  it("still stands for the person when its cue addresses that person's partner", () => {
    const body = 'Officer Ivo Brandt stopped the van on Route 9.\n\nThe officer told Brandt\'s partner, "Call it in."';
    expect(speaker(body, 'Call it in')).toBe('Ivo Brandt');
  });
});
