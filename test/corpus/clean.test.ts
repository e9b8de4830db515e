import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanParagraphs, explainCleaning } from '../../src/corpus/clean.ts';
import { readJsonLines } from '../../src/corpus/jsonl.ts';
import { splitParagraphs } from '../../src/corpus/paragraphs.ts';

// The first 200 records only (streamed): the shared data set sits beside the clone, as in CI.
const REAL_CORPUS = fileURLToPath(new URL('../../../shared/corpora/news-37k/articles.jsonl.gz', import.meta.url));
const PROSE = 'The minister said on Tuesday that the talks would resume next week in Geneva, with both delegations present.';

describe('cleanParagraphs', () => {
  it('removes photo captions and credits but keeps a standfirst without final punctuation', () => {
    const { paragraphs, removed } = cleanParagraphs([
      'Officials said the vote would be delayed by claims of fraud in the north',
      'The president at the Kremlin in Moscow on April 26. Sputnik / AFP',
      'Putin (L) greets Guterres in Moscow in 2016. Photo: Sergei Chirikov/AFP via Getty',
      'Enlarge this image toggle caption Evan Vucci/AP Evan Vucci/AP',
      'Protesters outside the court on Monday. (AP Photo/Evan Vucci)',
      PROSE,
    ], {});
    expect(paragraphs).toEqual(['Officials said the vote would be delayed by claims of fraud in the north', PROSE]);
    expect(removed).toBe(4);
  });

  it('removes datelines, bylines, stamps and a repeated headline', () => {
    const { paragraphs } = cleanParagraphs([
      'Apr 26, 2022 - World',
      ' date 2022-04-27 UrduPoint.com',
      'Mohammad Ali (@ChaudhryMAli88) Published April 27, 2022 | 01:00 AM',
      'By Jane Doe and John Roe, CNN',
      'Talks Resume In Geneva',
      PROSE,
      'Updated: April 26, 2022, 10:55 PM',
    ], { headline: 'Talks resume in Geneva' });
    expect(paragraphs).toEqual([PROSE]);
  });

  it('keeps an embedded tweet with its dated attribution', () => {
    const tweet = 'Merry Christmas! — Donald J. Trump (@realDonaldTrump) December 25, 2018';
    expect(cleanParagraphs([PROSE, tweet], {}).paragraphs).toEqual([PROSE, tweet]);
  });

  it('cuts a story list from its heading to the end when no prose follows', () => {
    const { paragraphs } = cleanParagraphs([
      PROSE,
      'Recent Stories',
      'Nearly 60% of US population had Covid by February: ..',
      'Nearly 60% of US population had Covid by February: CDC',
      '17 minutes ago',
      'About Us | Contact Us | Advertisment',
      'A network blurb that describes the publisher at some length but does not end with a full stop',
      '© 1997-2022, Example Network',
    ], {});
    expect(paragraphs).toEqual([PROSE]);
  });

  it('removes only the heading and its links when the article goes on after a "Read more" list', () => {
    const { paragraphs } = cleanParagraphs([PROSE, 'Read more:', 'Trump unveils new border plan', PROSE.replace('Tuesday', 'Friday')], {});
    expect(paragraphs).toEqual([PROSE, PROSE.replace('Tuesday', 'Friday')]);
  });

  it('keeps "More from the study:" because it introduces more of the article', () => {
    const { paragraphs } = cleanParagraphs([PROSE, 'More from the study:', 'Researchers found that turnout rose.'], {});
    expect(paragraphs).toContain('More from the study:');
  });

  it('removes an author bio at the end with its "About <Name>" heading and the teaser after "Check Also"', () => {
    const { paragraphs } = cleanParagraphs([
      PROSE,
      PROSE,
      'About Abhishek Pratap',
      'Food maven. Unapologetic travel fanatic. Award-winning pop culture ninja.',
      'Check Also',
      'Cats know each other’s names and the names of people they live with',
      'In recent years, scientists have been proving that cats really do connect deeply with humans, …',
    ], {});
    expect(paragraphs).toEqual([PROSE, PROSE]);
  });

  it('keeps bullet paragraphs and "The big picture:" lead-ins, stripping the bullet glyph', () => {
    const { paragraphs } = cleanParagraphs([
      'The big picture: Guterres said he "arrived in Moscow with a pragmatic approach."',
      '  • He said he still hoped there would be a "diplomatic outcome" in Ukraine.',
      'Go deeper',
    ], {});
    expect(paragraphs).toEqual([
      'The big picture: Guterres said he "arrived in Moscow with a pragmatic approach."',
      'He said he still hoped there would be a "diplomatic outcome" in Ukraine.',
    ]);
  });

  it('removes promo and footer lines: live updates, newsletters, copyright, ad slots, separators', () => {
    const { paragraphs } = cleanParagraphs([
      'Live updates: follow the latest news on Russia-Ukraine',
      PROSE,
      'Advertisement',
      '***',
      'Sign up for Daily Newsletters Manage Newsletters',
      'The Associated Press contributed to this report.',
      'All rights of the publication are reserved by Example.com. Reproduction without proper consent is not allowed.',
    ], {});
    expect(paragraphs).toEqual([PROSE]);
  });

  it('keeps a sentence that reports someone signing up for a newsletter', () => {
    const reported = 'It also asks if the respondent wants to sign up for the president’s email newsletters, records show.';
    expect(cleanParagraphs([reported], {}).paragraphs).toEqual([reported]);
  });

  it('normalises runs of whitespace and keeps typographic quotes', () => {
    expect(cleanParagraphs(['  “Quoted”\u00A0 text   here.  '], {}).paragraphs).toEqual(['“Quoted” text here.']);
  });

  it('says which rule removed each paragraph', () => {
    expect(explainCleaning(['17 minutes ago', PROSE], {}).removedParagraphs).toEqual([{ text: '17 minutes ago', rule: 'relative time' }]);
  });
});

describe('splitParagraphs', () => {
  it('splits list lines of a block but joins a hard-wrapped paragraph', () => {
    const wrapped = 'Dock workers returned to work on Tuesday after a nine-day\nstrike over pay ended with a deal, union officials said.';
    expect(splitParagraphs(`Title\n\n${wrapped}\n\nABOUT US\nOur Network`)).toEqual([
      'Title',
      'Dock workers returned to work on Tuesday after a nine-day strike over pay ended with a deal, union officials said.',
      'ABOUT US',
      'Our Network',
    ]);
  });
});

describe('the cleaner on real articles', () => {
  it('removes boilerplate from the first 200 articles of the 37k corpus without emptying any', async () => {
    let articles = 0;
    let kept = 0;
    let removed = 0;
    const leftovers: string[] = [];
    for await (const entry of readJsonLines(REAL_CORPUS, { gzip: true })) {
      if ('error' in entry) continue;
      const record = entry.value as { title: string; source: string; text: string };
      const result = cleanParagraphs(splitParagraphs(record.text), { headline: record.title, outlet: record.source });
      articles++;
      kept += result.paragraphs.length;
      removed += result.removed;
      expect(result.paragraphs.length, `line ${entry.line}`).toBeGreaterThan(0);
      leftovers.push(...result.paragraphs.filter((p) => /^(?:Enlarge this image|Advertisement$|Image copyright)|©/.test(p)));
      if (articles === 200) break;
    }
    expect(leftovers).toEqual([]);
    expect(removed / (kept + removed)).toBeLessThan(0.15);
  });
});
