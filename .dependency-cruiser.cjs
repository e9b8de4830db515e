/**
 * The layering rules, checked by `npm run deps` (part of `npm test` and CI). The README's
 * "Architecture" section says the same in prose; change both together.
 *
 *   corpus · quotes · search (one folder per index engine) · compare   the newsroom logic
 *   engine (public surface: src/engine/index.ts)                       the facade
 *   commands/ (top level)                                              neutral answers
 *   present → render                                                   view models → markup
 *   platforms/{console,slack,discord}                                  the only SDK importers
 *   startup, main.ts                                                   wiring
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'Import cycles hide the order of things.', from: {}, to: { circular: true } },
    {
      name: 'quotes-lexicon-imports-only-lower-steps',
      severity: 'error',
      comment: 'src/quotes steps import only the steps before them: lexicon, finding, mentions, cues, resolution, forms.',
      from: { path: '^src/quotes/lexicon/' },
      to: { path: '^src/quotes/(finding|mentions|cues|resolution|forms)/' },
    },
    {
      name: 'quotes-finding-imports-only-lower-steps',
      severity: 'error',
      comment: 'src/quotes steps import only the steps before them: lexicon, finding, mentions, cues, resolution, forms.',
      from: { path: '^src/quotes/finding/' },
      to: { path: '^src/quotes/(mentions|cues|resolution|forms)/' },
    },
    {
      name: 'quotes-mentions-imports-only-lower-steps',
      severity: 'error',
      comment: 'src/quotes steps import only the steps before them: lexicon, finding, mentions, cues, resolution, forms.',
      from: { path: '^src/quotes/mentions/' },
      to: { path: '^src/quotes/(cues|resolution|forms)/' },
    },
    {
      name: 'quotes-cues-imports-only-lower-steps',
      severity: 'error',
      comment: 'src/quotes steps import only the steps before them: lexicon, finding, mentions, cues, resolution, forms.',
      from: { path: '^src/quotes/cues/' },
      to: { path: '^src/quotes/(resolution|forms)/' },
    },
    {
      name: 'quotes-resolution-imports-only-lower-steps',
      severity: 'error',
      comment: 'src/quotes steps import only the steps before them: lexicon, finding, mentions, cues, resolution, forms.',
      from: { path: '^src/quotes/resolution/' },
      to: { path: '^src/quotes/(forms)/' },
    },
    {
      name: 'minisearch-in-its-folder',
      severity: 'error',
      comment: 'Only the MiniSearch index engine imports minisearch: a second engine is one new folder.',
      from: { pathNot: '^src/search/minisearch/' },
      to: { path: 'node_modules/minisearch/' },
    },
    {
      name: 'slack-sdk-in-slack-platform',
      severity: 'error',
      comment: 'Only src/platforms/slack imports the Slack SDKs (types-only @slack/types is allowed in render).',
      from: { pathNot: '^src/platforms/slack/' },
      to: { path: 'node_modules/@slack/(bolt|web-api|socket-mode|oauth)/' },
    },
    {
      name: 'discord-sdk-in-discord-platform',
      severity: 'error',
      comment: 'Only src/platforms/discord imports discord.js (types-only discord-api-types is allowed in render).',
      from: { pathNot: '^src/platforms/discord/' },
      to: { path: 'node_modules/(discord\\.js|@discordjs)/' },
    },
    {
      name: 'platforms-apart',
      severity: 'error',
      comment: 'A platform never imports another one.',
      from: { path: '^src/platforms/([^/]+)/' },
      to: { path: '^src/platforms/[^/]+/', pathNot: '^src/platforms/$1/' },
    },
    {
      name: 'platforms-only-from-wiring',
      severity: 'error',
      comment:
        'Only start-up, main.ts and scripts reach into the platforms (their neutral root files, such as the platform type, are open); src/config maps the environment to the config type each platform declares.',
      from: { path: '^(src|commands)/', pathNot: '^(src/platforms/|src/startup/|src/config/|src/main\\.ts$)' },
      to: { path: '^src/platforms/[^/]+/' },
    },
    {
      name: 'commands-know-no-presentation',
      severity: 'error',
      comment: 'Commands return neutral answers: no presentation, markup or platform.',
      from: { path: '^commands/' },
      to: { path: '^src/(present|render|platforms|startup)/' },
    },
    {
      name: 'render-is-markup-only',
      severity: 'error',
      comment: 'Renderers turn view models into markup: they know neither the engine nor the newsroom logic.',
      from: { path: '^src/(render|present)/' },
      to: { path: '^src/(engine|search|store|corpus|quotes|compare|live|startup|platforms)/' },
    },
    {
      name: 'logic-below-the-facade',
      severity: 'error',
      comment: 'The newsroom logic knows nothing of the facade, the commands or anything above them.',
      from: { path: '^src/(corpus|quotes|search|compare|text)/' },
      to: { path: '^(commands/|src/(engine|store|live|present|render|platforms|startup|access|health)/|src/main\\.ts$)' },
    },
    {
      name: 'engine-through-its-surface',
      severity: 'error',
      comment: 'Commands and platforms reach the engine and its internals only through src/engine/index.ts.',
      from: { path: '^(commands|src/platforms)/' },
      to: { path: '^src/(engine/(?!index\\.ts$)|search/|store/|compare/|live/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
