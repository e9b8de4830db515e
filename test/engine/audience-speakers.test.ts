/**
 * Speakers as an audience that may not see some articles sees them (an outlet restricted to other
 * channels, an article under embargo): only the families of names with a quote it may not see are
 * regrouped, and the answers are those of the rules applied to every visible quote (the reference
 * below: `ViewSpeakers` over all of them), in memory and from the store. Every sentence is invented.
 */
import { describe, expect, it, vi } from 'vitest';
import type { QuoteInArticle } from '../../src/compare/statements.ts';
import type { Article } from '../../src/corpus/article.ts';
import { IndexedCorpus, type FileContent } from '../../src/engine/index.ts';
import { CorpusView } from '../../src/engine/view.ts';
import { ViewSpeakers } from '../../src/engine/view-speakers.ts';
import { harbourArticle, openStoredCorpus, tempFolder } from '../support/stored-corpus.ts';

const inTemp = tempFolder('audience-speakers-test');
const NOW = '2031-06-01T00:00:00.000Z';

function file(name: string, outlet: string, paragraphs: string[], embargo?: string): FileContent {
  const article: Article = { ...harbourArticle(name, paragraphs, outlet), ...(embargo ? { embargo } : {}) };
  return { file: name, hash: paragraphs.join('|'), load: { articles: [article], skipped: [], warnings: [] } };
}

/** The corpus's files (new objects each time: a store takes over the articles it is given). */
const files = (): FileContent[] => [
  file('a1.md', 'Quay Post', [
    '"The dredging starts in March," Harbourmaster Mara Voss said on Monday.',
    '"We have the boats," said Pella Grant, who runs the yard.',
  ]),
  file('a2.md', 'Quay Post', ['"Nobody will lose a mooring," Voss said.', '"The yard is full until May," Grant said.']),
  file('a3.md', 'Quay Post', ['"The tolls stay as they are," said Jon Tarrant, the council leader.']),
  file('a4.md', 'Quay Post', ['"I never voted for the tolls," said Elin Tarrant, his sister.']),
  file('a5.md', 'Quay Post', ['"Ask the council," Tarrant said, without saying which one.', '"The slipway is ours," said Ivo Brent.']),
  file('a6.md', 'Quay Post', ['"The ferry budget is safe," Lindqvist said.', '"We will publish the figures," the ministry said.']),
  file('b1.md', 'Wire Desk', [
    '"The dredging is late," said Harbourmaster Mara Voss.',
    '"I will resign if the tolls rise," said Elin Tarrant.',
    '"The ferry budget doubles," said Treasurer Odo Lindqvist.',
    '"No comment on the budget," the ministry said.',
  ]),
  file('b2.md', 'Wire Desk', ['"The wire is never wrong," said Ada Quill, its editor.']),
  file('c1.md', 'Quay Post', ['"The pier reopens in June," said Jon Tarrant.', '"Be patient," Grant said.'], '2031-07-01T00:00:00.000Z'),
];

/** The reference: every visible quote run through `ViewSpeakers` (the whole corpus's quotes regrouped). */
function reference(corpus: IndexedCorpus, hidden: ReadonlySet<string>): { view: ViewSpeakers; quotes: QuoteInArticle[] } {
  const counts = new Map<string, number>();
  const quotes: QuoteInArticle[] = [];
  for (const f of corpus.indexedFiles())
    for (const article of f.load.articles)
      for (const quote of corpus.read.ofArticle(article)) {
        if (quote.speaker?.kind === 'person') counts.set(quote.speaker.key, (counts.get(quote.speaker.key) ?? 0) + 1);
        if (!hidden.has(article.outlet) && !(article.embargo && article.embargo > NOW)) quotes.push({ article, quote });
      }
  return { view: new ViewSpeakers(quotes, counts), quotes };
}

function expectSame(corpus: IndexedCorpus, hidden: ReadonlySet<string>): ViewSpeakers {
  const view = new CorpusView(corpus, 1, NOW).speakersFor(hidden);
  const { view: expected, quotes } = reference(corpus, hidden);
  const entries = (v: ViewSpeakers) => v.speakers.map((s) => ({ ...s.speaker, quotes: s.quotes }));
  expect(entries(view)).toEqual(entries(expected));
  for (const { quote } of quotes) expect(view.speakerOf(quote)).toEqual(expected.speakerOf(quote));
  for (const { speaker } of expected.speakers) {
    expect(view.quotesOf(speaker.key).map((q) => q.quote.text)).toEqual(expected.quotesOf(speaker.key).map((q) => q.quote.text));
    expect(view.corpusKeys(new Set([speaker.key]))).toEqual(expected.corpusKeys(new Set([speaker.key])));
    for (const words of [speaker.name, speaker.key.split(' ').at(-1)!])
      expect(view.lookupSpeaker(words)).toEqual(expected.lookupSpeaker(words));
  }
  return view;
}

const audiences: Array<[string, ReadonlySet<string>]> = [
  ['an outlet hidden and an embargo in force', new Set(['Wire Desk'])],
  ['only an embargo in force', new Set()],
];

describe('speakers as an audience that may not see some articles sees them', () => {
  const memory = new IndexedCorpus();
  memory.applyNow(files(), []);

  it.each(audiences)('are those of every visible quote regrouped, in memory (%s)', (_, hidden) => {
    expectSame(memory, hidden);
  });

  it.each(audiences)('are those of every visible quote regrouped, from the store (%s)', (label, hidden) => {
    const { index, corpus } = openStoredCorpus(inTemp(`${label.replace(/\W+/g, '-')}.sqlite`));
    corpus.applyNow(files(), []);
    expectSame(corpus, hidden);
    index.close();
  });

  it('never name or count a quote the audience may not see', () => {
    const view = expectSame(memory, new Set(['Wire Desk']));
    const names = view.speakers.map((s) => `${s.speaker.name} ${s.quotes}`);
    // Only the Wire Desk gives Odo Lindqvist's full name and quotes Ada Quill.
    expect(names.some((n) => n.includes('Odo') || n.includes('Quill'))).toBe(false);
    expect(names).toContain('Lindqvist 1');
    // The embargoed article's quotes count nowhere; a speaker with nothing hidden is the corpus's own.
    expect(names).toContain('Pella Grant 2');
    expect(names).toContain('Ivo Brent 1');
  });

  it('read the quotes of the articles holding a family with a hidden quote only', () => {
    const corpus = new IndexedCorpus();
    corpus.applyNow(files(), []);
    const read = vi.spyOn(corpus.read, 'ofArticle');
    // The embargoed article (c1, its speakers counted) quotes Jon Tarrant and Grant: those families only.
    new CorpusView(corpus, 1, NOW).speakersFor(new Set());
    const files_ = new Set(read.mock.calls.map(([article]) => article.file));
    expect([...files_].sort()).toEqual(['a1.md', 'a2.md', 'a3.md', 'a4.md', 'a5.md', 'b1.md', 'c1.md']);
  });
});
