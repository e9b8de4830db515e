import { describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/index.ts';
import { topicWords, warmUp } from '../../src/startup/warm-up.ts';

describe('what the start-up warm-up asks', () => {
  it('takes as topics the words quoted most often capitalised inside a sentence, leaving out names and first words', () => {
    const excerpts = [
      'Talks with Norland failed, and we blame Norland for the delay',
      'The envoy said the Harbour Council would meet in Norland',
      'We trust Velma Quist, but Norland must sign before the Harbour Council does',
      'Quist spoke for the Harbour Council today',
      'they left. Then they came back. Then again. Then more. Then less. Then none',
    ];
    expect(topicWords(excerpts, new Set(['Velma', 'Quist']), 2)).toEqual(['Norland', 'Harbour']);
  });

  it('leaves out a topic word that starts another one taken (the same searches again)', () => {
    const excerpts = ['we love Norland and Norland', 'the Norlanders came', 'a Harbour'];
    expect(topicWords(excerpts, new Set(), 2)).toEqual(['Norland', 'Harbour']);
  });

  it('asks each surname of the most quoted speakers once, then the topic words their answers quote', async () => {
    const asked: string[] = [];
    const engine = {
      speakerList: () => [
        { name: 'Velma Quist', quotes: 9 },
        { name: 'Quist', quotes: 8 },
        { name: 'Odo Brannock', quotes: 7 },
      ],
      search: ({ command, query }: { command: string; query: string }) => {
        asked.push(`/${command} ${query}`);
        const text = query === 'Quist' ? 'the ministers of Norland signed, and Norland will pay' : 'nothing here';
        return { results: [{ headline: 'A headline', excerpts: [{ text }] }] };
      },
    } as unknown as Engine;
    await warmUp(engine).done;
    expect(asked.filter((q) => q === '/quote Quist')).toHaveLength(1);
    expect(asked).toContain('/quote Brannock');
    expect(asked).toContain('/quote Norland');
    expect(asked).toContain('/quote Norland ministers');
  });
});
