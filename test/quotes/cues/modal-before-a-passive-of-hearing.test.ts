/**
 * `Another officer can be heard saying, "…"`, `Police could be heard shouting: "…"`: a modal before
 * `be heard` belongs to the verb, so the subject before it speaks (never `another officer can`).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a modal before a passive of hearing', () => {
  it('gives the words to the subject before the modal', () => {
    const body = 'The alarm rang twice. Another guard can be heard saying, "The door is open, the door is open."';
    expect(speaker(body, 'The door is open')).toBe('another guard');
    const named = 'The crowd grew. Deputy Tessa Lund could be heard shouting: “Step back! Step back now!”';
    expect(speaker(named, 'Step back')).toBe('Tessa Lund');
  });
});
