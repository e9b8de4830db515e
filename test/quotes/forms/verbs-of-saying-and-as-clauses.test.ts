/**
 * Round 12: quotations whose sentence says whose words they are through a verb of saying or attitude
 * outside the old list (`fretted`, `sneered`, `groused`, `likes to say`), and the narration such a
 * verb must not claim. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker?.name;

describe('a wider lexicon of verbs of saying', () => {
  it('gives a partial quotation to the subject of `fretted that`', () => {
    const body =
      'The budget vote was close. Anchor Dana Whitby fretted that cutting the grants "could strand thousands of students" by spring.';
    expect(speakerOf(body, 'could strand')).toBe('Dana Whitby');
  });

  it('gives a quotation to the name after it with a verb of manner (`Roe lectured.`, `Roe groused on Monday.`)', () => {
    const lectured = 'The hearing ran late. "You have had three years to fix this," Mayor Tom Ashgrove lectured.';
    expect(speakerOf(lectured, 'You have had')).toBe('Tom Ashgrove');
    const groused = 'The count was slow. "Nothing much we can do about it," Pat Linwood groused on Monday.';
    expect(speakerOf(groused, 'Nothing much')).toBe('Pat Linwood');
  });

  it('gives a quotation to `X echoed.` closing its sentence, never to the subject of `echoed` with an object', () => {
    const closing = 'The vote was close. "We owe them an answer," Network host Dale Ormond echoed.';
    expect(speakerOf(closing, 'We owe')).toBe('Dale Ormond');
    const object = 'Ruth Calloway said the state must "stand together now." Dale Ormond echoed the senator on Monday.';
    expect(speakerOf(object, 'stand together')).toBe('Ruth Calloway');
  });

  it('gives a quotation to the subject of `likes to say`', () => {
    const body = 'The coach has a motto for hard weeks. "Nobody remembers the easy games," Coach Lena Farrow likes to say.';
    expect(speakerOf(body, 'Nobody remembers')).toBe('Lena Farrow');
  });

  it('gives a full quotation after a sentence of `X thundered`/`X texted` to its subject', () => {
    const body = 'Senator Ruth Calloway texted her staff late that night. "We are not done. Get some sleep and come back swinging."';
    expect(speakerOf(body, 'We are not done')).toBe('Ruth Calloway');
  });
});

describe('a comment clause of saying (`as X said`)', () => {
  it('gives a quotation to the clause after it (`"…," as Roe claimed in her remarks`)', () => {
    const body = 'Dale Ormond was never a "paper tiger," as Ruth Calloway claimed in her remarks, and he proved it.';
    expect(speakerOf(body, 'paper tiger')).toBe('Ruth Calloway');
  });

  it('gives a quotation to the clause before it (`or as Roe frames it, "…"`)', () => {
    const body = 'The debate gets a new book by Dale Ormond, or as Ormond frames it, "the fight over the record."';
    expect(speakerOf(body, 'the fight over')).toBe('Dale Ormond');
  });

  it('never reads the next sentence’s `As X reported` as the clause of a quotation that ends its own', () => {
    const body =
      'Judges may overrule the panel, called an "advisory verdict." As Lakeview Radio reported in May, judges have done so often.';
    expect(speakerOf(body, 'advisory verdict')).toBeUndefined();
  });
});

describe('verbs of sending or objecting', () => {
  it('never give the quoted words to the subject of `texted X a photo` or `objected to X’s description`', () => {
    const texted = 'The hearing ran long. Reed texted Cole a photo of the sign reading "Closed for good."';
    expect(speakerOf(texted, 'Closed for')).not.toBe('Reed');
    const objected = 'Reed objected to Cole’s description of the bill as "a gift to landlords."';
    expect(speakerOf(objected, 'a gift')).not.toBe('Reed');
  });

  it('give no speaker at all, neither an earlier cue’s nor the previous quotation’s, to the words of a thing sent', () => {
    const reported = 'Officials said Mara Finch posted a photo of a banner reading "Go home now."';
    expect(speakerOf(reported, 'Go home')).toBeUndefined();
    const carried = '"We are leaving," Ben Ostrow said on Friday. Mara Finch texted him a picture of the gate reading "No entry."';
    expect(speakerOf(carried, 'No entry')).toBeUndefined();
  });

  it('give no speaker to a quotation that modifies a thing (`tweeted a "…" complaint`), a title or a passive’s words', () => {
    expect(speakerOf('In May Ben Ostrow tweeted a "total sham" complaint from a fan.', 'total sham')).toBeUndefined();
    expect(speakerOf('Mara Finch praised the video she posted about the movie "Night Train."', 'Night Train')).toBeUndefined();
    expect(speakerOf('Police found a comment posted last year by someone named "ghost rider" online.', 'ghost rider')).toBeUndefined();
    const participle = 'The group went quiet (the last video posted on its site is a 2015 clip from KXL’s "Crossfire.") Others remain.';
    expect(speakerOf(participle, 'Crossfire')).toBeUndefined();
  });

  it('keep the speaker when a clause or another quotation stands between the verb and the quotation', () => {
    const clause = 'Ben Ostrow tweeted Finch’s arrest would be "a turning point for the town."';
    expect(speakerOf(clause, 'a turning point')).toBe('Ben Ostrow');
    const phrase = 'Jo Hale named nobody, but Ben Ostrow tweeted about the "six shadow groups" that fund the effort.';
    expect(speakerOf(phrase, 'six shadow')).toBe('Ben Ostrow');
    const other = 'Mara Finch wrote on Friday. She posted "Goodbye all" in a thread about the history of the mill and wrote "It was home."';
    expect(speakerOf(other, 'It was home')).toBe('Mara Finch');
  });

  it('keep the sender for a recipient, a time word or an adverb before the quotation', () => {
    expect(speakerOf('Ostrow said Finch emailed staff "We are closing."', 'We are closing')).toBe('Finch');
    expect(speakerOf('Ben Ostrow tweeted late Friday "We will prevail."', 'We will prevail')).toBe('Ben Ostrow');
    expect(speakerOf('Mr. Ostrow protested loudly "This is a sham."', 'This is a sham')).toBe('Ostrow');
    expect(speakerOf('Court filings show Finch texted a neighbor "I saw it."', 'I saw it')).toBe('Finch');
    const later = '"We are leaving," Ostrow said on Friday. Later Mara Finch emailed staff "We are closing."';
    expect(speakerOf(later, 'We are closing')).toBe('Mara Finch');
  });
});

describe('an inverted lead-in', () => {
  it('gives the quotation after `Agreed retired FBI agent Jo M. Roe:` to that name', () => {
    const body = '"We lost a year," Hughes said. Agreed retired FBI agent Lena M. Farrow: "The damage will take a decade to repair."';
    expect(speakerOf(body, 'The damage')).toBe('Lena M Farrow');
  });

  it('never opens with `Asked`, `Warned by` or a preposition between the verb and the name', () => {
    const lead = 'Sam Cole took questions after the vote. ';
    for (const opening of [
      'Asked whether he trusted Jo Roe',
      'Asked about Mayor Jo Roe',
      'Warned by Jo Roe',
      'Described by critics as close to Jo Roe',
    ])
      expect(speakerOf(`${lead}${opening}: "Not at all."`, 'Not at all')).not.toBe('Jo Roe');
    expect(speakerOf(`${lead}Agreed Jo Roe of the Daily Planet: "Not at all."`, 'Not at all')).not.toBe('Daily Planet');
  });

  it('opens with any past verb of saying of the lexicon (`Quipped`, `Lamented`, `Tweeted`)', () => {
    for (const verb of ['Quipped', 'Complained', 'Remarked', 'Observed', 'Exclaimed', 'Tweeted', 'Admitted', 'Lamented'])
      expect(speakerOf(`${verb} longtime NASA engineer Ida Marsh: "It never flew."`, 'It never flew')).toBe('Ida Marsh');
  });

  it('gives the quotation to the name after a description closed by a comma (`Countered the senator’s aide, Jo Roe:`)', () => {
    expect(speakerOf('Countered the governor’s press aide, Ida Marsh: "That is false."', 'That is false')).toBe('Ida Marsh');
  });

  it('gives the quotation to the name after an opening verb of saying whose name does not end at the colon', () => {
    const body = 'Lena Crane dismissed the plan on radio. Tweeted Rep. Ida Marsh (D., Ore.) about the plan: "It cannot stand."';
    expect(speakerOf(body, 'It cannot stand')).toBe('Ida Marsh');
  });

  it('never takes the capitalised verb of saying for the name (`Asked whether Jo Roe would run:`)', () => {
    expect(speakerOf('Asked whether Ida Marsh would stay: "Never."', 'Never')).not.toBe('Asked');
    expect(speakerOf('Asked whether Ida Marsh would stay: "Never."', 'Never')).not.toBe('Ida Marsh');
  });
});

describe('an attribution closing the sentence of its quotation', () => {
  it('reaches over a phrase of time or medium after the verb (`…, analyst Jo Roe said in a note on Friday.`)', () => {
    const body = 'The tariff talk is "more noise than news" for now, analyst Pat Linwood said in a note to clients on Friday.';
    expect(speakerOf(body, 'more noise')).toBe('Pat Linwood');
  });

  it('never takes the object of a participle for its subject (`…, noting Roe’s critiques of Dale during their race.`)', () => {
    const body =
      'Dale Ormond hit back at the debate, noting Ruth Calloway’s critiques of Tom Ashgrove during their 2010 race. ' +
      '"You treated him badly," Ormond said.';
    expect(speakerOf(body, 'You treated')).toBe('Dale Ormond');
  });
});

describe('narration the lexicon must not claim', () => {
  it('gives no speaker to a narrator’s quotation of someone else’s word (`I’ve watched X decry as "…"`)', () => {
    const body = 'For months, I’ve watched Tom Ashgrove decry as “rigged” every poll he lost.';
    expect(speakerOf(body, 'rigged')).not.toBe('I’ve');
  });

  it('reads `protests`, `email` and `text` as nouns, not as verbs of saying', () => {
    const protests =
      'Crowds gathered in Riverton, site of the Cedar Mill protests of the 1990s. Many marched in “Tax Day Riverton,” the organisers said.';
    expect(speakerOf(protests, 'Tax Day')).not.toBe('Cedar Mill');
    const email =
      'The party wrote to donors. “Right now, we are behind,” read a Northfield Party Committee email last week. “Give what you can.”';
    expect(speakerOf(email, 'Give what you can')).toContain('Northfield Party Committee');
  });

  it('reads a sending form right after a document noun as its participle (`a statement emailed to reporters`)', () => {
    const body =
      'Speaker Ann Mortlake reacted within minutes. And a statement emailed to reporters: "Any growth is welcome, but the deficit is still far too large."';
    expect(speakerOf(body, 'Any growth')).not.toBe('a statement');
  });

  it('gives no speaker to a participle of state after `was` (`he was worried whether anyone could "…"`)', () => {
    const body =
      'Dale Fenwick wrote to Carla Penn that week. He was worried whether anyone could "finish the job with this mess going on."';
    expect(speakerOf(body, 'finish the job')).toBeUndefined();
  });

  it('gives a short quotation alone on its line, with no sentence end, no speaker from the paragraph before (a heading)', () => {
    const body =
      'Critics say some of the units act on their own.\n\n‘Halt the march’\n\nThe reports came as crowds filled the square on Sunday.';
    expect(speakerOf(body, 'Halt the march')).toBeUndefined();
  });

  it('takes no capitalised headline verb for a sentence’s (`Paper Confirms …`)', () => {
    const body = 'Lakeview Daily Confirms Report. The city’s “bombshell” budget story held up on Monday.';
    expect(speakerOf(body, 'bombshell')).toBeUndefined();
  });
});

describe('`found` as a verb of saying', () => {
  it('reports a finding about someone named after it (`the tribunal found Roe failed to "…"`)', () => {
    const body = 'Judge Lena Marsh was suspended. In 2019, the panel found Marsh failed to "keep proper records."';
    expect(speakerOf(body, 'keep proper')).toBe('the panel');
  });
});
