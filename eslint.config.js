import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Chat SDKs and the index engine, each allowed in one folder. `npm run deps` (dependency-cruiser)
 * checks the rest of the layering and import cycles; these rules give the same verdict in editors.
 */
const SDKS = [
  { name: '@slack/bolt', home: 'src/platforms/slack' },
  { name: '@slack/web-api', home: 'src/platforms/slack' },
  { name: '@slack/socket-mode', home: 'src/platforms/slack' },
  { name: 'discord.js', home: 'src/platforms/discord' },
  { name: 'minisearch', home: 'src/search/minisearch' },
];
const PLATFORMS = ['console', 'slack', 'discord'];

/** `no-restricted-imports` for files in `folder`: every SDK whose home is elsewhere, plus extra patterns. */
function restrictedImports(folder, patterns = []) {
  const paths = SDKS.filter((s) => s.home !== folder).map((s) => ({ name: s.name, message: `only ${s.home}/ imports ${s.name}` }));
  return { 'no-restricted-imports': ['error', { paths, patterns }] };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'coverage/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  // One job per file: a source file past 400 lines is doing two.
  { files: ['src/**', 'commands/**'], rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] } },
  // Everywhere in the product: no SDK outside its home folder.
  { files: ['src/**', 'commands/**', 'scripts/**'], rules: restrictedImports('') },
  // Each SDK's home may import it; a platform never imports another platform.
  ...PLATFORMS.map((name) => ({
    files: [`src/platforms/${name}/**`],
    rules: restrictedImports(`src/platforms/${name}`, [
      { group: PLATFORMS.filter((p) => p !== name).map((p) => `**/platforms/${p}/**`), message: 'platforms never import each other' },
    ]),
  })),
  { files: ['src/search/minisearch/**'], rules: restrictedImports('src/search/minisearch') },
  // Below the platforms, nothing imports one.
  {
    files: [
      'src/text/**',
      'src/corpus/**',
      'src/quotes/**',
      'src/search/**',
      'src/compare/**',
      'src/engine/**',
      'src/present/**',
      'src/render/**',
      'commands/**',
    ],
    rules: restrictedImports('', [{ group: ['**/platforms/**'], message: 'the newsroom logic knows no platform' }]),
  },
  {
    files: ['src/search/minisearch/**'],
    rules: restrictedImports('src/search/minisearch', [{ group: ['**/platforms/**'], message: 'the newsroom logic knows no platform' }]),
  },
);
