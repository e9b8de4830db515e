/**
 * Attribution shapes of round 6 (issue 13), each in its sentence shape with our own words: general
 * causes found on PolNeAR train and the tuning parts of the hand-checked news-37k speaker sets.
 */
import { describe, expect, it } from 'vitest';
import { speakerNameStarting as speaker } from '../../support/quote-starting.ts';

describe('a full quotation right after a sentence of indirect speech in its paragraph', () => {
  it('goes on with that sentence\'s speaker (`…, the engineer said. "…"`)', () => {
    const body =
      'The mill closed its second furnace in March.\n\n' +
      'Only one supplier in the region can still make the alloy, and its order book is full until next year, Marta Kowalski said. "We have told the ministry twice that the stockpile will not last."';
    expect(speaker(body, 'We have told the ministry')).toBe('Marta Kowalski');
  });

  it('stays with nobody when the sentence before names no speaker', () => {
    const body =
      'The mill closed its second furnace in March, and the town council met on Friday. "Work will resume when the orders come back."';
    expect(speaker(body, 'Work will resume')).toBeUndefined();
  });
});

describe('the object of `asked` or `told` before a quotation', () => {
  it('is not the speaker when an infinitive follows it (`have asked the judge to apply "…"`)', () => {
    const body =
      'The Harbour Trust says it has nothing to conceal but has asked Judge Okonkwo-Reyes to keep "the ordinary rules of evidence" in the case.';
    expect(speaker(body, 'the ordinary rules')).toBe('Harbour Trust');
  });
});

describe('a partial quotation carried over from the sentence before', () => {
  it('takes the attribution closing its own sentence instead (`He "…," and he "…", Ndiaye said.`)', () => {
    const body =
      'Paul Reiner, who wrote a book about the paper, called the old editor "a giant with a long shadow". ' +
      'He "never knew where the story stopped and the campaign began," and he "treated rivals as enemies", Sophie Ndiaye said.';
    expect(speaker(body, 'never knew where')).toBe('Sophie Ndiaye');
    expect(speaker(body, 'treated rivals')).toBe('Sophie Ndiaye');
  });
});

describe('a subject whose title holds `of` or `and`', () => {
  it('is read whole before its verb of reported speech (`Secretary of State Jo Bloggs today hailed it as a "…"`)', () => {
    const body =
      'On the eve of the summit, Trade and Industry Minister Helena Varga today hailed the agreement as a "turning point for every port on the coast."';
    expect(speaker(body, 'turning point')).toBe('Helena Varga');
    const other = 'At the start of the talks, Secretary of State Daniel Okoro on Monday described the offer as "a serious step."';
    expect(speaker(other, 'a serious step')).toBe('Daniel Okoro');
  });
});

describe('`the head of` a body', () => {
  it("is the person introduced earlier as that body's director, not the body (`the head of the Coastal Survey Agency said`)", () => {
    const body =
      'Coastal Survey Agency Director Miriam Castellanos opened the conference in Dundee on Tuesday.\n\n' +
      'Two senior staff objected to the ministry\'s note, and the head of the Coastal Survey Agency said the regional office "acted exactly as it should have."';
    expect(speaker(body, 'acted exactly')).toBe('Miriam Castellanos');
  });
});

describe('a long lower-case title before a name after the quotation', () => {
  it('gives the name (`," acting chief engineer and deputy director for harbour works Ana Ruiz wrote`)', () => {
    const body =
      'The council published the inspection report on Monday.\n\n' +
      '"The pier was never safe for lorries, and we said so in writing," acting chief engineer and deputy director for harbour works Ana Ruiz wrote to colleagues.';
    expect(speaker(body, 'The pier was never safe')).toBe('Ana Ruiz');
  });
});

describe('an unnamed source the article names later', () => {
  it('is that person (`A spokeswoman for X called it "…"` … `said the spokeswoman, Jo Bloggs.`)', () => {
    const body =
      'A spokeswoman for Mayor Tom Ferris said the audit was closed and called the complaint "a stunt dressed up as oversight."\n\n' +
      '"The mayor has answered every question the auditors asked," said the spokeswoman, Clara Jensen.';
    expect(speaker(body, 'a stunt dressed up')).toBe('Clara Jensen');
  });

  it('is not a person later named after `a` and the same noun (another one)', () => {
    const body =
      'A spokeswoman for Mayor Tom Ferris called the complaint "a stunt dressed up as oversight."\n\n' +
      'A spokeswoman for the auditors, Nina Park, said the review "remains open."';
    expect(speaker(body, 'a stunt dressed up')).toBe('a spokeswoman for Mayor Tom Ferris');
  });
});

describe('`the statement said` after someone said something in a statement', () => {
  it('is that speaker\'s statement, for this quotation and the next (`X said in a statement that … "…," the statement said. "…"`)', () => {
    const body =
      'On Friday, the Harbour Workers Union said in a statement that members would "stand behind every family affected."\n\n' +
      'The mayor "has failed the docks for a decade," the statement said. "We will not be silent any longer."';
    expect(speaker(body, 'has failed the docks')).toBe('the Harbour Workers Union');
    expect(speaker(body, 'We will not be silent')).toBe('the Harbour Workers Union');
  });
});

describe('a person who issued a statement', () => {
  it('speaks the words quoted in it, even after a possessive (`X issued a statement condemning Y\'s "…" remarks`)', () => {
    const body =
      'The federation\'s outgoing chief, Anna Berg, on Sunday also issued a statement condemning Miller\'s "reckless" remarks about referees.';
    expect(speaker(body, 'reckless')).toBe('Anna Berg');
  });
});

describe('a body defining something, after a parenthetical sentence', () => {
  it('is the speaker (`(…later.) The Register at the University of X, which lists 15,000 …, defines it as "…"`)', () => {
    const body =
      'First the authors ask how many accidents were reported between 2001 and 2010. (The 2011 figures come out in the spring.) ' +
      'The Harbour Safety Register at the University of Leeds, which lists 15,000 accidents since 1990, defines a near miss as an "event that could have caused harm."';
    expect(speaker(body, 'event that could')).toBe('Harbour Safety Register');
  });

  it('is nobody from a cue of the sentence before a closed parenthetical', () => {
    const body =
      'First the authors ask how many accidents were reported between 2001 and 2010. (The 2011 figures come out in the spring.) ' +
      'The word "accident" covers a lot of ground in the harbour records.';
    expect(speaker(body, 'accident')).toBeUndefined();
  });
});

describe('a cue inside a relative clause closed before the quotation', () => {
  it('names nobody; the sentence\'s subject calls the man a "…" (`he does call X, who police say …, a "…"`)', () => {
    const body =
      'Rebel commander Idris Kalu appeared in a new video on Tuesday.\n\n' +
      'In it, he praises the gunmen, and he does call Omar Haddad, who police say planned the raid, a "true brother."';
    expect(speaker(body, 'true brother')).toBe('Idris Kalu');
  });
});

describe('a speech word after a possessor', () => {
  it('is a noun, not a cue (`X said the paper\'s reporting set off a "…"`)', () => {
    const body =
      'Reporter Lena Ortiz broke the story in May.\n\n' +
      'Hughes, the council\'s lawyer, said the paper\'s reporting on the contracts set off a "political wildfire."';
    expect(speaker(body, 'political wildfire')).toBe('Hughes');
  });

  it("still reads a contraction as a verb (`he's said`)", () => {
    const body = 'Mayor Tom Ferris has defended the plan all year. He\'s said the tram line is "the best money we will ever spend."';
    expect(speaker(body, 'the best money')).toBe('Tom Ferris');
  });
});

describe('a relative named after the quotation', () => {
  it('speaks: `," his wife, Amber, said`, even when the sentence before is glued to the quotation', () => {
    const body =
      'Dr. Paul Reyes was flown home from Monrovia on Monday.The second patient will follow later this week, officials in Liberia said.' +
      '"We are so grateful for the care he is getting," his wife, Amber, said in a statement.';
    expect(speaker(body, 'We are so grateful')).toBe('Amber');
  });
});

describe('a speaker with a long appositive before the verb', () => {
  it('is the referent of `she said` later in the sentence (`X, a … who …, said she … , efforts she said were "…"`)', () => {
    const body =
      'Lawyer Rita Moreno argued that the emails should be released.\n\n' +
      'Club chairwoman Helen Brandt, a lifelong supporter who has given millions of pounds to local charities over the years, said last week she is proud of the work, efforts she said were meant to "bring the town together."';
    expect(speaker(body, 'bring the town together')).toBe('Helen Brandt');
  });
});

describe('a pronoun right after `said` and before the quotation', () => {
  it('opens what was said; the sentence\'s subject speaks (`X noted … but said it "…"`)', () => {
    const body =
      'In reply, Green Harbour noted that other sites had closed similar accounts but said it "has always stayed out of party politics."';
    expect(speaker(body, 'has always stayed')).toBe('Green Harbour');
  });
});

describe('`the former … aide`', () => {
  it('is the person just described, not an unnamed aide (`X, a former deputy minister, … The former Labour government aide noted that …`)', () => {
    const body =
      'Nora Quinn, a former deputy minister for transport, pointed to the missing safety logs as a sign of deeper trouble. ' +
      'The former Labour government aide noted that the company had "quietly dropped every inspection it could."';
    expect(speaker(body, 'quietly dropped')).toBe('Nora Quinn');
  });
});

describe('a person written by one name throughout', () => {
  it('is a candidate for `the president` (`Before noon, Okafor joined in. "…," the president wrote, … he …`)', () => {
    const body =
      'The minister defended the broadcast on Sunday.\n\n' +
      'Before noon was out, Okafor joined the row. "Sack the editor today," the president wrote later that night, using a phrase he has used before.\n\n' +
      'Okafor often attacks the station over its coverage. In his message he also named the minister.';
    expect(speaker(body, 'Sack the editor')).toBe('Okafor');
  });

  it('is not made of a body written after a noun (`the armed group Kestrel had planned …`)', () => {
    const body =
      'Ambassador Ruth Adeyemi said the armed group Kestrel had planned the raids. She put the blame on the group.\n\n' +
      'Kestrel denied it. "We did not plan anything," she said.';
    expect(speaker(body, 'We did not plan')).toBe('Ruth Adeyemi');
  });
});
