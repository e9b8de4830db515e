/**
 * The door in front of Bolt's HTTP receiver: every POST to `/slack/events` is checked here, in the
 * cheapest order, before Bolt reads or parses anything.
 *
 *   1. media type JSON or form, else 415; a declared Content-Length over the limit, 413
 *   2. signature headers present and well formed, and a timestamp within 5 minutes of now in
 *      either direction (Bolt refuses only old ones), else 401: nothing of the body is read
 *      (an unsigned `ssl_check=1` of a few bytes is the one exception, as Slack sends it unsigned)
 *   3. the body, read up to the limit (a body streaming past it is cut off with 413)
 *   4. the signature (HMAC of `v0:timestamp:body`), else 401
 *   5. a request already executed (same signature and timestamp) is answered 200 and not run again
 *   6. the body's shape (`request-shape.ts`), else 400
 *
 * Then Bolt gets the request with the body already read (it verifies and parses it itself too).
 * Other paths (the health check) pass straight through.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { isValidSlackRequest } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import { checkBody } from './request-shape.ts';
import type { SeenRequests } from './seen-requests.ts';

/** Slack's window: a request whose timestamp is further than this from now, either way, is refused. */
export const TIMESTAMP_WINDOW_SECONDS = 5 * 60;
/**
 * Largest body read. The biggest Slack sends this bot is a button click carrying the message it is
 * on (at most 50 blocks; ~60 kB of JSON, a few times that form-encoded); Bolt's own limit is 4 MB.
 */
export const MAX_BODY_BYTES = 1024 * 1024;
/** An unsigned `ssl_check=1&token=…` is read only up to this. */
const SSL_CHECK_MAX_BYTES = 256;

export interface GuardOptions {
  signingSecret: string;
  endpoints: readonly string[];
  logger: Logger;
  seen: SeenRequests;
  maxBodyBytes?: number;
  /** Milliseconds since the epoch (tests move the clock). */
  now?: () => number;
}

export function guardSlackRequests(options: GuardOptions, next: RequestListener): RequestListener {
  const { logger, seen } = options;
  const maxBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const now = options.now ?? Date.now;
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'POST' || !options.endpoints.includes(path)) return next(req, res);
    const refuse = (status: number, reason: string, level: 'info' | 'warn' = 'warn') => {
      logger[level]({ status, reason, path }, 'slack: refused a request');
      answer(req, res, status);
    };

    const mediaType = mediaTypeOf(req.headers['content-type']);
    if (!mediaType) return refuse(415, `content type ${JSON.stringify(req.headers['content-type'] ?? '')}`);
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > maxBytes) return refuse(413, `Content-Length ${declared} over ${maxBytes} bytes`);

    const signature = single(req.headers['x-slack-signature']);
    const timestamp = single(req.headers['x-slack-request-timestamp']);
    if (!signature || !timestamp || !/^v0=[0-9a-f]{64}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) {
      if (mediaType === 'form' && !(declared > SSL_CHECK_MAX_BYTES)) return void sslCheck(req, res, refuse);
      return refuse(401, 'missing or malformed signature headers');
    }
    const skew = Math.abs(now() / 1000 - Number(timestamp));
    if (skew > TIMESTAMP_WINDOW_SECONDS) return refuse(401, `timestamp ${Math.round(skew)} s away from now`);

    void readBody(req, maxBytes).then(
      (raw) => {
        if (!raw) return refuse(413, `body over ${maxBytes} bytes`);
        const body = raw.toString('utf8');
        const nowMs = now();
        const signed = isValidSlackRequest({
          signingSecret: options.signingSecret,
          body,
          headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
          nowMilliseconds: nowMs,
        });
        if (!signed) return refuse(401, 'signature mismatch');
        const expires = (Number(timestamp) + TIMESTAMP_WINDOW_SECONDS + 1) * 1000;
        if (!seen.firstTime(`${timestamp}:${signature}`, expires, nowMs)) {
          logger.warn({ path, timestamp }, 'slack: ignored a signed request already executed (a replay: same signature and timestamp)');
          return answer(req, res, 200);
        }
        const shape = checkBody(mediaType, raw);
        if (!shape.ok) return refuse(400, `body: ${shape.reason}`);
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = raw;
        next(req, res);
      },
      (error: unknown) => refuse(400, `body could not be read: ${(error as Error).message}`, 'info'),
    );
  };
}

/** `json` or `form` for the two types Slack posts (form exactly as Bolt compares it), else undefined. */
function mediaTypeOf(header: string | undefined): 'json' | 'form' | undefined {
  if (header === 'application/x-www-form-urlencoded') return 'form';
  const essence = header?.split(';')[0]?.trim().toLowerCase();
  return essence === 'application/json' ? 'json' : undefined;
}

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Slack's unsigned SSL check: `ssl_check=1` (and a token), answered 200; any other unsigned body is refused. */
function sslCheck(req: IncomingMessage, res: ServerResponse, refuse: (status: number, reason: string) => void): void {
  void readBody(req, SSL_CHECK_MAX_BYTES).then(
    (raw) => {
      if (raw && new URLSearchParams(raw.toString('utf8')).get('ssl_check') === '1') return answer(req, res, 200);
      refuse(401, 'missing or malformed signature headers');
    },
    () => refuse(401, 'missing or malformed signature headers'),
  );
}

/**
 * The whole body if it is at most `max` bytes, else undefined as soon as it passes `max` (what came
 * so far is dropped and the rest is not read).
 */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        cleanUp();
        chunks.length = 0;
        resolve(undefined);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanUp();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(error);
    };
    const cleanUp = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.pause();
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** An empty answer; when the body was not read to its end, the connection is closed after it. */
function answer(req: IncomingMessage, res: ServerResponse, status: number): void {
  if (res.headersSent) return;
  const unread = !req.complete;
  res.writeHead(status, unread ? { connection: 'close' } : {});
  res.end(() => {
    if (unread) req.destroy();
  });
}
