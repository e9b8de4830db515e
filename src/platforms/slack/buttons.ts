/**
 * The invocation behind a "Share in channel" or "More" button. The renderer writes
 * `encodeInvocation(...)` into the button's value (the invocation that produced the answer, with
 * the page to show), so pressing it re-runs exactly that command with its options.
 */
import { z } from 'zod';
import { decodeInvocation, type Invocation } from '../../../commands/invocation.ts';
import type { Answer } from '../../answer.ts';
import { renderSlack, type SlackMessage, type SlackRenderOptions } from '../../render/slack.ts';

/** A button's value back to its invocation; undefined for anything this bot did not write. */
export function buttonInvocation(value: string | undefined): Invocation | undefined {
  if (!value) return undefined;
  return decodeInvocation(value) ?? olderButtonInvocation(value);
}

/** Renders an answer with the invocation that produced it, for its buttons to carry (its page is the one shown). */
export function renderWithInvocation(
  answer: Answer,
  invocation: Invocation,
  options: Omit<SlackRenderOptions, 'invocation'> = {},
): SlackMessage {
  return renderSlack(answer, { ...options, invocation });
}

/**
 * Values written before buttons carried the invocation (`{"command":"quote","query":"…","page":1}`):
 * still in Slack's history on ephemeral and threaded answers, so still understood for a while.
 */
const olderValueSchema = z.object({ command: z.string().max(40), query: z.string().max(1000), page: z.number().int().min(0).max(1000) });

function olderButtonInvocation(value: string): Invocation | undefined {
  try {
    const parsed = olderValueSchema.safeParse(JSON.parse(value));
    if (!parsed.success) return undefined;
    const { command, query, page } = parsed.data;
    return { command, options: query ? { query } : {}, page };
  } catch {
    return undefined;
  }
}
