/**
 * Attribution shapes from the tuning part of the news-37k speaker set and from PolNeAR train, round 4,
 * each in its sentence shape with our own words: manner-of-speaking cues (`fumed`, `elaborated`), a
 * quoted subheading that continues nobody, a partial quotation inside an embedded tweet that names
 * its own speaker, a participle after an attribution that does not open someone else's words, and a
 * time phrase opening the source (`Last week EU ministers declared`).
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('manner-of-speaking cues', () => {
  it('takes `X fumed` and `she elaborated` after a quotation as attributions', () => {
    const body =
      'Senator Paula Greene spoke after the vote on the harbour bill.\n\n' +
      '“They never wanted a deal on this at all,” Greene fumed on Wednesday. “It was theatre.”\n\n' +
      'Mayor Tom Ashby disagreed with her account of the talks.\n\n' +
      '“The way I see it,” he elaborated, “both sides walked away too early.”';
    expect(speaker(body, 'They never wanted')).toBe('Paula Greene');
    expect(speaker(body, 'The way I see it')).toBe('Tom Ashby');
  });

  it('takes `surmised` like `said`', () => {
    const body = 'Pollster Rita Moreno watched the count.\n\n"The turnout in the north decided this one," Moreno surmised.';
    expect(speaker(body, 'The turnout')).toBe('Rita Moreno');
  });
});

describe('quoted subheadings', () => {
  it('gives a short quotation alone in its paragraph the speaker of the words it echoes, not the previous speaker', () => {
    const body =
      'The ministry expelled three attachés on Monday, Interior Minister Karl Weber said on the radio.\n\n' +
      '“We did not decide this lightly,” Weber said.\n\n' +
      '‘Deeply Troubling’\n\n' +
      'Last week the bloc’s ministers declared in a statement that the attack was “deeply troubling” and demanded answers.';
    expect(speaker(body, 'We did not decide')).toBe('Karl Weber');
    expect(speaker(body, 'Deeply Troubling')).not.toBe('Karl Weber');
    expect(speaker(body, 'deeply troubling')).toBe('the bloc’s ministers');
  });
});

describe('a time phrase before the source', () => {
  it('leaves `Last week` out of the speaker', () => {
    const body = 'Trade talks resumed in Geneva.\n\nLast week Nordic ministers declared that a deal was “within reach” this year.';
    expect(speaker(body, 'within reach')).toBe('Nordic ministers');
  });
});

describe('embedded tweets', () => {
  it('gives a partial quotation in a tweet to the subject its own sentence names, a full one to the author', () => {
    const body =
      'Reporters followed the court filing closely on Monday.\n\n' +
      'Making the point plainly, county lawyers say if the clerk’s evidence holds up it could bring “fresh charges.” pic.twitter.com/aB3dE5 ' +
      '— Sam Porter (@samporter) March 2, 2021\n\n' +
      '“This changes the timetable for everyone.” — Sam Porter (@samporter) March 2, 2021';
    expect(speaker(body, 'fresh charges')).toBe('county lawyers');
    expect(speaker(body, 'This changes the timetable')).toBe('Sam Porter');
  });

  it('gives a quotation no tweet author when the signature closes a later paragraph, not its own', () => {
    const body =
      'The harbour board met on Tuesday.\n\n' +
      '“We will not sign this,” the chairwoman told the room, and left early\n\n' +
      'Nobody from the board answered questions afterwards.\n\n' +
      '“The vote is a disgrace.” — Lena Hart (@lenahart) June 4, 2022';
    expect(speaker(body, 'We will not sign')).toBe('the chairwoman');
    expect(speaker(body, 'The vote is a disgrace')).toBe('Lena Hart');
  });
});

describe('a participle after an attribution', () => {
  it('lets a later partial quotation of the same paragraph keep the speaker (`…, calling it …. But voters “…”`)', () => {
    const body =
      'Delegates met in Denver on Sunday.\n\n' +
      '“I would struggle to back this candidate,” Representative Ana Ruiz told reporters, calling the claims grave. ' +
      'But party members “may well hold their noses and vote for” him anyway.';
    expect(speaker(body, 'I would struggle')).toBe('Ana Ruiz');
    expect(speaker(body, 'may well hold')).toBe('Ana Ruiz');
  });

  it('still lets a new subject’s cue stop the carry', () => {
    const body =
      'Delegates met in Denver on Sunday.\n\n' +
      '“I would struggle to back this candidate,” Representative Ana Ruiz told reporters. Her rival Mark Stone said voters were “tired of it.”';
    expect(speaker(body, 'tired of it')).toBe('Mark Stone');
  });
});

describe('a new sentence after a quotation that closes its own', () => {
  it('does not take `Critics would argue that` after `…."` as the attribution', () => {
    const body =
      'A new survey of 9,000 pupils was published on Friday.\n\n' +
      'The authors found that "a lot can be done to shrink these gaps early." Critics would argue that the survey says little about adults.';
    expect(speaker(body, 'a lot can be done')).not.toBe('Critics');
  });
});

describe('a lead-in glued before a pronoun', () => {
  it('resolves `In Court he argued, "…"` to the person the pronoun means', () => {
    const body =
      '"The store never asked her about the scarf," wrote Tom Ridley, a lawyer for the chain. In Court he argued, "What we want is a rule that stops guessing."';
    expect(speaker(body, 'What we want')).toBe('Tom Ridley');
  });
});

describe('a quotation paragraph after indirect speech', () => {
  it('goes on with the speaker of the paragraph of indirect speech just before it', () => {
    const body =
      '"Turnout this year looks unusually high," said Maria Lopez, a professor of politics.\n\n' +
      'Sign up for our newsletter\n\n' +
      'Noting that both parties were energised, Lopez said the vote was a referendum on the governor.\n\n' +
      '"The governor is part of the story. The new tax is the other part."';
    expect(speaker(body, 'The governor is part')).toBe('Maria Lopez');
  });
});

describe('names with a possessive or an article glued on', () => {
  it('names `Greenpeace’s Ford` as the person Ford met earlier, not as a name of its own', () => {
    const body =
      '"That is a real setback for the coast," says Dana Ford, campaign director at Greenpeace.\n\n' +
      '"I know the minister wants our votes," Greenpeace\'s Ford says.';
    expect(speaker(body, 'I know the minister')).toBe('Dana Ford');
  });

  it('leaves the article of `a week ago` out of the speaker', () => {
    const body = '"The harbour will be rebuilt by spring," declared Governor Paul Stone a week ago.';
    expect(speaker(body, 'The harbour will')).toBe('Paul Stone');
  });

  it('gives no speaker to a bare article left as the source', () => {
    const body =
      'A search of local papers turned up a note left at the depot: "We are not finished. We will be back."\n\n' +
      '"Nobody has been arrested," the sheriff said.';
    expect(speaker(body, 'We are not finished')).not.toBe('an');
    expect(speaker(body, 'We are not finished')).not.toBe('a');
  });
});

describe('salience of a subject followed by where they work', () => {
  it('resolves `he says` to `scientist Jo Green of the University of Leeds says …`, not to the earlier speaker', () => {
    const body =
      '"I know the mayor wants our votes," said Dale Pike, a campaign organiser.\n\n' +
      'Pike, however, thinks the plan is a mistake.\n\n' +
      'Still, political scientist Jo Green of the University of Leeds says the mayor is doing nothing unusual.\n\n' +
      '"There is a long tradition of this," he says.';
    expect(speaker(body, 'There is a long tradition')).toBe('Jo Green');
  });
});
