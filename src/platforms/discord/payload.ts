/**
 * The one place a rendered message becomes discord.js send options: every message goes out with
 * mentions disabled (no @everyone, role, user or reply ping), ephemeral ones with the flag.
 */
import { MessageFlags, type APIEmbed, type APIActionRowComponent, type APIComponentInMessageActionRow } from 'discord.js';
import type { DiscordMessage } from '../../render/discord.ts';

/** `allowed_mentions: { parse: [], replied_user: false }` on the wire. */
export const NO_MENTIONS = { parse: [], repliedUser: false };

export interface SendOptions {
  content: string;
  embeds: APIEmbed[];
  components: Array<APIActionRowComponent<APIComponentInMessageActionRow>>;
  allowedMentions: typeof NO_MENTIONS;
}

/** For edits, updates and public messages. */
export function sendOptions(message: DiscordMessage): SendOptions {
  return { content: message.content, embeds: message.embeds, components: message.components, allowedMentions: NO_MENTIONS };
}

/** For first replies and follow-ups, which can be ephemeral. */
export function replyOptions(message: DiscordMessage, ephemeral: boolean): SendOptions & { flags?: MessageFlags.Ephemeral } {
  return ephemeral ? { ...sendOptions(message), flags: MessageFlags.Ephemeral } : sendOptions(message);
}
