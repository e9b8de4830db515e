import { MAX_PER_OUTLET } from '../src/answer.ts';
import type { Command } from './types.ts';

export default {
  name: 'quote',
  description: 'Direct quotations matching your words, from each outlet side by side, with their speakers',
  usage: '/quote Putin Bucha  ·  /quote speaker:guterres corridors',
  options: [
    {
      name: 'query',
      description: 'Speaker and topic words, "exact phrases", filters (outlet:, speaker:, since:, until:)',
      type: 'string',
      required: true,
    },
    { name: 'outlet', description: 'Only this outlet', type: 'string', autocomplete: 'outlet' },
    { name: 'speaker', description: 'Only quotes by this person', type: 'string', autocomplete: 'speaker' },
    { name: 'limit', description: `Quotes shown per outlet (1-${MAX_PER_OUTLET})`, type: 'integer', minValue: 1, maxValue: MAX_PER_OUTLET },
  ],
  run: ({ engine, options, access }) =>
    engine.search({
      command: 'quote',
      query: options.query ?? '',
      outlet: options.outlet,
      speaker: options.speaker,
      perOutlet: options.limit,
      hiddenOutlets: access.hiddenOutlets,
    }),
} satisfies Command;
