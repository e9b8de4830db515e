/**
 * Round 15: speakers given by a pronoun (`he said`) or a description (`the company said`) that came
 * back wrong or missing. Our own sentences, of the shapes the tuning misses showed.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakerOf = (body: string, start: string) => extractQuotes(body).find((q) => q.text.startsWith(start))?.speaker;

describe('a pronoun after an unnamed person who is the subject of the sentence before', () => {
  it('is the description when a relative clause stands between it and its verb (`one employee, who …, said`)', () => {
    const body =
      '"Prices will keep rising," said Dan Mercer, an analyst at Brookfield. ' +
      'But one factory worker, who asked not to be named because he feared losing his job, said he backed Mercer’s view. ' +
      '"I think the owners know it too," he said.';
    expect(speakerOf(body, 'I think the owners')).toMatchObject({ name: 'one factory worker', kind: 'unnamed' });
  });

  it('is the indefinite subject of a subordinate clause (`… as one sergeant addresses the crowd`)', () => {
    const body =
      'Officials named Governor Tom Breck in the report. The prisoners are led to the yard as one sergeant addresses the crowd. ' +
      '"Nobody leaves before the count," he says.';
    expect(speakerOf(body, 'Nobody leaves')).toMatchObject({ name: 'one sergeant', kind: 'unnamed' });
  });

  it('is not crossed by a place or by a person of the other gender named after it', () => {
    const body =
      'A Vermont hardware store owner with an old fraud conviction put it this way in a letter to the Fair Chance Project: ' +
      'It is as if, after Hurricane Irene flooded Montpelier, the rescuers asked Ms. Ada Price about her record. ' +
      '"Nobody with a record got a boat," he wrote.';
    expect(speakerOf(body, 'Nobody with a record')).toMatchObject({ name: 'a Vermont hardware store owner', kind: 'unnamed' });
  });

  it('is not a description whose modifier gives the other gender (`a female officer … he replies`)', () => {
    const body =
      'Mark Lund waited outside the school for his son. "Who are you?" a female officer asks Lund in the video. ' +
      '"I am a father," he replies.';
    expect(speakerOf(body, 'I am a father')?.name).toBe('Mark Lund');
  });

  it('is a name the description stands in apposition to (`said Jo Roe, an adviser to Poe`)', () => {
    const body =
      '"Let the voters decide," said Nadia Farah, an adviser to Assem Karim. "This is about the country." ' +
      '"We have said it many times," she said.';
    expect(speakerOf(body, 'We have said')?.name).toBe('Nadia Farah');
  });

  it('is not the description of a subordinate clause when a person opens the sentence (`Roe, who as a senator backed …`)', () => {
    const body =
      'Tom Hale spoke to the paper on Friday. The paper also noted that Hale, who as a senator backed the 1998 farm bill, now wants part of it repealed. ' +
      '"I have come to think the law went too far," he wrote in an essay.';
    expect(speakerOf(body, 'I have come to think')?.name).toBe('Tom Hale');
  });
});

describe('a body described by its kind (`the group said`)', () => {
  it('is the organisation that opens the sentence before as its subject', () => {
    const body =
      'Oxfam International published its annual report on Monday. While Mayor Jo Pike defends the budget, Oxfam has ' +
      'accused the city of neglect. "In our view, the city has failed its poorest residents," the group said in a statement.';
    expect(speakerOf(body, 'In our view')).toMatchObject({ name: 'Oxfam International', kind: 'organisation' });
  });

  it('stays the description when the organisation named last is no subject', () => {
    const body =
      'Oxfam International published its annual report on Monday. Mayor Jo Pike said the city had met with Oxfam. ' +
      '"We will keep pressing the city," the group said.';
    expect(speakerOf(body, 'We will keep')?.name).toBe('the group');
  });
});

describe('a pronoun after a subject that follows a lead-in (`Last June,`, `However,`)', () => {
  it('is that subject, not a person named in the sentence before', () => {
    const june =
      'The pastor Tom Reed spoke first. Last June, Abel Frost and his wife tried to leave—he would not say where ' +
      '(“It is not legal to go there,” he said)—but they were stopped.';
    expect(speakerOf(june, 'It is not legal')?.name).toBe('Abel Frost');
    const however =
      'Sen. Tom Reed spoke first, praising the plan. However, Abel Frost, the council’s longtime treasurer, wanted a delay. ' +
      '“We need more time to read it,” he said.';
    expect(speakerOf(however, 'We need more time')?.name).toBe('Abel Frost');
  });
});

describe('a pronoun after a sentence opened by someone’s words (`Kaine’s remarks … left many moved`)', () => {
  it('is the owner of the words, not the speaker of the quotation before', () => {
    const body =
      '“He met the moment,” said Tucker Vance, who was a county clerk at the time. ' +
      'Dunmore’s remarks to the shaken town left many in tears. “We will carry each other,” he said that night.';
    const words = extractQuotes(`Gov. Paul Dunmore spoke in May. ${body}`);
    expect(words.find((q) => q.text.startsWith('We will carry'))?.speaker?.name).toBe('Paul Dunmore');
  });
});

describe('a pronoun reporting words that describe its own sentence’s subject (`Jones is “odd,” he said`)', () => {
  it('is the subject of the sentence before, not the person described', () => {
    const body =
      'Police arrested Dan Walsh on Sunday. Walsh, a 31-year-old plumber, says he votes in every election, but he reads Mark Penrose, who hosts a loud radio show. ' +
      'Penrose is “a little strange,” he said. “He gets some things right.”';
    expect(speakerOf(body, 'a little strange')?.name).toBe('Dan Walsh');
  });
});

describe('a subject after a focusing word (`Only Roe`, `Even Roe`)', () => {
  it('is what the next pronoun means, not a person named before', () => {
    const body =
      '“It went fine,” said Nora Quill, a county clerk. The board agreed the vote was no problem. ' +
      'Only Pell, who is running for the board and says she counts her own ballots, disagreed: ' +
      '“When I count a box, I count it twice,” she said.';
    expect(speakerOf(`Dana Pell and Nora Quill sat on the panel. ${body}`, 'When I count')?.name).toBe('Dana Pell');
  });
});

describe('guards found on unlabelled articles', () => {
  it('keeps the name in apposition to an indefinite description (`One woman, former clerk Jo Roe, told …`)', () => {
    const body =
      'One woman who agreed to be named, former payroll clerk Ivy Marsh, told the paper she was shouted at daily. ' +
      '“It was the worst year of my working life,” she said.';
    expect(speakerOf(body, 'It was the worst')?.name).toBe('Ivy Marsh');
  });

  it('takes no owner of words for the subject when someone else is named in that sentence', () => {
    const body =
      'The crisis, the host said on air, was invented. Carl Benton’s comments drew anger, including from a colleague, ' +
      'contributor Omar Haddad. He wrote on Wednesday, “You know who else thinks so? The people causing it.”';
    expect(speakerOf(body, 'You know who else')?.name).not.toBe('Carl Benton');
  });
});
