/**
 * A local stand-in for Slack's Socket Mode server: a `ws` WebSocketServer on 127.0.0.1 that greets
 * each connection with `hello`, sends envelopes, and records the acks (`{ envelope_id, payload }`).
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface Ack {
  envelope_id: string;
  payload?: unknown;
}

export class SlackSocketStandIn {
  readonly acks: Ack[] = [];
  private server?: WebSocketServer;
  private socket?: WebSocket;
  private connected?: Promise<void>;
  private readonly waiters: Array<{ id: string; resolve: (a: Ack) => void }> = [];

  async start(): Promise<void> {
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(this.server, 'listening');
    this.connected = new Promise((resolve) => {
      this.server?.on('connection', (socket) => {
        this.socket = socket;
        socket.on('message', (data) => this.onMessage(String(data)));
        socket.send(
          JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'stand-in' }, connection_info: { app_id: 'A0001' } }),
        );
        resolve();
      });
    });
  }

  /** What `apps.connections.open` should return. */
  get url(): string {
    return `ws://127.0.0.1:${(this.server?.address() as AddressInfo).port}/link/?ticket=stand-in`;
  }

  async stop(): Promise<void> {
    for (const client of this.server?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Sends an envelope once the app is connected and resolves with its ack. */
  async send(envelope: { envelope_id: string; type: string; payload: unknown; [key: string]: unknown }): Promise<Ack> {
    await this.connected;
    const acked = this.ackFor(envelope.envelope_id);
    this.socket?.send(JSON.stringify(envelope));
    return acked;
  }

  ackFor(id: string): Promise<Ack> {
    const found = this.acks.find((a) => a.envelope_id === id);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.waiters.push({ id, resolve }));
  }

  private onMessage(text: string): void {
    const ack = JSON.parse(text) as Ack;
    if (typeof ack.envelope_id !== 'string') return;
    this.acks.push(ack);
    for (const waiter of this.waiters.filter((w) => w.id === ack.envelope_id)) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve(ack);
    }
  }
}
