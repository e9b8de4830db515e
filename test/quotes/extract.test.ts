import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extract.ts';

const texts = (body: string): string[] => extractQuotes(body).map((q) => q.text);

describe('extractQuotes: finding quotations', () => {
  it('finds straight and curly double quotes with offsets that include the marks', () => {
    const body = 'He said "we will win" and “we will stay”.';
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => q.text)).toEqual(['we will win', 'we will stay']);
    for (const q of quotes) {
      expect(body.slice(q.start + 1, q.end - 1)).toBe(q.text);
    }
  });

  it('finds German, French and single guillemet quotes', () => {
    expect(texts('Er sagte „wir bleiben“ dort. Il a dit «nous restons» ici. Puis ‹encore› une fois.')).toEqual([
      'wir bleiben',
      'nous restons',
      'encore',
    ]);
  });

  it('finds headline-style single-quoted words', () => {
    expect(texts("Vladimir Putin tells UN chief he still has 'hope' in Ukraine talks")).toEqual(['hope']);
    expect(texts('Putin still has ‘hope’ in talks')).toEqual(['hope']);
  });

  it('finds a quote glued to the following word', () => {
    expect(texts('the situation has changed. “drastically”he said.')).toEqual(['drastically']);
  });

  it('does not take apostrophes for quote marks', () => {
    const body = "Don't touch Russia's plan, said Guterres' aide, a rock 'n' roll fan of the '90s and ’80s.";
    expect(extractQuotes(body)).toEqual([]);
  });

  it('keeps a plural possessive inside a single-quoted quotation', () => {
    expect(texts("He called it 'the voters' choice' on Sunday.")).toEqual(["the voters' choice"]);
  });

  it('keeps apostrophes inside a quotation', () => {
    expect(texts('“We don’t know who did Russia’s bidding,” he said.')).toEqual(['We don’t know who did Russia’s bidding,']);
  });

  it('returns only the outermost of nested quotations', () => {
    expect(texts('"He told me \'never\' and left," she said.')).toEqual(["He told me 'never' and left,"]);
  });

  it('reads two apostrophes as a double quote mark', () => {
    expect(texts("''We will win,'' Mr. Trump said.")).toEqual(['We will win,']);
  });

  it('ignores quoted attribute values in markup', () => {
    expect(texts('<tweet author="@someone" date="today">Great day!</tweet>')).toEqual([]);
  });
});

describe('extractQuotes: paragraphs', () => {
  it('counts runs of newlines and blank lines as one paragraph break', () => {
    const quotes = extractQuotes('Intro.\n\n\n \n"First," he said.\nSecond line "B" here.');
    expect(quotes.map((q) => [q.text, q.paragraph])).toEqual([
      ['First,', 1],
      ['B', 2],
    ]);
  });

  it('attributes a quotation spanning paragraphs, opened on each and closed on the last, once and reports each paragraph', () => {
    const body = 'Putin said:\n\n"We hope for talks.\n\n"We are negotiating.\n\n"We do not reject them."\n\nThe end.';
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => [q.text, q.paragraph, q.speaker?.name])).toEqual([
      ['We hope for talks.', 1, 'Putin'],
      ['We are negotiating.', 2, 'Putin'],
      ['We do not reject them.', 3, 'Putin'],
    ]);
    expect(quotes.map((q) => body.slice(q.start, q.end))).toEqual([
      '"We hope for talks.',
      '"We are negotiating.',
      '"We do not reject them."',
    ]);
  });

  it('caps an unbalanced quotation at its paragraph end instead of swallowing the article', () => {
    const body = 'He said "this never closes.\n\nNext paragraph has "a real quote" here.\n\nAnd more text.';
    const quotes = extractQuotes(body);
    expect(quotes.map((q) => q.text)).toEqual(['this never closes.', 'a real quote']);
    expect(quotes[0]?.end).toBe(body.indexOf('\n'));
  });

  it('drops a stray single-quote opener without losing the quotes after it', () => {
    expect(texts('The \'stray mark and "a quote" follow.')).toEqual(['a quote']);
  });
});

describe('extractQuotes: kinds', () => {
  it('marks a quoted sentence as full and a fragment inside the writer’s sentence as partial', () => {
    const quotes = extractQuotes('“We are negotiating,” Putin said. He called it a “desperate measure” to end the war.');
    expect(quotes.map((q) => q.kind)).toEqual(['full', 'partial']);
  });

  it('marks a capitalised quote after a colon as full', () => {
    expect(extractQuotes('Putin said: "We still hope."')[0]?.kind).toBe('full');
  });
});

describe('extractQuotes: robustness and speed', () => {
  it('never returns overlapping or out-of-range quotes for arbitrary text with quote marks', () => {
    const alphabet = fc.constantFrom('a', 'B', ' ', '\n', '"', '“', '”', "'", '‘', '’', '«', '»', ',', '.', 's', 'said');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }), (chars) => {
        const body = chars.join('');
        const quotes = extractQuotes(body);
        let last = -1;
        for (const q of quotes) {
          expect(q.start).toBeGreaterThanOrEqual(last);
          expect(q.end).toBeLessThanOrEqual(body.length);
          expect(q.end).toBeGreaterThan(q.start);
          last = q.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finishes on pathological input (many unbalanced marks, one huge paragraph)', () => {
    // A guard against runaway (quadratic or backtracking) work, not a speed target: the bound is
    // far above the ~100 ms this takes, so a slow machine passes and a blow-up of minutes fails.
    const body = 'He said "a \'b “c ‘d «e '.repeat(40_000);
    const t0 = performance.now();
    extractQuotes(body);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
