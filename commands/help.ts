import type { HelpAnswer } from '../src/answer.ts';
import type { Command } from './types.ts';

const SYNTAX: HelpAnswer['syntax'] = [
  {
    example: '/quote Putin Bucha',
    meaning: "Putin's quotes about Bucha: a word naming a known speaker picks the speaker, the rest is the topic",
  },
  { example: '/search "village of Bucha"', meaning: 'an exact phrase (case, accents and quote styles ignored)' },
  { example: 'outlet:axios  outlet:"the national"', meaning: 'only these outlets (repeat for several)' },
  { example: 'speaker:guterres', meaning: 'only quotes by this person' },
  { example: '/compare Bucha', meaning: 'one statement as each outlet rendered it: wordings side by side, differences marked' },
  { example: '/who "great breakthrough"', meaning: 'who said these words, and which outlets carried them how' },
  { example: 'since:2022-04-01  until:2022-04', meaning: 'publication dates, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)' },
];

export default {
  name: 'help',
  description: 'How to ask: commands, query syntax and examples',
  usage: '/help',
  options: [],
  run: ({ commands, commandPath }) => {
    /** `/who "…"` as the asker's platform reaches it (`/newsroom who "…"` on Slack). */
    const reachable = (text: string) =>
      commandPath
        ? text.replace(/(^|\s)\/([a-z][a-z-]*)/g, (all, space: string, name: string) =>
            commands.some((c) => c.name === name) ? `${space}${commandPath(name)}` : all,
          )
        : text;
    return {
      kind: 'help',
      command: 'help',
      commands: commands.map((c) => ({
        name: c.name,
        path: commandPath ? commandPath(c.name) : `/${c.name}`,
        description: c.description,
        usage: reachable(c.usage),
      })),
      syntax: SYNTAX.map((x) => ({ ...x, example: reachable(x.example) })),
    };
  },
} satisfies Command;
