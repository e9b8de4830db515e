/**
 * Reading integers back from SQLite as one string (`group_concat(a || ',' || b || ',' || c)`)
 * rather than a row each: a row costs about 1–1.5 µs of stepping and an array in JavaScript, the
 * string's digits a fraction of that.
 */

/** Each triple of integers of `list` (`a,b,c,a,b,c,…`; a value may be negative), parsed digit by digit: no string per number. */
export function eachTriple(list: string, each: (a: number, b: number, c: number) => void): void {
  if (!list) return;
  let [a, b, at, value, sign] = [0, 0, 0, 0, 1];
  for (let i = 0; i <= list.length; i++) {
    const c = i < list.length ? list.charCodeAt(i) : 44;
    if (c === 45) sign = -1;
    else if (c !== 44) value = value * 10 + (c - 48);
    else {
      if (at === 0) a = sign * value;
      else if (at === 1) b = sign * value;
      else each(a, b, sign * value);
      at = (at + 1) % 3;
      [value, sign] = [0, 1];
    }
  }
}
