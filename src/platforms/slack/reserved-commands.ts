/**
 * Slash command names Slack keeps for its built-in commands. An app manifest that registers one of
 * them is rejected whole ("the slash command has an invalid name"), so the app would not install;
 * the manifest generator leaves these out and the command stays reachable through the umbrella
 * (`/newsroom who …`).
 *
 * Source: Slack's help article "Use built-in slash commands"
 * (https://slack.com/help/articles/201259356-Use-built-in-slash-commands), as collected by
 * NousResearch/hermes-agent pull request #18456 ("exclude reserved Slack commands from native slash
 * manifest"), which met the rejection with `/status`; `archive` is added from the same project's
 * alias tests. Slack may add built-ins: when a manifest is refused for a name, add it here.
 */
export const SLACK_RESERVED_COMMANDS: ReadonlySet<string> = new Set([
  'archive',
  'away',
  'collapse',
  'dnd',
  'expand',
  'feed',
  'join',
  'leave',
  'me',
  'msg',
  'mute',
  'open',
  'pro',
  'remind',
  'search',
  'shortcuts',
  'shrug',
  'status',
  'topic',
  'who',
]);
