/**
 * The careful fetcher's refusals, against a local server: private addresses (directly, after DNS,
 * after a redirect), a body far over the cap, a response that never ends, a redirect chain, robots.txt,
 * the per-host pace.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isBlockedAddress } from '../../src/ingest/address.ts';
import { IngestError } from '../../src/ingest/errors.ts';
import { Fetcher } from '../../src/ingest/fetcher.ts';
import { LocalWeb } from '../support/local-web.ts';

let web: LocalWeb;
const LOCAL = { allowHosts: new Set(['127.0.0.1']), perHostIntervalMs: 0 };

beforeAll(async () => {
  web = await LocalWeb.start();
  web.route('/ok', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('fine'));
  web.route('/to-metadata', (_req, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
  web.route('/to-loopback', (_req, res) => res.writeHead(301, { location: 'http://[::1]:9/' }).end());
  web.route('/to-private', (_req, res) => res.writeHead(307, { location: 'http://10.0.0.1/admin' }).end());
  web.route('/to-file', (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
  for (let n = 0; n < 12; n++) web.route(`/hop/${n}`, (_req, res) => res.writeHead(302, { location: `/hop/${n + 1}` }).end());
  web.route('/hop/12', (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('arrived'));
  web.route('/three-hops', (_req, res) => res.writeHead(302, { location: '/hop/9' }).end());
  web.route('/huge', (_req, res) => {
    // 50 MB, chunked (no Content-Length), written as fast as the client reads.
    res.writeHead(200, { 'content-type': 'text/html' });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < 50 * 1024 * 1024) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (sent = Infinity));
    pump();
  });
  web.route('/declared-huge', (_req, res) => res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) }).write('a'));
  web.route('/endless', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<html><body>');
    const timer = setInterval(() => res.write('<p>more</p>'), 20);
    res.on('close', () => clearInterval(timer));
  });
  web.route('/gzipped', (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('unpacked')),
  );
  const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024));
  web.route('/bomb', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb));
  web.route('/missing', (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'));
});

afterAll(async () => {
  await web.close();
});

async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof IngestError)) throw new Error(`expected an IngestError, got ${String(error)}`);
  return error;
}

describe('the fetcher', () => {
  it('fetches from an allowed local host, naming itself in the User-Agent', async () => {
    let agent = '';
    web.route('/who', (req, res) => {
      agent = req.headers['user-agent'] ?? '';
      res.writeHead(200).end('hello');
    });
    const res = await new Fetcher(LOCAL).fetch(web.url('/who'));
    expect(res.body.toString()).toBe('hello');
    expect(agent).toMatch(/^newsroom-quote-bot\/\S+ \(.*robots\.txt/);
  });

  it('refuses 127.0.0.1 without the allow-list, and a name that resolves to loopback', async () => {
    const fetcher = new Fetcher({ perHostIntervalMs: 0 });
    expect((await refusal(fetcher.fetch(web.url('/ok')))).code).toBe('private_address');
    const byName = await refusal(fetcher.fetch(`http://localhost:${web.port}/ok`));
    expect(byName.code).toBe('private_address');
    expect(byName.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a private or local address .*INGEST_ALLOW_HOSTS/);
  });

  it('re-checks every redirect: the cloud metadata address, loopback, a private network, a file: address', async () => {
    const fetcher = new Fetcher(LOCAL);
    const metadata = await refusal(fetcher.fetch(web.url('/to-metadata')));
    expect(metadata.code).toBe('private_address');
    expect(metadata.message).toContain('169.254.169.254');
    expect((await refusal(fetcher.fetch(web.url('/to-loopback')))).code).toBe('private_address');
    expect((await refusal(fetcher.fetch(web.url('/to-private')))).code).toBe('private_address');
    expect((await refusal(fetcher.fetch(web.url('/to-file')))).code).toBe('bad_scheme');
  });

  it('follows up to 5 redirects and refuses a 10-redirect chain', async () => {
    const fetcher = new Fetcher(LOCAL);
    expect((await fetcher.fetch(web.url('/three-hops'))).body.toString()).toBe('arrived');
    const chain = await refusal(fetcher.fetch(web.url('/hop/2')));
    expect(chain.code).toBe('too_many_redirects');
    expect(chain.message).toBe('More than 5 redirects; gave up.');
  });

  it('stops reading a 50 MB body at the 5 MB cap, declared or not', async () => {
    const fetcher = new Fetcher(LOCAL);
    const streamed = await refusal(fetcher.fetch(web.url('/huge')));
    expect(streamed.message).toBe('The response is larger than 5 MB; gave up reading it.');
    expect((await refusal(fetcher.fetch(web.url('/declared-huge')))).code).toBe('too_large');
  });

  it('reads a compressed body, and counts the cap after decompression (a 50 MB gzip bomb)', async () => {
    const fetcher = new Fetcher(LOCAL);
    expect((await fetcher.fetch(web.url('/gzipped'))).body.toString()).toBe('unpacked');
    expect((await refusal(fetcher.fetch(web.url('/bomb')))).code).toBe('too_large');
  });

  it('gives up on a response that never ends after the total timeout', async () => {
    const started = Date.now();
    const endless = await refusal(new Fetcher({ ...LOCAL, totalTimeoutMs: 400 }).fetch(web.url('/endless')));
    expect(endless.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('says what went wrong for a 404, a closed port, a non-web address', async () => {
    const fetcher = new Fetcher(LOCAL);
    expect((await refusal(fetcher.fetch(web.url('/missing')))).message).toBe('The site answered 404 Not Found.');
    const closed = await refusal(fetcher.fetch('http://127.0.0.1:9/'));
    expect(closed.message).toMatch(/^127\.0\.0\.1 could not be reached \(ECONNREFUSED\)\.$/);
    expect((await refusal(fetcher.fetch('ftp://example.org/file'))).message).toBe(
      'ftp addresses are not fetched; only http:// and https://.',
    );
    expect((await refusal(fetcher.fetch('not a url'))).code).toBe('bad_url');
  });

  it('honours robots.txt for its own name and for *, unless told not to', async () => {
    web.route('/robots.txt', (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end('User-agent: *\nDisallow: /private/\n\nUser-agent: newsroom-quote-bot\nDisallow: /no-bots\nAllow: /no-bots/open\n'),
    );
    web.route('/no-bots', (_req, res) => res.writeHead(200).end('x'));
    web.route('/no-bots/open', (_req, res) => res.writeHead(200).end('open'));
    try {
      const fetcher = new Fetcher({ ...LOCAL, robots: true });
      const refused = await refusal(fetcher.fetch(web.url('/no-bots')));
      expect(refused.code).toBe('robots');
      expect(refused.message).toContain('INGEST_ROBOTS=off');
      expect((await fetcher.fetch(web.url('/no-bots/open'))).body.toString()).toBe('open');
      // Our own group wins over *: /private/ is not disallowed for us.
      expect((await refusal(fetcher.fetch(web.url('/private/x')))).code).toBe('http_status');
      expect((await new Fetcher({ ...LOCAL, robots: false }).fetch(web.url('/no-bots'))).body.toString()).toBe('x');
    } finally {
      web.route('/robots.txt', (_req, res) => res.writeHead(404).end());
    }
  });

  it('waits between two requests to one host', async () => {
    const fetcher = new Fetcher({ ...LOCAL, perHostIntervalMs: 300, robots: false });
    const started = Date.now();
    await fetcher.fetch(web.url('/ok'));
    await fetcher.fetch(web.url('/ok'));
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});

describe('blocked addresses', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00:ec2::254',
    '::ffff:127.0.0.1',
    '::ffff:a9fe:a9fe',
  ])('%s is refused', (address) => expect(isBlockedAddress(address)).toBe(true));
  it.each(['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111'])('%s is public', (address) => expect(isBlockedAddress(address)).toBe(false));
});
