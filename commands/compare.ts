import type { Command } from './types.ts';

export default {
  name: 'compare',
  description: 'The same statement as each outlet quoted it, with the differing words marked',
  usage: '/compare Bucha  ·  /compare Putin breakthrough',
  options: [
    { name: 'query', description: 'Speaker and topic words, "exact phrases", filters', type: 'string', required: true },
    { name: 'outlet', description: 'Only statements this outlet carries', type: 'string', autocomplete: 'outlet' },
    { name: 'speaker', description: 'Only statements by this person', type: 'string', autocomplete: 'speaker' },
  ],
  run: ({ engine, options, access }) =>
    engine.compare({ query: options.query ?? '', outlet: options.outlet, speaker: options.speaker, hiddenOutlets: access.hiddenOutlets }),
} satisfies Command;
