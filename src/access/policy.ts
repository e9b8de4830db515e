/**
 * The one check every platform runs before a command: is the bot enabled here, is this user or
 * channel asking too fast, and which outlets are hidden here. Platform-neutral: platforms pass a
 * `Asker` in their own ids and tell the user the `message` of a refusal.
 */
import { notice } from '../messages.ts';
import type { Access } from './access.ts';
import { refusedBy, type Place } from './allow-list.ts';
import type { AccessConfig } from './config.ts';
import { RateLimiter } from './rate-limit.ts';
import { hiddenOutletsIn } from './restricted-outlets.ts';

export interface Asker extends Place {
  user: string;
  /** The asker's role ids in this Discord server (for ADD_ALLOWED_DISCORD_ROLES). */
  roles?: readonly string[];
}

export type Admission =
  | { admitted: true; access: Access }
  | {
      admitted: false;
      reason: 'not_enabled' | 'rate_limited';
      /** One polite line for the user. */
      message: string;
      /** False for repeats while the same limit holds: where telling costs a public message, tell once. */
      tell: boolean;
    };

export class AccessPolicy {
  private readonly users?: RateLimiter;
  private readonly channels?: RateLimiter;

  constructor(
    private readonly config: AccessConfig,
    now: () => number = Date.now,
  ) {
    if (config.userLimit) this.users = new RateLimiter(config.userLimit, now);
    if (config.channelLimit) this.channels = new RateLimiter(config.channelLimit, now);
  }

  /** Counts the command against the limits when it is admitted. */
  admit(asker: Asker): Admission {
    const userKey = `${asker.platform}:${asker.workspace ?? '-'}:${asker.user}`;
    const channelKey = `${asker.platform}:${asker.channel ?? `dm:${asker.user}`}`;
    const byUser = this.users?.check(userKey);
    if (byUser && !byUser.allowed) return rateLimited(notice('user_too_fast', { seconds: byUser.retryAfterSeconds }), byUser.firstRefusal);
    const byChannel = this.channels?.check(channelKey);
    if (byChannel && !byChannel.allowed) {
      return rateLimited(notice('channel_too_fast', { seconds: byChannel.retryAfterSeconds }), byChannel.firstRefusal);
    }
    this.users?.take(userKey);
    this.channels?.take(channelKey);

    const refused = refusedBy(this.config.allow, asker);
    if (refused) {
      const where = refused === 'channel' ? 'channel' : asker.platform === 'slack' ? 'workspace' : 'server';
      return {
        admitted: false,
        reason: 'not_enabled',
        message: notice('not_enabled', { where }),
        tell: true,
      };
    }
    return { admitted: true, access: { ...this.accessIn(asker.channel), ...this.addRight(asker) } };
  }

  /** `/add` for this asker: the adder when they are on a configured list, else why not. */
  private addRight(asker: Asker): Pick<Access, 'adder' | 'addRefusal'> {
    const lists = this.config.addAllowed ?? {};
    const { adder } = this.config;
    const users = asker.platform === 'slack' ? lists.slackUsers : lists.discordUsers;
    const roles = asker.platform === 'discord' ? lists.discordRoles : undefined;
    if (!adder || (!users?.size && !roles?.size)) return { addRefusal: 'add_not_configured' };
    const allowed = users?.has(asker.user) === true || (asker.roles ?? []).some((role) => roles?.has(role) === true);
    return allowed ? { adder } : { addRefusal: 'add_not_permitted' };
  }

  /** What may be shown in a channel, without counting a command (autocomplete). */
  accessIn(channel: string | undefined): Access {
    return { hiddenOutlets: hiddenOutletsIn(this.config.restrictedOutlets, channel) };
  }

  /** True when the bot answers in this place at all (autocomplete offers nothing elsewhere). */
  enabledIn(place: Place): boolean {
    return refusedBy(this.config.allow, place) === undefined;
  }
}

function rateLimited(message: string, tell: boolean): Admission {
  return { admitted: false, reason: 'rate_limited', message, tell };
}
