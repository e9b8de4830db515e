import { describe, expect, it } from 'vitest';
import { OPEN_ACCESS } from '../src/access/access.ts';
import { Engine } from '../src/engine/index.ts';
import { errorSentence, note, notice } from '../src/messages.ts';
import { loadCorpus } from '../src/corpus/load.ts';
import { fileURLToPath } from 'node:url';

describe('messages', () => {
  it('fills each sentence with its values', () => {
    expect(errorSentence('unknown_outlet', { outlet: 'bbc', known: 'Axios, The National' })).toBe(
      'No outlet matches "bbc". Outlets in the corpus: Axios, The National.',
    );
    expect(note('undated_left_out', { count: 2 })).toBe('2 article(s) with no date were left out by the date filter.');
    expect(notice('user_too_fast', { seconds: 12 })).toBe("You're asking faster than I can answer: try again in 12 s.");
  });

  it('is where the engine takes the notes of a real answer from', async () => {
    const engine = new Engine(await loadCorpus(fileURLToPath(new URL('../corpus', import.meta.url))));
    const answer = engine.who('the moon is made of cheese', OPEN_ACCESS.hiddenOutlets);
    expect(answer.notes).toContain(note('no_direct_quotation', { phrases: '"the moon is made of cheese"' }));
  });
});
