/**
 * Discord's speaker and outlet choices as the user types: only names the asking channel may see,
 * with counts of what it may see, and no name learned only from an embargoed article.
 */
import { describe, expect, it } from 'vitest';
import { autocompleteChoices } from '../../../src/platforms/discord/autocomplete.ts';
import { BEFORE_LIFT, hiddenEngine, hiddenInWire, hiddenOutsideWire, LIFT } from '../../engine/hidden-corpus.ts';

describe('autocomplete choices', () => {
  it('offer no speaker quoted only by an outlet restricted to another channel, and offer them in that channel', () => {
    const engine = hiddenEngine(() => LIFT);
    expect(autocompleteChoices(engine, 'speaker', 'hal', hiddenOutsideWire)).toEqual([]);
    expect(autocompleteChoices(engine, 'speaker', '', hiddenOutsideWire).map((c) => c.value)).not.toContain('Brit Halvorsen');
    expect(autocompleteChoices(engine, 'outlet', 'wi', hiddenOutsideWire)).toEqual([]);
    expect(autocompleteChoices(engine, 'speaker', 'hal', hiddenInWire)).toEqual([
      { name: 'Brit Halvorsen · 2 quotes', value: 'Brit Halvorsen' },
    ]);
  });

  it('offer the surname a visible article gives until the embargoed article naming the speaker in full lifts', () => {
    let now = BEFORE_LIFT;
    const engine = hiddenEngine(() => now);
    expect(autocompleteChoices(engine, 'speaker', 'lind')).toEqual([{ name: 'Lindqvist · 1 quote', value: 'Lindqvist' }]);
    expect(autocompleteChoices(engine, 'speaker', 'odo')).toEqual([]);
    now = LIFT;
    expect(autocompleteChoices(engine, 'speaker', 'odo')).toEqual([
      { name: 'Treasurer Odo Lindqvist · 2 quotes', value: 'Treasurer Odo Lindqvist' },
    ]);
  });

  it('show no bidirectional or zero-width character in a choice name, while the value stays the name the index knows', () => {
    const engine = {
      outletSuggestions: () => ['Wire\u202e Daily'],
      speakerSuggestions: () => [{ name: 'Ada\u200b Quill', quotes: 2 }],
    } as unknown as Parameters<typeof autocompleteChoices>[0];
    expect(autocompleteChoices(engine, 'outlet', 'w')).toEqual([{ name: 'Wire Daily', value: 'Wire\u202e Daily' }]);
    expect(autocompleteChoices(engine, 'speaker', 'a')).toEqual([{ name: 'Ada Quill · 2 quotes', value: 'Ada\u200b Quill' }]);
  });
});
