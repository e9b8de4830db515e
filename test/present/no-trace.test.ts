/**
 * What a reader reads: the cards and text made from answers name a speaker only as far as the
 * articles that reader may see name them, and say nothing of a restricted outlet.
 */
import { describe, expect, it } from 'vitest';
import { present } from '../../src/present/present.ts';
import { renderText } from '../../src/render/text.ts';
import { BEFORE_LIFT, hiddenEngine, hiddenOutsideWire, LIFT } from '../engine/hidden-corpus.ts';

const text = (answer: Parameters<typeof renderText>[0]) => renderText(answer, { color: false, surface: 'cli' });

describe('presented answers', () => {
  it('say "1 quote by Lindqvist" while only an embargoed article gives the full name, and the full name once it lifts', () => {
    let now = BEFORE_LIFT;
    const engine = hiddenEngine(() => now);
    const before = text(engine.search({ command: 'quote', query: 'Lindqvist' }));
    expect(before).toContain('1 quote by Lindqvist');
    expect(before).not.toMatch(/Odo|Treasurer/);
    expect(JSON.stringify(present(engine.who('"ferry timetable"')))).not.toMatch(/Odo|Treasurer/);
    now = LIFT;
    expect(text(engine.search({ command: 'quote', query: 'Lindqvist' }))).toContain('2 quotes by Treasurer Odo Lindqvist');
  });

  it('give /sources totals without an outlet restricted to another channel', () => {
    const engine = hiddenEngine(() => LIFT);
    const shown = text(engine.sources(hiddenOutsideWire));
    expect(shown).toContain('3 articles from 3 outlets');
    expect(shown).toMatch(/4 quotes by 2 speakers/);
    expect(shown).not.toMatch(/Wire|wire\/|Halvorsen/);
  });
});
