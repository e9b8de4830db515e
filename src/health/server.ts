/**
 * `GET /healthz` as JSON: 200 when the report is ok, 503 otherwise (so a load balancer or
 * orchestrator stops routing to it). Served on its own port (HEALTH_PORT) or, in Slack HTTP mode,
 * on Bolt's port as a custom route.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HealthReport } from './report.ts';

export const HEALTH_PATH = '/healthz';

/** Answers one request with the report. */
export function writeHealth(res: ServerResponse, report: HealthReport): void {
  res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(report));
}

/** A route in the shape of Bolt's `customRoutes`, for Slack HTTP mode. */
export function healthRoute(report: () => HealthReport): {
  path: string;
  method: string[];
  handler: (req: IncomingMessage, res: ServerResponse) => void;
} {
  return { path: HEALTH_PATH, method: ['GET', 'HEAD'], handler: (_req, res) => writeHealth(res, report()) };
}

export interface RunningHealthServer {
  port: number;
  close(): Promise<void>;
}

export async function startHealthServer(options: {
  port: number;
  host?: string;
  report: () => HealthReport;
}): Promise<RunningHealthServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://health').pathname;
    if (path !== HEALTH_PATH) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
    writeHealth(res, options.report());
  });
  server.listen(options.port, options.host);
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
