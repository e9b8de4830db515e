/** Configuration: every environment variable in one schema, loaded once, handed out by area. */
export { ConfigError, loadConfig, type ConfigOverrides } from './load.ts';
export { ENV_DEFAULTS, LOG_LEVELS, VARIABLES, type Config } from './schema.ts';
export {
  accessConfig,
  accessConfigFromEnv,
  coreConfig,
  discordConfig,
  discordConfigFromEnv,
  ingestConfig,
  slackConfig,
  slackConfigFromEnv,
  type CoreConfig,
} from './views.ts';
