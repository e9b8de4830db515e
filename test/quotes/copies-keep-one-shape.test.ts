import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../src/quotes/extract.ts';
import { mentionCopy, newQuote, speakerCopy, type Speaker } from '../../src/quotes/quote.ts';
import { cueWith, matchCue } from '../../src/quotes/cues/cues.ts';
import { windowTokens } from '../../src/quotes/mentions/context.ts';
import { tokenize, tokenWith } from '../../src/quotes/tokens.ts';

// V8's own test of hidden classes: two objects (or lists) of one shape share one map.
setFlagsFromString('--allow-natives-syntax');
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;
const tokensOf = (text: string) => tokenize(text, 0, text.length);

describe('copies made during attribution keep the shape of the objects they copy', () => {
  it('a copied speaker, renamed or not, has the shape of a speaker made by a literal', () => {
    const speaker: Speaker = { name: 'Mara Quintel', key: 'mara quintel', kind: 'person' };
    const renamed = speakerCopy(speaker, 'Mara J. Quintel');
    expect(renamed).toEqual({ name: 'Mara J. Quintel', key: 'mara quintel', kind: 'person' });
    expect(sameMap(speakerCopy(speaker), speaker)).toBe(true);
    expect(sameMap(renamed, speaker)).toBe(true);
  });

  it('a copied mention has the shape of a mention made by a literal', () => {
    const mention = { text: 'Quintel', start: 4, end: 11 };
    expect(mentionCopy(mention)).toEqual(mention);
    expect(sameMap(mentionCopy(mention), mention)).toBe(true);
  });

  it('a cue moved to another word, and a token given another text, keep the shapes matchCue and tokenize give', () => {
    const tokens = tokensOf('Quintel said on Monday');
    const cue = matchCue(tokens, 1)!;
    expect(cue.text).toBe('said');
    const moved = cueWith(cue, 2, 'told');
    expect([moved.index, moved.text, moved.length]).toEqual([2, 'told', 1]);
    expect(sameMap(moved, cue)).toBe(true);
    const said = tokens[1]!;
    const says = tokenWith(said, 'says', 'says');
    expect([says.text, says.start, says.end]).toEqual(['says', said.start, said.end]);
    expect(sameMap(says, said)).toBe(true);
  });

  it('an empty window of tokens is a list of the kind a window holding tokens is', () => {
    const text = '"The pier will be rebuilt," said Mara Quintel.\n\n"It will take a year," she said.';
    const { ctx } = analyseQuotes(text);
    const second = ctx!.paragraphs[1]!.start;
    const empty = windowTokens(ctx!, second, second);
    expect(empty).toEqual([]);
    expect(sameMap(empty, windowTokens(ctx!, 0, second))).toBe(true);
  });

  it('the parts of a quotation running over paragraphs have the shape of every other quote', () => {
    const text = '"The pier will be rebuilt before the summer.\n\n"It will take a year," said Mara Quintel.';
    const { quotes } = analyseQuotes(text);
    expect(quotes.map((q) => q.partOf?.index)).toEqual([0, 1]);
    for (const q of quotes) expect(sameMap(q, newQuote('', 0, 0, 0, 'full'))).toBe(true);
  });
});
