/** A participle of saying after a subordinate clause (`as X was …,`): whose words its quotation is. */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/quotes/extract.ts';

const speakers = (text: string) => extractQuotes(text).map((q) => q.speaker?.name);

describe('a participle of saying after a comma-closed subordinate clause', () => {
  it('has the main clause’s subject when the main clause comes between: `as X was …, he toured …, calling her`', () => {
    expect(
      speakers('In 2016, as Ivo Brandt was weighing a run for governor, he toured the mills with Dana Reyes, calling her "a rare talent."'),
    ).toEqual(['Ivo Brandt']);
  });

  it('has the subordinate clause’s subject when it follows that clause: `as X has made remarks …, claiming`', () => {
    expect(
      speakers(
        'In recent weeks, as Ivo Brandt has made remarks that angered farmers, claiming that the levy is "a tax on bread" and more, unions have defended him.',
      ),
    ).toEqual(['Ivo Brandt']);
  });

  it('is read only from a comma-closed clause: a long stretch with no comma before the participle opens none', () => {
    // `as` is the 23rd token before the participle: the walk back to a comma stops on it.
    expect(
      speakers(
        'In recent weeks, the farmers marched to the capital and were turned back at the bridge as Ivo Brandt watched from the steps of the old grain exchange with his two brothers and a small handful of aides, claiming that the march was "a stunt."',
      ),
    ).toEqual([undefined]);
  });
});
