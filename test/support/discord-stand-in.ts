/**
 * A local stand-in for Discord, enough for the real discord.js to log in and talk to it: REST
 * (node:http) and the gateway (a `ws` server) on 127.0.0.1, random ports. It serves
 * `GET /gateway/bot`, speaks the gateway handshake (Hello, Identify → READY + GUILD_CREATE,
 * heartbeats, Resume → RESUMED), dispatches the events a test asks for, and records every REST
 * request (interaction callbacks, webhook follow-ups and edits, channel messages) and every gateway
 * payload the bot sends. JSON encoding, no compression (discord.js asks for `encoding=json` and,
 * without zlib-sync, no `compress`).
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface RecordedRequest {
  method: string;
  /** Path without the `/api/v10` prefix, e.g. `/interactions/123/tok/callback`. */
  path: string;
  query: URLSearchParams;
  /** The JSON body as sent; tests read into it freely. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary recorded JSON
  body: any;
}

export interface GatewayPayload {
  op: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- arbitrary gateway JSON
  d: any;
  s?: number | null;
  t?: string | null;
}

interface PlannedFailure {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  headers: Record<string, string>;
  /** `hang`: never answer (the client times out); `drop`: close the socket without a response. */
  fault?: 'hang' | 'drop';
}

const API_PREFIX = /^\/api\/v\d+/;

export class DiscordStandIn {
  readonly ids = {
    application: '1100000000000000001',
    bot: '1100000000000000001',
    guild: '1100000000000000100',
    channel: '1100000000000000200',
    thread: '1100000000000000300',
    user: '1100000000000000400',
    botRole: '1100000000000000500',
  };
  readonly botUser = {
    id: this.ids.bot,
    username: 'newsbot',
    discriminator: '0',
    global_name: 'Newsbot',
    avatar: null,
    bot: true,
    flags: 0,
  };
  readonly humanUser = { id: this.ids.user, username: 'reporter', discriminator: '0', global_name: 'Reporter', avatar: null, flags: 0 };

  /** Role ids the human user holds in interactions (e.g. a role allowed to /add). */
  memberRoles: string[] = [];

  /** Every REST request the bot made, in order. */
  readonly requests: RecordedRequest[] = [];
  /** Every gateway payload the bot sent (Identify, Resume, Heartbeat…), in order. */
  readonly received: GatewayPayload[] = [];
  /** The query string of each gateway connection (`v=10&encoding=json`). */
  readonly connectQueries: URLSearchParams[] = [];

  private readonly server: http.Server;
  private readonly wss = new WebSocketServer({ noServer: true });
  private socket: WebSocket | undefined;
  private sequence = 0;
  private nextId = 1_200_000_000_000_000_000n;
  private readonly sessionId = 'stand-in-session';
  private readonly messages = new Map<string, object>();
  private readonly failures: PlannedFailure[] = [];
  private port = 0;

  private constructor(private readonly heartbeatIntervalMs: number) {
    this.server = http.createServer((req, res) => void this.handleHttp(req, res));
    this.server.on('upgrade', (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/gateway') return socket.destroy();
      this.connectQueries.push(url.searchParams);
      this.wss.handleUpgrade(req, socket, head, (ws) => this.handleConnection(ws));
    });
  }

  static async start(options: { heartbeatIntervalMs?: number } = {}): Promise<DiscordStandIn> {
    const standIn = new DiscordStandIn(options.heartbeatIntervalMs ?? 1_000);
    standIn.server.listen(0, '127.0.0.1');
    await once(standIn.server, 'listening');
    standIn.port = (standIn.server.address() as AddressInfo).port;
    return standIn;
  }

  /** What DISCORD_API_URL is set to: discord.js appends `/v10/…`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Gateway payloads of one opcode the bot sent (2 Identify, 6 Resume, 1 Heartbeat). */
  sent(op: number): GatewayPayload[] {
    return this.received.filter((p) => p.op === op);
  }

  requestsTo(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Makes the next request matching `method` and `path` fail once with this response. */
  failNext(method: string, path: RegExp, status: number, body: unknown, headers: Record<string, string> = {}): void {
    this.failures.push({ method, path, status, body, headers });
  }

  /** Makes the next request matching `method` and `path` hang unanswered, or have its socket dropped. */
  faultNext(method: string, path: RegExp, fault: 'hang' | 'drop'): void {
    this.failures.push({ method, path, status: 0, body: undefined, headers: {}, fault });
  }

  /** A message `GET /channels/:channel/messages/:id` returns (a thread's starter message). */
  storeMessage(channelId: string, message: { id: string; content: string }): void {
    this.messages.set(`${channelId}/${message.id}`, this.message({ channel_id: channelId, author: this.humanUser, ...message }));
  }

  /** Dispatches a slash command; returns the interaction's id and token (as in the callback URL). */
  slashCommand(
    name: string,
    options: Array<{ name: string; type: number; value: unknown; focused?: boolean }>,
    type: 2 | 4 = 2,
  ): { id: string; token: string } {
    return this.interaction(type, { id: this.snowflake(), name, type: 1, options, guild_id: this.ids.guild });
  }

  autocomplete(
    name: string,
    options: Array<{ name: string; type: number; value: unknown; focused?: boolean }>,
  ): { id: string; token: string } {
    return this.slashCommand(name, options, 4);
  }

  /** Dispatches a button press on `message` (a message the bot sent, as the stand-in returned it). */
  button(customId: string, message: object): { id: string; token: string } {
    return this.interaction(3, { custom_id: customId, component_type: 2 }, message);
  }

  /** Dispatches MESSAGE_CREATE: `content` posted in `channelId` by the human user. */
  postMessage(channelId: string, content: string, mentions: object[] = [], mentionRoles: string[] = []): string {
    const id = this.snowflake();
    const member = { roles: [], joined_at: '2022-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 };
    this.dispatch('MESSAGE_CREATE', {
      ...this.message({ id, channel_id: channelId, author: this.humanUser, content, mentions, mention_roles: mentionRoles }),
      guild_id: this.ids.guild,
      member,
    });
    return id;
  }

  /** A mention of the bot as Discord sends it in a message's `mentions`. */
  get botMention(): object {
    return { ...this.botUser, member: { roles: [], joined_at: '2022-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 } };
  }

  /** Closes the gateway connection with a resumable close code, as Discord does now and then. */
  dropConnection(code = 4000): void {
    this.socket?.close(code, 'stand-in dropped the connection');
  }

  dispatch(t: string, d: object): void {
    if (!this.socket) throw new Error('no gateway connection');
    this.sequence++;
    this.socket.send(JSON.stringify({ op: 0, t, s: this.sequence, d }));
  }

  /** Polls until `find` returns something (not timing-sensitive: generous deadline, short poll). */
  async waitFor<T>(description: string, find: () => T | undefined | false, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`stand-in: timed out waiting for ${description}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // -------------------------------------------------------------------------------------------
  // Gateway

  private handleConnection(ws: WebSocket): void {
    this.socket = ws;
    ws.on('message', (data) => this.handleGatewayPayload(ws, JSON.parse(String(data)) as GatewayPayload));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
  }

  private handleGatewayPayload(ws: WebSocket, payload: GatewayPayload): void {
    this.received.push(payload);
    switch (payload.op) {
      case 1:
        ws.send(JSON.stringify({ op: 11 }));
        break;
      case 2:
        this.sequence = 0;
        this.dispatch('READY', {
          v: 10,
          user: this.botUser,
          guilds: [{ id: this.ids.guild, unavailable: true }],
          session_id: this.sessionId,
          resume_gateway_url: this.gatewayUrl,
          shard: payload.d.shard,
          application: { id: this.ids.application, flags: 0 },
          private_channels: [],
        });
        this.dispatch('GUILD_CREATE', this.guild());
        break;
      case 6:
        if (payload.d.session_id === this.sessionId) this.dispatch('RESUMED', {});
        else ws.send(JSON.stringify({ op: 9, d: false }));
        break;
    }
  }

  private guild(): object {
    const everyone = {
      id: this.ids.guild,
      name: '@everyone',
      permissions: '1071698660929',
      position: 0,
      color: 0,
      hoist: false,
      managed: false,
      mentionable: false,
      flags: 0,
    };
    const botRole = { ...everyone, id: this.ids.botRole, name: 'Newsbot', position: 1, managed: true, tags: { bot_id: this.ids.bot } };
    return {
      id: this.ids.guild,
      name: 'Newsroom',
      unavailable: false,
      owner_id: this.ids.user,
      member_count: 2,
      large: false,
      joined_at: '2022-01-01T00:00:00.000Z',
      features: [],
      roles: [everyone, botRole],
      emojis: [],
      stickers: [],
      members: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      channels: [
        {
          id: this.ids.channel,
          type: 0,
          guild_id: this.ids.guild,
          name: 'newsroom',
          position: 0,
          permission_overwrites: [],
          parent_id: null,
          nsfw: false,
          topic: null,
          last_message_id: null,
          rate_limit_per_user: 0,
        },
      ],
      threads: [
        {
          id: this.ids.thread,
          type: 11,
          guild_id: this.ids.guild,
          parent_id: this.ids.channel,
          owner_id: this.ids.user,
          name: 'Bucha coverage',
          last_message_id: null,
          message_count: 1,
          member_count: 1,
          rate_limit_per_user: 0,
          flags: 0,
          thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: '2022-04-05T00:00:00.000Z', locked: false },
        },
      ],
    };
  }

  private interaction(type: 2 | 3 | 4, data: object, message?: object): { id: string; token: string } {
    const id = this.snowflake();
    const token = `token-${id}`;
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: this.ids.application,
      type,
      token,
      version: 1,
      guild_id: this.ids.guild,
      channel_id: this.ids.channel,
      channel: { id: this.ids.channel, type: 0, guild_id: this.ids.guild, name: 'newsroom' },
      member: {
        user: this.humanUser,
        roles: this.memberRoles,
        joined_at: '2022-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
        permissions: '1071698660929',
      },
      data,
      ...(message ? { message } : {}),
      app_permissions: '1071698660929',
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.ids.guild },
      context: 0,
      attachment_size_limit: 10_485_760,
    });
    return { id, token };
  }

  // -------------------------------------------------------------------------------------------
  // REST

  private async handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname).replace(API_PREFIX, '');
    const method = req.method ?? 'GET';
    const recorded: RecordedRequest = { method, path, query: url.searchParams, body: raw ? JSON.parse(raw) : undefined };
    this.requests.push(recorded);

    const failure = this.failures.findIndex((f) => f.method === method && f.path.test(path));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      if (f!.fault === 'drop') return void req.socket.destroy();
      if (f!.fault === 'hang') return;
      return reply(res, f!.status, f!.body, f!.headers);
    }
    const route = (pattern: RegExp) => pattern.exec(path);
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return reply(res, 200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'GET' && path === '/gateway') return reply(res, 200, { url: this.gatewayUrl });
    if (method === 'POST' && route(/^\/interactions\/\d+\/[^/]+\/callback$/)) return reply(res, 204);
    if (route(/^\/webhooks\/\d+\/[^/]+\/messages\/@original$/)) {
      if (method === 'DELETE') return reply(res, 204);
      return reply(
        res,
        200,
        this.message({ channel_id: this.ids.channel, author: this.botUser, application_id: this.ids.application, ...recorded.body }),
      );
    }
    if (method === 'POST' && route(/^\/webhooks\/\d+\/[^/]+$/)) {
      return reply(
        res,
        200,
        this.message({ channel_id: this.ids.channel, author: this.botUser, application_id: this.ids.application, ...recorded.body }),
      );
    }
    if (method === 'POST' && (m = route(/^\/channels\/(\d+)\/messages$/))) {
      return reply(res, 200, this.message({ channel_id: m[1]!, author: this.botUser, ...recorded.body }));
    }
    if (method === 'GET' && (m = route(/^\/channels\/(\d+)\/messages\/(\d+)$/))) {
      const stored = this.messages.get(`${m[1]}/${m[2]}`);
      return stored ? reply(res, 200, stored) : reply(res, 404, { message: 'Unknown Message', code: 10008 });
    }
    if (method === 'PUT' && route(/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/)) {
      return reply(
        res,
        200,
        (recorded.body as object[]).map((c) => ({ id: this.snowflake(), application_id: this.ids.application, version: '1', ...c })),
      );
    }
    return reply(res, 404, { message: `stand-in has no ${method} ${path}`, code: 0 });
  }

  /** A message object as Discord returns it, from what was sent. */
  private message(fields: Record<string, unknown>): Record<string, unknown> {
    const { allowed_mentions: _allowed, message_reference: reference, ...rest } = fields;
    return {
      id: this.snowflake(),
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      type: reference ? 19 : 0,
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      ...(reference ? { message_reference: reference } : {}),
      ...rest,
    };
  }

  private snowflake(): string {
    this.nextId++;
    return this.nextId.toString();
  }
}

function reply(res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}
