/** The Slack platform: what `src/main.ts` needs to start it. */
export { type SlackConfig, type HttpModeConfig, type SocketModeConfig } from './config.ts';
export { startSlack, type RunningSlack, type SlackDeps } from './start.ts';
