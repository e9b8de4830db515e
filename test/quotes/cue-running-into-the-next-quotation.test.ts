/**
 * After a full quotation that closes its sentence, a cue whose clause runs on, with no comma, into the next
 * quotation (`Another official told the site that "…"`, `Sen. Ben Poe said the vote was "…"`) introduces that
 * quotation: the first keeps its own lead-in (`As Lew Sand told the paper, "…."`). With no lead-in before it,
 * or with a comma after the cue (`Roe said Tuesday, adding that "…"`), the cue after it still speaks.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../support/quote-starting.ts';

describe('a cue after a quotation that runs on into the next one', () => {
  it('gives a quotation its own lead-in, not the next sentence’s `told the site that "…"`', () => {
    const body =
      'As former agent Lew Sand told the paper, "It was not done well. He could have waited." Another senior official told the site that "we were caught off guard."';
    expect(speaker(body, 'It was not done well')).toBe('Lew Sand');
    expect(speaker(body, 'we were caught')).toBe('another senior official');
  });

  it('keeps a `saying,` lead-in when the next sentence’s body says something of its own', () => {
    const body =
      'Mayor Ada Lind defended the name Friday, saying, "It comes from the river. I want to be accurate." The city council accused her critics of "cheap outrage."';
    expect(speaker(body, 'It comes from the river')).toBe('Ada Lind');
  });

  it('keeps two senators apart (`Sen. Ben Poe said the vote was "…"`)', () => {
    const body = 'Sen. Ada Lind told reporters, "We are not done here." Sen. Ben Poe said the vote was "a disgrace."';
    expect(speaker(body, 'We are not done')).toBe('Ada Lind');
    expect(speaker(body, 'a disgrace')).toBe('Ben Poe');
  });

  it('keeps the cue after the quotation when a comma follows it (`Roe said Tuesday, adding that …`)', () => {
    const body = '"We will fight." Jo Roe said Tuesday, adding that the party would "not back down."';
    expect(speaker(body, 'We will fight')).toBe('Jo Roe');
  });

  it('keeps the cue after the quotation when no lead-in of its own is read before it', () => {
    const body =
      '"I have no quarrel with them," said Ada Lind in the debate. Compare that with Ben Poe, who has said, "They should not exist." Poe has also admitted his plan "does not end them" soon.';
    expect(speaker(body, 'They should not exist')).toBe('Ben Poe');
  });

  it('leaves a partial quotation closing the writer’s sentence to the cue after it (`She says …`)', () => {
    const body =
      'Adviser Kay Dunn faulted Hale for a "revised version of events." She says Hale chose to sink into the "gutter" with his remarks.';
    expect(speaker(body, 'revised version')).toBe('Kay Dunn');
  });
});
