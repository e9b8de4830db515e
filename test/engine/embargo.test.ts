import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/corpus/article.ts';
import { loadDocument } from '../../src/corpus/load-document.ts';
import { Engine } from '../../src/engine/index.ts';

const LIFT = Date.parse('2030-01-01T09:00:00Z');

function corpus(): LoadResult {
  const free = loadDocument(
    'free.md',
    Buffer.from(
      '---\noutlet: Morning Post\ntitle: Talks resume\npublished: 2029-12-30\n---\n"We are ready to talk about the harbour," said Minister Ilse Marrow on Monday.\n',
    ),
    { markdown: true },
  );
  const held = loadDocument(
    'held.md',
    Buffer.from(
      '---\noutlet: Embargo Times\ntitle: Budget leak\npublished: 2029-12-31\nembargo: 2030-01-01T10:00:00+01:00\n---\n"The harbour budget doubles next year," said Treasurer Odo Lindqvist on Tuesday.\n',
    ),
    { markdown: true },
  );
  return { articles: [...free.articles, ...held.articles], skipped: [], warnings: [] };
}

describe('embargo', () => {
  it('reads the embargo from front matter as a UTC time', () => {
    expect(corpus().articles[1]?.embargo).toBe('2030-01-01T09:00:00.000Z');
  });

  it('hides an embargoed article from every command until its time, then shows it without a restart', () => {
    let now = LIFT - 60_000;
    const engine = new Engine(corpus(), { clock: () => now });
    const everything = () =>
      JSON.stringify([
        engine.search({ command: 'search', query: 'harbour' }),
        engine.search({ command: 'quote', query: 'budget' }),
        engine.compare({ query: 'harbour budget' }),
        engine.who('budget doubles'),
        engine.sources(),
        engine.quoteRows(),
        engine.outletNames(),
        engine.speakerList(),
        engine.statementList(),
      ]);
    expect(everything()).not.toMatch(/Embargo Times|Lindqvist|doubles next year/);
    expect(engine.search({ command: 'search', query: 'harbour' }).total).toBe(1);
    expect(() => engine.search({ command: 'quote', query: 'speaker:lindqvist' })).toThrow(/lindqvist/i);

    now = LIFT;
    expect(engine.search({ command: 'search', query: 'harbour' }).total).toBe(2);
    expect(engine.outletNames()).toContain('Embargo Times');
    expect(engine.speakerList().some((s) => s.name.includes('Lindqvist'))).toBe(true);
    expect(engine.quoteRows().some((r) => r.text.includes('doubles'))).toBe(true);
  });

  it('answers each call for its own instant: the lift shows in the very next call of any kind', () => {
    const before = LIFT - 1;
    const calls: Record<string, (engine: Engine) => boolean> = {
      who: (e) => e.who('budget doubles').statements.length > 0,
      statementList: (e) => e.statementList().some((s) => s.speaker.name.includes('Lindqvist')),
      passage: (e) => [0, 1, 2, 3].some((id) => e.passage(id)?.article.outlet === 'Embargo Times'),
      speakerList: (e) => e.speakerList().some((s) => s.name.includes('Lindqvist')),
      search: (e) => e.search({ command: 'search', query: 'budget' }).total > 0,
    };
    for (const [name, shows] of Object.entries(calls)) {
      let now = before;
      const engine = new Engine(corpus(), { clock: () => now });
      expect(shows(engine), `${name} before the lift`).toBe(false);
      now = LIFT;
      expect(shows(engine), `${name} at the lift`).toBe(true);
      // Time is not remembered either: an instant before the lift hides the article again.
      now = before;
      expect(shows(engine), `${name} asked for an earlier instant`).toBe(false);
    }
  });

  it('keeps an article with an unreadable embargo hidden, with a warning', () => {
    const loaded = loadDocument(
      'bad.md',
      Buffer.from('---\noutlet: X\ntitle: Y\nembargo: next tuesday\n---\nSome text of the article.\n'),
      { markdown: true },
    );
    expect(loaded.warnings).toContainEqual({
      file: 'bad.md',
      reason: `front matter field 'embargo' is not a date-time I can read ("next tuesday"); the article stays hidden until it is fixed`,
    });
    const engine = new Engine(loaded, { clock: () => LIFT });
    expect(engine.search({ command: 'search', query: 'article' }).total).toBe(0);
  });
});
