/**
 * Subjects of a cue that the phrase before it cut short: an indefinite description headed by a noun for a
 * person (`A second worker with …, and said`), and a name after `of` before a participle (`a clip of Roe
 * explaining`). Our own sentences, in the shapes of the tuning sets' misses.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('an indefinite description sharing its subject with a later cue', () => {
  it('is headed by a noun ending like a person’s before a preposition (`A second worker with knowledge …, and said "…"`)', () => {
    const body =
      'Dr. Hal Ennis spoke first.\n\n' +
      'A second worker with knowledge of the ward confirmed the account, and said "The night staff were never told."';
    expect(speaker(body, 'The night staff')).toBe('a second worker');
  });

  it('is headed by such a noun before a past verb (`A fellow student took …, saying, "…"`)', () => {
    const body = 'A fellow student grabbed the phone and tossed it into the pond, saying, "Nobody records me."';
    expect(speaker(body, 'Nobody records me')).toBe('a fellow student');
  });

  it('is not who speaks a passive with its agent (`A man who … was described by officials as "…"`)', () => {
    const body = 'A man who admitted to the break-in and was described by county deputies as "deeply confused" is in custody.';
    expect(speaker(body, 'deeply confused')).toBeUndefined();
  });

  it('gives a passive’s words to its agent (`Roe was described by neighbors as "…"`)', () => {
    expect(speaker('Lena Marsh was described by her tenants as "a fair landlord."', 'a fair landlord')).toBe('her tenants');
  });

  it('never falls back on an earlier cue (`Roe told the court …; the jury was told by prosecutors she was "…"`)', () => {
    const body = 'Lena Marsh told the panel she was blameless; the panel was told by investigators she was "a habitual forger."';
    expect(speaker(body, 'a habitual forger')).toBe('investigators');
  });

  it('is not cut at an adjective ending like a noun (`A senior unnamed official …, and said: "…"`)', () => {
    const body =
      'A senior unnamed Ruritanian official quoted by the state paper denied the claims, and said: "Anyone who has read the file knows better."';
    expect(speaker(body, 'Anyone who has read')).toBe('a senior unnamed Ruritanian official');
  });

  it('is never the sentence’s lone `A` (`A number of …`)', () => {
    const body = 'A number of residents gathered at the hall and left early, saying "the meeting was a sham."';
    expect(speaker(body, 'the meeting was a sham')).toBeUndefined();
  });
});

describe('a name after `of` right before a participle of saying', () => {
  it('is the participle’s subject (`Neither host aired a clip of Roe explaining how "…"`)', () => {
    const body =
      'Senator Ines Varga held a town hall in Reno.\n\n' +
      'Neither host aired a clip of Varga explaining how "this room has a lot of ranchers in it."';
    expect(speaker(body, 'this room has')).toBe('Ines Varga');
  });

  it('is no one’s but a recording’s subject (`Pelosi and other supporters of ObamaCare declaring that it is "…"`)', () => {
    const body = 'Despite Mayor Lund and other backers of Medicaid declaring that it remains "the settled law," some members balked.';
    expect(speaker(body, 'the settled law')).toBe('other backers of Medicaid');
  });
});

describe('a noun ending in -er or -or, or named someone', () => {
  it('heads no description unless it is a noun for a person (`A banner with red letters hung there, saying "…"`)', () => {
    expect(speaker('A banner with gold letters hung over the door, saying "Welcome back, champions."', 'Welcome back')).toBeUndefined();
    expect(speaker('A folder from the council arrived, promising "cheaper buses for all."', 'cheaper buses')).toBeUndefined();
  });

  it('gives no one the words on a thing (`a pastor named Jo Roe sued X claiming he ordered a cake with the words "…"`)', () => {
    const body =
      'A young Idaho baker named Lena Marsh sued Brightway Foods claiming that she had ordered a sign with the words "OPEN LATE" on it.';
    expect(speaker(body, 'OPEN LATE')).toBeUndefined();
  });
});

describe('a name after `of` that a picture shows', () => {
  it('is not the participle’s subject (`Protesters carried pictures of Roe saying "…"`)', () => {
    expect(speaker('Marchers waved photos of Lena Marsh saying "Bring her home."', 'Bring her home')).toBe('Marchers');
  });
});

describe('a passive cue with its agent after it', () => {
  it('leaves words in a clause of reason to the subject (`Roe was mocked by critics for making comments about being "…"`)', () => {
    const body = 'Lena Marsh spoke at the gala. Marsh was mocked by her rivals for making remarks about being "crowned" at the gala.';
    expect(speaker(body, 'crowned')).toBe('Lena Marsh');
  });

  it('gives no one the words inside the agent’s own phrase (`told by the administration and the "news" media`)', () => {
    expect(speaker('Savers are being told by the bank and the "expert" press that rates will fall.', 'expert')).toBeUndefined();
  });

  it('keeps `was quoted by X as saying` for its subject (`A spokesman was quoted by state media as saying "…"`)', () => {
    const body = 'A Ruritanian army spokesman was quoted by the state news agency as saying "the border will stay shut."';
    expect(speaker(body, 'the border will stay shut')).toBe('a Ruritanian army spokesman');
  });
});
