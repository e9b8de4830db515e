import { describe, expect, it } from 'vitest';
import { warmUp } from '../../src/startup/warm-up.ts';
import { seedEngine } from '../support/seed-engine.ts';

describe('warming a new engine up', () => {
  it('runs its queries one per turn of the event loop, so work queued meanwhile runs between two of them', async () => {
    const engine = await seedEngine();
    const before = engine.search({ command: 'quote', query: 'Putin Bucha' });
    const order: string[] = [];
    const search = engine.search.bind(engine);
    engine.search = (request) => (order.push('warm-up'), search(request));
    const warming = warmUp(engine);
    setImmediate(() => order.push('request'));
    const figures = await warming.done;
    expect(figures.queries).toBeGreaterThan(8);
    expect(order.indexOf('request')).toBeGreaterThan(0);
    expect(order.indexOf('request')).toBeLessThan(order.length - 1);
    engine.search = search;
    // Warming changes no answer.
    expect(engine.search({ command: 'quote', query: 'Putin Bucha' })).toEqual(before);
  });

  it('runs no further query once stopped', async () => {
    const engine = await seedEngine();
    const warming = warmUp(engine);
    warming.stop();
    expect((await warming.done).queries).toBe(0);
  });
});
