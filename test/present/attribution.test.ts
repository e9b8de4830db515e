import { describe, expect, it } from 'vitest';
import { attributionWords } from '../../src/present/attribution.ts';

describe('attribution words', () => {
  it('reads in order: the cue first when it is "according to"', () => {
    expect(attributionWords({ mention: 'him', cue: 'According to' })).toBe('according to him');
    expect(attributionWords({ mention: 'Mr Putin', cue: 'said' })).toBe('Mr Putin said');
    expect(attributionWords({})).toBe('');
  });
});
