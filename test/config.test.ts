import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.ts';

describe('config', () => {
  it('defaults to ./corpus and info logs', () => {
    expect(readConfig({})).toEqual({ corpusDir: path.resolve('corpus'), logLevel: 'info' });
  });

  it('lets --corpus win over CORPUS_DIR', () => {
    expect(readConfig({ CORPUS_DIR: 'a' }, { corpusDir: 'b' }).corpusDir).toBe(path.resolve('b'));
  });

  it('names the bad variable and what it accepts', () => {
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow(
      /LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)/,
    );
  });
});
