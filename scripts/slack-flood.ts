/**
 * The review's flood, measured: while 100 unsigned 3.9 MB bodies arrive at once, how long does a
 * legitimate signed slash command wait for its acknowledgement? Starts Slack HTTP mode on 127.0.0.1
 * (the test stand-in for the Web API, the seed corpus), five rounds. Prints figures; not a CI test.
 *
 *   npm run slack:flood                                   this checkout
 *   npm run slack:flood -- --root /tmp/old                another checkout of the code, e.g.
 *       git archive <commit> src commands test | tar -x -C /tmp/old   (plus node_modules and corpus links)
 */
import { request } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { root: { type: 'string' }, rounds: { type: 'string', default: '5' } } });
const root = path.resolve(values.root ?? fileURLToPath(new URL('..', import.meta.url)));
const load = (file: string) => import(pathToFileURL(path.join(root, file)).href);

const { startSlack } = await load('src/platforms/slack/index.ts');
const { seedEngine } = await load('test/support/seed-engine.ts');
const { SlackApiStandIn } = await load('test/support/slack-api-stand-in.ts');
const { signatureHeaders, slashCommand, SIGNING_SECRET } = await load('test/support/slack-requests.ts');
const { silentLogger } = await load('src/logger.ts');

const api = new SlackApiStandIn();
await api.start();
const slack = await startSlack({
  engine: await seedEngine(),
  logger: silentLogger(),
  config: { mode: 'http', botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, port: 0, host: '127.0.0.1', apiUrl: api.apiUrl },
});
const url = `http://127.0.0.1:${slack.port}/slack/events`;
const big = Buffer.alloc(3_900_000, 0x20);

function unsignedBig(): Promise<number> {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(big.length) } });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(-1));
    req.end(big);
  });
}

const times: number[] = [];
const floodStatuses = new Set<number>();
for (let round = 0; round < Number(values.rounds); round++) {
  const flood = Array.from({ length: 100 }, unsignedBig);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const help = slashCommand({ command: '/help', text: '', responseUrl: api.responseUrl(`flood-${round}`) });
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': help.contentType, ...signatureHeaders(help.body) },
    body: help.body,
  });
  times.push(Math.round(performance.now() - started));
  if (res.status !== 200) console.log(`round ${round}: the signed command got ${res.status}`);
  for (const status of await Promise.all(flood)) floodStatuses.add(status);
}
console.log(`code: ${root}`);
console.log(`flood answered with: ${[...floodStatuses].join(', ')}`);
console.log(`signed /help acknowledged in (ms, per round): ${times.join(' ')}`);
await slack.stop();
await api.stop();
process.exit(0);
