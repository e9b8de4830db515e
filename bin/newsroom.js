#!/usr/bin/env node
// The `newsroom` command (package.json "bin"): runs the TypeScript entry point through tsx, as
// `npm start` and `npm run cli` do, in one-shot mode: `newsroom quote Putin Bucha --json`.
import { register } from 'tsx/esm/api';

register();
process.argv.splice(2, 0, '--cli');
await import('../src/main.ts');
