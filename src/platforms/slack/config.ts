/**
 * Slack settings from the environment. Socket Mode when SLACK_APP_TOKEN is set (no public URL needed),
 * HTTP mode otherwise, which needs SLACK_SIGNING_SECRET to tell Slack's requests from forgeries.
 */

interface SlackConfigBase {
  /** Bot token (`xoxb-…`): every Web API call. */
  botToken: string;
  /** Web API base URL; Slack's own when unset (GovSlack and the tests use another). */
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

export const DEFAULT_HTTP_PORT = 3000;

/**
 * The Slack config the environment asks for; undefined when no Slack variable is set. Throws an
 * Error naming the variable when the settings are incomplete or malformed.
 */
export function slackConfigFromEnv(env: NodeJS.ProcessEnv): SlackConfig | undefined {
  const botToken = value(env, 'SLACK_BOT_TOKEN');
  const appToken = value(env, 'SLACK_APP_TOKEN');
  const signingSecret = value(env, 'SLACK_SIGNING_SECRET');
  if (!botToken && !appToken && !signingSecret) return undefined;

  if (!botToken) {
    throw new Error('SLACK_BOT_TOKEN is missing: set it to the Bot User OAuth Token (xoxb-…) from the app\'s "OAuth & Permissions" page');
  }
  if (!botToken.startsWith('xoxb-'))
    throw new Error('SLACK_BOT_TOKEN must start with xoxb- (the Bot User OAuth Token, not a user or app token)');
  const apiUrl = apiUrlFrom(env);

  if (appToken) {
    if (!appToken.startsWith('xapp-'))
      throw new Error('SLACK_APP_TOKEN must start with xapp- (an app-level token with the connections:write scope)');
    return { mode: 'socket', botToken, appToken, ...(apiUrl ? { apiUrl } : {}) };
  }
  if (!signingSecret) {
    throw new Error(
      'SLACK_SIGNING_SECRET is missing: HTTP mode needs it to verify that requests come from Slack (or set SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  const host = value(env, 'HOST');
  return { mode: 'http', botToken, signingSecret, port: portFrom(env), ...(host ? { host } : {}), ...(apiUrl ? { apiUrl } : {}) };
}

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function portFrom(env: NodeJS.ProcessEnv): number {
  const raw = value(env, 'PORT');
  if (raw === undefined) return DEFAULT_HTTP_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) throw new Error(`PORT must be a port number from 1 to 65535 (got "${raw}")`);
  return port;
}

function apiUrlFrom(env: NodeJS.ProcessEnv): string | undefined {
  const raw = value(env, 'SLACK_API_URL');
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SLACK_API_URL must be a URL such as https://slack.com/api/ (got "${raw}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SLACK_API_URL must be an http(s) URL (got "${raw}")`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
