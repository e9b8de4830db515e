/**
 * A definite description with a broader head (`the official`, `the man`, `the source`) taking up the
 * unnamed person who spoke last under a narrower one (`a French naval attaché`). Our own sentences,
 * in the shapes of the tuning misses (never their text).
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

const attache =
  'Lawyers in Geneva expect a long fight. A French naval attaché told the Gazette on Monday that the claim is "far stronger than it looks." ' +
  'The hearing is set for June.\n\n"If the court takes the case, nobody will be able to ignore the findings," the official, who asked ' +
  'not to be named, said.\n\n"Nobody expects the talks to resume," the official added.';

describe('a definite description whose head is broader than the unnamed speaker’s before it', () => {
  it('is that speaker (`the official` after `a French naval attaché`)', () => {
    expect(speakerStarting(attache, 'If the court takes')).toMatchObject({ name: 'a French naval attaché', kind: 'unnamed' });
    expect(speakerStarting(attache, 'Nobody expects the talks')).toMatchObject({ name: 'a French naval attaché', kind: 'unnamed' });
  });

  it('is not that speaker when a named person spoke in between', () => {
    const body = attache.replace(
      'The hearing is set for June.',
      'Paris has not commented. "We will answer in court," said Anne Leclerc, the foreign minister.',
    );
    expect(speakerStarting(body, 'If the court takes')?.name ?? '').not.toMatch(/attaché/);
  });

  it('is not that speaker when the nearer sentence has another source: a definite one, or one of the same head', () => {
    const definite =
      'A former Acme engineer sued the firm in May. That matters less now, said the consultant close to the board. ' +
      '"Nobody will remember the suit," the source said.';
    expect(speakerStarting(definite, 'Nobody will remember')?.name ?? '').not.toMatch(/engineer/);
    const sameHead =
      '"The plan is dead," a senior aide said. Later a congressional source told the Gazette that the vote was close. ' +
      'According to the source, the result was "a surprise to everyone."';
    expect(speakerStarting(sameHead, 'a surprise to everyone')?.name ?? '').not.toMatch(/aide/);
  });

  it('is the indefinite subject of the same head, read past a modifier that is a head (`A Republican source`)', () => {
    const text =
      'Talks resumed on Friday. A Republican source familiar with the meeting said the mood was calm. ' +
      '"Nobody raised their voice," the source said.';
    expect(speakerStarting(text, 'Nobody raised')).toMatchObject({ name: 'a Republican source', kind: 'unnamed' });
  });

  it('is not the last speaker when the sentence between has a source of its own (`the leaker denied …`)', () => {
    const text =
      '"You must work for the city," replied a reader. Without naming anyone, the leaker denied the post was false. ' +
      '"I just know," the person wrote.';
    expect(speakerStarting(text, 'I just know')?.name ?? '').not.toMatch(/reader/);
  });

  it('is not a speaker of the other sex (`the man` after `a spokeswoman`) nor a document (`the letter`)', () => {
    const woman =
      'The ward was closed for a week. "We were never told why," a spokeswoman for the clinic said.\n\n"Nothing has changed," the man said.';
    expect(speakerStarting(woman, 'Nothing has changed')?.name ?? '').not.toMatch(/spokeswoman/);
    const letter = 'The ward was closed. "We regret the delay," a letter to patients said.\n\n"Nothing has changed," the official said.';
    expect(speakerStarting(letter, 'Nothing has changed')?.name ?? '').not.toMatch(/letter/);
  });
});
