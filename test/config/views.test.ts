/** Each area's settings from the environment: Slack, Discord (also in test/platforms/discord/setup.test.ts), access. */
import { describe, expect, it } from 'vitest';
import { accessConfigFromEnv, slackConfigFromEnv } from '../../src/config/index.ts';
import { configProblems } from '../support/config-problems.ts';

describe('slackConfig', () => {
  it('is undefined when no Slack token is set', () => {
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
        HOST: '127.0.0.1',
        SLACK_API_URL: 'https://api.slack-gov.com/api',
      }),
    ).toEqual({
      mode: 'http',
      botToken: 'xoxb-1',
      signingSecret: 's',
      port: 8080,
      host: '127.0.0.1',
      apiUrl: 'https://api.slack-gov.com/api/',
    });
  });

  it.each([
    [{ SLACK_APP_TOKEN: 'xapp-1' }, /^SLACK_BOT_TOKEN is missing: set it to the Bot User OAuth Token/],
    [{ SLACK_BOT_TOKEN: 'xoxp-1', SLACK_APP_TOKEN: 'xapp-1' }, /^SLACK_BOT_TOKEN must start with xoxb-/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' }, /^SLACK_APP_TOKEN must start with xapp-/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1' }, /^SLACK_SIGNING_SECRET is missing: HTTP mode needs it/],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: 'eighty' },
      /^PORT must be a port number from 1 to 65535 \(got "eighty"\)$/,
    ],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '70000' }, /^PORT must be a port number/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'ftp://x' }, /^SLACK_API_URL must be an http\(s\) URL/],
    [
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'slack' },
      /^SLACK_API_URL must be an http\(s\) URL.*\(got "slack"\)/,
    ],
  ])('refuses %o, naming the variable', (env, message) => {
    expect(configProblems(env)).toEqual([expect.stringMatching(message)]);
  });
});

describe('discordConfig', () => {
  it('reports a half-configured Discord next to other problems', () => {
    expect(configProblems({ DISCORD_GUILD_ID: 'x', DISCORD_API_URL: 'http://127.0.0.1:9/api' })).toEqual([
      'DISCORD_GUILD_ID must be a numeric Discord id (17-20 digits) (got "x")',
      expect.stringMatching(/^DISCORD_TOKEN is not set, but DISCORD_GUILD_ID, DISCORD_API_URL are:/),
    ]);
  });
});

describe('accessConfig', () => {
  it('has rate limits on by default and nothing restricted', () => {
    expect(accessConfigFromEnv({})).toEqual({
      userLimit: { count: 10, windowMs: 60_000 },
      channelLimit: { count: 60, windowMs: 60_000 },
      allow: {},
      restrictedOutlets: new Map(),
    });
  });

  it('reads limits, lists and restrictions', () => {
    const config = accessConfigFromEnv({
      RATE_LIMIT_USER: '5/30',
      RATE_LIMIT_CHANNEL: 'off',
      ALLOWED_SLACK_CHANNELS: 'C1, C2',
      ALLOWED_DISCORD_GUILDS: '1100000000000000100',
      RESTRICTED_OUTLETS: 'Reuters=C1|C2;AP=C3',
    });
    expect(config.userLimit).toEqual({ count: 5, windowMs: 30_000 });
    expect(config.channelLimit).toBeUndefined();
    expect([...(config.allow.slackChannels ?? [])]).toEqual(['C1', 'C2']);
    expect([...(config.allow.discordGuilds ?? [])]).toEqual(['1100000000000000100']);
    expect(config.allow.slackTeams).toBeUndefined();
    expect([...config.restrictedOutlets.keys()]).toEqual(['reuters', 'ap']);
  });

  it.each([
    [{ RATE_LIMIT_USER: 'ten' }, /^RATE_LIMIT_USER must be COUNT\/SECONDS such as 10\/60/],
    [{ RATE_LIMIT_CHANNEL: '10/0' }, /^RATE_LIMIT_CHANNEL must be COUNT\/SECONDS/],
    [{ ALLOWED_SLACK_CHANNELS: 'C1,#general' }, /^ALLOWED_SLACK_CHANNELS must be a comma-separated list of ids.*"#general" is not one/],
    [{ ALLOWED_DISCORD_CHANNELS: ' , ' }, /^ALLOWED_DISCORD_CHANNELS is set but lists no id/],
    [{ RESTRICTED_OUTLETS: 'Reuters' }, /^RESTRICTED_OUTLETS has "Reuters", which is not Outlet=CHANNEL\|CHANNEL/],
    [{ RESTRICTED_OUTLETS: 'Reuters=' }, /^RESTRICTED_OUTLETS has "Reuters=", which names no channel/],
    [{ RESTRICTED_OUTLETS: 'Reuters=C1,C2' }, /^RESTRICTED_OUTLETS has "C1,C2" in "Reuters=C1,C2", which is not a channel id/],
    [{ RESTRICTED_OUTLETS: 'AP=C1;ap=C2' }, /^RESTRICTED_OUTLETS lists ap twice/],
  ])('refuses %o, naming the variable', (env, message) => {
    expect(configProblems(env)).toEqual([expect.stringMatching(message)]);
  });
});
