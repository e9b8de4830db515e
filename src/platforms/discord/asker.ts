/**
 * Who asks and where, in the access policy's terms. A thread counts as its parent channel, so an
 * allow-list or an outlet restriction on a channel covers the threads under it.
 */
import type { Interaction, Message } from 'discord.js';
import type { Asker } from '../../access/index.ts';

export function askerOf(source: Interaction | Message): Asker {
  const user = 'user' in source ? source.user.id : source.author.id;
  const channel = source.channel;
  const home = channel?.isThread() ? (channel.parentId ?? source.channelId) : source.channelId;
  const roles = rolesOf(source.member);
  return {
    platform: 'discord',
    user,
    ...(source.guildId ? { workspace: source.guildId } : {}),
    ...(home ? { channel: home } : {}),
    ...(roles.length ? { roles } : {}),
  };
}

/** Role ids of a guild member, whether discord.js resolved it (`GuildMember`) or passed the API's raw one. */
function rolesOf(member: Interaction['member'] | Message['member']): string[] {
  if (!member) return [];
  const roles = member.roles as unknown;
  if (Array.isArray(roles)) return roles.filter((r): r is string => typeof r === 'string');
  const cache = (roles as { cache?: Map<string, unknown> } | undefined)?.cache;
  return cache ? [...cache.keys()] : [];
}
