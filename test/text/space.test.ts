import { describe, expect, it } from 'vitest';
import { isJsSpaceCode } from '../../src/text/space.ts';

describe('white space by code unit', () => {
  it('is true for exactly the code units that \\s matches', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isJsSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
