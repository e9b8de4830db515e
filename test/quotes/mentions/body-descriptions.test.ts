/**
 * Round 11 (issue 13): a description of a body (`the chamber`, `the paper`, `the health department`)
 * stands for the body the article named before it. Our own sentences, in the shapes of the tuning
 * sets' misses (never their text).
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

describe('a description of a body named earlier', () => {
  it('is the body whose name holds the head word (`the chamber` after `the X Chamber of Commerce`)', () => {
    const body =
      'The Fairview County Chamber of Commerce opposed the new parking fees from the start. ' +
      'The chamber argued that the fees would "drive shoppers to the malls" and hurt small shops.';
    expect(speakerStarting(body, 'drive shoppers')).toMatchObject({
      name: 'Fairview County Chamber of Commerce',
      kind: 'organisation',
    });
  });

  it('is the body whose name holds the head and every modifier (`the health department`)', () => {
    const body =
      'The state Department of Transport closed two lanes. The Department of Health and Social Care issued new rules on Monday. ' +
      'The rules require "a clear separation between clinics and labs," the health department said.';
    expect(speakerStarting(body, 'a clear separation')?.name).toBe('Department of Health and Social Care');
  });

  it('is the nearest newspaper named before `the paper`, and a magazine written as `X Magazine` for `the magazine`', () => {
    const body =
      'Readers of the Lakeview Tribune were told something else. "The council misled the town for a year," the paper wrote.\n\n' +
      'QUILL Magazine disputed the claim on Friday. "We never offered him the cover," the magazine said.';
    expect(speakerStarting(body, 'The council misled')?.name).toBe('Lakeview Tribune');
    expect(speakerStarting(body, 'We never offered')?.name).toBe('QUILL Magazine');
  });

  it('is the broadcaster named before `the network`', () => {
    const body = 'At CNBC, guests now record from home. Anchors will sit "at least two desks apart," the network said.';
    expect(speakerStarting(body, 'at least two desks')?.name).toBe('CNBC');
  });

  it('is the news agency named before `the news organization`, and nobody it does not know as one', () => {
    const body =
      'Reuters sued the county for the records in March. The news organization argued that the files were "of plain public interest."';
    expect(speakerStarting(body, 'of plain public interest')?.name).toBe('Reuters');
    const unknown = 'Inkwell Weekly first reported the deal, and CNBC followed. The news organization said the deal was "nearly done."';
    expect(speakerStarting(unknown, 'nearly done')?.name).not.toBe('CNBC');
  });

  it('is the clinic, hospital or plant named before `the facility`', () => {
    const body =
      'The Riverside Clinic, in the north of the city, now asks every visitor to wear a mask. ' +
      'The facility said the rule is "part of keeping patients safe."';
    expect(speakerStarting(body, 'part of keeping')?.name).toBe('Riverside Clinic');
  });

  it("gives a newspaper's editorial to the newspaper", () => {
    const body =
      'The Harbor City Herald\'s editorial board called the plan "a gift to developers."\n\n' +
      'An Eastport Gazette editorial called it "a fair start."';
    expect(speakerStarting(body, 'a gift to developers')?.name).toBe('Harbor City Herald');
    expect(speakerStarting(body, 'a fair start')?.name).toBe('Eastport Gazette');
  });

  it('reads no kind of outlet out of a word that is a property of every object (`the constructor`)', () => {
    const body = 'CNN filmed the new bridge. "We finished a month early," the constructor said.';
    expect(speakerStarting(body, 'We finished')?.name).not.toBe('CNN');
  });

  it('keeps the description when no name of that kind was written', () => {
    const body = 'Nobody at the paper would comment at first. The paper said that the story was "under review."';
    expect(speakerStarting(body, 'under review')?.name).toBe('the paper');
    const other = 'The Department of Defense sent troops. "We will not comment on personnel matters," the health department said.';
    expect(speakerStarting(other, 'We will not comment')?.name).toBe('the health department');
  });
});

describe('the name of an outlet before `the paper`', () => {
  it('holds no word of the sentence before it', () => {
    const body = 'The interview was with Ben Carver. The Lakeview Tribune ran it first. "He spoke for an hour," the paper reported.';
    expect(speakerStarting(body, 'He spoke for an hour')?.name).toBe('Lakeview Tribune');
  });
});
