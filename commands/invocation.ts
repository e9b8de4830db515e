/**
 * The invocation: one command to run, with its options and the page of the answer to show. It is
 * the one shape of "what the user asked" everywhere: a line typed in the console, the one-shot CLI,
 * a Slack or Discord mention, a slash command, and every Share / More / page button (which carry
 * the invocation that produced the answer, so pressing one re-runs exactly that).
 *
 * This file holds the type and its compact encoding for buttons. The parser of typed text and the
 * option reader live beside it (`parse-invocation.ts`, `options.ts`).
 *
 * @example
 * encodeInvocation({ command: 'quote', options: { query: 'Putin Bucha', limit: 3 }, page: 1 })
 * // → '{"c":"quote","o":{"query":"Putin Bucha","limit":3},"p":1}'
 */
import { z } from 'zod';
import { commands } from './index.ts';
import type { CommandOptions } from './types.ts';

export interface Invocation {
  /** Registry name of the command (`quote`, `search`, …), without a slash. */
  command: string;
  /** The command's options by their declared names; `query` is the free text typed after it. */
  options: CommandOptions;
  /** 0-based page of the answer to show (outlets or statements); 0 when absent. */
  page?: number;
}

/** Longest encoded invocation a button may carry (Slack allows 2,000 characters in a value). */
export const MAX_ENCODED_INVOCATION = 1_900;

/**
 * Options a button may carry: any option some command declares, each a bounded primitive. The
 * names come from the registry, so a new option needs no change here; its type and range are
 * checked against the command's own declaration when the invocation runs (`readOptions`).
 */
const DECLARED_OPTIONS: ReadonlySet<string> = new Set(commands.flatMap((c) => c.options.map((o) => o.name)));
const optionsSchema = z
  .record(z.string(), z.union([z.string().max(1_000), z.number().int().min(-1_000_000).max(1_000_000), z.boolean()]))
  .refine((options) => Object.keys(options).every((name) => DECLARED_OPTIONS.has(name)));

const encodedSchema = z
  .object({ c: z.string().regex(/^[a-z][a-z-]{0,31}$/), o: optionsSchema, p: z.number().int().min(0).max(1_000).optional() })
  .strict();

/** The invocation as a short JSON string for a button value; undefined when it would not fit. */
export function encodeInvocation(invocation: Invocation): string | undefined {
  const options = Object.fromEntries(Object.entries(invocation.options).filter(([, v]) => v !== undefined && v !== ''));
  const text = JSON.stringify({ c: invocation.command, o: options, ...(invocation.page ? { p: invocation.page } : {}) });
  return text.length <= MAX_ENCODED_INVOCATION ? text : undefined;
}

/** A button value back to the invocation; undefined for anything this bot did not write. */
export function decodeInvocation(value: string): Invocation | undefined {
  if (value.length > MAX_ENCODED_INVOCATION) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    return undefined;
  }
  const parsed = encodedSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { c, o, p } = parsed.data;
  return { command: c, options: o as CommandOptions, page: p ?? 0 };
}
