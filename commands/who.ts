import type { Command } from './types.ts';

export default {
  name: 'who',
  description: 'Who said a phrase, and which outlets carried it with which wording',
  usage: '/who "great breakthrough"',
  options: [{ name: 'query', description: 'The words of the quote (quotation marks optional)', type: 'string', required: true }],
  run: ({ engine, options, access }) => engine.who(options.query ?? '', access.hiddenOutlets),
} satisfies Command;
