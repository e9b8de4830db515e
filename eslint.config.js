import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'coverage/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/corpus/**', 'src/quotes/**', 'src/search/**', 'src/engine/**', 'src/render/**', 'commands/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['@slack/bolt', 'discord.js'], patterns: ['**/platforms/**'] }],
    },
  },
);
