/** Every "N more" names a way that works where it is read (issue 12, item 9). */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/index.ts';
import { renderText } from '../../src/render/text.ts';
import { seedEngine } from '../support/seed-engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

describe('"N more" lines name a way to see them', () => {
  it('console: /more; CLI: --limit; elsewhere: the limit: filter, which every surface takes', () => {
    const a = engine.search({ command: 'quote', query: 'Putin' });
    expect(a.results.some((r) => r.more > 0)).toBe(true);
    expect(renderText(a, { color: false, surface: 'console' })).toMatch(/more from \S+.*\(\/more shows up to 13 from each outlet\)/);
    expect(renderText(a, { color: false, surface: 'cli' })).toMatch(/\(--limit 13 shows up to 13 from each outlet\)/);
    expect(renderText(a, { color: false })).toMatch(/\(add limit:13 to the query to see up to 13 from each outlet\)/);
    expect(renderText(a, { color: false })).not.toMatch(/raise limit/);
  });

  it('limit: in the query shows that many per outlet, so the way works', () => {
    const a = engine.search({ command: 'quote', query: 'Putin limit:13' });
    const before = engine.search({ command: 'quote', query: 'Putin' });
    expect(Math.max(...a.results.map((r) => r.excerpts.length))).toBeGreaterThan(3);
    expect(a.results.reduce((n, r) => n + r.more, 0)).toBeLessThan(before.results.reduce((n, r) => n + r.more, 0));
  });

  it('shows the topic-match distinction and the off-topic line in text', () => {
    const text = renderText(engine.search({ command: 'quote', query: 'Putin Bucha' }), { color: false });
    expect(text).toMatch(/\(topic in its paragraph or article, not in the quote\)/);
  });
});
