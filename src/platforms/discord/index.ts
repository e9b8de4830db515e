/** The Discord platform: what src/main.ts and the Discord scripts use. */
export type { DiscordConfig } from './config.ts';
export { deployCommands, type DeployResult } from './deploy.ts';
export { inviteUrl } from './invite.ts';
export { startDiscord, type DiscordDeps } from './start.ts';
export { runShards } from './shards.ts';
