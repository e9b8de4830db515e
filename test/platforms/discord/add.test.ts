/**
 * `/add <url>` on Discord end to end: the slash command through the real discord.js and the
 * stand-in gateway, the access policy's users and roles allowed to add, the page fetched from a
 * local server into a corpus folder, and the edited answer (what was added, the quotes in it).
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessPolicy, UNRESTRICTED_ACCESS, type AddAllowLists } from '../../../src/access/index.ts';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { addArticle } from '../../../src/ingest/add.ts';
import { Fetcher } from '../../../src/ingest/fetcher.ts';
import { silentLogger } from '../../../src/logger.ts';
import { startDiscord } from '../../../src/platforms/discord/index.ts';
import type { RunningPlatform } from '../../../src/platforms/platform.ts';
import { DiscordStandIn, type RecordedRequest } from '../../support/discord-stand-in.ts';
import { LocalWeb } from '../../support/local-web.ts';

let web: LocalWeb;
let corpus: string;
let standIn: DiscordStandIn;
let bot: RunningPlatform | undefined;
const lists: { current: AddAllowLists | undefined } = { current: undefined };

beforeAll(async () => {
  web = await LocalWeb.start();
  corpus = mkdtempSync(path.join(tmpdir(), 'discord-add-'));
  standIn = await DiscordStandIn.start();
  const fetcher = new Fetcher({ allowHosts: new Set(['127.0.0.1']), perHostIntervalMs: 0 });
  // One policy whose lists each test sets: the bot is started once.
  const policy = new AccessPolicy(
    new Proxy(
      { ...UNRESTRICTED_ACCESS, adder: { add: (url: string) => addArticle(fetcher, corpus, url) } },
      { get: (target, key) => (key === 'addAllowed' ? lists.current : target[key as keyof typeof target]) },
    ),
  );
  bot = await startDiscord({
    engine: new Engine(await loadCorpus(corpus)),
    config: { token: 'stand-in.bot.token', applicationId: standIn.ids.application, apiUrl: standIn.apiUrl },
    logger: silentLogger(),
    policy,
  });
});

afterAll(async () => {
  await bot?.stop();
  await standIn?.close();
  await web.close();
});

/** The text of whatever the bot sent for this interaction (the edited deferral, or a reply or follow-up). */
async function answerFor(asked: { id: string; token: string }): Promise<RecordedRequest> {
  return standIn.waitFor('the answer', () =>
    standIn.requests.find(
      (r) =>
        (r.method === 'PATCH' && r.path.includes(asked.token)) ||
        (r.method === 'POST' &&
          (r.path.includes(`/webhooks/${standIn.ids.application}/${asked.token}`) || r.path.includes(`/interactions/${asked.id}/`)) &&
          JSON.stringify(r.body).includes('content')),
    ),
  );
}

const add = (url: string) => standIn.slashCommand('add', [{ name: 'query', type: 3, value: url }]);

describe('/add on Discord', () => {
  it('adds the page for a user on the list and answers with the article and its quotes', async () => {
    lists.current = { discordUsers: new Set([standIn.ids.user]) };
    const answer = await answerFor(add(web.url('/pages/bbc-1/')));
    const body = JSON.stringify(answer.body);
    expect(answer.body.content).toMatch(/^\*\*\d+ quotes\*\* from 1 outlet/);
    expect(body).toMatch(/Added web\/[\w.-]+\/[\w-]+\.md/);
    expect(body).toContain('BBC News');
    expect((await loadCorpus(corpus)).articles.map((a) => a.outlet)).toContain('BBC News');
  });

  it('lets a member of an allowed role add', async () => {
    lists.current = { discordRoles: new Set([standIn.ids.botRole]) };
    standIn.memberRoles = [standIn.ids.botRole];
    try {
      const answer = await answerFor(add(web.url('/pages/tmz-1/')));
      expect(JSON.stringify(answer.body)).toMatch(/Added web\/[\w.-]+\/[\w-]+\.md/);
    } finally {
      standIn.memberRoles = [];
    }
  });

  it('refuses someone on no list, and is off until configured, adding nothing', async () => {
    const before = readdirSync(corpus, { recursive: true }).length;
    lists.current = { discordRoles: new Set([standIn.ids.botRole]) };
    const refused = await answerFor(add(web.url('/pages/wordpress/')));
    expect(JSON.stringify(refused.body)).toContain('You are not on the list of people who may add articles; ask an admin.');
    lists.current = undefined;
    const off = await answerFor(add(web.url('/pages/wordpress/')));
    expect(JSON.stringify(off.body)).toContain('ADD_ALLOWED_DISCORD_ROLES');
    expect(readdirSync(corpus, { recursive: true }).length).toBe(before);
  });
});
