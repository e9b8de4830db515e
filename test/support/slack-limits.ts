/**
 * Checks a rendered Slack message against Slack's documented limits and for anything live (a mention,
 * a broadcast, a link) that did not come from the answer's own citation URLs.
 */
import { expect } from 'vitest';
import { SLACK_LIMITS, type Block, type SlackMessage } from '../../src/render/slack.ts';

export function expectWithinSlackLimits(message: SlackMessage): void {
  expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
  expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
  expect(JSON.stringify(message).length).toBeLessThan(30_000);
  for (const block of message.blocks) {
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    if (block.type === 'section') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    if (block.type === 'context') {
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      for (const e of block.elements) expect(e.text.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElementText);
    }
    if (block.type === 'actions') {
      expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.actionsElements);
      for (const b of block.elements) {
        expect(b.value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
        expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
      }
    }
  }
}

/** Every text a person would see: header, sections, context elements and the fallback. */
export function visibleTexts(message: SlackMessage): string[] {
  const texts = [message.text];
  for (const block of message.blocks as Block[]) {
    if (block.type === 'header' || block.type === 'section') texts.push(block.text.text);
    if (block.type === 'context') texts.push(...block.elements.map((e) => e.text));
  }
  return texts;
}

/**
 * No `<!…>`, `<@…>` or `<#…>` anywhere, and every `<…>` is a link to one of `allowedUrls` (already in
 * Slack's escaped form) with a label free of `<`, `>` and `|`.
 */
export function expectNothingLive(message: SlackMessage, allowedUrls: ReadonlySet<string>, sharer?: string): void {
  for (const text of visibleTexts(message)) {
    for (const [, inner = ''] of text.matchAll(/<([^>]*)>/g)) {
      if (sharer && inner === `@${sharer}`) continue;
      const [target = '', label, ...rest] = inner.split('|');
      expect(inner.startsWith('!') || inner.startsWith('@') || inner.startsWith('#'), `live markup <${inner}>`).toBe(false);
      expect(rest, `link with extra | in <${inner}>`).toEqual([]);
      expect(label, `bare link <${inner}>`).toBeDefined();
      expect(allowedUrls.has(target), `link to ${target} not from a citation`).toBe(true);
    }
    expect(text).not.toMatch(/<(?![^<>]*>)/);
    expect(text).not.toMatch(/@(here|channel|everyone)\b/i);
  }
}
