/**
 * One HTTP GET, carefully: the address is checked after DNS resolution (`guardedLookup`), the
 * connection must open within the connect timeout and the whole response arrive within the total
 * one, and the body is counted while it streams so a huge or endless response is cut off at the cap.
 * Built on `node:http`/`node:https` rather than `fetch`: only a `lookup` hook lets the check see the
 * very address the socket connects to (fetch would need undici's Agent, which is not a dependency).
 */
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import zlib from 'node:zlib';
import { bareHost, checkAddress, guardedLookup } from './address.ts';
import { IngestError } from './errors.ts';
import type { FetchOptions } from './options.ts';

export interface RawResponse {
  status: number;
  statusText: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Megabytes as people read them: `5 MB`. */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} kB`;
}

/** GET `url` once (no redirect followed). `maxBytes` may be lower than the options' (robots.txt). */
export function requestOnce(
  url: URL,
  options: FetchOptions,
  headers: Record<string, string> = {},
  maxBytes = options.maxBytes,
): Promise<RawResponse> {
  const host = bareHost(url.hostname);
  if (net.isIP(host)) checkAddress(host, host, options.allowHosts);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      reject(error);
      req.destroy();
    };
    const req = client.request(url, {
      method: 'GET',
      headers: { 'user-agent': options.userAgent, 'accept-encoding': 'gzip, deflate, br', ...headers },
      lookup: guardedLookup(options.allowHosts) as unknown as net.LookupFunction,
      agent: false,
    });
    const connectTimer = setTimeout(
      () => fail(new IngestError('connect_timeout', { host, seconds: options.connectTimeoutMs / 1000 })),
      options.connectTimeoutMs,
    );
    const totalTimer = setTimeout(
      () => fail(new IngestError('timeout', { host, seconds: options.totalTimeoutMs / 1000 })),
      options.totalTimeoutMs,
    );
    req.on('socket', (socket) => {
      const connected = () => clearTimeout(connectTimer);
      if (!socket.connecting) connected();
      else socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected);
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error instanceof IngestError) return fail(error);
      fail(new IngestError('unreachable', { host, detail: error.code ?? error.message }));
    });
    req.on('response', (res) => {
      clearTimeout(connectTimer);
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) return fail(new IngestError('too_large', { limit: sizeText(maxBytes) }));
      const chunks: Buffer[] = [];
      let size = 0;
      // The cap counts the bytes after decompression, so a small compressed bomb is cut off too.
      const body = decoded(res);
      body.on('error', (error: NodeJS.ErrnoException) =>
        fail(new IngestError('unreachable', { host, detail: `${error.code ?? error.message} while decompressing` })),
      );
      body.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        if (size > maxBytes) return fail(new IngestError('too_large', { limit: sizeText(maxBytes) }));
        chunks.push(chunk);
      });
      res.on('error', (error: NodeJS.ErrnoException) =>
        fail(new IngestError('unreachable', { host, detail: error.code ?? error.message })),
      );
      res.on('aborted', () => fail(new IngestError('unreachable', { host, detail: 'connection closed mid-response' })));
      body.on('end', () => {
        if (settled) return;
        settled = true;
        clearTimeout(totalTimer);
        resolve({ status: res.statusCode ?? 0, statusText: res.statusMessage ?? '', headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.end();
  });
}

/** The response body, decompressed when the server compressed it. */
function decoded(res: http.IncomingMessage): NodeJS.ReadableStream {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const inflate =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : undefined;
  return inflate ? res.pipe(inflate) : res;
}
