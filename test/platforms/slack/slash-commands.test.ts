import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { dispatch } from '../../../src/dispatch.ts';
import type { Engine } from '../../../src/engine/index.ts';
import { silentLogger } from '../../../src/logger.ts';
import { OPEN_ACCESS } from '../../../src/access/access.ts';
import { slackCommandPath, slackSlashCommands } from '../../../src/platforms/slack/slash-commands.ts';
import { renderSlack } from '../../../src/render/slack.ts';
import { seedEngine } from '../../support/seed-engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await seedEngine();
});

describe('Slack slash commands', () => {
  it('lists the umbrella first, naming every command, with a hint of how to use it', () => {
    const [umbrella] = slackSlashCommands();
    expect(umbrella).toEqual({
      name: 'newsroom',
      description: 'Every newsroom command: quote, search, compare, who, sources, help, add',
      usageHint: 'quote|search|compare|who|sources|help|add [words]',
    });
    expect(slackSlashCommands().find((c) => c.name === 'quote')?.usageHint).toBe('Putin Bucha');
  });

  it('help asked on Slack shows each command as Slack reaches it', async () => {
    const answer = await dispatch(engine, { command: 'help', options: {} }, silentLogger(), OPEN_ACCESS, slackCommandPath);
    if (answer.kind !== 'help') throw new Error(`expected help, got ${answer.kind}`);
    const usage = Object.fromEntries(answer.commands.map((c) => [c.name, c.usage]));
    expect(usage.who).toBe('/newsroom who "great breakthrough"');
    expect(usage.search).toBe('/newsroom search humanitarian corridors  ·  /newsroom search "steel plant" outlet:axios');
    expect(usage.quote).toBe(commands.find((c) => c.name === 'quote')?.usage);
    expect(answer.syntax.map((x) => x.example)).toContain('/newsroom search "village of Bucha"');
    expect(answer.syntax.map((x) => x.example)).toContain('outlet:axios  outlet:"the national"');
  });

  it('help on Slack heads each command with the name Slack knows it by', async () => {
    const answer = await dispatch(engine, { command: 'help', options: {} }, silentLogger(), OPEN_ACCESS, slackCommandPath);
    const text = JSON.stringify(renderSlack(answer).blocks);
    expect(text).toContain('*/newsroom who*');
    expect(text).toContain('*/newsroom search*');
    expect(text).toContain('*/quote*');
    expect(text).not.toMatch(/\*\/(who|search)\*/);
  });
});
