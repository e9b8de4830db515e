/**
 * Reads a typed command line: `/quote Putin Bucha` → `{ name: 'quote', options: { query: 'Putin Bucha' } }`.
 * The leading slash is optional; a line with no known command word is a `/search`.
 */
import { findCommand } from '../../../commands/index.ts';
import type { CommandOptions } from '../../../commands/types.ts';

export interface Invocation {
  name: string;
  options: CommandOptions;
}

export function parseInvocation(line: string): Invocation {
  const text = line.trim();
  const m = /^\/?(\S+)\s*([\s\S]*)$/.exec(text);
  const word = m?.[1] ?? '';
  if (text.startsWith('/') || findCommand(word)) return { name: word.replace(/^\//, '').toLowerCase(), options: { query: m?.[2] ?? '' } };
  return { name: 'search', options: { query: text } };
}
