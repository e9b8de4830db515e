import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, LoadResult } from '../../src/corpus/article.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

const corpusDir = fileURLToPath(new URL('../../corpus', import.meta.url));

let result: LoadResult;
const byOutlet = (outlet: string): Article => {
  const article = result.articles.find((a) => a.outlet === outlet);
  if (article === undefined) throw new Error(`no article from ${outlet}`);
  return article;
};
const allText = (): string => result.articles.flatMap((a) => [a.headline, ...a.paragraphs]).join('\n');

beforeAll(async () => {
  result = await loadCorpus(corpusDir);
});

describe('the seed corpus', () => {
  it('loads the five seed articles with their outlets and nothing skipped', () => {
    expect(result.skipped).toEqual([]);
    expect(result.articles.map((a) => a.outlet)).toEqual(['The National', 'UrduPoint', 'PlayCrazyGame', 'ZBC News', 'Axios']);
    expect(result.articles.every((a) => a.outletKnown)).toBe(true);
  });

  it('finds each headline in the text and keeps it out of the paragraphs', () => {
    expect(result.articles.map((a) => a.headline)).toEqual([
      "Vladimir Putin tells UN chief he still has 'hope' in Ukraine talks",
      "Putin Tells UN Chief Still Has 'hope' In Ukraine Talks",
      'Putin says he hopes to reach diplomatic deal with Ukraine',
      'Russia does not refuse to hold talks with Ukraine – Putin',
      'Putin defends Ukraine invasion in meeting with UN chief',
    ]);
    for (const article of result.articles) {
      expect(article.paragraphs.map((p) => p.toLowerCase())).not.toContain(article.headline.toLowerCase());
    }
  });

  it('takes dates, urls and bylines from the front matter, keeping the time zone as written', () => {
    expect(result.articles.map((a) => a.published)).toEqual([
      '2022-04-26T22:55:00+04:00',
      '2022-04-27T01:00:00+05:00',
      '2022-04-28',
      undefined,
      '2022-04-26',
    ]);
    expect(byOutlet('UrduPoint').byline).toBe('Mohammad Ali');
    expect(byOutlet('Axios').url).toBe('https://www.axios.com/2022/04/26/guterres-meet-putin-russia-invasion-ukraine');
    expect(result.warnings).toEqual([{ file: '003_4a2777e948f09525.md', reason: 'no date found' }]);
  });

  it('leaves no boilerplate paragraph in any article', () => {
    const text = allText();
    for (const boilerplate of [
      'Recent Stories',
      'Related Topics',
      'More Stories From',
      'Check Also',
      'Cats know',
      'Covid by February',
      'About Abhishek Pratap',
      'Food maven',
      'Sputnik / AFP',
      'Photo: Sergei Chirikov',
      '© 1997-2022',
      'All rights of the publication',
      'About Us | Contact Us',
      'UrduPoint Network is the largest',
      'Updated: April 26',
      'Live updates',
      'minutes ago',
      'Published April 27, 2022',
      'Apr 26, 2022 - World',
      'date 2022-04-27',
      '(left)',
      'Go deeper',
    ]) {
      expect(text, boilerplate).not.toContain(boilerplate);
    }
  });

  it('keeps the quotes and reporting of every seed', () => {
    expect(byOutlet('The National').paragraphs).toContain('"We are negotiating, we do not reject [talks]."');
    expect(byOutlet('The National').paragraphs).toContain(
      'Russian President said talks were derailed by claims of atrocities by his troops in Bucha',
    );
    expect(byOutlet('UrduPoint').paragraphs[0]).toMatch(/^Moscow, \(UrduPoint \/ Pakistan Point News/);
    expect(byOutlet('UrduPoint').paragraphs.at(-1)).toBe(
      'Further discussions will take place between the UN Office for the Coordination of Humanitarian Affairs and the Russian defence ministry, he added.',
    );
    expect(byOutlet('PlayCrazyGame').paragraphs.at(-1)).toMatch(/refused to test for covid-19\./);
    expect(byOutlet('PlayCrazyGame').paragraphs.join('\n')).toContain('“Further discussions will be held with the United Nations');
    expect(byOutlet('ZBC News').paragraphs).toHaveLength(7);
    expect(byOutlet('ZBC News').paragraphs.at(-1)).toMatch(/Putin summed up$/);
  });

  it('keeps Axios bullet paragraphs and lead-ins, without the bullet glyph', () => {
    const axios = byOutlet('Axios').paragraphs;
    expect(axios.some((p) => p.startsWith('The big picture: Guterres said'))).toBe(true);
    expect(axios.some((p) => p.startsWith("What they're saying: Putin praised the UN"))).toBe(true);
    expect(axios).toContain(
      'Guterres noted that the UN did not recognize Kosovo, but Putin brushed that aside and turned back to Mariupol.',
    );
    expect(axios.filter((p) => p.startsWith('He said'))).toHaveLength(2);
    expect(axios.join('\n')).not.toContain('•');
  });

  it('counts the paragraphs it removed as boilerplate', () => {
    expect(byOutlet('ZBC News').removedParagraphs).toBe(0);
    expect(byOutlet('UrduPoint').removedParagraphs).toBeGreaterThan(20);
  });
});
