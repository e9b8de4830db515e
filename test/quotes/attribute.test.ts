import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';
import type { Quote } from '../../src/quotes/quote.ts';

const one = (body: string, text?: string): Quote => {
  const quotes = extractQuotes(body);
  const q = text === undefined ? quotes[0] : quotes.find((x) => x.text === text);
  if (!q) throw new Error(`no quote ${text ?? ''} in ${JSON.stringify(quotes.map((x) => x.text))}`);
  return q;
};
const INTRO = 'Russian President Vladimir Putin met UN Secretary-General António Guterres in Moscow.\n\n';

describe('attribution cues', () => {
  it('attributes a quote followed by "Name said"', () => {
    const body = `${INTRO}"There was a provocation in Bucha," Mr Putin said.`;
    const q = one(body);
    expect(q.cue).toBe('said');
    expect(q.mention?.text).toBe('Mr Putin');
    expect(body.slice(q.mention?.start, q.mention?.end)).toBe('Mr Putin');
    expect(q.speaker).toEqual({ name: 'Vladimir Putin', key: 'vladimir putin', kind: 'person' });
  });

  it('attributes a quote after "Name said:"', () => {
    const q = one(`${INTRO}Putin said: "We still hope."`);
    expect(q.mention?.text).toBe('Putin');
    expect(q.speaker?.name).toBe('Vladimir Putin');
  });

  it('attributes an inverted "said Name" cue', () => {
    const q = one(`${INTRO}"We still hope," said Putin.`);
    expect(q.mention?.text).toBe('Putin');
    expect(q.cue).toBe('said');
  });

  it('attributes "Mr Putin told Mr Guterres" to the teller, not the listener', () => {
    const q = one(`${INTRO}Mr Putin told Mr Guterres "we still hope".`);
    expect(q.mention?.text).toBe('Mr Putin');
    expect(q.cue).toBe('told');
    expect(q.speaker?.name).toBe('Vladimir Putin');
  });

  it('attributes "according to Name" and "according to him"', () => {
    expect(one(`${INTRO}According to Putin, the sides achieved a “great breakthrough” in Istanbul.`).speaker?.name).toBe('Vladimir Putin');
    const q = one(`${INTRO}Putin spoke first. According to him, negotiators “managed to achieve a major breakthrough” at talks.`);
    expect(q.cue?.toLowerCase()).toBe('according to');
    expect(q.mention?.text).toBe('him');
    expect(q.speaker?.name).toBe('Vladimir Putin');
  });

  it('knows a broad list of cues (stated, summed up, pointed out, insisted, warned)', () => {
    for (const cue of ['stated', 'summed up', 'insisted', 'warned', 'argued', 'explained', 'replied', 'declared']) {
      expect(one(`${INTRO}“We hope for a positive result,” Putin ${cue}.`).cue).toBe(cue);
    }
    expect(one(`${INTRO}He pointed out that negotiators “backtracked on their intentions”.`).cue).toBe('pointed out');
  });

  it('attributes a partial quote to the cue of its sentence, skipping a relative clause', () => {
    const q = one(`${INTRO}Guterres, who will visit Kyiv later this week, said his "main task" was humanitarian.`);
    expect(q.kind).toBe('partial');
    expect(q.mention?.text).toBe('Guterres');
    expect(q.speaker?.name).toBe('António Guterres');
  });

  it('attributes to the name in an appositive after a role ("his spokesman, Stephane Dujarric, said")', () => {
    const q = one(`${INTRO}Mr Guterres's spokesman, Stephane Dujarric, said Mr Putin agreed "in principle" to the plan.`);
    expect(q.speaker?.name).toBe('Stephane Dujarric');
  });

  it('attributes a quote closed by a sentence-final "..., he said"', () => {
    const q = one(`${INTRO}Putin spoke. The plan was a "disaster" for everyone involved, he said.`);
    expect(q.cue).toBe('said');
    expect(q.speaker?.name).toBe('Vladimir Putin');
  });
});

describe('pronouns and roles', () => {
  it('attributes a pronoun to the nearest preceding person and keeps the pronoun as the mention', () => {
    const body = `${INTRO}Putin spoke at length. “We hope for a positive result,” he added.`;
    const q = one(body);
    expect(q.mention?.text).toBe('he');
    expect(body.slice(q.mention?.start, q.mention?.end)).toBe('he');
    expect(q.speaker?.name).toBe('Vladimir Putin');
  });

  it('skips people of the wrong gender when resolving a pronoun', () => {
    const q = one('Hillary Clinton met Mr Bernie Sanders on Monday. "We agree on most things," she said.');
    expect(q.speaker?.name).toBe('Hillary Clinton');
  });

  it('resolves a role noun phrase to the person introduced with that role', () => {
    const body = `${INTRO}“The position changed after that,” the president said. The Russian leader said Moscow knows “who did this”.`;
    expect(one(body, 'The position changed after that,').speaker?.name).toBe('Vladimir Putin');
    expect(one(body, 'The position changed after that,').mention?.text).toBe('the president');
    expect(one(body, 'who did this').speaker?.name).toBe('Vladimir Putin');
  });

  it('keeps an unmatched role as an unnamed description', () => {
    const q = one(`${INTRO}"No comment," the spokesman said.`);
    expect(q.speaker).toEqual({ name: 'the spokesman', key: 'the spokesman', kind: 'unnamed' });
  });
});

describe('unnamed sources', () => {
  it('keeps an unnamed source as written and never guesses a named person', () => {
    const q = one(`${INTRO}An adviser to Zelensky said Sunday that the trip was "not a good idea," because Putin had showed no interest.`);
    expect(q.mention?.text).toBe('An adviser to Zelensky');
    expect(q.speaker).toEqual({ name: 'an adviser to Zelensky', key: 'an adviser to zelensky', kind: 'unnamed' });
  });

  it('treats "a source" and "officials" as unnamed sources', () => {
    expect(one('"It will happen," a source said.').speaker).toMatchObject({ name: 'a source', kind: 'unnamed' });
    expect(one('"It will happen," officials said.').speaker).toMatchObject({ name: 'officials', kind: 'unnamed' });
  });
});

describe('quotes without their own cue', () => {
  it('leaves a scare quote with no cue nearby without a speaker', () => {
    const quotes = extractQuotes(`${INTRO}“We hope,” Putin said.\n\nBut the turmoil followed an "anti-state coup" in 2014.`);
    const scare = quotes.find((q) => q.text === 'anti-state coup');
    expect(scare?.speaker).toBeUndefined();
    expect(scare?.mention).toBeUndefined();
  });

  it('carries the speaker over to a full quote in the next paragraph with no attribution', () => {
    const quotes = extractQuotes(`${INTRO}"We still hope," Mr Putin told Mr Guterres.\n\n"We are negotiating, we do not reject talks."`);
    expect(quotes[1]?.speaker?.name).toBe('Vladimir Putin');
    expect(quotes[1]?.mention?.text).toBe('Mr Putin');
  });

  it('carries the speaker over within a paragraph ("A," he said. "B.")', () => {
    const quotes = extractQuotes(`${INTRO}"There was a provocation," Putin said. "We know who prepared it."`);
    expect(quotes[1]?.speaker?.name).toBe('Vladimir Putin');
  });

  it('does not carry a speaker across a paragraph about someone else', () => {
    const quotes = extractQuotes(`${INTRO}"We hope," Putin said.\n\nEnvoy Olena Marchuk left the talks in March.\n\n"Nobody knows."`);
    expect(quotes[1]?.speaker).toBeUndefined();
  });

  it('attributes a quote after a lead-in paragraph ending in a colon', () => {
    const quotes = extractQuotes('Longtime pollster Pat Caddell continued:\n\n"The health issue is partisan."');
    expect(quotes[0]?.speaker?.name).toBe('Pat Caddell');
  });
});

describe('a cue before the words whose source names nobody', () => {
  it('gives the words to the body that tweeted them when the cue reads a place after the body as its source', () => {
    const q = one(
      'The storm turned east on Sunday. The Coastal Forecast Office in Dover, Delaware, tweeted in reply: "Delaware will see no damage from this storm. The system stays offshore."',
    );
    expect(q.speaker?.name).toBe('the Coastal Forecast Office');
  });

  it('gives the words to the name after `Now` when the cue reads `Now Kerr` as its source', () => {
    const q = one(
      'The fund was cut in half. Now Kerr says he is so upset by the cut -- "an insult to every family here" -- that he will sue.',
    );
    expect(q.speaker?.name).toBe('Kerr');
  });

  it('never gives the words to the owner of the subject (`Roe’s attacks were repeated by …`): no speaker rather than a wrong one', () => {
    const q = one(
      'The council met on Monday. Roe’s attacks were repeated by aides across the state, who cited remarks Dan Kerr made in 2006 saying he "kind of hopes" the fund fails.',
    );
    expect(q.speaker).toBeUndefined();
  });
});
