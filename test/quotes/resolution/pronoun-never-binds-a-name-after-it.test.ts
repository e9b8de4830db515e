/**
 * A pronoun never stands for a person its own sentence names again after it (`He told reporters after meeting Odom
 * that …`): that person is no referent, and the quotation is left without a speaker rather than given them. A name
 * used as a modifier of a body (`the Marsh administration`, `Quist campaign staff`) or of another generation (`Pete Alcott Jr.` after
 * `Pete Alcott Sr.`) names nobody again.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a pronoun and a name later in its own sentence', () => {
  it('does not take the name of someone its own clause names after it (`He told reporters after meeting Odom that`)', () => {
    const body =
      'Officials briefed Carl Odom, the county treasurer, on the shortfall on Monday. ' +
      'He told reporters after meeting Odom that the gap was "far wider than anyone said."';
    expect(speaker(body, 'far wider')).toBeUndefined();
  });

  it('nor in a question put to that person (`he asked in a memo to Odom whether Odom had seen`)', () => {
    const body =
      'Inspectors faulted Carl Odom, the county treasurer, for the shortfall. Weeks later he asked in a memo to Odom whether Odom had seen "any of the warnings."';
    expect(speaker(body, 'any of the warnings')).toBeUndefined();
  });

  it('still takes a person named after a parenthetical pronoun (`she insists, Roe and her team are`)', () => {
    const body =
      'Greta Lund, a novelist, answered her critics in a long post on Monday. And so, she insists, Lund and her co-writers are "entirely at peace" with the casting.';
    expect(speaker(body, 'entirely at peace')).toBe('Greta Lund');
  });

  it('still takes a person whose name only modifies a noun after the pronoun (`the Marsh administration`)', () => {
    const body = 'Gov. Lena Marsh opened the fair on Saturday. She said the Marsh administration was "not done yet" with the roads.';
    expect(speaker(body, 'not done yet')).toBe('Lena Marsh');
  });

  it('still takes a person whose name modifies a body without `the` (`Quist campaign staff`)', () => {
    const body = 'Nora Quist came back to the stage. She told volunteers that Quist campaign staff were "the most patient in the state."';
    expect(speaker(body, 'the most patient')).toBe('Nora Quist');
  });

  it('still takes a person when the later name is of another generation (`Pete Alcott Jr.`)', () => {
    const body =
      'Pete Alcott Sr. took the podium last. He thanked Pete Alcott Jr. for the toast, calling his son "the steadiest hand we have."';
    expect(speaker(body, 'the steadiest hand')).toBe('Pete Alcott Sr');
  });
});
