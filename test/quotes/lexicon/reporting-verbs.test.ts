/** Verbs of saying and judging beyond `said`: the lexicon names who a quotation in their clause belongs to, and only verbs. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker?.name);

describe('verbs of saying, judging and finding', () => {
  it('give a partial quotation to their subject: ruled, restated, referenced, indicated, threatened, identified', () => {
    expect(speakers('Judge Mara Quill ruled Tuesday that the fee was "plainly unlawful" for tenants.')).toEqual(['Mara Quill']);
    expect(speakers('Ivo Brandt restated that the reforms "will not be delayed" by the strike.')).toEqual(['Ivo Brandt']);
    expect(speakers('Ada Pike referenced "a quiet deal" in her remarks on the port.')).toEqual(['Ada Pike']);
    expect(speakers('Owen Marsh indicated the plan was "the only sensible path" for the town.')).toEqual(['Owen Marsh']);
    expect(speakers('Rep. Lina Varga threatened to sue the county "without delay" over the vote.')).toEqual(['Lina Varga']);
    expect(speakers('The harbour police identified both sailors as "persons of interest" in the theft.')).toEqual(['the harbour police']);
  });

  it('give a quotation to the subject of a verb of manner, never a name joined to the verb: blurted, chuckled', () => {
    expect(speakers('"Not again!" Rolf Adler blurted at the guards.')).toEqual(['Rolf Adler']);
    expect(
      speakers('Whenever Ivo Brandt raised the budget, Haddad chuckled, and after a long pause, said, "We have covered this."'),
    ).toEqual(['Haddad']);
  });
});

describe('forms of those verbs that are nouns or narration', () => {
  it('name nobody: `ample references to`, `the harbour rules`', () => {
    expect(speakers('Her address made frequent references to "honour" and to "duty."')).toEqual([undefined, undefined]);
    expect(speakers('The harbour rules cannot "fix" the silt.')).toEqual([undefined]);
    expect(speakers('The harbour mayor was worried the "reform" would fail.')).toEqual([undefined]);
  });

  it('leave a quotation to its own speaker when a crowd murmurs or groans after it', () => {
    expect(speakers('"We choose the river," Ada Pike said. "We choose the town." People murmured approvingly.')).toEqual([
      'Ada Pike',
      'Ada Pike',
    ]);
  });
});
