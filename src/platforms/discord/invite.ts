/**
 * The invite link with the minimal permissions: see each flag's reason. Printed by
 * `discord:deploy` and explained in docs/discord.md.
 */
import { OAuth2Scopes, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

export const BOT_PERMISSIONS = [
  /** See the channels it is mentioned in. */
  PermissionFlagsBits.ViewChannel,
  /** Reply to mentions in channels. */
  PermissionFlagsBits.SendMessages,
  /** Reply to mentions in threads. */
  PermissionFlagsBits.SendMessagesInThreads,
  /** Answers are embeds. */
  PermissionFlagsBits.EmbedLinks,
  /** Replies reference the mention, and a bare mention in a thread reads the thread's starter message. */
  PermissionFlagsBits.ReadMessageHistory,
];

export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: new PermissionsBitField(BOT_PERMISSIONS).bitfield.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
