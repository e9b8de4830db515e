/**
 * Round 11 (issue 13): the names of bodies and people cut or mistaken by their words: a web address
 * (`Slate.com`) read as its ending only, a person whose surname is an organisation's word (`Betty
 * Hill`) read as a body. Our own sentences, in the shapes of the tuning sets' misses.
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

describe('a web address as a source', () => {
  it('is the whole address, an organisation (`Slate.com called`), not its ending', () => {
    const body = 'Last spring, Newsline.com called the senator "the loudest voice in the room."';
    expect(speakerStarting(body, 'the loudest voice')).toMatchObject({ name: 'Newsline.com', kind: 'organisation' });
  });

  it('keeps the address whole after a description (`the liberal group X.org`)', () => {
    const body = 'Even the progressive group FairVote.org called the plan a "truly terrible idea."';
    expect(speakerStarting(body, 'truly terrible idea')?.name).toMatch(/FairVote\.org$/);
  });
});

describe('a given name before a word that also names bodies', () => {
  it('is a person (`Jo Fund`, `Betty Hill`), whom `he`/`she` can refer to', () => {
    const body =
      'Columnist Walter Fund has followed the senator for years. "He built the machine himself," he said.\n\n' +
      'Margaret Hill, who runs the bakery, was blunt. "We lost half our customers," she said.';
    expect(speakerStarting(body, 'He built the machine')).toMatchObject({ name: 'Walter Fund', kind: 'person' });
    expect(speakerStarting(body, 'We lost half')).toMatchObject({ name: 'Margaret Hill', kind: 'person' });
  });

  it('leaves a body of a place and that word a body (`the Virginia House`)', () => {
    const body = 'The Virginia House passed the bill on Friday. "This is a good day," the Virginia House said in a statement.';
    expect(speakerStarting(body, 'This is a good day')?.kind).toBe('organisation');
  });
});

describe('an ampersand inside a body’s name', () => {
  it('keeps the whole name as the source, before or after the verb', () => {
    const before = '"We will appeal the ruling," the Department of Parks & Public Lands said.';
    const after = '"We will appeal the ruling," said the Department of Parks & Public Lands.';
    expect(speakerStarting(before, 'We will appeal')).toMatchObject({
      name: 'the Department of Parks & Public Lands',
      kind: 'organisation',
    });
    expect(speakerStarting(after, 'We will appeal')?.name).toBe('the Department of Parks & Public Lands');
  });

  it('makes a body of `X & Y` and `B&G Foods`, not a person named by the last word', () => {
    const firm = 'Hartley & Vance said it would "contest every claim."';
    const glued = 'K&R Foods said the recall was "a precaution."';
    expect(speakerStarting(firm, 'contest every claim')).toMatchObject({ name: 'Hartley & Vance', kind: 'organisation' });
    expect(speakerStarting(glued, 'a precaution')).toMatchObject({ name: 'K&R Foods', kind: 'organisation' });
  });
});

describe('an outlet named like a person', () => {
  it('is an organisation (`the Lakeview Register`), never the antecedent of `he`', () => {
    const body =
      'The flood reached the hardware store of Sam Ortiz. Lakeview Register reported the damage first. ' +
      '"We lost the whole stock," he said.';
    expect(speakerStarting(body, 'We lost the whole stock')?.name).toBe('Sam Ortiz');
  });
});

describe('a body named `X for Y`', () => {
  it('is the whole body, not a person named by the words after `for`', () => {
    const body = 'Parents for Safer Streets said the new crossing was "long overdue."';
    expect(speakerStarting(body, 'long overdue')).toMatchObject({ name: 'Parents for Safer Streets', kind: 'organisation' });
  });

  it('leaves a work written in title case alone (`Trouble Ahead for Your Savings`)', () => {
    const body = 'Trouble Ahead for Your Savings warns that "rates will not stay low."';
    expect(speakerStarting(body, 'rates will not stay low')?.kind).not.toBe('organisation');
  });
});
