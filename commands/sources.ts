import type { Command } from './types.ts';

export default {
  name: 'sources',
  description: 'The outlets in the corpus, their article counts and dates, and files that could not be read',
  usage: '/sources',
  options: [],
  run: ({ engine, access }) => engine.sources(access.hiddenOutlets),
} satisfies Command;
