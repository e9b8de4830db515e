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
  return { platform: 'discord', user, ...(source.guildId ? { workspace: source.guildId } : {}), ...(home ? { channel: home } : {}) };
}
