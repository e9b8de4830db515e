/** White space as JavaScript's `\s` matches it, by code unit: one definition for every scan that must agree with `\s`. */

/**
 * True for the code units `\s` matches: tab to carriage return, space, no-break space, U+1680,
 * U+2000–U+200A, the line and paragraph separators, U+202F, U+205F, U+3000 and the BOM.
 * `isJsSpaceCode(0x20)` and `isJsSpaceCode(0x2009)` are true; `isJsSpaceCode(0x200b)` (zero-width space) is false.
 */
export function isJsSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
