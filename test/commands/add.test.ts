/** `/add`: the address read from what was typed, the policy's refusals, and the answer it gives. */
import { describe, expect, it } from 'vitest';
import add, { addedAnswer, addressIn } from '../../commands/add.ts';
import { commands } from '../../commands/index.ts';
import { OPEN_ACCESS, type Access } from '../../src/access/access.ts';
import { dispatch } from '../../src/dispatch.ts';
import type { Engine } from '../../src/engine/index.ts';
import type { AddedArticle } from '../../src/ingest/add.ts';
import { silentLogger } from '../../src/logger.ts';
import { renderText } from '../../src/render/text.ts';

const ARTICLE: AddedArticle = {
  ok: true,
  requested: 'https://ledger.test/pier',
  status: 'added',
  file: 'web/ledger.test/pier-0123456789.md',
  url: 'https://ledger.test/pier',
  outlet: 'Daily Ledger',
  title: 'Northern pier to close for repairs',
  published: '2024-03-05T09:30:00Z',
  paragraphs: ['The harbour authority voted to close the pier.', '"We cannot keep patching it," Ines Varga said.'],
  quotes: [{ text: 'We cannot keep patching it,', speaker: 'Ines Varga', mention: 'Ines Varga', cue: 'said', paragraph: 2 }],
};

const engine = {} as Engine;
const run = (access: Access, query: string) => dispatch(engine, { command: 'add', options: { query } }, silentLogger(), access);

describe('/add', () => {
  it('is in the registry, and takes the address as its query', () => {
    expect(commands.map((c) => c.name)).toContain('add');
    expect(add.options.map((o) => o.name)).toEqual(['query']);
  });

  it('reads the address out of chat link markup', () => {
    expect(addressIn('<https://ledger.test/pier>')).toBe('https://ledger.test/pier');
    expect(addressIn('<https://ledger.test/pier|ledger.test/pier> please')).toBe('https://ledger.test/pier');
    expect(addressIn('  https://ledger.test/a  b')).toBe('https://ledger.test/a');
  });

  it('answers with what was added and the quotes in it', async () => {
    const added: string[] = [];
    const answer = await run({ ...OPEN_ACCESS, adder: { add: async (url) => (added.push(url), ARTICLE) } }, '<https://ledger.test/pier>');
    expect(added).toEqual(['https://ledger.test/pier']);
    expect(answer).toMatchObject({ kind: 'results', command: 'quote', total: 1 });
    const text = renderText(answer, { color: false });
    expect(text).toContain('Added web/ledger.test/pier-0123456789.md: "Northern pier to close for repairs" (Daily Ledger, 2024-03-05).');
    expect(text).toContain('We cannot keep patching it,');
  });

  it('shows the opening paragraphs when the article quotes nobody, and says so', () => {
    const answer = addedAnswer({ ...ARTICLE, status: 'unchanged', quotes: [] });
    expect(answer).toMatchObject({ command: 'search', total: 2 });
    expect(answer.notes).toEqual([
      'Already in the corpus, unchanged: web/ledger.test/pier-0123456789.md: "Northern pier to close for repairs" (Daily Ledger, 2024-03-05).',
      'No direct quotation found in it; its first paragraphs follow.',
    ]);
  });

  it.each([
    [{ ...OPEN_ACCESS }, 'add_unavailable', 'use `newsroom add <url>` on the command line'],
    [{ ...OPEN_ACCESS, addRefusal: 'add_not_configured' as const }, 'add_not_configured', 'ADD_ALLOWED_SLACK_USERS'],
    [{ ...OPEN_ACCESS, addRefusal: 'add_not_permitted' as const }, 'add_not_permitted', 'ask an admin'],
  ])('refuses without an adder (%#)', async (access, code, words) => {
    const answer = await run(access, 'https://ledger.test/pier');
    expect(answer).toMatchObject({ kind: 'error', code });
    expect(answer.kind === 'error' && answer.message).toContain(words);
  });

  it('says why a page could not be added, and asks for an address when none is given', async () => {
    const failing: Access = {
      ...OPEN_ACCESS,
      adder: { add: async (url) => ({ ok: false, requested: url, reason: 'The site answered 404 Not Found.' }) },
    };
    expect(await run(failing, 'https://ledger.test/gone')).toMatchObject({
      code: 'add_failed',
      message: 'https://ledger.test/gone: The site answered 404 Not Found.',
    });
    expect(await run(failing, '  ')).toMatchObject({ code: 'add_no_address' });
  });
});
