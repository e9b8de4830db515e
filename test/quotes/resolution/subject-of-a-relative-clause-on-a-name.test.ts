/**
 * The subject of a relative clause on a name (`Ed Kahn, who the governor once called a "…"`) is someone other
 * than that name: the description is not resolved to the name the clause is on.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a description as the subject of `who` on a name', () => {
  it('is not the name the relative clause is on', () => {
    const body = 'The council spoke about Ed Kahn, who the governor once called a "menace."';
    expect(speaker(body, 'menace')).toBe('the governor');
  });
});
