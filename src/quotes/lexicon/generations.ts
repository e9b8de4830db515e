/**
 * Generations after a name (`Jr.`, `Sr.`, `III`): never a surname, so never what ties two people of an
 * article together (`Martin Luther King Jr.` and `William Darity Jr.` are two people).
 */
export const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Folded name words without a trailing generation (`['william', 'darity']`); a generation alone leaves nothing. */
export function withoutGeneration(f: string[]): string[] {
  let n = f.length;
  while (n > 0 && GENERATIONS.has(f[n - 1] as string)) n--;
  return n === f.length ? f : f.slice(0, n);
}

/** The surname of folded name words: the last word that is not a generation. */
export const surnameOf = (f: string[]): string | undefined => {
  for (let k = f.length - 1; k >= 0; k--) if (!GENERATIONS.has(f[k] as string)) return f[k];
  return undefined;
};
