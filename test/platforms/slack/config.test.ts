import { describe, expect, it } from 'vitest';
import { mentionInvocation, slackMarkupToPlain, threadQuery } from '../../../src/platforms/slack/mention-text.ts';

describe('mention text', () => {
  it('reads a leading command word, else searches', () => {
    expect(mentionInvocation('<@UBOT> quote Putin Bucha', 'UBOT')).toEqual({ name: 'quote', query: 'Putin Bucha' });
    expect(mentionInvocation('<@UBOT|newsbot> /sources', 'UBOT')).toEqual({ name: 'sources', query: '' });
    expect(mentionInvocation('what about <@UBOT> Bucha &amp; Irpin', 'UBOT')).toEqual({
      name: 'search',
      query: 'what about Bucha & Irpin',
    });
  });

  it('turns Slack markup back into text', () => {
    expect(slackMarkupToPlain('Hi <@U1> <!here> see <#C1|desk> and <https://x.test|the story> <https://y.test> &lt;ok&gt;')).toBe(
      'Hi see desk and the story <ok>',
    );
  });

  it("keeps only the words of a thread's first message, within the query limit", () => {
    expect(threadQuery('Did <@U42> see this? "Bucha" — Putin\'s claim: staged! <https://x.test|story>')).toBe(
      "Did see this Bucha Putin's claim staged story",
    );
    expect(threadQuery('word '.repeat(200)).length).toBeLessThanOrEqual(500);
  });
});
