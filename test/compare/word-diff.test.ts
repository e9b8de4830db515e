import { diffWords } from 'diff';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/compare/word-diff.ts';
import { seededRandom } from '../../scripts/support/seeded-random.ts';

/** `diffWords` with `ignoreCase`, as the parts an answer shows: what `wordDiff` must give. */
const packageParts = (from: string, to: string) =>
  diffWords(from, to, { ignoreCase: true }).map((c) => ({ op: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));

const WORDS = [
  'the',
  'The',
  'harbour',
  'Harbour',
  'ferry',
  'tolls',
  'will',
  'not',
  'rise',
  'this',
  'winter',
  'council',
  'said',
  'we',
  'We',
];
const GLUE = [' ', ' ', ' ', '  ', '\n', ', ', '. ', ' — ', ' "', '" '];

/** A wording of `n` words from a small vocabulary (so two wordings share many words, in other cases and spacing). */
function wording(rand: () => number, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) {
    out += WORDS[Math.floor(rand() * WORDS.length)]!;
    if (i < n - 1) out += GLUE[Math.floor(rand() * GLUE.length)]!;
  }
  return out;
}

describe('wordDiff', () => {
  it('gives the parts the diff package gives, case-insensitive, for 600 seeded pairs of wordings', () => {
    const rand = seededRandom(17);
    for (let i = 0; i < 600; i++) {
      const from = wording(rand, 1 + Math.floor(rand() * 40));
      const to = rand() < 0.2 ? from.toUpperCase() : wording(rand, 1 + Math.floor(rand() * 40));
      expect(wordDiff(from, to), `${JSON.stringify(from)} → ${JSON.stringify(to)}`).toEqual(packageParts(from, to));
    }
  });

  it('gives a pair asked again the same parts, as new objects the caller may change', () => {
    const first = wordDiff('The ferry tolls will not rise', 'the ferry fares will not rise this winter');
    first[0]!.text = 'changed by a caller';
    const again = wordDiff('The ferry tolls will not rise', 'the ferry fares will not rise this winter');
    expect(again).toEqual(packageParts('The ferry tolls will not rise', 'the ferry fares will not rise this winter'));
    expect(again[0]).not.toBe(first[0]);
  });
});
