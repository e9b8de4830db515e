import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import { optionsGetter, readOptions } from '../../commands/options.ts';
import type { Command } from '../../commands/types.ts';
import { BotError } from '../../src/errors.ts';

const quote = findCommand('quote')!;

function readError(command: Command, values: Record<string, unknown>): BotError {
  try {
    readOptions(command, (name) => values[name]);
  } catch (error) {
    if (error instanceof BotError) return error;
    throw error;
  }
  throw new Error('readOptions accepted the options');
}

describe('readOptions', () => {
  it('reads every declared option and nothing else', () => {
    const values: Record<string, unknown> = { query: 'corridors', outlet: 'Axios', limit: 3, page: 9, evil: 'x' };
    expect(readOptions(quote, (name) => values[name])).toEqual({ query: 'corridors', outlet: 'Axios', limit: 3 });
  });

  it('passes each declared type to the getter, for typed sources', () => {
    const asked: string[] = [];
    readOptions(quote, (name, type) => (asked.push(`${name}:${type}`), name === 'query' ? 'x' : null));
    expect(asked).toEqual(['query:string', 'outlet:string', 'speaker:string', 'limit:integer']);
  });

  it('reads options already in hand', () => {
    expect(readOptions(quote, optionsGetter({ query: 'Bucha', speaker: 'Zelensky' }))).toEqual({ query: 'Bucha', speaker: 'Zelensky' });
  });

  it('refuses a value of the wrong type, naming the command and the option', () => {
    expect(readError(quote, { query: 'x', limit: 'three' })).toMatchObject({
      code: 'bad_option',
      message: '/quote limit must be a whole number, not "three".',
    });
    expect(readError(quote, { query: 'x', limit: 2.5 }).message).toBe('/quote limit must be a whole number, not 2.5.');
    expect(readError(quote, { query: 42 }).message).toBe('/quote query must be text, not 42.');
  });

  it('refuses a number out of the declared range', () => {
    expect(readError(quote, { query: 'x', limit: 0 }).message).toBe('/quote limit: 0 is below the minimum, 1.');
    expect(readError(quote, { query: 'x', limit: 51 }).message).toBe('/quote limit: 51 is above the maximum, 50.');
  });

  it('refuses a missing required option, but leaves an empty query to the engine to explain', () => {
    expect(readError(quote, {})).toMatchObject({ code: 'bad_option', message: '/quote query is missing; it is required.' });
    expect(readOptions(quote, (name) => (name === 'query' ? '' : undefined))).toEqual({ query: '' });
  });

  it('checks booleans', () => {
    const command: Command = { ...quote, name: 'probe', options: [{ name: 'exact', description: 'd', type: 'boolean' }] };
    expect(readError(command, { exact: 'yes' }).message).toBe('/probe exact must be true or false, not "yes".');
  });
});
