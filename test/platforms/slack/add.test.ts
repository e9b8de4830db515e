/**
 * `/add <url>` on Slack end to end: a signed slash command through the real Bolt receiver, the
 * access policy's list of who may add, the page fetched from a local server and written into a
 * corpus folder, and the answer (what was added, the quotes in it) through the response_url stand-in.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessPolicy, UNRESTRICTED_ACCESS } from '../../../src/access/index.ts';
import { loadCorpus } from '../../../src/corpus/load.ts';
import { Engine } from '../../../src/engine/engine.ts';
import { addArticle } from '../../../src/ingest/add.ts';
import { Fetcher } from '../../../src/ingest/fetcher.ts';
import { startSlack, type RunningSlack } from '../../../src/platforms/slack/index.ts';
import { SlackApiStandIn } from '../../support/slack-api-stand-in.ts';
import { CapturedLog } from '../../support/slack-log.ts';
import { expectWithinSlackLimits } from '../../support/slack-limits.ts';
import { signatureHeaders, slashCommand, SIGNING_SECRET, type SlackRequest } from '../../support/slack-requests.ts';
import type { SlackMessage } from '../../../src/render/slack.ts';
import { LocalWeb } from '../../support/local-web.ts';

const api = new SlackApiStandIn();
const log = new CapturedLog();
let web: LocalWeb;
let corpus: string;
const running: RunningSlack[] = [];

async function slackWith(addAllowed: { slackUsers?: ReadonlySet<string> } | undefined): Promise<string> {
  const fetcher = new Fetcher({ allowHosts: new Set(['127.0.0.1']), perHostIntervalMs: 0 });
  const policy = new AccessPolicy({
    ...UNRESTRICTED_ACCESS,
    ...(addAllowed ? { addAllowed } : {}),
    adder: { add: (url) => addArticle(fetcher, corpus, url) },
  });
  const slack = await startSlack({
    engine: new Engine(await loadCorpus(corpus)),
    logger: log.logger,
    policy,
    config: { mode: 'http', botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1', apiUrl: api.apiUrl },
  });
  running.push(slack);
  return `http://127.0.0.1:${slack.port}/slack/events`;
}

beforeAll(async () => {
  await api.start();
  web = await LocalWeb.start();
  corpus = mkdtempSync(path.join(tmpdir(), 'slack-add-'));
});

afterAll(async () => {
  for (const slack of running) await slack.stop();
  await api.stop();
  await web.close();
});

function send(eventsUrl: string, request: SlackRequest): Promise<Response> {
  return fetch(eventsUrl, {
    method: 'POST',
    headers: { 'content-type': request.contentType, ...signatureHeaders(request.body) },
    body: request.body,
  });
}

async function answerTo(eventsUrl: string, id: string, text: string, user = 'U0ALICE'): Promise<SlackMessage> {
  const res = await send(eventsUrl, slashCommand({ command: '/add', text, responseUrl: api.responseUrl(id), user }));
  expect(res.status).toBe(200);
  const call = await api.waitFor((c) => c.method === 'response_url' && c.responseId === id);
  return call.args as unknown as SlackMessage;
}

describe('/add on Slack', () => {
  it('adds the page for a user on the list and answers with the article and its quotes', async () => {
    const eventsUrl = await slackWith({ slackUsers: new Set(['U0ALICE']) });
    const message = await answerTo(eventsUrl, 'add-1', `<${web.url('/pages/bbc-1/')}>`);
    const text = JSON.stringify(message.blocks);
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { text: expect.stringMatching(/^\d+ quotes from 1 outlet/) } });
    expect(text).toMatch(/Added web\/[\w.-]+\/[\w-]+\.md: \\"[^"]+\\" \(BBC News, 2015-07-24\)\./);
    expect(text).toContain('BBC News');
    expectWithinSlackLimits(message);
    const loaded = await loadCorpus(corpus);
    expect(loaded.articles.map((a) => a.outlet)).toContain('BBC News');
  });

  it('tells someone not on the list that they may not add, and adds nothing', async () => {
    const eventsUrl = await slackWith({ slackUsers: new Set(['U0ALICE']) });
    const before = readdirSync(corpus, { recursive: true }).length;
    const message = await answerTo(eventsUrl, 'add-2', web.url('/pages/tmz-1/'), 'U0MALLORY');
    expect(JSON.stringify(message)).toContain('You are not on the list of people who may add articles; ask an admin.');
    expect(readdirSync(corpus, { recursive: true }).length).toBe(before);
  });

  it('is off until configured, and says how to turn it on', async () => {
    const eventsUrl = await slackWith(undefined);
    const message = await answerTo(eventsUrl, 'add-3', web.url('/pages/tmz-1/'));
    expect(JSON.stringify(message)).toContain(
      'Adding articles from chat is off. An admin turns it on by listing who may add: ADD_ALLOWED_SLACK_USERS',
    );
  });

  it('says in one line why a page could not be added', async () => {
    const eventsUrl = await slackWith({ slackUsers: new Set(['U0ALICE']) });
    const message = await answerTo(eventsUrl, 'add-4', web.url('/nothing-here'));
    expect(JSON.stringify(message)).toContain(`${web.url('/nothing-here')}: The site answered 404 Not Found.`);
  });
});
