import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/engine.ts';
import { markText, renderText } from '../../src/render/text.ts';
import { seedEngine } from '../support/seed-engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

describe('text renderer', () => {
  it('prints each outlet with its quotes, speaker, cue and citation', () => {
    const text = renderText(engine.search({ command: 'quote', query: 'Putin Bucha' }), { color: false });
    expect(text).toMatch(/^\d+ quotes by Vladimir Putin about Bucha, \d+ more from paragraphs about it from \d outlets/);
    expect(text).toContain('“There was a provocation in the village of [Bucha], which the Russian army had nothing to do with,”');
    expect(text).toContain('— Vladimir Putin (Mr Putin said) · Vladimir Putin tells UN chief');
    expect(text).toContain('(according to him)');
    expect(text).toContain('provocation in the city of [Bucha]');
    expect(text).toContain('https://www.zbcnews.co.zw/russia-does-not-refuse-to-hold-talks-with-ukraine-putin/');
  });

  it('says plainly when nothing matched and which outlets were searched', () => {
    const text = renderText(engine.search({ command: 'search', query: 'cats' }), { color: false });
    expect(text).toBe('No passages about cats in the corpus.\n\nNothing from: Axios, PlayCrazyGame, The National, UrduPoint, ZBC News');
  });

  it('colours only when asked to', () => {
    const answer = engine.search({ command: 'quote', query: 'Putin Bucha' });
    expect(renderText(answer, { color: false })).not.toContain('\u001b[');
    expect(renderText(answer, { color: true })).toContain('\u001b[');
  });

  it('lists sources with counts, dates and warnings', () => {
    const text = renderText(engine.sources(), { color: false });
    expect(text).toMatch(/^5 articles from 5 outlets · \d+ quotes by \d+ speakers · \d+ passages/);
    expect(text).toMatch(/UrduPoint\s+1 article\s+\d+ quotes\s+2022-04-27/);
    expect(text).toMatch(/ZBC News\s+1 article\s+\d+ quotes\s+undated/);
  });

  it('shows an error as one line', () => {
    expect(renderText({ kind: 'error', command: 'quote', code: 'empty_query', message: 'Type something.' }, { color: false })).toBe(
      '✗ Type something.',
    );
  });

  it('marks ranges of an excerpt', () => {
    expect(
      markText(
        {
          text: 'a Bucha b Kyiv',
          marks: [
            [2, 7],
            [10, 14],
          ],
        },
        (t) => `<${t}>`,
      ),
    ).toBe('a <Bucha> b <Kyiv>');
  });
});
