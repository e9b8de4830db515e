/**
 * A `he`/`she` continuing the unnamed person who spoke the quotation before, over a long quotation
 * that names other people. Our own sentences, in the shapes of the tuning misses (never their text).
 */
import { describe, expect, it } from 'vitest';
import { speakerStarting } from '../../support/quote-starting.ts';

const donor =
  'Some donors are shopping for a plan B. “Nobody I talk to thinks Ken Lopez can still win,” said a veteran party donor based in ' +
  'Chicago, who asked not to be named.\n\n“Many of us backed Lopez early because of old friendships. Now that Lopez has run out of ' +
  'money, I have no idea where any of them stand.\n\n“Most of my friends are looking at Ortega now,” he continued.\n\nOther donors disagreed.';

describe('a pronoun after the quotations of an unnamed person', () => {
  it('is that person, though the quotations name others and a participle follows the description’s head (`a donor based in …`)', () => {
    expect(speakerStarting(donor, 'Most of my friends')).toMatchObject({ name: 'a veteran party donor based', kind: 'unnamed' });
  });

  it('is not that person when someone is named in the prose between', () => {
    const body = donor.replace(
      'stand.\n\n“Most of my',
      'stand.” Ken Lopez denied that on Monday in a long speech to his staff.\n\n“Most of my',
    );
    expect(speakerStarting(body, 'Most of my friends')?.name ?? '').not.toMatch(/donor/);
  });

  it('is not that person when a sentence of prose stands between their quotation and the pronoun’s', () => {
    const body =
      'Acme answered the claims. "We never rank results by politics," a company spokesperson said in a statement. The statement continues: "We improve ' +
      'our ranking every year, and we will keep doing so for all our users, whatever their views, as we always have. Every change we make is tested by people across the country and checked by teams in many offices, and none of them ever looks at politics when they do it."\n\nWhat stands ' +
      'out is that even in Marsh’s attempt to make her case, she admits a weakness. "I ran the search many times on different ' +
      'laptops," she writes.';
    expect(speakerStarting(body, 'I ran the search')?.name ?? '').not.toMatch(/spokesperson/);
  });
});
