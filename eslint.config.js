import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  {
    // The newsroom logic stays platform-free: only src/platforms/<name>/ may import a chat SDK.
    files: ['src/corpus/**', 'src/quotes/**', 'src/search/**', 'src/engine/**', 'src/compare/**', 'src/render/**', 'commands/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['@slack/bolt', 'discord.js'], patterns: ['**/platforms/**'] }],
    },
  },
);
