import { describe, expect, it } from 'vitest';
import { encodeInvocation } from '../../../commands/invocation.ts';
import { buttonInvocation } from '../../../src/platforms/slack/buttons.ts';

describe('Slack button values', () => {
  it('read back the invocation the button carries, with its options and page', () => {
    const invocation = { command: 'compare', options: { query: 'Bucha', outlet: 'Axios' }, page: 1 };
    expect(buttonInvocation(encodeInvocation(invocation))).toEqual(invocation);
  });

  it('read values written before buttons carried the invocation', () => {
    expect(buttonInvocation('{"command":"search","query":"Bucha","page":2}')).toEqual({
      command: 'search',
      options: { query: 'Bucha' },
      page: 2,
    });
    expect(buttonInvocation('{"command":"sources","query":"","page":0}')).toEqual({ command: 'sources', options: {}, page: 0 });
  });

  it('ignore anything this bot did not write', () => {
    expect(buttonInvocation(undefined)).toBeUndefined();
    expect(buttonInvocation('')).toBeUndefined();
    expect(buttonInvocation('{"c":"quote","o":{"query":"x","evil":1}}')).toBeUndefined();
    expect(buttonInvocation('{"command":"quote"}')).toBeUndefined();
  });
});
