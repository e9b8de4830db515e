import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

/** The speaker's name and kind given to the quotation that starts with `start`. */
function speakerOf(text: string, start: string): { name: string; kind: string } | undefined {
  const q = extractQuotes(text).find((x) => x.text.startsWith(start));
  return q?.speaker ? { name: q.speaker.name, kind: q.speaker.kind } : undefined;
}

describe('a chain of sentences whose subject is the pronoun (round 13)', () => {
  it('gives `he` to the subject of the sentence that opened the chain, not to a man named inside it', () => {
    const text =
      'The inquiry into the harbour contracts has widened to a second port. Inspector Dale Whitcombe has reportedly asked for the ledgers.\n\n' +
      'Within hours of the report that a panel of auditors is now studying the payments in the region, Governor Harlan came out fighting at a Duluth fair.\n\n' +
      'He mocked the inspector for hiring clerks who have worked for Margot Ellery, and the unions for their friends in the city. Once again he accused them of spreading a false tale about his own accounts\n\n' +
      '"The only reason my rivals talk about the invented ledger story is that they have no plan at all," he said.';
    expect(speakerOf(text, 'The only reason my rivals')?.name).toBe('Harlan');
  });

  it('gives `he` to the unnamed person a description introduced when pronoun sentences follow it', () => {
    const text =
      'Senator Paul Okafor has called for a review of the warehouse pay scheme.\n\n' +
      'Some staff said the new rates leave them worse off. A worker earning $16.50 an hour who has worked at the depot for four years added up the changes. ' +
      'Although he is getting a small raise, which comes to about $1,500 a year, he said he would have made more from the old bonuses. ' +
      '"The company is not giving us a raise, it is taking our bonus away," he told a local paper.';
    expect(speakerOf(text, 'The company is not giving')).toEqual({ name: 'a worker earning $16.50 an hour', kind: 'unnamed' });
  });

  it('keeps the nearest subject when the sentence before the quotation has a subject of its own', () => {
    const text =
      'Mayor Colm Brady opened the bridge on Friday. The engineer, Tobias Lund, walked the crowd across it afterwards.\n\n' +
      '"It will carry traffic for a century," he said.';
    expect(speakerOf(text, 'It will carry traffic')?.name).toBe('Tobias Lund');
  });

  it('gives `he` to the first subject of the opening sentence, not to a name in the clause it embeds', () => {
    const text =
      'Councillor Ivo Brandt was among the first to suggest Mayor Kessler was hiding the audit. He pointed out that only two reports were public.\n\n' +
      '"It seems the office is only playing for time," he said.';
    expect(speakerOf(text, 'It seems the office')?.name).toBe('Ivo Brandt');
  });

  it('stops the chain at a sentence whose pronoun only opens a subordinate clause before a named subject', () => {
    const text =
      'Aldo Renz now runs a party that looks out of step with its neighbours.\n\n' +
      'But as he enters his third year in office, Premier Tomas Vidal is under pressure to show results.\n\n' +
      'He cited the port deal as proof. "We signed it when everyone else was closing doors," he said.';
    expect(speakerOf(text, 'We signed it')?.name).toBe('Tomas Vidal');
  });

  it('ends a sentence at a paragraph break even when its full stop is missing', () => {
    const text =
      'Rep. Carl Ostrander said the ministry had misled the committee. "They wanted the minister to have the facts," he added\n\n' +
      "In reaction to the paper's last report on Monday, which tied the militia to the smugglers, Rep. Dario Fenwick said the news came as no surprise.\n\n" +
      '"Some of us knew the militia was involved from the start," he said.';
    expect(speakerOf(text, 'Some of us knew')?.name).toBe('Dario Fenwick');
  });

  it('gives `he` to the subject of a clause joined by `and` after a place opening the sentence', () => {
    const text =
      'Governor Lena Marsh spoke first at the rally.\n\n' +
      'But Riverton has changed the race and Walt Hubbard is the man leading it. He went on the radio on Friday and said more.\n\n' +
      '"We are fighting a very careful war," he said.';
    expect(speakerOf(text, 'We are fighting')?.name).toBe('Walt Hubbard');
  });
  it('gives `she` to the one woman of a compound subject opening the chain', () => {
    const text =
      'Mara Quist and Tom Fenn held forty meetings across the state in one week. Later she found herself arguing that the law was still needed.\n\n' +
      '"We have to look past the glowing reports," she told the committee.';
    expect(speakerOf(text, 'We have to look past')?.name).toBe('Mara Quist');
  });

  it('gives no speaker when `she` could be either woman of a compound subject (a guess is worse than none)', () => {
    const text =
      'Mara Quist and Julia Fenn held forty meetings across the state in one week. Later she found herself arguing that the law was still needed.\n\n' +
      '"We have to look past the glowing reports," she told the committee.';
    expect(speakerOf(text, 'We have to look past')?.name).toBeUndefined();
  });
});

describe('a role description when two people of the article hold the role (round 13)', () => {
  it('gives `the president` to the holder who was the last subject, not to a former one named after him', () => {
    const text =
      'President Elmer Vance told reporters on Tuesday that the border was secure.\n\n' +
      'Vance repeated his claim that the crossings had halved since he replaced former President Ruth Calder, who had promised a wall.\n\n' +
      '"We have done more in one year than anyone did in eight," the president said.';
    expect(speakerOf(text, 'We have done more')?.name).toBe('Elmer Vance');
  });

  it('never gives `the president` to a vice president when a president is in the story', () => {
    const text =
      'President Elmer Vance will not attend the dinner, his office said.\n\n' +
      'Vice President Ana Ruiz gave the keynote instead. The president did appear in a short video that ran before she spoke.\n\n' +
      '"If you stand with me, we will get there together," the president said.';
    expect(speakerOf(text, 'If you stand with me')?.name).toBe('Elmer Vance');
  });
});

describe('a chain headed by a sentence whose subject is owned by a name (round 22)', () => {
  it('gives `he` to the possessor opening the chain’s first sentence, not to a man named later in it', () => {
    const text =
      'Senator Ada Quill and Senator Owen Tarrant, Republican of Idaho, have said they will vote against the levy.\n\n' +
      'Mr. Tarrant’s objections to the levy are unlike Ms. Quill’s; he says it keeps too many of the old fees. ' +
      'And he predicted that support would fade because of the delay caused by Mr. Brandt’s illness.\n\n' +
      '“The longer the levy sits there, the more members will see it changes nothing,” he said on Sunday.';
    expect(speakerOf(text, 'The longer the levy')?.name).toBe('Owen Tarrant');
  });

  it('does not give `he` to a possessor whose possessive owns a person', () => {
    const text =
      'Senator Ada Quill and Senator Owen Tarrant, Republican of Idaho, have said they will vote against the levy.\n\n' +
      'Mr. Tarrant’s chief counsel objected to the levy on Monday; he says it keeps too many of the old fees. ' +
      'And he predicted that support would fade because of the delay caused by Mr. Brandt’s illness.\n\n' +
      '“The longer the levy sits there, the more members will see it changes nothing,” he said on Sunday.';
    expect(speakerOf(text, 'The longer the levy')?.name).not.toBe('Owen Tarrant');
  });

  it('gives `he` to the possessor opening the sentence right before, not to a man named as its object', () => {
    const text =
      'The paper ran the senator’s essay on Friday.\n\n' +
      'Senator Lyle Hammond’s essay backed Governor Ross Ebert’s plan to send the guard into the city. ' +
      'He condemned “lawless gangs” and “organised looters” in the streets.';
    expect(speakerOf(text, 'lawless gangs')?.name).toBe('Lyle Hammond');
  });

  it('does not give `he` to the possessor of a person right before', () => {
    const text =
      'The paper ran the senator’s essay on Friday.\n\n' +
      'Senator Lyle Hammond’s aide backed Governor Ross Ebert’s plan to send the guard into the city. ' +
      'He condemned “lawless gangs” and “organised looters” in the streets.';
    expect(speakerOf(text, 'lawless gangs')?.name).not.toBe('Lyle Hammond');
  });

  it('gives `he` to nobody when another person is named in the opening sentence but as an owner', () => {
    const text =
      'Police released few details on Sunday.\n\n' +
      'Tom Kent’s arrest was ordered by Chief Bob Lee; he says the evidence is strong. He also plans to charge two others.\n\n' +
      '“This case is open and shut,” he said on Monday.';
    expect(speakerOf(text, 'This case is open')?.name).toBeUndefined();
  });
});
