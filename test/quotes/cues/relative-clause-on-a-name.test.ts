/**
 * A relative clause of saying hung on a name (`…, Jo Dunn, who had called it "…"`) speaks for that name,
 * not for the sentence's subject; our own sentences, in the shapes of the tuning sets' misses.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';
import { relativeOnName } from '../../../src/quotes/cues/object-relative.ts';
import { tokenize } from '../../../src/quotes/tokens.ts';

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
    expect(speaker(body, 'a closed shop')).toBe('the niece of former candidate Royce');
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
    expect(speaker(body, 'a traitor')).toBeUndefined();
  });
});

describe('a relative clause on a name with a subject of its own', () => {
  const opening = 'Mayor Otto Kranz met Jo Dunn on Friday. ';
  it('gives the words to that subject, not to the name (`Roe praised Jo Dunn, who critics said was "…"`)', () => {
    expect(speaker(opening + 'Kranz praised Dunn, who critics said was "unfit to serve."', 'unfit to serve')).toBe('critics');
    expect(speaker(opening + 'Kranz praised Dunn, who police described as "a loner."', 'a loner')).toBe('police');
    expect(speaker(opening + 'Kranz praised Dunn, who voters have dubbed "the fixer."', 'the fixer')).toBe('voters');
  });

  it('never gives them to the name over a determiner, a possessive or a pronoun (`who the mayor called`, `who his staff called`, `who everyone calls`)', () => {
    expect(speaker(opening + 'Kranz praised Dunn, who the governor once called "a menace."', 'a menace')).not.toBe('Jo Dunn');
    expect(speaker(opening + 'Kranz praised Dunn, who his own aides called "a bully."', 'a bully')).toBe('his own aides');
    expect(speaker(opening + 'Kranz praised Dunn, who everyone calls "Skipper."', 'Skipper')).not.toBe('Jo Dunn');
  });
});

describe('a relative clause on a name opened by a role or a time', () => {
  it('keeps the name (`Clinton, who as first lady once accused … of a "…"`)', () => {
    const body = 'Mayor Otto Kranz met Jo Dunn on Friday. Kranz praised Dunn, who as party chair once called the plan "a mess."';
    expect(speaker(body, 'a mess')).toBe('Jo Dunn');
  });
});

describe('a relative clause on a name whose verb takes no quotation', () => {
  it('gives the name none of the words (`Jo Roe, who founded a club to promote "…"`)', () => {
    const body = 'Lena Marsh, who founded a society to promote "slow cooking" in the valley, died on Sunday.';
    expect(speaker(body, 'slow cooking')).toBeUndefined();
  });
});

describe('a name at the end of a phrase opened by a quantifier', () => {
  it('is no name of its own for the relative clause after it (`said one Ohio Republican, who said "…"`)', () => {
    const tokens = tokenize(SENTENCE, 0, SENTENCE.length);
    const v = tokens.findIndex((t, k) => t.lower === 'said' && tokens[k - 1]?.lower === 'who');
    expect(relativeOnName(tokens, v)).toBeUndefined();
  });
});

const SENTENCE = 'The vote was close, said one Nevada Democrat, who said ';
