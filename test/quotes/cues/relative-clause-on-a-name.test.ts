/**
 * A relative clause of saying hung on a name (`…, Jo Dunn, who had called it "…"`) speaks for that name,
 * not for the sentence's subject; our own sentences, in the shapes of the tuning sets' misses.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a relative clause of saying on a name', () => {
  it('gives the words to the object it hangs on, not to the subject (`Roe praised Jo Dunn, who had called the bill "…"`)', () => {
    const body = 'Mayor Otto Kranz met Jo Dunn on Friday. Kranz praised Dunn, who had called the levy "a slow disaster."';
    expect(speaker(body, 'a slow disaster')).toBe('Jo Dunn');
  });

  it('reaches the verb over an infinitive and a participle (`Ask Jo Dunn, who had to apologize after referring to it as "…"`)', () => {
    const body =
      'Sen. Mira Castell spoke at the dinner.\n\n' +
      'Just ask Mira Castell, who had to apologize after referring to the harbour as "a dead zone" during her remarks.';
    expect(speaker(body, 'a dead zone')).toBe('Mira Castell');
  });

  it('leaves the words to the head of a longer phrase (`Jo Roe, an envoy to the United Nations, who called it "…"`)', () => {
    const body =
      'Critics point to the radio interviews given by Ada Lindqvist, the envoy to the United Nations, who called the raid a "minor incident" at first.';
    expect(speaker(body, 'minor incident')).toBe('Ada Lindqvist');
  });

  it('leaves the words to the head of an appositive ending in a name after a title (`Ann Roe, the niece of former candidate Jon, who …`)', () => {
    const body =
      'Nell Ardent spoke on Monday. Among the critics was Nell Ardent, the niece of former candidate Royce, who has described the party as "a closed shop."';
    expect(speaker(body, 'a closed shop')).not.toBe('Royce');
  });

  it('governs nothing past the comma closing it (`Kranz thanked Dunn, who called for the recount, and asked voters to back "…"`)', () => {
    const body =
      'Mayor Otto Kranz met Jo Dunn on Friday. Kranz thanked Dunn, who called for the recount, and asked voters to back "a clean slate."';
    expect(speaker(body, 'a clean slate')).toBe('Otto Kranz');
  });

  it('gives the name none of the words its clause only hears (`Gov. Jo Roe, who was heckled with chants of "…"`)', () => {
    const body = 'Governor Ada Brandt, who was heckled with chants of "Resign!" from a crowd at the fair, has vetoed the bill.';
    expect(speaker(body, 'Resign!')).toBeUndefined();
  });

  it('keeps the name for a gerund after `by` and for `was quoted as calling` (`Jo Roe, who responded by writing: "…"`)', () => {
    const body =
      'Two of the pamphlets were written by the organiser Lin Okafor, who responded by writing on her blog: "Banning a pamphlet only spreads it."\n\n' +
      'Anger grew at the duke, who was quoted as calling the council "a club of fossils."';
    expect(speaker(body, 'Banning a pamphlet')).toBe('Lin Okafor');
  });

  it('gives a progressive clause its name’s words (`Kranz praised Dunn, who is predicting "…"`)', () => {
    const body = 'Mayor Otto Kranz met Jo Dunn on Friday. Kranz praised Dunn, who is predicting "a clean sweep" in May.';
    expect(speaker(body, 'a clean sweep')).toBe('Jo Dunn');
  });

  it('gives no one the words of a passive clause (`Dunn, who was called "…"`)', () => {
    const body = 'Mayor Otto Kranz met Jo Dunn on Friday. Kranz praised Dunn, who was called "a traitor" by the press.';
    expect(speaker(body, 'a traitor')).not.toBe('Otto Kranz');
  });
});
