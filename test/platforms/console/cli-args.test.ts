/** The one-shot command line's words: commands it knows, options each takes, and usage errors that list the commands. */
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../src/platforms/console/cli-args.ts';

describe('newsroom command-line arguments', () => {
  it('reads a registry command with its words, --limit and --page (counted from 1)', () => {
    expect(parseCliArgs(['quote', 'Putin', 'Bucha', '--json', '--limit', '2', '--page', '3'])).toMatchObject({
      kind: 'ask',
      json: true,
      invocation: { command: 'quote', options: { query: 'Putin Bucha', limit: 2 }, page: 2 },
    });
    expect(parseCliArgs(['search', 'steel', 'plant', '--outlet', 'axios'])).toMatchObject({
      invocation: { command: 'search', options: { query: 'steel plant', outlet: 'axios' }, page: 0 },
    });
  });

  it('reads add with its addresses and --outlet, and feeds poll with --feed', () => {
    expect(parseCliArgs(['add', 'https://a.test/1', 'https://a.test/2', '--outlet', 'A', '--corpus', '/tmp/c'])).toEqual({
      kind: 'add',
      urls: ['https://a.test/1', 'https://a.test/2'],
      outlet: 'A',
      corpus: '/tmp/c',
      json: false,
      verbose: false,
      noColor: false,
    });
    expect(parseCliArgs(['feeds', 'poll', '--feed', 'https://a.test/rss'])).toMatchObject({
      kind: 'feeds-poll',
      feed: 'https://a.test/rss',
    });
  });

  it.each([
    [['feeds'], /^Unknown command "feeds": the feeds command is "feeds poll/],
    [['feeds', 'list'], /^Unknown command "feeds list"/],
    [['frobnicate', 'x'], /^Unknown command "frobnicate"\./],
    [['qoute', 'Putin'], /^Unknown command "qoute"\. Did you mean quote\?/],
    [['serch', 'Bucha'], /^Unknown command "serch"\. Did you mean search\?/],
    [['Putin', 'Bucha'], /^Unknown command "Putin"\./],
    [['quote', 'Putin', '--bogus'], /^Unknown option --bogus\./],
    [['sources', '--csv'], /^--csv is not an option of sources\. Its options: --page, --corpus, --json\./],
    [['who', 'x', '--limit', '3'], /^--limit is not an option of who\./],
    [['quote', 'x', '--limit', 'many'], /^--limit takes a whole number, not "many"\./],
    [['quote', 'x', '--page', '0'], /^--page takes a page number from 1, not "0"\./],
    [['add'], /^add needs at least one web address/],
    [['add', 'https://a.test/', '--limit', '2'], /^--limit is not an option of add\./],
  ])('%j is a usage error that lists the commands', (argv, message) => {
    const request = parseCliArgs(argv);
    expect(request).toMatchObject({ kind: 'usage', code: 2 });
    const text = request.kind === 'usage' ? request.text : '';
    expect(text).toMatch(message);
    expect(text).toContain('Commands: quote, search, compare, who, sources, help, quotes, add, feeds poll.');
  });

  it('prints the usage for --help (exit 0) and for nothing at all (exit 2)', () => {
    expect(parseCliArgs(['--help'])).toMatchObject({ kind: 'usage', code: 0, text: expect.stringContaining('feeds poll [--feed URL]') });
    expect(parseCliArgs([])).toMatchObject({ kind: 'usage', code: 2 });
  });
});
