import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../../src/quotes/extract.ts';
import { foundWith, withoutLocation } from '../../../src/quotes/cues/phrase-trim.ts';
import { nameTexts, roleWordsOf } from '../../../src/quotes/resolution/phrase-words.ts';
import { attributionBefore } from '../../../src/quotes/cues/source-phrase.ts';
import { tokenize } from '../../../src/quotes/tokens.ts';

// V8's own test of hidden classes: two objects of one shape share one map.
setFlagsFromString('--allow-natives-syntax');
const tokensOf = (text: string) => tokenize(text, 0, text.length);
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

describe('objects resolveSource reads have one shape each', () => {
  it('a source phrase trimmed of its place has the shape of the phrase as found', () => {
    const found = attributionBefore(tokensOf('a harbour pilot in San Francisco said'));
    expect(found).toBeDefined();
    const trimmed = withoutLocation(found!);
    expect(trimmed).not.toBe(found);
    expect(trimmed.np[1] - trimmed.np[0]).toBeLessThan(found!.np[1] - found!.np[0]);
    expect(sameMap(trimmed, found!)).toBe(true);
    expect(sameMap(foundWith(found!, [1, 2]), found!)).toBe(true);
  });

  it('an article context has every field from its creation, those filled in by attribution too', () => {
    const { ctx } = analyseQuotes('"We will rebuild the pier," said Mara Quintel, the harbour master. "It will take a year," she said.');
    expect(Object.keys(ctx!)).toEqual([
      'text',
      'masked',
      'paragraphs',
      'tokens',
      'people',
      'spoken',
      'spokenAt',
      'lastSpoken',
      'lastSentenceStart',
      'model',
    ]);
    expect(ctx!.lastSpoken?.speaker.name).toBe('Mara Quintel');
  });

  it('a person of the article has every field from its creation, those filled in later too', () => {
    const { ctx } = analyseQuotes(
      '"We will rebuild the pier," said Mara Quintel, the harbour master. "It will take a year," Quintel said.',
    );
    const keys = ['folded', 'forms', 'roles', 'lastMention', 'firstMention', 'gender', 'organisation', 'speaker', 'kind'];
    for (const p of ctx!.people.people) expect(Object.keys(p)).toEqual(keys);
    expect(ctx!.people.people.some((p) => p.speaker?.name === 'Mara Quintel')).toBe(true);
  });
});

describe('phrase words', () => {
  it("a name's words as written, the last without its possessive", () => {
    const name = tokensOf("Mara Quintel's").filter((t) => t.kind === 'word');
    expect(nameTexts(name)).toEqual(['Mara', 'Quintel']);
  });

  it('role words are lower case, without the article, a hyphenated word also in its parts', () => {
    const words = tokensOf("the harbour's vice-chair").filter((t) => t.kind === 'word');
    expect(roleWordsOf(words)).toEqual(['harbour', 'vice-chair', 'vice', 'chair']);
  });
});
