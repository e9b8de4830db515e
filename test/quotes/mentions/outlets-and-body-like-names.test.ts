/**
 * Round 11's review of the organisation rules: shapes where the first version printed a wrong body
 * or dropped a right speaker. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('descriptions of outlets', () => {
  it('finds a newspaper named at the end of its sentence (`… by the Washington Post.`)', () => {
    const body = 'The plan was first reported by the Lakeview Post. "It will pass," the paper said.';
    expect(speakerOf(body, 'It will pass')?.name).toBe('Lakeview Post');
  });

  it('never takes a person described as a party member, or a news agency, for `the paper`', () => {
    const member =
      'The Lakeview Post first reported the plan on Monday. Sen. Jo Roe, a West Virginia Democrat, has opposed it for months. ' +
      '"The votes are not there," the paper reported.';
    expect(speakerOf(member, 'The votes')?.name).toBe('Lakeview Post');
    const wire = 'The Lakeview Tribune broke the story. Then the Associated Press confirmed it. "Nothing was hidden," the paper said.';
    expect(speakerOf(wire, 'Nothing was')?.name).toBe('Lakeview Tribune');
  });

  it('leaves a hyphenated modifier out of the outlet’s name (`the Pulitzer Prize-winning …`)', () => {
    const body = 'The award went to the Pulitzer Prize-winning Tampa Bay Times on Monday. "We are honored," the paper said.';
    expect(speakerOf(body, 'We are honored')?.name).toBe('Tampa Bay Times');
  });

  it('finds a department named at the end of its sentence for `the health department`', () => {
    const body = 'The rule came from the Department of Health. "It is final," the health department said.';
    expect(speakerOf(body, 'It is final')?.name).toBe('Department of Health');
  });
});

describe('people whose names look like bodies', () => {
  it('keeps a person whose surname is a newspaper word (`Sun`, `Post`) a person', () => {
    const body =
      'Xiaoyu Sun, who studies trade at the institute, was blunt. "The tariffs are a mistake," Sun said. "And they will stay," she added.';
    expect(speakerOf(body, 'And they will')?.name).toBe('Xiaoyu Sun');
    const role = 'Economist Yuting Sun was blunt. "The tariffs are a mistake," said Sun.';
    expect(speakerOf(role, 'The tariffs')).toMatchObject({ name: 'Yuting Sun', kind: 'person' });
  });

  it('keeps a company or a person named only at a sentence’s start whose name ends in -ing', () => {
    const body =
      'Boeing said on Tuesday that it would "cut production for a year."\n\nBoeing did not say how many workers would be affected. ' +
      '"We regret the impact," Boeing said.';
    expect(speakerOf(body, 'We regret')?.name).toBe('Boeing');
    expect(speakerOf('Sterling, the team owner, said the ban was "unfair."', 'unfair')?.name).toBe('Sterling');
  });

  it('reads `Storm` as a given name, not a storm', () => {
    expect(speakerOf('Storm Reid, the actress, said the film was "a gift."', 'a gift')?.name).toBe('Storm Reid');
  });

  it('keeps a three-word body joined by `&` whole, and still finds the person after a body’s `&`', () => {
    expect(speakerOf('"We expect a strong year," said Barnes & Noble Education.', 'We expect')).toMatchObject({
      name: 'Barnes & Noble Education',
      kind: 'organisation',
    });
    expect(speakerOf('"We will hire more nurses," said Health & Human Services Secretary Jo Roe.', 'We will hire')?.name).toBe('Jo Roe');
  });
});
