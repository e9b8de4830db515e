import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, coreConfig, loadConfig } from '../../src/config/index.ts';
import { configProblems } from '../support/config-problems.ts';

describe('loadConfig', () => {
  it('defaults to ./corpus, info logs and a 10 s shutdown grace', () => {
    expect(coreConfig(loadConfig({}))).toEqual({
      corpusDir: path.resolve('corpus'),
      logLevel: 'info',
      warmUp: true,
      noColor: false,
      shutdownGraceMs: 10_000,
    });
  });

  it('warms the index up after start-up unless WARM_UP is off, and names a value that is neither', () => {
    expect(coreConfig(loadConfig({ WARM_UP: 'off' })).warmUp).toBe(false);
    expect(coreConfig(loadConfig({ WARM_UP: ' ON ' })).warmUp).toBe(true);
    expect(coreConfig(loadConfig({ WARM_UP: '' })).warmUp).toBe(true);
    expect(configProblems({ WARM_UP: 'later' })).toEqual(['WARM_UP must be on or off (got "later")']);
  });

  it('lets --corpus win over CORPUS_DIR', () => {
    expect(loadConfig({ CORPUS_DIR: 'a' }, { corpusDir: 'b' }).CORPUS_DIR).toBe(path.resolve('b'));
  });

  it('reads the operations settings and counts a blank variable as unset', () => {
    const core = coreConfig(
      loadConfig({
        HEALTH_PORT: '0',
        HEALTH_HOST: ' 127.0.0.1 ',
        SHUTDOWN_GRACE_SECONDS: '2.5',
        SNAPSHOT_DIR: 'OFF',
        NO_COLOR: '1',
        LOG_LEVEL: ' ',
      }),
    );
    expect(core).toMatchObject({
      healthPort: 0,
      healthHost: '127.0.0.1',
      shutdownGraceMs: 2500,
      snapshotDir: false,
      noColor: true,
      logLevel: 'info',
    });
    expect(coreConfig(loadConfig({ SNAPSHOT_DIR: '.cache/snap' })).snapshotDir).toBe(path.resolve('.cache/snap'));
  });

  it('names the bad variable, what it accepts and what it got', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)/,
    );
  });

  it('reports every problem at once, in the schema order', () => {
    expect(configProblems({ SHUTDOWN_GRACE_SECONDS: '0', HEALTH_PORT: '65536', PORT: 'eighty' })).toEqual([
      'HEALTH_PORT must be a port number from 0 to 65535 (got "65536")',
      'SHUTDOWN_GRACE_SECONDS must be a number of seconds from 1 to 300 (got "0")',
      'PORT must be a port number from 1 to 65535 (got "eighty")',
    ]);
  });

  it('never repeats a secret in a message', () => {
    const [problem] = configProblems({ SLACK_BOT_TOKEN: 'xoxp-secret-123', SLACK_APP_TOKEN: 'xapp-1' });
    expect(problem).toMatch(/^SLACK_BOT_TOKEN must start with xoxb-/);
    expect(problem).not.toContain('secret-123');
  });
});
