/** The variables of articles from the web: defaults, lists, and what a wrong value is told. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { accessConfigFromEnv, ConfigError, ingestConfig, loadConfig } from '../../src/config/index.ts';

describe('ingest configuration', () => {
  it('has robots on, a 5 MB cap, feeds.yaml beside the corpus and a 15-minute poll by default', () => {
    expect(ingestConfig(loadConfig({ CORPUS_DIR: '/data/news/corpus' }))).toEqual({
      allowHosts: new Set(),
      robots: true,
      maxBytes: 5 * 1024 * 1024,
      feedsFile: path.resolve('/data/news/feeds.yaml'),
      feedsIntervalMinutes: 15,
    });
  });

  it('reads the allow-list, robots off, the cap, the feed file and polling off', () => {
    const settings = ingestConfig(
      loadConfig({
        INGEST_ALLOW_HOSTS: '127.0.0.1, Intranet.Example.org,[::1]',
        INGEST_ROBOTS: 'off',
        INGEST_MAX_MB: '2',
        FEEDS_FILE: '/etc/feeds.yaml',
        FEEDS_INTERVAL_MINUTES: 'off',
      }),
    );
    expect(settings).toEqual({
      allowHosts: new Set(['127.0.0.1', 'intranet.example.org', '::1']),
      robots: false,
      maxBytes: 2 * 1024 * 1024,
      feedsFile: '/etc/feeds.yaml',
    });
  });

  it('gives the access policy the lists of who may add', () => {
    expect(accessConfigFromEnv({ ADD_ALLOWED_SLACK_USERS: 'U1,U2', ADD_ALLOWED_DISCORD_ROLES: '1100000000000000500' }).addAllowed).toEqual({
      slackUsers: new Set(['U1', 'U2']),
      discordRoles: new Set(['1100000000000000500']),
    });
  });

  it('names the variable and what it expects', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ INGEST_ROBOTS: 'maybe' })).toEqual(['INGEST_ROBOTS must be on or off (got "maybe")']);
    expect(problems({ INGEST_ALLOW_HOSTS: 'http://x/' })[0]).toMatch(
      /^INGEST_ALLOW_HOSTS must be a comma-separated list of host names or IP addresses; "http:\/\/x\/" is not one/,
    );
    expect(problems({ FEEDS_INTERVAL_MINUTES: '0' })[0]).toMatch(/^FEEDS_INTERVAL_MINUTES must be a number of minutes from 1 to 10080/);
  });
});
