/** The bench's `--heap`: a limit in MB for its child processes, or Node's own limit as `npm start` runs the bot. */
import { describe, expect, it } from 'vitest';
import { BENCH_HEAP_MB, heapFlags, heapSetting } from '../../scripts/support/bench-heap.ts';

describe('the bench heap setting', () => {
  it('gives the children a large limit unless told otherwise', () => {
    expect(heapFlags(undefined)).toEqual([`--max-old-space-size=${BENCH_HEAP_MB}`]);
    expect(heapFlags('6000')).toEqual(['--max-old-space-size=6000']);
  });

  it('sets no limit with "default", and says so in the results', () => {
    expect(heapFlags('default')).toEqual([]);
    expect(heapSetting('default')).toMatch(/Node's default heap limit/);
    expect(heapSetting('6000')).toMatch(/--max-old-space-size=6000/);
  });

  it('refuses anything else with a message naming the option', () => {
    for (const bad of ['lots', '-5', '1.5', '']) expect(() => heapFlags(bad)).toThrow(/--heap takes a number of MB or "default"/);
  });
});
