/** Quotes and attributions keep one hidden class each: every field is there from creation, filled in or not. */
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../src/quotes/extract.ts';
import type { ArticleContext } from '../../src/quotes/mentions/context.ts';
import { findNameMentions } from '../../src/quotes/mentions/names.ts';
import { splitParagraphs } from '../../src/quotes/finding/paragraphs.ts';
import { resolveSource } from '../../src/quotes/resolution/resolve.ts';
import { attributionAfter } from '../../src/quotes/cues/source-phrase.ts';
import { ArticlePeople } from '../../src/quotes/mentions/speakers.ts';
import { tokenize } from '../../src/quotes/tokens.ts';

// V8's own test of hidden classes: two objects of one shape share one map.
setFlagsFromString('--allow-natives-syntax');
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

describe('quote shapes', () => {
  it('an attributed quotation and a scare quote have the same fields, in the same order', () => {
    const { quotes } = analyseQuotes('The new timetable is a "puzzle" for everyone.\n\n"We sail at dawn," said Oona Brack.');
    expect(quotes).toHaveLength(2);
    const [scare, said] = quotes as [(typeof quotes)[0], (typeof quotes)[0]];
    expect(scare.speaker).toBeUndefined();
    expect(said.speaker?.name).toBe('Oona Brack');
    const keys = ['text', 'start', 'end', 'paragraph', 'kind', 'mention', 'cue', 'speaker', 'partOf'];
    expect(Object.keys(scare)).toEqual(keys);
    expect(Object.keys(said)).toEqual(keys);
    expect(sameMap(scare, said)).toBe(true);
  });

  it('an attribution that names nobody has the shape of one that names a speaker', () => {
    const text = 'Oona Brack runs the ferry.\n\n"We sail at dawn," Brack said. "Maybe," the meantime said.';
    const paragraphs = splitParagraphs(text);
    const ctx: ArticleContext = {
      text,
      masked: text,
      paragraphs,
      tokens: [],
      people: new ArticlePeople(findNameMentions(text, paragraphs)),
      spoken: [],
    };
    const after = (from: string, to: string) => {
      const start = text.indexOf(from) + from.length;
      const found = attributionAfter(tokenize(text, start, text.indexOf(to, start) + to.length));
      if (!found) throw new Error(`no attribution after ${from}`);
      return resolveSource(ctx, found, undefined);
    };
    const named = after('dawn,"', ' said.');
    const nobody = after('Maybe,"', ' said.');
    expect(named.speaker?.name).toBe('Oona Brack');
    expect(nobody.speaker).toBeUndefined();
    expect(sameMap(named, nobody)).toBe(true);
  });
});
