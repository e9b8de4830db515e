import { describe, expect, it } from 'vitest';
import { decodeInvocation, encodeInvocation, MAX_ENCODED_INVOCATION } from '../../commands/invocation.ts';

describe('invocation encoding for buttons', () => {
  it('round-trips a command with its options and page', () => {
    const invocation = { command: 'quote', options: { query: 'Putin Bucha', outlet: 'axios', limit: 3 }, page: 2 };
    expect(decodeInvocation(encodeInvocation(invocation)!)).toEqual(invocation);
  });

  it('drops empty options and a first page from the encoding', () => {
    expect(encodeInvocation({ command: 'sources', options: { query: '' }, page: 0 })).toBe('{"c":"sources","o":{}}');
  });

  it('refuses values it did not write', () => {
    expect(decodeInvocation('not json')).toBeUndefined();
    expect(decodeInvocation('{"c":"quote","o":{"query":"x","evil":1}}')).toBeUndefined();
    expect(decodeInvocation('{"c":"../etc","o":{}}')).toBeUndefined();
    expect(decodeInvocation('{"command":"quote","query":"x","page":0}')).toBeUndefined();
  });

  it('gives no encoding when the invocation would not fit in a button', () => {
    expect(encodeInvocation({ command: 'search', options: { query: 'x'.repeat(MAX_ENCODED_INVOCATION) } })).toBeUndefined();
  });
});
