/**
 * Where the bot answers: optional lists of Slack workspaces and channels, Discord servers and
 * channels. An unset list allows everything; a set one allows only its ids.
 */

export interface AllowLists {
  slackTeams?: ReadonlySet<string>;
  slackChannels?: ReadonlySet<string>;
  discordGuilds?: ReadonlySet<string>;
  discordChannels?: ReadonlySet<string>;
}

/** Where a command comes from, in any platform's ids. */
export interface Place {
  platform: 'slack' | 'discord';
  /** Slack team (workspace) id or Discord guild (server) id; absent in Discord DMs. */
  workspace?: string;
  /** Channel id; for a Discord thread, its parent channel. */
  channel?: string;
}

/** `undefined` when allowed; otherwise which list refused it. */
export function refusedBy(lists: AllowLists, place: Place): 'workspace' | 'channel' | undefined {
  const [workspaces, channels] =
    place.platform === 'slack' ? [lists.slackTeams, lists.slackChannels] : [lists.discordGuilds, lists.discordChannels];
  if (workspaces && !(place.workspace && workspaces.has(place.workspace))) return 'workspace';
  if (channels && !(place.channel && channels.has(place.channel))) return 'channel';
  return undefined;
}
