import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';
import type { Quote } from '../../src/quotes/quote.ts';
import { SpeakerRegistry, foldName } from '../../src/quotes/mentions/speakers.ts';

interface FixtureQuote {
  text: string;
  speaker: string | null;
}
interface Fixture {
  articles: Array<{ file: string; quotes: FixtureQuote[] }>;
}

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const fixture = JSON.parse(readFileSync(new URL('../fixtures/seed-quotes.json', import.meta.url), 'utf8')) as Fixture;
const read = (file: string): string => readFileSync(new URL(file, SEEDS), 'utf8');
const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Match fixture quotes to extracted quotes in order, so a repeated text ('hope' twice) matches two different quotes. */
function pair(expected: FixtureQuote[], found: Quote[]): Array<[FixtureQuote, Quote | undefined]> {
  const used = new Set<Quote>();
  return expected.map((e) => {
    const q = found.find((f) => !used.has(f) && norm(f.text) === norm(e.text));
    if (q) used.add(q);
    return [e, q];
  });
}

describe('seed articles', () => {
  for (const { file, quotes } of fixture.articles) {
    it(`finds every hand-checked quote in ${file} with the right speaker`, () => {
      const found = extractQuotes(read(file));
      for (const [expected, q] of pair(quotes, found)) {
        expect(q, `quote not found: ${expected.text}`).toBeDefined();
        const key = q?.speaker ? q.speaker.key : null;
        expect(key, `speaker of: ${expected.text}`).toBe(expected.speaker === null ? null : foldName(expected.speaker));
      }
    });

    it(`finds nothing beyond the hand-checked quotes in ${file}`, () => {
      expect(
        extractQuotes(read(file))
          .map((q) => norm(q.text))
          .sort(),
      ).toEqual(quotes.map((q) => norm(q.text)).sort());
    });
  }

  it('attributes the Bucha provocation quotes to Putin through "Mr Putin said" and "Putin said"', () => {
    const q0 = extractQuotes(read('000_91348ebda5e4144c.txt')).find((q) => q.text.startsWith('There was a provocation'));
    const q1 = extractQuotes(read('001_079f09b1d0ce58c0.txt')).find((q) => q.text.startsWith('There was a provocation'));
    expect([q0?.mention?.text, q0?.cue, q0?.speaker?.name]).toEqual(['Mr Putin', 'said', 'Vladimir Putin']);
    expect([q1?.mention?.text, q1?.cue, q1?.speaker?.name]).toEqual(['Putin', 'said', 'Vladimir Putin']);
  });

  it('resolves "According to him", "the president" and "The Russian leader" to Putin in 003', () => {
    const quotes = extractQuotes(read('003_4a2777e948f09525.txt'));
    const by = (start: string): Quote | undefined => quotes.find((q) => q.text.startsWith(start));
    expect(by('managed to achieve')?.mention?.text).toBe('him');
    expect(by('And the position')?.mention?.text).toBe('the president');
    expect(by('who did this')?.mention?.text).toBe('The Russian leader');
    for (const q of [by('managed to achieve'), by('And the position'), by('who did this')]) expect(q?.speaker?.name).toBe('Vladimir Putin');
  });

  it('keeps "not a good idea" with the unnamed adviser to Zelensky in 004', () => {
    const q = extractQuotes(read('004_f569dc27f7bb1771.txt')).find((x) => x.text.startsWith('not a good idea'));
    expect(q?.speaker).toEqual({ name: 'an adviser to Zelensky', key: 'an adviser to zelensky', kind: 'unnamed' });
  });

  it('gives the Dujarric read-out quote "in principle" to Dujarric, whose cue "said" it is', () => {
    for (const file of ['000_91348ebda5e4144c.txt', '001_079f09b1d0ce58c0.txt']) {
      const q = extractQuotes(read(file)).find((x) => x.text === 'in principle');
      expect(q?.cue).toBe('said');
      expect(q?.speaker?.name).toBe('Stephane Dujarric');
    }
  });

  it('unifies the five articles into one Putin, one Guterres and the other speakers', () => {
    const articles = fixture.articles.map(({ file }) => extractQuotes(read(file)));
    const registry = new SpeakerRegistry();
    registry.unify(articles);
    const people = registry
      .list()
      .filter((e) => e.speaker.kind === 'person')
      .map((e) => e.speaker.key);
    expect(people).toEqual(['vladimir putin', 'antonio guterres', 'stephane dujarric']);
    expect(registry.lookup('Putin')[0]?.name).toBe('Vladimir Putin');
    expect(registry.lookup('guterres')).toHaveLength(1);
  });
});
