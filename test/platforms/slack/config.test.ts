import { describe, expect, it } from 'vitest';
import { slackConfigFromEnv } from '../../../src/platforms/slack/index.ts';

describe('slackConfigFromEnv', () => {
  it('is undefined when no Slack variable is set', () => {
    expect(slackConfigFromEnv({ PORT: '8080' })).toBeUndefined();
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: '  ' })).toBeUndefined();
  });

  it('picks Socket Mode when an app token is set', () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' })).toEqual({
      mode: 'socket',
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
    });
  });

  it('picks HTTP mode with the signing secret, on PORT (3000 by default)', () => {
    expect(slackConfigFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' })).toEqual({
      mode: 'http',
      botToken: 'xoxb-1',
      signingSecret: 's',
      port: 3000,
    });
    expect(
      slackConfigFromEnv({
        SLACK_BOT_TOKEN: 'xoxb-1',
        SLACK_SIGNING_SECRET: 's',
        PORT: '8080',
        SLACK_API_URL: 'https://api.slack-gov.com/api',
      }),
    ).toEqual({
      mode: 'http',
      botToken: 'xoxb-1',
      signingSecret: 's',
      port: 8080,
      apiUrl: 'https://api.slack-gov.com/api/',
    });
  });

  it.each([
    [{ SLACK_APP_TOKEN: 'xapp-1' }, /^SLACK_BOT_TOKEN is missing/],
    [{ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_APP_TOKEN: 'xapp-1' }, /^SLACK_BOT_TOKEN must start with xoxb-/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, /^SLACK_APP_TOKEN must start with xapp-/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /^SLACK_SIGNING_SECRET is missing: HTTP mode needs it/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: 'eighty' }, /^PORT must be a port number/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '70000' }, /^PORT must be a port number/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'ftp://x' }, /^SLACK_API_URL must be an http\(s\) URL/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'slack' }, /^SLACK_API_URL must be a URL/],
  ])('refuses %o, naming the variable', (env, message) => {
    expect(() => slackConfigFromEnv(env)).toThrow(message);
  });
});
