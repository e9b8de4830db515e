import { MAX_PER_OUTLET } from '../src/answer.ts';
import type { Command } from './types.ts';

export default {
  name: 'search',
  description: 'Passages matching your words, from each outlet side by side, with their sources',
  usage: '/search humanitarian corridors  ·  /search "steel plant" outlet:axios',
  options: [
    { name: 'query', description: 'Words, "exact phrases", filters (outlet:, speaker:, since:, until:)', type: 'string', required: true },
    { name: 'outlet', description: 'Only this outlet', type: 'string', autocomplete: 'outlet' },
    {
      name: 'limit',
      description: `Passages shown per outlet (1-${MAX_PER_OUTLET})`,
      type: 'integer',
      minValue: 1,
      maxValue: MAX_PER_OUTLET,
    },
  ],
  run: ({ engine, options, access }) =>
    engine.search({
      command: 'search',
      query: options.query ?? '',
      outlet: options.outlet,
      perOutlet: options.limit,
      hiddenOutlets: access.hiddenOutlets,
    }),
} satisfies Command;
