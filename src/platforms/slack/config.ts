/**
 * What the Slack platform needs to start: Socket Mode (no public URL needed) or HTTP mode, which
 * needs a signing secret to tell Slack's requests from forgeries. `src/config` reads these from the
 * environment (`slackConfig`); tests build them directly.
 */

interface SlackConfigBase {
  /** Bot token (`xoxb-…`): every Web API call. */
  botToken: string;
  /** Web API base URL, ending in `/`; Slack's own when unset (GovSlack and the tests use another). */
  apiUrl?: string;
}

export interface SocketModeConfig extends SlackConfigBase {
  mode: 'socket';
  /** App-level token (`xapp-…`) with `connections:write`: opens the Socket Mode connection. */
  appToken: string;
}

export interface HttpModeConfig extends SlackConfigBase {
  mode: 'http';
  signingSecret: string;
  port: number;
  /** Interface to listen on (HOST, e.g. 127.0.0.1 behind a reverse proxy); every interface when unset. */
  host?: string;
}

export type SlackConfig = SocketModeConfig | HttpModeConfig;
