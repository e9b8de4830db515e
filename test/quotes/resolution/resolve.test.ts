/** Resolving a source phrase (found by source-phrase.ts) to a speaker of the article. */
import { describe, expect, it } from 'vitest';
import { articleContext } from '../../support/article-context.ts';
import { resolveSource } from '../../../src/quotes/resolution/resolve.ts';
import { attributionAfter } from '../../../src/quotes/cues/source-phrase.ts';
import { tokenize } from '../../../src/quotes/tokens.ts';

const LEAD = 'Harbour master Ana Lopes met the fisheries minister, Tomás Reyes, on the quay.\n\n';

/** The speaker of the attribution written at `after` in an article that starts with LEAD. */
function speakerOf(after: string) {
  const text = LEAD + after;
  const ctx = articleContext(text);
  const found = attributionAfter(tokenize(text, LEAD.length, text.length));
  if (!found) throw new Error(`no attribution in ${after}`);
  return resolveSource(ctx, found, undefined);
}

describe('resolveSource', () => {
  it('resolves a surname to the person named earlier, with the mention as written', () => {
    const a = speakerOf(', Lopes said.');
    expect(a.mention.text).toBe('Lopes');
    expect(a.speaker).toMatchObject({ name: 'Ana Lopes', kind: 'person' });
  });

  it('resolves a pronoun to the nearest person it can stand for', () => {
    expect(speakerOf(', he said.').speaker?.name).toBe('Tomás Reyes');
  });

  it('keeps a generic source unnamed, its article lower-cased', () => {
    expect(speakerOf(', said a senior official.').speaker).toEqual({
      name: 'a senior official',
      key: 'a senior official',
      kind: 'unnamed',
    });
  });
});
