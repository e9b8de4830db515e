/**
 * `Roe was asked "…"`, `Roe was mocked for making "…" pledges`: the subject of a passive with no `by` agent is
 * who was asked or judged, never who spoke. An earlier cue may speak for words that follow the passive closely
 * (`Lark reported that Roe was asked on Monday "…"`); a passive of hearing or quoting (`was quoted as saying`,
 * `is heard saying`) and a later cue of the subject's own (`was asked … and said`) still give the words to the subject.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('the subject of a passive with no agent', () => {
  it('is not who asked the question', () => {
    const body = 'Anchor Pia Lark reported that Mayor Odile Grant was asked in Dover on Monday "if she had any plans for the harbor."';
    expect(speaker(body, 'if she had')).toBe('Pia Lark');
  });

  it('is not who judged the words', () => {
    const body = 'Some might say Governor Kai Ostrom was mocked for making such "grandiose" promises in March.';
    expect(speaker(body, 'grandiose')).not.toBe('Kai Ostrom');
    const accused =
      'Attorney Ines Faro noted the "loitering rules" Councillor Abel Morrow is accused of breaking "were written for another century."';
    expect(speaker(accused, 'were written')).toBe('Ines Faro');
  });

  it('lends the words to no earlier cue past a comma', () => {
    const body =
      'In May, three marchers claimed they were called names, shoved and pushed at a rally in Dover, Delaware, after Sen. Tomas Berg told the crowd to "clear the square."';
    expect(speaker(body, 'clear the square')).not.toBe('three marchers');
  });

  it('keeps a passive of quoting or hearing, an agent and a later cue of the subject', () => {
    expect(speaker('Mayor Ida Roe was quoted as saying "the dam will hold."', 'the dam')).toBe('Ida Roe');
    expect(speaker('Sen. Ida Roe was heard saying "the dam will hold."', 'the dam')).toBe('Ida Roe');
    expect(speaker('Mayor Ida Roe was asked whether the dam would hold and said "it will, for now."', 'it will')).toBe('Ida Roe');
    expect(speaker('The levy was described by Sen. Ida Roe as "a tax on Catholic schools."', 'a tax')).toBe('Ida Roe');
    expect(speaker('Ava Lund, who was asked about the dam in April, said "it will hold."', 'it will')).toBe('Ava Lund');
  });

  it('keeps the subject who was judged for saying the words', () => {
    const mocked = 'Gov. Ada Lowe said Sen. Piet Hale was mocked online for promising "a chicken in every pot."';
    expect(speaker(mocked, 'a chicken')).toBe('Piet Hale');
    const slammed = 'Lowe told reporters that Sen. Piet Hale was slammed for describing the flood as "the will of God."';
    expect(speaker(slammed, 'the will')).toBe('Piet Hale');
  });
});
