/** The value readers behind the schema: each returns the value or throws what it expects. */
import { describe, expect, it } from 'vitest';
import { httpUrl, idList, number, port, rateLimit, rateLimitText, snowflake } from '../../src/config/values.ts';

describe('value readers', () => {
  it('reads ports within their range', () => {
    expect(port(0)('0')).toBe(0);
    expect(() => port(1)('0')).toThrow('must be a port number from 1 to 65535');
    expect(() => port(0)('80.5')).toThrow('must be a port number');
  });

  it('reads numbers with fractions within their range', () => {
    expect(number(1, 300, 'seconds')('2.5')).toBe(2.5);
    expect(() => number(1, 300, 'seconds')('301')).toThrow('must be a number of seconds from 1 to 300');
  });

  it('reads rate limits and writes them back the same way', () => {
    expect(rateLimit('10 / 60s')).toEqual({ count: 10, windowMs: 60_000 });
    expect(rateLimit('OFF')).toBeUndefined();
    expect(rateLimitText({ count: 5, windowMs: 30_000 })).toBe('5/30');
    expect(rateLimit(rateLimitText({ count: 5, windowMs: 30_000 }))).toEqual({ count: 5, windowMs: 30_000 });
  });

  it('reads id lists, Discord ids and http(s) URLs', () => {
    expect([...idList('C1,,C2 ')]).toEqual(['C1', 'C2']);
    expect(snowflake('1100000000000000100')).toBe('1100000000000000100');
    expect(() => snowflake('110')).toThrow('17-20 digits');
    expect(httpUrl('https://x/')('http://127.0.0.1:9/api').port).toBe('9');
    expect(() => httpUrl('https://x/')('ws://127.0.0.1')).toThrow('must be an http(s) URL such as https://x/');
  });
});
