/** Metadata keys are read whatever their case; an embargo the bot cannot read hides the article, with a warning. */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/corpus/load-document.ts';
import { loadJson } from '../../src/corpus/load-records.ts';
import { readArticleFields, UNREADABLE_EMBARGO } from '../../src/corpus/metadata.ts';

const doc = (frontMatter: string) =>
  loadDocument('notice.md', Buffer.from(`---\n${frontMatter}\n---\nThe council of Varnholm will vote on the budget.\n`), { markdown: true });

describe('metadata keys in any case', () => {
  it('reads a capitalised Embargo: key in front matter as the embargo', () => {
    const loaded = doc('Outlet: Harbour Gazette\nTitle: Budget vote\nEmbargo: 2099-01-01T09:00:00Z');
    expect(loaded.articles[0]?.embargo).toBe('2099-01-01T09:00:00.000Z');
    expect(loaded.articles[0]?.outlet).toBe('Harbour Gazette');
    expect(loaded.articles[0]?.headline).toBe('Budget vote');
  });

  it('reads EMBARGOED_UNTIL and Embargoed-Until in JSON records', async () => {
    const loaded = await loadJson(
      'wire.json',
      Buffer.from(
        JSON.stringify([
          { Outlet: 'Wire', TITLE: 'One', EMBARGOED_UNTIL: '2099-02-01', Text: 'The first notice about Varnholm.' },
          { outlet: 'Wire', title: 'Two', 'Embargoed-Until': '2099-03-01', text: 'The second notice about Varnholm.' },
        ]),
      ),
      { gzip: false },
    );
    expect(loaded.articles.map((a) => a.embargo)).toEqual(['2099-02-01T00:00:00.000Z', '2099-03-01T00:00:00.000Z']);
  });

  it('hides the article (and warns) when an embargo key in any case cannot be read as a date', () => {
    const loaded = doc('outlet: Harbour Gazette\ntitle: Budget vote\nEMBARGO: next tuesday');
    expect(loaded.articles[0]?.embargo).toBe(UNREADABLE_EMBARGO);
    expect(loaded.warnings).toContainEqual({
      file: 'notice.md',
      reason: `front matter field 'EMBARGO' is not a date-time I can read ("next tuesday"); the article stays hidden until it is fixed`,
    });
  });

  it('keeps the latest of two embargo keys that differ only in case, and says so', () => {
    const { fields, problems } = readArticleFields({ embargo: '2099-01-01', Embargo: '2099-06-01' });
    expect(fields.embargo).toBe('2099-06-01T00:00:00.000Z');
    expect(problems).toEqual(["fields 'embargo' and 'Embargo' both set an embargo; the latest one holds"]);
  });

  it('hides the article when one of two embargo keys cannot be read', () => {
    const { fields } = readArticleFields({ embargo: '2099-01-01', Embargo: 'soon' });
    expect(fields.embargo).toBe(UNREADABLE_EMBARGO);
  });

  it('treats any key starting with "embargo" as an embargo (failing closed), and embargoed: false as none', () => {
    expect(readArticleFields({ EmbargoDate: '2099-04-01' }).fields.embargo).toBe('2099-04-01T00:00:00.000Z');
    expect(readArticleFields({ embargo_note: 'ask the desk' }).fields.embargo).toBe(UNREADABLE_EMBARGO);
    expect(readArticleFields({ embargoed: false }).fields.embargo).toBeUndefined();
  });

  it('hides the article when the embargo is a number, a list or a mapping', () => {
    for (const value of [20990101, ['2099-01-01'], { at: '2099-01-01' }, true]) {
      expect(readArticleFields({ Embargo: value }).fields.embargo).toBe(UNREADABLE_EMBARGO);
    }
  });
});
