/**
 * The Block Kit pieces this renderer writes, typed with `@slack/types` and narrowed to what it uses
 * (every mrkdwn text is `verbatim`, so Slack does not auto-link URLs, channel names or `@here`).
 */
import type {
  ActionsBlock,
  Button as SlackButton,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  MrkdwnElement,
  SectionBlock,
} from '@slack/types';
import { clip, escapeMrkdwn, unping } from './escape.ts';
import { SLACK_LIMITS } from './limits.ts';

export interface MrkdwnText extends MrkdwnElement {
  verbatim: true;
}
export interface Button extends SlackButton {
  action_id: string;
  value: string;
}
export interface Section extends SectionBlock {
  text: MrkdwnText;
}
export interface Context extends ContextBlock {
  elements: MrkdwnText[];
}
export interface Actions extends ActionsBlock {
  elements: Button[];
}
export type Block = HeaderBlock | Section | Context | DividerBlock | Actions;

export interface SlackMessage {
  /** Notification and accessibility fallback (mrkdwn, escaped). */
  text: string;
  blocks: Block[];
}

export function header(text: string): HeaderBlock {
  return {
    type: 'header',
    text: { type: 'plain_text', text: clip(unping(escapeMrkdwn(text.replace(/\s+/g, ' ').trim())), SLACK_LIMITS.headerText), emoji: false },
  };
}

export function section(text: string): Section {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, SLACK_LIMITS.sectionText), verbatim: true } };
}

export function context(texts: string[]): Context {
  const elements = texts
    .slice(0, SLACK_LIMITS.contextElements)
    .map((t): MrkdwnText => ({ type: 'mrkdwn', text: clip(t, SLACK_LIMITS.contextElementText), verbatim: true }));
  return { type: 'context', elements };
}

export const divider: DividerBlock = { type: 'divider' };

export function button(actionId: string, label: string, value: string, primary = false): Button {
  return {
    type: 'button',
    action_id: actionId,
    text: { type: 'plain_text', text: clip(label, SLACK_LIMITS.buttonText), emoji: false },
    value,
    ...(primary ? { style: 'primary' as const } : {}),
  };
}

/** Lines joined into section texts of at most 3000 characters, at most 10 sections. */
export function chunkLines(lines: string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines) {
    const piece = clip(line, SLACK_LIMITS.sectionText);
    if (current && current.length + 1 + piece.length > SLACK_LIMITS.sectionText) {
      chunks.push(current);
      current = piece;
    } else {
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) chunks.push(current);
  return chunks.slice(0, 10);
}

export function blocksChars(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'section') n += b.text.text.length;
    if (b.type === 'context') for (const e of b.elements) n += e.text.length;
  }
  return n;
}
