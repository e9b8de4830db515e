/**
 * `"…," even the mayor said`, `said only Ivo Brandt`, `Only the harbour master called it "…"`: a focusing
 * adverb before a cue's subject is no part of it, and never hides it (`focus-words.ts`).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('focus words before a subject', () => {
  it('finds the subject after a focusing adverb right after a quotation', () => {
    expect(speaker('The meeting dragged on. "We cannot pay for this," even the harbour master said.', 'We cannot')).toBe(
      'the harbour master',
    );
    expect(speaker('The meeting dragged on. "Nobody asked us," only Ivo Brandt said afterwards.', 'Nobody')).toBe('Ivo Brandt');
  });

  it('finds the inverted subject after a focusing adverb', () => {
    expect(speaker('The meeting dragged on. "We cannot pay for this," said even the harbour master.', 'We cannot')).toBe(
      'the harbour master',
    );
    expect(speaker('The meeting dragged on. "Nobody asked us," said not even Ivo Brandt.', 'Nobody')).toBe('Ivo Brandt');
  });

  it('leaves the adverb out of a subject that opens the sentence', () => {
    expect(speaker('The meeting dragged on. Only the harbour master said the dues were "far too high."', 'far too')).toBe(
      'the harbour master',
    );
    expect(speaker('The meeting dragged on. Even Ivo Brandt called the dues "far too high."', 'far too')).toBe('Ivo Brandt');
  });
});
